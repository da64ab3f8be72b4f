//! The runtime's own weights, each measured on one machine (its CPU in the file's header) with
//! frame-benchmarking-cli through the node built with `runtime-benchmarks`, by the command in
//! the file's header (`scripts/bench-blocks.sh --weights` runs them all):
//!
//! - [`block_weights`] and [`extrinsic_weights`]: `benchmark overhead` on the node's `benchmark`
//!   chain (the `development` preset with 66,000 more accounts): the time of an empty block and
//!   of a transaction that does nothing (`System::remark`), with the proof an empty block records
//!   and the growth of the proof of a block of remarks;
//! - [`paritydb_weights`]: `benchmark storage` on that chain's ParityDB, the time of reading and
//!   of writing a key (the node stores the chain in ParityDB), averages times 1.1;
//! - [`pallet_balances`], [`pallet_asset_conversion_tx_payment`] (the fee's transaction
//!   extension), [`frame_system_extensions`] (the nonce, genesis, mortality and weight checks)
//!   and [`cumulus_pallet_weight_reclaim`] (the extension that wraps them): `benchmark pallet` on
//!   the `development` preset.
//!
//! The liquid-staking pallets' weights are in their own crates (`weights.rs`).

pub mod block_weights;
pub mod cumulus_pallet_weight_reclaim;
pub mod extrinsic_weights;
pub mod frame_system_extensions;
pub mod pallet_asset_conversion_tx_payment;
pub mod pallet_balances;
// The generated file documents the fields of a struct expression, which rustdoc ignores.
#[allow(unused_doc_comments)]
pub mod paritydb_weights;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
pub use paritydb_weights::constants::ParityDbWeight;
