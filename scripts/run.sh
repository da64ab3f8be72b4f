#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), builds the runtime's Wasm and the node in release, and
# runs the node. Arguments are passed to the node.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/liquid-staking/target}"
mkdir -p "$CARGO_TARGET_DIR"

cargo build --release --locked -p liquid-staking-node
exec "$CARGO_TARGET_DIR/release/liquid-staking-node" "$@"
