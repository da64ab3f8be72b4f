//! `liquid-staking-node`: a development node of the liquid-staking runtime.
//!
//! Blocks are sealed at once when a transaction arrives (`--consensus instant-seal`, the
//! default), every N milliseconds (`manual-seal-N`), or only on request (`manual-seal`); in
//! every mode the `engine_createBlock` RPC seals a block on demand. The database is ParityDB.

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
