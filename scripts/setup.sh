#!/usr/bin/env bash
# Installs, idempotently, what building and testing this project needs on a Debian machine:
# - Debian packages: Debian's rustc-web with the standard library's source (for the Wasm runtime),
#   lld (rust-lld), protoc (for the node's networking);
# - clippy, if the rustup toolchain lacks it;
# - a rustup toolchain `wasm-web` (Debian's rustc, the machine's cargo) with a prebuilt
#   core/alloc/compiler_builtins for `wasm32v1-none`, which substrate-wasm-builder uses;
# - the Node.js packages of the end-to-end tests, of the staking page (`web/`) and of the
#   contracts (`contracts/`: solc-js, OpenZeppelin's contracts, anvil);
# - with `--browser`: Debian's Chromium, which the staking page's browser tests drive.
# A second run, when everything is present, takes seconds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLCHAIN=wasm-web
TOOLCHAIN_DIR=/opt/wasm-web
SYSROOT_LIB=/usr/lib/rustlib/wasm32v1-none/lib

BROWSER=0
[ "${1:-}" = "--browser" ] && BROWSER=1

log() { printf '[setup] %s\n' "$*" >&2; }

sudo_if_needed() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# 0. Clippy, which the test command runs (a component of the rustup toolchain cargo comes from).
if ! cargo clippy --version >/dev/null 2>&1; then
	log "adding the clippy component"
	rustup component add clippy
fi

# 1. Debian packages.
need_pkgs=()
for pkg in rustc-web rust-web-src lld-22 protobuf-compiler; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_pkgs+=("$pkg")
done
if [ "${#need_pkgs[@]}" -gt 0 ]; then
	log "installing Debian packages: ${need_pkgs[*]}"
	sudo_if_needed apt-get update -qq
	sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

# 2. The linked toolchain: Debian's rustc, the machine's cargo.
if ! rustup toolchain list | grep -q "^${TOOLCHAIN}"; then
	log "linking rustup toolchain ${TOOLCHAIN}"
	sudo_if_needed mkdir -p "${TOOLCHAIN_DIR}/bin" "${TOOLCHAIN_DIR}/lib"
	sudo_if_needed ln -sf /usr/bin/rustc "${TOOLCHAIN_DIR}/bin/rustc"
	sudo_if_needed ln -sf "$(rustup which cargo --toolchain stable)" "${TOOLCHAIN_DIR}/bin/cargo"
	rustup toolchain link "${TOOLCHAIN}" "${TOOLCHAIN_DIR}"
fi

# 3. core/alloc/compiler_builtins for wasm32v1-none, built once from Debian's library source.
if ! ls "${SYSROOT_LIB}"/libcore-*.rlib >/dev/null 2>&1 ||
	! ls "${SYSROOT_LIB}"/liballoc-*.rlib >/dev/null 2>&1 ||
	! ls "${SYSROOT_LIB}"/libcompiler_builtins-*.rlib >/dev/null 2>&1; then
	log "building core and alloc for wasm32v1-none (once)"
	work="$(mktemp -d)"
	trap 'rm -rf "$work"' EXIT
	mkdir -p "$work/src"
	cat >"$work/Cargo.toml" <<'TOML'
[package]
name = "wasm-sysroot-vehicle"
version = "0.0.0"
edition = "2021"

[lib]
crate-type = ["rlib"]
path = "src/lib.rs"

[profile.release]
panic = "abort"
TOML
	cat >"$work/src/lib.rs" <<'RS'
#![no_std]
extern crate alloc;
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
	loop {}
}
RS
	(
		cd "$work"
		unset CARGO_TARGET_DIR
		RUSTFLAGS="-Cembed-bitcode=yes" RUSTC_BOOTSTRAP=1 \
			rustup run "${TOOLCHAIN}" cargo build -q --release --target wasm32v1-none -Zbuild-std=core,alloc
	)
	sudo_if_needed mkdir -p "${SYSROOT_LIB}"
	sudo_if_needed cp "$work"/target/wasm32v1-none/release/deps/lib{core,alloc,compiler_builtins}-*.rlib "${SYSROOT_LIB}/"
fi

# 4. Node.js, and the npm packages of the end-to-end tests, the staking page and the contracts
#    (solc-js, OpenZeppelin's contracts, anvil), each from its committed lockfile.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	log "installing Node.js and npm"
	sudo_if_needed apt-get update -qq
	sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
# The three installs run at once (they mostly wait for the registry and the disk).
npm_pids=()
for dir in tests/e2e web contracts; do
	if [ ! -d "${ROOT}/${dir}/node_modules" ] ||
		[ "${ROOT}/${dir}/package-lock.json" -nt "${ROOT}/${dir}/node_modules/.package-lock.json" ]; then
		log "installing the Node.js packages of ${dir}"
		(cd "${ROOT}/${dir}" && npm ci --no-audit --no-fund --loglevel=error) &
		npm_pids+=($!)
	fi
done
for pid in "${npm_pids[@]}"; do
	wait "$pid" || { log "an npm install failed"; exit 1; }
done

# 5. Chromium for the staking page's browser tests (Debian's; Playwright drives it).
if [ "${BROWSER}" -eq 1 ] && [ ! -x /usr/bin/chromium ]; then
	log "installing Debian's chromium"
	sudo_if_needed apt-get update -qq
	sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

log "ready"
