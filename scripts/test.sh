#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs all the tests: the pallet's unit and benchmark
# and property tests, the runtime's tests (its Wasm blob included), the integration tests that
# run the real runtime through real block production, the runtime's try-runtime checks on a
# populated chain, a bounded fuzzer run (100,000 calls), the end-to-end tests that drive the
# dev node (built with the `fast-runtime` feature) through polkadot.js, and the staking page's
# tests in headless Chromium against that node (screenshots in web/screenshots/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh --browser
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/liquid-staking/target}"
mkdir -p "$CARGO_TARGET_DIR"

echo "== formatting"
cargo fmt --all --check

echo "== tests"
cargo test --workspace --locked

echo "== benchmarks, run as tests"
SKIP_WASM_BUILD=1 cargo test --locked -p pallet-liquid-staking --features runtime-benchmarks benchmarking

echo "== try-runtime: every pallet's try_state and the upgrade checks on a populated chain"
cargo test --locked -p liquid-staking-integration-tests --features try-runtime --test try_runtime

echo "== fuzzer: 100,000 random calls, invariants after each, conservation at the end"
cargo run --locked --release -p pallet-liquid-staking-fuzzer -- --calls 100000 --seed "${FUZZ_SEED:-0}"

echo "== end-to-end tests: polkadot.js against the dev node"
cargo build --locked -p liquid-staking-node --features fast-runtime
(cd tests/e2e && NODE_BIN="$CARGO_TARGET_DIR/debug/liquid-staking-node" npm test)

echo "== the staking page in Chromium: stake, convert, unstake, claim against the dev node"
(cd web && NODE_BIN="$CARGO_TARGET_DIR/debug/liquid-staking-node" npm test)
