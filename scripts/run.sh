#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), builds the runtime's Wasm and the node, and
# runs the node: with no arguments, the dev chain (`--dev`: instant seal, a temporary database,
# RPC on ws://127.0.0.1:9944 open to polkadot.js apps); otherwise with the arguments given.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/liquid-staking/target}"
mkdir -p "$CARGO_TARGET_DIR"

# The dev profile, as the tests build it: the dependencies are shared with `scripts/test.sh`, and
# the crates that run the runtime (wasmtime, hashing, ParityDB) are optimised even there.
cargo build --locked -p liquid-staking-node
if [ "$#" -eq 0 ]; then
	set -- --dev --rpc-cors all
fi
exec "$CARGO_TARGET_DIR/debug/liquid-staking-node" "$@"
