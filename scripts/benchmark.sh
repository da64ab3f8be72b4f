#!/usr/bin/env bash
# Benchmarks every call of pallet-liquid-staking and pallet-liquid-staking-bridge on this machine
# and writes their weights (pallets/*/src/weights.rs) from the results, with the steps and
# repeats polkadot-sdk uses. Builds the node with the `runtime-benchmarks` feature first.
#
#   scripts/benchmark.sh [--steps N] [--repeat N]   (defaults: 50 and 20)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-node.sh"

# The template, header and output paths are relative to the repository root.
for pallet in liquid-staking liquid-staking-bridge; do
	"$NODE" benchmark pallet \
		--runtime "$RUNTIME" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--pallet "pallet_${pallet//-/_}" \
		--extrinsic '*' \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--template .maintain/frame-weight-template.hbs \
		--header .maintain/HEADER-APACHE2 \
		--output "pallets/$pallet/src/weights.rs"
done
