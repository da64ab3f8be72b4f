//! The liquid-staking runtime: FRAME system pallets, balances, assets, the scheduler and
//! preimages, OpenGov, the liquid-staking pallet and the oracle of its local pools, and a DEX,
//! with genesis presets for a development chain and a local testnet.
//!
//! Laid out as polkadot-sdk's parachain template: the pallets are declared here, configured in
//! [`configs`] (one file per pallet or concern), the runtime APIs are in [`apis`] and the genesis
//! presets in [`genesis_config_presets`]. One pallet is dev-only: `DexGenesis` (see
//! [`configs::dex::pallet_dex_genesis`]) seeds the DEX for the `development` preset and does
//! nothing after genesis.

#![cfg_attr(not(feature = "std"), no_std)]
#![recursion_limit = "256"]

// The runtime's Wasm blob, built by substrate-wasm-builder (see `build.rs`).
#[cfg(all(feature = "std", not(feature = "fast-runtime")))]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));
#[cfg(all(feature = "std", feature = "fast-runtime"))]
include!(concat!(env!("OUT_DIR"), "/fast_runtime_wasm.rs"));

extern crate alloc;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod governance;

/// The DEX, at its former path (it lives in [`configs::dex`]).
pub use configs::dex;

use alloc::vec::Vec;
use sp_runtime::{
	generic,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use pallet_balances::Call as BalancesCall;

/// The host functions this runtime's Wasm imports beyond `sp_io::SubstrateHostFunctions`: the
/// benchmarking ones when it is built with `runtime-benchmarks` (as the tests build it), none
/// otherwise. A node executes it with `(sp_io::SubstrateHostFunctions, ExtraHostFunctions)`, so
/// that it runs whichever of the two it embeds.
#[cfg(all(feature = "std", feature = "runtime-benchmarks"))]
pub type ExtraHostFunctions = frame_benchmarking::benchmarking::HostFunctions;
/// The host functions this runtime's Wasm imports beyond `sp_io::SubstrateHostFunctions`: none
/// (with `runtime-benchmarks`, the benchmarking ones).
#[cfg(all(feature = "std", not(feature = "runtime-benchmarks")))]
pub type ExtraHostFunctions = ();

/// The runtime's version.
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("liquid-staking"),
	impl_name: alloc::borrow::Cow::Borrowed("liquid-staking"),
	authoring_version: 1,
	spec_version: 1,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Opaque types: what the node needs to know of the runtime without its types.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
}

/// An index to a block.
pub type BlockNumber = u32;
/// A transaction's signature: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;
/// Some way of identifying an account on the chain.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account.
pub type Balance = u128;
/// Index of a transaction in the chain.
pub type Nonce = u32;
/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;
/// Identifier of an asset in pallet-assets.
pub type AssetId = u32;

/// One unit of the native token (12 decimals).
pub const UNIT: Balance = 1_000_000_000_000;
/// A thousandth of a unit.
pub const MILLI_UNIT: Balance = UNIT / 1_000;
/// A millionth of a unit.
pub const MICRO_UNIT: Balance = UNIT / 1_000_000;
/// The existential deposit of the native token.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Target block time: 6 seconds.
pub const MILLI_SECS_PER_BLOCK: u64 = 6_000;
/// Blocks per minute, hour and day at 6-second blocks.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

/// A storage deposit: per item and per byte.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	(items as Balance) * 20 * UNIT / 100 + (bytes as Balance) * 100 * MICRO_UNIT
}

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The transaction extensions, checked in this order on every signed transaction.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run on a runtime upgrade.
type Migrations = ();

/// Executive: handles dispatch to the various pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Utility = pallet_utility;

	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(12)]
	pub type Assets = pallet_assets;
	#[runtime::pallet_index(13)]
	pub type PoolAssets = pallet_assets<Instance2>;
	#[runtime::pallet_index(14)]
	pub type AssetConversion = pallet_asset_conversion;

	#[runtime::pallet_index(20)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(21)]
	pub type Preimage = pallet_preimage;

	#[runtime::pallet_index(30)]
	pub type ConvictionVoting = pallet_conviction_voting;
	#[runtime::pallet_index(31)]
	pub type Referenda = pallet_referenda;
	#[runtime::pallet_index(32)]
	pub type Origins = governance::pallet_custom_origins;

	// The bridge first: its genesis registers the chains the staking pools are staked on.
	#[runtime::pallet_index(50)]
	pub type LiquidStakingBridge = pallet_liquid_staking_bridge;
	#[runtime::pallet_index(51)]
	pub type LiquidStaking = pallet_liquid_staking;
	/// The accounts that report the rewards, slashes and delegations of local pools.
	#[runtime::pallet_index(52)]
	pub type OracleMembership = pallet_membership<Instance1>;

	/// Dev-only: seeds the DEX at genesis for the `development` preset (empty in
	/// `local_testnet`). No calls, no storage items, no events: nothing in the metadata but an
	/// empty entry and its genesis config section.
	#[runtime::pallet_index(99)]
	pub type DexGenesis = configs::dex::pallet_dex_genesis;
}
