#!/usr/bin/env bash
# Benchmarks, in one run on this machine, the liquid-staking calls a staker or a relayer makes next
# to `pallet_balances::transfer_keep_alive` (tka), `pallet_assets::mint` and
# `pallet_assets::transfer_keep_alive` (atka), and prints each call's weight, reads/writes and
# proof size with its ratio to (tka + mint). A stake in a pool of a pallet-assets coin moves that
# coin with a pallet-assets transfer, not a balances one: its floor is (atka + mint), and the table
# shows that ratio too. Then the slopes that show unstake, mature and claim do not grow with the
# other requests of a bucket. Exits non-zero when a target is missed.
#
#   scripts/bench-compare.sh [--steps N] [--repeat N]   (defaults: 50 and 20)
#
# Weights are ref_time plus the database at RocksDB costs (read 25 µs, write 100 µs), as the
# published weights of polkadot-sdk count them; proof sizes are the estimated (charged) ones.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-node.sh"

# stake_*: a pool of a pallet-assets coin; stake_*_native: a pool of the chain's own coin.
OURS=stake_bond,stake_cert,stake_bond_native,stake_cert_native,unstake,mature,claim,transfer_bond,bond_to_cert,plan_stakes
# The bridge's: a relayer's vote, and the votes that execute a deposit (plain and staked).
BRIDGE=attest_vote,attest_deposit,attest_deposit_stake
SLOPES=unstake_busy_bucket,mature_busy_bucket,claim_busy_bucket
# transfer_keep_alive runs in both pallet_balances and pallet_assets.
PEERS=transfer_keep_alive,mint

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
"$NODE" benchmark pallet \
	--runtime "$RUNTIME" \
	--genesis-builder runtime \
	--genesis-builder-preset development \
	--pallet pallet_liquid_staking,pallet_liquid_staking_bridge,pallet_balances,pallet_assets \
	--extrinsic "$OURS,$BRIDGE,$SLOPES,$PEERS" \
	--extra \
	--steps "$STEPS" \
	--repeat "$REPEAT" \
	--wasm-execution compiled \
	--heap-pages 4096 \
	--template .maintain/bench-compare.hbs \
	--output "$OUT" >"$OUT/log" 2>&1 || { cat "$OUT/log" >&2; exit 1; }

# One line per benchmark: pallet, name, ref_time (ps), reads, writes, proof (bytes), slopes.
for f in "$OUT"/*.rs; do
	pallet="$(basename "$f" .rs)"
	grep -v '^[[:space:]]*$' "$f" | sed "s/^/${pallet}\t/"
done >"$OUT/all.tsv"

CPU="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "Machine: $CPU, $(nproc) cores; steps $STEPS, repeat $REPEAT; $(date -u +%Y-%m-%d)."
echo
awk -F'\t' -v ours="$OURS" -v slopes="$SLOPES" '
function at_min(base, slopes_s, ranges_s,    n, i, kv, mins, r, total) {
	# The value of base + sum(slope * component) at the lowest value of every component.
	split(ranges_s, r, ","); for (i in r) if (r[i] != "") { split(r[i], kv, ":"); split(kv[2], mm, "\\.\\."); mins[kv[1]] = mm[1] }
	total = base
	n = split(slopes_s, r, ","); for (i = 1; i <= n; i++) if (r[i] != "") { split(r[i], kv, ":"); total += kv[2] * mins[kv[1]] }
	return total
}
{
	key = $2
	if ($1 == "pallet_assets" && $2 == "transfer_keep_alive") key = "assets_transfer_keep_alive"
	time[key] = at_min($3, $7, $11)
	reads[key] = at_min($4, $8, $11); writes[key] = at_min($5, $9, $11)
	proof[key] = at_min($6, $10, $11)
	weight[key] = time[key] + reads[key] * 25e6 + writes[key] * 100e6
	tslope[key] = $7; rslope[key] = $8; wslope[key] = $9; pslope[key] = $10; range[key] = $11
}
END {
	if (!("transfer_keep_alive" in weight) || !("mint" in weight) || !("assets_transfer_keep_alive" in weight)) { print "peer benchmarks missing" > "/dev/stderr"; exit 1 }
	floor_w = weight["transfer_keep_alive"] + weight["mint"]
	floor_p = proof["transfer_keep_alive"] + proof["mint"]
	afloor_w = weight["assets_transfer_keep_alive"] + weight["mint"]
	asset_stake["stake_bond"] = 1; asset_stake["stake_cert"] = 1
	printf "| call | ref_time µs | reads/writes | weight µs | proof KB | weight / (tka + mint) | proof / (tka + mint) | weight / (atka + mint) |\n"
	printf "|---|---:|---:|---:|---:|---:|---:|---:|\n"
	n = split("transfer_keep_alive,mint,assets_transfer_keep_alive," ours, list, ",")
	for (i = 1; i <= n; i++) {
		k = list[i]
		if (!(k in weight)) { print "missing benchmark: " k > "/dev/stderr"; failed = 1; continue }
		name = k; if (range[k] != "") name = k " (" range[k] ")"; sub(/,\)$/, ")", name); gsub(/\.\.[0-9]+/, "", name)
		if (k == "assets_transfer_keep_alive") name = "pallet_assets transfer_keep_alive (atka)"
		shown = (k in asset_stake) ? sprintf("%.2f", weight[k] / afloor_w) : ""
		printf "| %s | %.1f | %d/%d | %.1f | %.2f | %.2f | %.2f | %s |\n", name, time[k] / 1e6, reads[k], writes[k], weight[k] / 1e6, proof[k] / 1000, weight[k] / floor_w, proof[k] / floor_p, shown
	}
	printf "\nTargets: stake ≤ 1.3 × (tka + mint) = %.1f µs in a pool of the native coin, ≤ 1.3 × (atka + mint) = %.1f µs in a pool of a pallet-assets coin; relayer vote ≤ 1.5 × tka = %.1f µs; proof ≤ 16 KB.\n", 1.3 * floor_w / 1e6, 1.3 * afloor_w / 1e6, 1.5 * weight["transfer_keep_alive"] / 1e6
	for (i = 1; i <= n; i++) {
		k = list[i]; if (!(k in weight)) continue
		if (proof[k] > 16000) { printf "ABOVE TARGET: %s proof %.2f KB\n", k, proof[k] / 1000; over = 1 }
	}
	split("stake_bond,stake_cert,stake_bond_native,stake_cert_native", stakes, ",")
	for (i = 1; i <= 4; i++) {
		k = stakes[i]; if (!(k in weight)) continue
		if (weight[k] > 1.3 * ((k in asset_stake) ? afloor_w : floor_w)) { print "ABOVE TARGET: " k; over = 1 }
	}
	if ("attest_vote" in weight && weight["attest_vote"] > 1.5 * weight["transfer_keep_alive"]) { print "ABOVE TARGET: attest_vote"; over = 1 }
	printf "\nSlopes per unit of each component (ref_time ns, reads, writes, proof bytes):\n\n"
	printf "| benchmark | component range | ref_time | reads | writes | proof |\n|---|---|---:|---:|---:|---:|\n"
	m = split("claim," slopes, list, ",")
	for (i = 1; i <= m; i++) {
		k = list[i]; if (!(k in weight)) { print "missing benchmark: " k > "/dev/stderr"; failed = 1; continue }
		printf "| %s | %s | %s | %s | %s | %s |\n", k, show(range[k]), show_ns(tslope[k]), show(rslope[k]), show(wslope[k]), show(pslope[k])
	}
	exit (failed || over)
}
function show(s) { sub(/,$/, "", s); return s == "" ? "0" : s }
function show_ns(s,    n, i, kv, out, r) {
	n = split(s, r, ","); out = ""
	for (i = 1; i <= n; i++) if (r[i] != "") { split(r[i], kv, ":"); out = out (out == "" ? "" : ", ") kv[1] ":" sprintf("%.0f", kv[2] / 1000) }
	return out == "" ? "0" : out
}
' "$OUT/all.tsv"
