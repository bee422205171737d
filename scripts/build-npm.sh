#!/usr/bin/env bash
# Builds the npm package `kehoach` into bindings/wasm/pkg/ from its wasm-bindgen crates,
# one WebAssembly module each, so that a page downloads only the parts it uses:
# bindings/wasm (the main entry `kehoach`: load, evaluate, report), bindings/wasm-validate (the
# entry `kehoach/validate`), bindings/wasm-import (the entry `kehoach/import`, pasted text),
# bindings/wasm-import-docx (the entry `kehoach/import-docx`, Word files in),
# bindings/wasm-docx (the entry `kehoach/docx`, Word files), bindings/wasm-consolidate (the
# entry `kehoach/consolidate`, many agencies' figures) and bindings/wasm-consolidated-report
# (the entry `kehoach/consolidated-report`, their report). Installs the
# tools it needs first:
#   - the wasm32-unknown-unknown target and the standard library's source (rustup): the
#     modules are built with their own size-optimised std whose panics abort at once
#     (-Zbuild-std, unstable: see docs/npm-package.md, and KEHOACH_WASM_STD below),
#   - wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock (the CLI
#     and the crate must match, or the glue does not fit the module),
#   - the npm dev tools of bindings/wasm (binaryen's wasm-opt, typescript, the test libraries)
#     with `npm ci`, whenever its lock file is newer than the install.
# wasm-pack is not used: it downloads tools of its own at run time.
#
# Prints the size of each shipped .wasm, raw and gzipped, and their total. Exits non-zero on
# any failure.
# Honours CARGO_TARGET_DIR. KEHOACH_WASM_STD=prebuilt builds against rustup's prebuilt std on
# stable flags instead (a larger module): the way out when a new toolchain rejects the
# unstable flags, until they are fixed here.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wasm_dir="$root/bindings/wasm"
pkg="$wasm_dir/pkg"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
export PATH="$HOME/.cargo/bin:$PATH"

started=$SECONDS
step_started=$SECONDS
step() {
  echo "build-npm: $1 ($((SECONDS - step_started)) s)" >&2
  step_started=$SECONDS
}

# --- tools ---------------------------------------------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
wasm_std="${KEHOACH_WASM_STD:-build}"
case "$wasm_std" in
  build)
    if ! rustup component list --installed | grep -qx 'rust-src'; then
      rustup component add rust-src
    fi
    ;;
  prebuilt) ;;
  *)
    echo "build-npm: KEHOACH_WASM_STD must be \"build\" (the default) or \"prebuilt\"" >&2
    exit 1
    ;;
esac

bindgen_version="$(awk '
  $0 == "name = \"wasm-bindgen\"" { found = 1; next }
  found && /^version = / { gsub(/"/, "", $3); print $3; exit }
' "$root/Cargo.lock")"
if [[ -z "$bindgen_version" ]]; then
  echo "build-npm: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]]; then
  # Not --locked: the CLI's own lock file pins crates this toolchain cannot build.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# npm ci when node_modules is missing or older than the lock (a dev dependency was added).
if [[ ! "$wasm_dir/node_modules/.package-lock.json" -nt "$wasm_dir/package-lock.json" ]]; then
  (cd "$wasm_dir" && npm ci --no-audit --no-fund)
fi
step "tools ready (wasm-bindgen $bindgen_version)"

# --- compile -------------------------------------------------------------------------------
# Each crate becomes one module: crate name, the module's base name in the package, and the
# cargo profile it is built with. The main module (loading and evaluation) is built at
# opt-level "s" (profile wasm-speed): `evaluate` runs markedly faster than at "z" for a
# somewhat larger module, still under the size gate; the others stay at "z" (profile release),
# where speed buys little (docs/npm-package.md, "Built for speed or for size").
modules=(
  kehoach_wasm:kehoach_wasm:wasm-speed
  kehoach_wasm_report:kehoach_report:release
  kehoach_wasm_validate:kehoach_validate:release
  kehoach_wasm_import:kehoach_import:release
  kehoach_wasm_import_docx:kehoach_import_docx:release
  kehoach_wasm_docx:kehoach_docx:release
  kehoach_wasm_consolidate:kehoach_consolidate:release
  kehoach_wasm_consolidated_report:kehoach_consolidated_report:release
)
profiles=()
for module in "${modules[@]}"; do
  IFS=: read -r _ _ profile <<<"$module"
  [[ " ${profiles[*]} " == *" $profile "* ]] || profiles+=("$profile")
done

for profile in "${profiles[@]}"; do
  packages=()
  for module in "${modules[@]}"; do
    IFS=: read -r crate _ module_profile <<<"$module"
    [[ "$module_profile" == "$profile" ]] && packages+=(-p "${crate//_/-}")
  done
  if [[ "$wasm_std" == build ]]; then
    # std rebuilt with the profile's opt-level and its size-over-speed choices
    # (optimize_for_size), and panics that trap at once: no panic message formatting linked in
    # (nothing here should panic anyway), with no `{:?}` formatting or panic locations linked
    # in (no message of kehoach's is written with Debug). Unstable flags on a stable toolchain
    # (RUSTC_BOOTSTRAP), so a new toolchain may reject them; this says what to do then.
    # RUSTFLAGS reach only the wasm32 target (--target is given).
    if ! RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
      cargo build --manifest-path "$root/Cargo.toml" --locked --profile "$profile" "${packages[@]}" \
        --target wasm32-unknown-unknown \
        -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size; then
      echo "build-npm: the size-optimised std build failed (-Zbuild-std, -Cpanic=immediate-abort;" \
        "docs/npm-package.md). KEHOACH_WASM_STD=prebuilt builds without it, about 10% larger." >&2
      exit 1
    fi
    step "cargo build --profile $profile (std built for size, panics abort at once)"
  else
    cargo build --manifest-path "$root/Cargo.toml" --locked --profile "$profile" "${packages[@]}" \
      --target wasm32-unknown-unknown
    step "cargo build --profile $profile (prebuilt std)"
  fi
done

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

# The plan's JSON Schema ships as data (plan.schema.json, plan-schema.js), not in the wasm: the
# native CLI writes it from the core's types. A debug build, the one the test suites use.
cargo build --manifest-path "$root/Cargo.toml" --locked --quiet -p kehoach-cli
"$target_dir/debug/kehoach" schema plan >"$staging/plan.schema.json"
step "plan schema (kehoach schema plan)"

for module in "${modules[@]}"; do
  IFS=: read -r crate name profile <<<"$module"
  wasm-bindgen --target web --out-dir "$staging" --out-name "$name" \
    --remove-name-section --remove-producers-section \
    "$target_dir/wasm32-unknown-unknown/$profile/$crate.wasm"
done
step "wasm-bindgen"

rm -rf "$pkg"
mkdir -p "$pkg"
for module in "${modules[@]}"; do
  IFS=: read -r _ name _ <<<"$module"
  # The features are those rustc's wasm32 target emits by default; wasm-opt must accept them.
  "$wasm_dir/node_modules/.bin/wasm-opt" -Oz --converge \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-multivalue --enable-reference-types \
    "$staging/${name}_bg.wasm" -o "$pkg/${name}_bg.wasm"
done
step "wasm-opt"

node "$wasm_dir/scripts/assemble.mjs" "$staging"
step "assemble pkg/"

# --- report --------------------------------------------------------------------------------
total_raw=0
total_gz=0
for module in "${modules[@]}"; do
  IFS=: read -r _ name _ <<<"$module"
  wasm="$pkg/${name}_bg.wasm"
  raw=$(wc -c <"$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  before=$(wc -c <"$staging/${name}_bg.wasm")
  echo "wasm ${name}_bg.wasm: $raw bytes raw, $gz bytes gzip (before wasm-opt: $before bytes raw)"
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
done
echo "wasm total: $total_raw bytes raw, $total_gz bytes gzip (each entry loads its own module)"
for entry in "index.js index-manual.js kehoach_wasm.js load-wasm.js plan-schema.js" \
  "report.js report-manual.js kehoach_report.js load-wasm.js" \
  "validate.js validate-manual.js kehoach_validate.js load-wasm.js" \
  "import.js import-manual.js kehoach_import.js load-wasm.js" \
  "import-docx.js import-docx-manual.js kehoach_import_docx.js load-wasm.js" \
  "docx.js docx-manual.js kehoach_docx.js load-wasm.js" \
  "consolidate.js consolidate-manual.js kehoach_consolidate.js load-wasm.js" \
  "consolidated-report.js consolidated-report-manual.js kehoach_consolidated_report.js load-wasm.js"; do
  # shellcheck disable=SC2086 # the entries' file lists split on spaces
  js=$(cd "$pkg" && cat $entry | wc -c)
  echo "js: $js bytes (${entry// / + })"
done
echo "build-npm: package in ${pkg#"$root"/} after $((SECONDS - started)) s"
