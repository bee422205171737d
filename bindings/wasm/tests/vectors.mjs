// Reads the shared test vectors of tests/fixtures/ the way the Rust suites do: the input is a
// `base` file with an RFC 6902 `patch`, an inline `plan`, or raw `text`
// (tests/fixtures/validate/README.md).

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { repo } from "./helpers.mjs";

/** Every `*.json` vector of `tests/fixtures/<dir>`, parsed, with its file name. */
export async function vectors(dir) {
  const folder = new URL(`tests/fixtures/${dir}/`, repo);
  const names = (await readdir(folder)).filter((name) => name.endsWith(".json")).sort();
  return Promise.all(names.map(async (name) => ({ name, ...JSON.parse(await readFile(new URL(name, folder), "utf8")) })));
}

function unescape(token) {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

function tokens(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`broken vector: pointer ${pointer} does not start with /`);
  return pointer.slice(1).split("/").map(unescape);
}

function parentOf(document, pointer) {
  const path = tokens(pointer);
  const last = path.pop();
  let node = document;
  for (const token of path) {
    if (node === null || typeof node !== "object" || !(token in node)) throw new Error(`broken vector: ${pointer} does not resolve`);
    node = node[token];
  }
  return { node, last };
}

function get(document, pointer) {
  let node = document;
  for (const token of tokens(pointer)) {
    if (node === null || typeof node !== "object" || !(token in node)) throw new Error(`broken vector: ${pointer} does not resolve`);
    node = node[token];
  }
  return node;
}

function add(document, pointer, value) {
  const { node, last } = parentOf(document, pointer);
  if (Array.isArray(node)) {
    const index = last === "-" ? node.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > node.length) throw new Error(`broken vector: bad index in ${pointer}`);
    node.splice(index, 0, value);
  } else {
    node[last] = value;
  }
}

/** Applies the `add`, `remove`, `replace` and `copy` operations of RFC 6902, in order. */
export function applyPatch(document, patch) {
  for (const operation of patch) {
    const { op, path } = operation;
    if (op === "add") add(document, path, structuredClone(operation.value));
    else if (op === "replace") {
      get(document, path);
      const { node, last } = parentOf(document, path);
      node[Array.isArray(node) ? Number(last) : last] = structuredClone(operation.value);
    } else if (op === "remove") {
      get(document, path);
      const { node, last } = parentOf(document, path);
      if (Array.isArray(node)) node.splice(Number(last), 1);
      else delete node[last];
    } else if (op === "copy") add(document, path, structuredClone(get(document, operation.from)));
    else throw new Error(`broken vector: unsupported op ${op}`);
  }
  return document;
}

/** The vector's input as text: the patched base, the inline plan, or the raw text. */
export async function inputText(vector) {
  if (vector.text !== undefined) return vector.text;
  if (vector.plan !== undefined) return JSON.stringify(vector.plan);
  const base = JSON.parse(await readFile(new URL(vector.base, repo), "utf8"));
  return JSON.stringify(applyPatch(base, vector.patch ?? []));
}

/** The CLI built by `cargo test`/`cargo build` (scripts/test.sh builds it before this suite). */
export function cli() {
  const binary = fileURLToPath(new URL(`${process.env.CARGO_TARGET_DIR ? "" : "target/"}debug/kehoach`, process.env.CARGO_TARGET_DIR ? new URL(`file://${process.env.CARGO_TARGET_DIR}/`) : repo));
  if (!existsSync(binary)) throw new Error(`the kehoach CLI is not built at ${binary}: run cargo build first`);
  return (args, input) => {
    try {
      return { status: 0, stdout: execFileSync(binary, args, { input, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] }) };
    } catch (error) {
      return { status: error.status, stdout: error.stdout, stderr: error.stderr };
    }
  };
}
