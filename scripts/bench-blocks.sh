#!/usr/bin/env bash
# What a block of this chain holds, measured on this machine with frame-benchmarking-cli's own
# commands, run through the node built with `runtime-benchmarks` in release (bench-node.sh):
#
#   scripts/bench-blocks.sh [--weights] [--repeat N]
#
# With --weights, first regenerates the runtime's weights from runs on the `benchmark` chain
# (the `development` preset with 16,000 accounts that stake, unstake and transfer, and 50,000
# that only hold the native token; `liquid-staking-node --chain benchmark`), then rebuilds the
# node with them:
#   - `benchmark storage` on that chain's ParityDB: runtime/src/weights/paritydb_weights.rs, the
#     average read and write (writes amortised over batches of 10,000, about what a full block
#     commits) times 1.1;
#   - `benchmark overhead`: runtime/src/weights/{block,extrinsic}_weights.rs;
#   - `benchmark pallet` (50 steps, 20 repeats): runtime/src/weights/ for pallet_balances,
#     pallet_asset_conversion_tx_payment, frame_system_extensions and
#     cumulus_pallet_weight_reclaim, and both pallets' weights.rs (scripts/benchmark.sh).
#
# Then, for stake (bond and cert), unstake, claim, a relayer's vote and transfer_keep_alive,
# `benchmark extrinsic` measures one call's time in a full block; the node then fills a block
# with the same transactions as a collator does (proof recorded, weight reclaim on) and reports
# how many a block holds by ref time and by proof size, estimated and recorded. Prints the
# table of the README's "Performance" section and exits non-zero if a call's measured time is
# above its charged weight, or stakes per block fall below half of transfer_keep_alive's on
# either limit.
set -euo pipefail
WEIGHTS=0

REPEAT_EXT=20
while [ $# -gt 0 ]; do
	case "$1" in
		--weights) WEIGHTS=1; shift ;;
		--repeat) REPEAT_EXT="$2"; shift 2 ;;
		*) echo "unknown argument: $1" >&2; exit 2 ;;
	esac
done
source "$(dirname "${BASH_SOURCE[0]}")/bench-node.sh"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
log() { echo "== $*" >&2; }
# Runs the node with a fresh database of its own; its log goes to $WORK/<name>.log.
node_run() {
	local name="$1"; shift
	rm -rf "$WORK/db-$name"
	if ! "$NODE" "$@" --base-path "$WORK/db-$name" >"$WORK/$name.out" 2>"$WORK/$name.log"; then
		tail -40 "$WORK/$name.log" >&2
		echo "failed: liquid-staking-node $*" >&2
		exit 1
	fi
}

CPU="$( (grep -m1 'model name' /proc/cpuinfo || echo ': unknown CPU') | cut -d: -f2- | sed 's/^ *//')"
MACHINE="$CPU, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"

if [ "$WEIGHTS" = 1 ]; then
	mkdir -p runtime/src/weights
	log "benchmark storage (ParityDB, the benchmark chain)"
	node_run storage benchmark storage --chain benchmark --database paritydb --state-version 1 \
		--batch-size 10000 --mul 1.1 --header .maintain/HEADER-APACHE2 --weight-path runtime/src/weights/
	log "benchmark overhead"
	node_run overhead benchmark overhead --chain benchmark --para-id 2000 \
		--header .maintain/HEADER-APACHE2 --weight-path runtime/src/weights/
	for pallet in pallet_balances pallet_asset_conversion_tx_payment frame_system_extensions \
		cumulus_pallet_weight_reclaim; do
		log "benchmark pallet $pallet"
		"$NODE" benchmark pallet --runtime "$RUNTIME" --genesis-builder runtime \
			--genesis-builder-preset development --pallet "$pallet" --extrinsic '*' \
			--steps "$STEPS" --repeat "$REPEAT" --wasm-execution compiled --heap-pages 4096 \
			--header .maintain/HEADER-APACHE2 --output "runtime/src/weights/$pallet.rs" \
			>"$WORK/$pallet.log" 2>&1 || { tail -40 "$WORK/$pallet.log" >&2; exit 1; }
	done
	log "benchmark pallet pallet_liquid_staking, pallet_liquid_staking_bridge"
	"$(dirname "${BASH_SOURCE[0]}")/benchmark.sh" --steps "$STEPS" --repeat "$REPEAT" >"$WORK/pallets.log" 2>&1 \
		|| { tail -40 "$WORK/pallets.log" >&2; exit 1; }
	# The generated files in the repository's formatting.
	cargo fmt --all
	log "rebuilding the node with the new weights"
	cargo build --locked --release -p liquid-staking-node --features runtime-benchmarks
fi

log "benchmark extrinsic, and each call's block"
CALLS="liquidstaking:stake_bond liquidstaking:stake_cert liquidstaking:unstake liquidstaking:claim liquidstakingbridge:attest balances:transfer_keep_alive"
: >"$WORK/rows"
for call in $CALLS; do
	pallet="${call%%:*}"; extrinsic="${call#*:}"
	log "  $pallet::$extrinsic"
	node_run "$extrinsic" benchmark extrinsic --chain benchmark --pallet "$pallet" \
		--extrinsic "$extrinsic" --warmup 3 --repeat "$REPEAT_EXT"
	# frame-benchmarking-cli's statistics of one call's time in a full block, in ns.
	avg="$( (grep -A3 'extrinsic takes\[ns\]' "$WORK/$extrinsic.log" || true) | sed -n 's/.*Average: \([0-9]*\),.*/\1/p' | head -1)"
	[ -n "$avg" ] || { tail -20 "$WORK/$extrinsic.log" >&2; echo "no time for $extrinsic" >&2; exit 1; }
	echo "$avg $(tail -1 "$WORK/$extrinsic.out")" >>"$WORK/rows"
done

WEIGHTS_DATE="$(sed -n 's|^//! DATE: \([0-9-]*\).*|\1|p' runtime/src/weights/extrinsic_weights.rs)"
echo "Machine: $MACHINE; measured $(date -u +%Y-%m-%d) on the \`benchmark\` chain; the runtime's weights of $WEIGHTS_DATE."
echo
node - "$WORK/rows" <<'EOF'
const fs = require('fs');
const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => {
	const i = line.indexOf(' ');
	return { measured: Number(line.slice(0, i)) / 1000, ...JSON.parse(line.slice(i + 1)) };
});
const names = {
	stake_bond: 'stake (bond)', stake_cert: 'stake (cert)', unstake: 'unstake', claim: 'claim',
	attest: 'relayer vote (attest)', transfer_keep_alive: 'transfer_keep_alive',
};
const f1 = (x) => x.toFixed(1);
console.log('| call | in a full block | measured µs | charged µs | measured / charged | proof per call: estimated / charged after reclaim / recorded (bytes) | per block by ref time | per block by proof: estimated / after reclaim / recorded |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
let failed = [];
for (const r of rows) {
	const charged = r.charged_ref_time_ns / 1000;
	const ratio = r.measured / charged;
	if (ratio > 1) failed.push(`${r.extrinsic}: measured ${f1(r.measured)} µs above its charged ${f1(charged)} µs`);
	console.log(`| ${names[r.extrinsic]} | ${r.in_block} | ${f1(r.measured)} | ${f1(charged)} | ${ratio.toFixed(2)} | ${r.estimated_proof} / ${r.charged_proof} / ${r.recorded_proof} | ${r.per_block_ref_time} | ${r.per_block_proof_estimated} / ${r.per_block_proof_charged} / ${r.per_block_proof_recorded} |`);
}
const by = Object.fromEntries(rows.map((r) => [r.extrinsic, r]));
const tka = by.transfer_keep_alive;
console.log();
console.log('Stakes per block against transfer_keep_alive per block (target: at least 0.5 by ref time and by proof, charged after reclaim and recorded):');
console.log();
console.log('| stake | by ref time | by proof after reclaim | by proof recorded | by proof estimated |');
console.log('|---|---:|---:|---:|---:|');
for (const s of ['stake_bond', 'stake_cert']) {
	const r = by[s];
	const q = (k) => r[k] / tka[k];
	const [ref, charged, rec, est] = ['per_block_ref_time', 'per_block_proof_charged', 'per_block_proof_recorded', 'per_block_proof_estimated'].map(q);
	if (ref < 0.5 || charged < 0.5 || rec < 0.5) failed.push(`${s}: ${ref.toFixed(2)} by ref time, ${charged.toFixed(2)} by proof after reclaim, ${rec.toFixed(2)} by recorded proof`);
	console.log(`| ${names[s]} | ${ref.toFixed(2)} | ${charged.toFixed(2)} | ${rec.toFixed(2)} | ${est.toFixed(2)} |`);
}
console.log();
console.log('The full blocks\' recorded proofs (encoded / compact, as a collator sends it):');
console.log();
for (const r of rows) console.log(`- ${names[r.extrinsic]}: ${(r.block_proof / 1048576).toFixed(2)} MiB / ${(r.block_compact_proof / 1048576).toFixed(2)} MiB for ${r.in_block} calls (a block of inherents alone: ${r.empty_block_proof} bytes)`);
const one = rows[0];
console.log();
console.log(`A block's normal class: ${(one.normal_max_ref_time_ns / 1e9).toFixed(2)} s of compute and ${(one.normal_max_proof / 1048576).toFixed(2)} MiB of proof.`);
if (failed.length) {
	console.log();
	console.log('MISSED: ' + failed.join('; '));
	process.exit(1);
}
EOF
