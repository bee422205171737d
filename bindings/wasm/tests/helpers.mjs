// Shared by the tests: where things are, and the example plan. The tests run against the
// BUILT package in ../pkg (scripts/build-npm.sh), never against sources.

import { readFile } from "node:fs/promises";

/** The repository root, as a directory URL. */
export const repo = new URL("../../../", import.meta.url);

/** The built package directory, as a directory URL. */
export const pkg = new URL("../pkg/", import.meta.url);

/** The example plan's JSON text and parsed object. */
export const exampleText = await readFile(new URL("examples/plans/lang-son-2023.json", repo), "utf8");
export const example = JSON.parse(exampleText);

/** A deep copy of the example plan, to spoil in one place. */
export function examplePlan() {
  return structuredClone(example);
}

/** The workspace version in the root Cargo.toml, which every crate inherits. */
export async function cargoVersion() {
  const toml = await readFile(new URL("Cargo.toml", repo), "utf8");
  const match = /^\[workspace\.package\][^[]*?^version\s*=\s*"([^"]+)"/m.exec(toml);
  if (!match) throw new Error("no [workspace.package] version in Cargo.toml");
  return match[1];
}
