# Sourced by benchmark.sh, bench-compare.sh and bench-blocks.sh: parses `--steps N` and `--repeat N` (defaults 50
# and 20, as polkadot-sdk benchmarks), builds the node with the `runtime-benchmarks` feature in
# release, and sets NODE and RUNTIME (the runtime's Wasm blob the benchmarks run).
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
