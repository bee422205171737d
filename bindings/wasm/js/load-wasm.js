// Instantiates one of the package's WebAssembly modules through its wasm-bindgen glue
// (`--target web`), shared by the entries index.js, validate.js and import.js.
//
// Each entry builds its module's URL itself, as `new URL("./….wasm", import.meta.url)` in its
// own source, because that literal pattern is what bundlers recognise to ship the file.
// Node cannot fetch `file:` URLs, so there the bytes are read with `node:fs`; the import is
// dynamic and in a branch browsers never take, and bundlers are told to leave it alone.

/**
 * Loads the module at `wasmUrl` with the glue's default export `init`.
 * @param {(options: { module_or_path: unknown }) => Promise<unknown>} init
 * @param {URL} wasmUrl
 */
export async function loadWasm(init, wasmUrl) {
  if (wasmUrl.protocol === "file:" && typeof process === "object" && process.versions?.node) {
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ "node:fs/promises");
    await init({ module_or_path: await readFile(wasmUrl) });
  } else {
    await init({ module_or_path: wasmUrl });
  }
}
