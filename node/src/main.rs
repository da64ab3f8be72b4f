//! `liquid-staking-node`: a development node of the liquid-staking runtime.
//!
//! Blocks are sealed at once when a transaction arrives (`--consensus instant-seal`, the
//! default), every N milliseconds (`manual-seal-N`), or only on request (`manual-seal`); in
//! every mode the `engine_createBlock` RPC seals a block on demand. The database is ParityDB.
//!
//! The runtime is a parachain runtime: the node gives each block a mocked relay chain's
//! validation data, as polkadot-omni-node's dev mode does (see [`parachain`]). Collators of a
//! real parachain run the runtime with polkadot-omni-node and the chain spec this node exports
//! (`export-chain-spec`).

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod parachain;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
