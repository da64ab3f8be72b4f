//! `benchmark extrinsic` with every builder of the node, on a small benchmark chain
//! (`--chain benchmark-200`): each fills a block of transactions that all dispatch successfully
//! (the command fails otherwise), frame-benchmarking-cli times them, and the node reports the
//! block's weight and proof. Built with the `runtime-benchmarks` feature only.
#![cfg(feature = "runtime-benchmarks")]

use serde_json::Value;
use std::process::Command;

/// Transactions per block: fewer than the chain's 200 benchmark accounts.
const PER_BLOCK: u64 = 150;

fn run(pallet: &str, extrinsic: &str) -> (Value, String) {
	let base = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-{extrinsic}"));
	let _ = std::fs::remove_dir_all(&base);
	let output = Command::new(env!("CARGO_BIN_EXE_liquid-staking-node"))
		.args(["benchmark", "extrinsic", "--chain", "benchmark-200", "--base-path"])
		.arg(&base)
		.args(["--pallet", pallet, "--extrinsic", extrinsic])
		.args(["--warmup", "0", "--repeat", "1", "--max-ext-per-block"])
		.arg(PER_BLOCK.to_string())
		.output()
		.expect("the node runs");
	let _ = std::fs::remove_dir_all(&base);
	let stderr = String::from_utf8_lossy(&output.stderr).to_string();
	assert!(output.status.success(), "{pallet}::{extrinsic} failed:\n{stderr}");
	let stdout = String::from_utf8_lossy(&output.stdout);
	let report = stdout.lines().last().unwrap_or_default();
	(serde_json::from_str(report).unwrap_or_else(|e| panic!("{e}: {report}")), stderr)
}

#[test]
fn every_builder_fills_a_block_of_successful_transactions() {
	for (pallet, extrinsic) in [
		("liquidstaking", "stake_bond"),
		("liquidstaking", "stake_cert"),
		("liquidstaking", "unstake"),
		("liquidstaking", "claim"),
		("liquidstakingbridge", "attest"),
		("balances", "transfer_keep_alive"),
	] {
		let (report, log) = run(pallet, extrinsic);
		let n = |key: &str| report[key].as_u64().unwrap_or_else(|| panic!("no {key}: {report}"));
		// frame-benchmarking-cli timed the call in its block.
		let timed = format!("Executing a {pallet}::{extrinsic} extrinsic takes[ns]");
		let average = log
			.split(&timed)
			.nth(1)
			.and_then(|rest| rest.split("Average: ").nth(1))
			.and_then(|rest| rest.split(',').next())
			.and_then(|ns| ns.trim().parse::<u64>().ok())
			.unwrap_or_else(|| panic!("no time for {extrinsic}:\n{log}"));
		assert!(average > 0);
		// The node's block took every transaction (each dispatched successfully, or the
		// command failed), and recorded a proof for them.
		assert_eq!(report["extrinsic"], extrinsic);
		assert_eq!(n("in_block"), PER_BLOCK, "{report}");
		assert_eq!(report["block_full"], false);
		assert!(n("recorded_proof") > 0, "{report}");
		assert!(n("block_proof") > n("empty_block_proof"), "{report}");
		assert!(n("block_compact_proof") <= n("block_proof"), "{report}");
		// The weights are bounds: after weight reclaim a transaction is charged no more proof
		// than estimated (reclaim charges more when a call records more than its weight says),
		// and more than the proof it added to the block; a refund only lowers the compute.
		assert!(n("charged_proof") <= n("estimated_proof"), "{report}");
		assert!(n("recorded_proof") <= n("charged_proof"), "{report}");
		assert!(n("charged_ref_time_ns") <= n("estimated_ref_time_ns"), "{report}");
		// The block was not full: by each limit, more than it took would fit.
		assert!(n("per_block_ref_time") > PER_BLOCK, "{report}");
		assert!(n("per_block_proof_charged") > PER_BLOCK, "{report}");
	}
}
