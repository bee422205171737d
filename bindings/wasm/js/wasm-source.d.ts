// The sources that init() and initSync() of the manual entries (kehoach/manual,
// kehoach/validate/manual, kehoach/import/manual) take. Typed without DOM or Node types, so a
// consumer's type check needs neither: a DOM `URL`, `Response` or `WebAssembly.Module` fits.

/** A URL object (`URL`), read by its `href`. */
export interface UrlLike {
  readonly href: string;
}

/** A fetch `Response`, as far as loading reads it. */
export interface ResponseLike {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A compiled `WebAssembly.Module`, where the consumer's types declare one (lib "dom", or @types/node). */
export type CompiledModule = typeof globalThis extends {
  WebAssembly: { Module: abstract new (...args: never[]) => infer M };
}
  ? M
  : never;

/**
 * Where a module comes from: its URL (absolute, or relative to the page), its bytes, a fetch
 * `Response` or a promise of one (e.g. `fetch(url)`), or a compiled `WebAssembly.Module`.
 */
export type WasmSource = string | UrlLike | ArrayBuffer | ArrayBufferView | ResponseLike | PromiseLike<ResponseLike> | CompiledModule;

export interface InitOptions {
  /** The module; by default the `.wasm` file next to the entry's JS. */
  wasm?: WasmSource;
}

export interface InitSyncOptions {
  /** The module's bytes or a compiled module; may be left out in Node only (the file next to the entry is read). */
  wasm?: ArrayBuffer | ArrayBufferView | CompiledModule;
}
