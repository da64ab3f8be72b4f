//! The command line.

use std::str::FromStr;

/// How blocks are sealed. `engine_createBlock` seals one on demand in every mode.
#[derive(Debug, Clone, Copy)]
pub enum Consensus {
	/// A block as soon as a transaction is in the pool.
	InstantSeal,
	/// A block every this many milliseconds (0: only on request).
	ManualSeal(u64),
}

impl FromStr for Consensus {
	type Err = String;

	fn from_str(s: &str) -> Result<Self, Self::Err> {
		match s {
			"instant-seal" => Ok(Self::InstantSeal),
			"manual-seal" => Ok(Self::ManualSeal(0)),
			_ => match s.strip_prefix("manual-seal-") {
				Some(ms) => ms
					.parse()
					.map(Self::ManualSeal)
					.map_err(|_| format!("not a block time in milliseconds: {ms}")),
				None => Err(format!(
					"unknown consensus {s}: use instant-seal, manual-seal or manual-seal-<ms>"
				)),
			},
		}
	}
}

#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// How blocks are sealed: `instant-seal` (default), `manual-seal` (only through the
	/// `engine_createBlock` RPC) or `manual-seal-<ms>` (also every <ms> milliseconds).
	#[arg(long, default_value = "instant-seal")]
	pub consensus: Consensus,

	#[command(flatten)]
	pub run: sc_cli::RunCmd,
}

#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification.
	#[deprecated(note = "use export-chain-spec")]
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export a chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database metadata.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Benchmark the runtime's pallets (built with the `runtime-benchmarks` feature).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}
