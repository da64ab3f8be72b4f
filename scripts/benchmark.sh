#!/usr/bin/env bash
# Benchmarks every call of pallet-liquid-staking on this machine and writes its weights
# (pallets/liquid-staking/src/weights.rs) from the results, with the steps and repeats
# polkadot-sdk uses. Builds the node with the `runtime-benchmarks` feature (release) first.
#
#   scripts/benchmark.sh [--steps N] [--repeat N]   (defaults: 50 and 20)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/liquid-staking/target}"

STEPS=50
REPEAT=20
while [ $# -gt 0 ]; do
	case "$1" in
		--steps) STEPS="$2"; shift 2 ;;
		--repeat) REPEAT="$2"; shift 2 ;;
		*) echo "unknown argument: $1" >&2; exit 2 ;;
	esac
done

# frame-benchmarking-cli carries a storage-access test runtime whose own Wasm is not needed for
# `benchmark pallet` (and cannot be located from this workspace): skip that one Wasm build.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
cargo build --locked --release -p liquid-staking-node --features runtime-benchmarks
NODE="$CARGO_TARGET_DIR/release/liquid-staking-node"
RUNTIME="$CARGO_TARGET_DIR/release/wbuild/liquid-staking-runtime/liquid_staking_runtime.compact.compressed.wasm"

# Paths are relative so that the command recorded in the file's header is the same on any machine.
"$NODE" benchmark pallet \
	--runtime "$RUNTIME" \
	--genesis-builder runtime \
	--genesis-builder-preset development \
	--pallet pallet_liquid_staking \
	--extrinsic '*' \
	--steps "$STEPS" \
	--repeat "$REPEAT" \
	--wasm-execution compiled \
	--heap-pages 4096 \
	--template .maintain/frame-weight-template.hbs \
	--header .maintain/HEADER-APACHE2 \
	--output pallets/liquid-staking/src/weights.rs
