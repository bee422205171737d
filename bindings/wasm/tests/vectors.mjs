// Reads the shared test vectors of tests/fixtures/ the way the Rust suites do: the input is a
// `base` file with an RFC 6902 `patch`, an inline `plan`, or raw `text`
// (tests/fixtures/validate/README.md).

import { execFileSync } from "node:child_process";
import jsonpatch from "fast-json-patch";
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

/** Applies an RFC 6902 patch (fast-json-patch), checking each operation; throws on a broken one. */
export function applyPatch(document, patch) {
  try {
    return jsonpatch.applyPatch(document, patch, true).newDocument;
  } catch (error) {
    throw new Error(`broken vector: ${error.message}`);
  }
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
