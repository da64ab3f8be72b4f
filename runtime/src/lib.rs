//! The liquid-staking runtime, a cumulus parachain runtime: FRAME system pallets,
//! parachain-system (async backing: 6-second blocks, velocity 1, an unincluded segment of 3),
//! Aura collators chosen by collator-selection, XCM (the relay chain's token, governance and
//! upgrades from the relay chain), balances, assets, the scheduler and preimages, OpenGov, the
//! liquid-staking pallet and its bridge, the oracle of its local pools, and a DEX, with genesis
//! presets for a development chain and a local testnet.
//!
//! Time: the pallets that count time (the scheduler, referenda, conviction voting, the
//! liquid-staking pallet and its bridge) count relay-chain blocks
//! ([`configs::RelayClock`]), so that 7 days of unbonding are 7 days whatever the parachain's
//! block time.
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
pub mod weights;

pub use configs::xcm_config;

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
/// storage-proof-size one (cumulus' weight reclaim), and the benchmarking ones when it is built
/// with `runtime-benchmarks` (as the tests build it). A node executes it with
/// `(sp_io::SubstrateHostFunctions, ExtraHostFunctions)`.
#[cfg(all(feature = "std", feature = "runtime-benchmarks"))]
pub type ExtraHostFunctions = (
	cumulus_primitives_proof_size_hostfunction::storage_proof_size::HostFunctions,
	frame_benchmarking::benchmarking::HostFunctions,
);
/// The host functions this runtime's Wasm imports beyond `sp_io::SubstrateHostFunctions`: the
/// storage-proof-size one (with `runtime-benchmarks`, the benchmarking ones too).
#[cfg(all(feature = "std", not(feature = "runtime-benchmarks")))]
pub type ExtraHostFunctions =
	cumulus_primitives_proof_size_hostfunction::storage_proof_size::HostFunctions;

/// The runtime's version.
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("liquid-staking"),
	impl_name: alloc::borrow::Cow::Borrowed("liquid-staking"),
	authoring_version: 1,
	spec_version: 3,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 2,
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

/// Target block time: 6 seconds (one block per relay-chain block).
pub const MILLI_SECS_PER_BLOCK: u64 = 6_000;
/// The Aura slot: one block per slot.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
/// The relay chain's slot (and block time).
pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6_000;
/// How many parachain blocks the relay chain may include per relay block.
pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
/// How many parachain blocks may be built ahead of their inclusion (async backing).
pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
/// Blocks per minute, hour and day at 6-second blocks: parachain blocks, and relay-chain blocks
/// (the clock of unbonding, referenda and the bridge's windows).
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

/// The transaction extensions, checked in this order on every signed transaction, inside
/// cumulus' `StorageWeightReclaim`, which refunds the weight (ref time and proof size) a
/// transaction did not use, measuring its proof as the collator records it.
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
	Runtime,
	(
		frame_system::CheckNonZeroSender<Runtime>,
		frame_system::CheckSpecVersion<Runtime>,
		frame_system::CheckTxVersion<Runtime>,
		frame_system::CheckGenesis<Runtime>,
		frame_system::CheckEra<Runtime>,
		frame_system::CheckNonce<Runtime>,
		frame_system::CheckWeight<Runtime>,
		pallet_asset_conversion_tx_payment::ChargeAssetTxPayment<Runtime>,
	),
>;

sp_runtime::impl_opaque_keys! {
	/// The collators' session keys: their Aura key.
	pub struct SessionKeys {
		pub aura: Aura,
	}
}

/// The Aura key of a collator (sr25519).
pub type AuraId = sp_consensus_aura::sr25519::AuthorityId;

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run on a runtime upgrade: each runs once, on the storage version it
/// migrates from.
type Migrations = (pallet_liquid_staking::migrations::v2::MigrateToV2<Runtime>,);

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
	// Its inherent (the relay chain's validation data) comes first in every block.
	#[runtime::pallet_index(1)]
	pub type ParachainSystem = cumulus_pallet_parachain_system;
	#[runtime::pallet_index(2)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(3)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(4)]
	pub type ParachainInfo = parachain_info;
	#[runtime::pallet_index(5)]
	pub type WeightReclaim = cumulus_pallet_weight_reclaim;

	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	/// Fees in any coin with a DEX pool against the native token.
	#[runtime::pallet_index(9)]
	pub type AssetTxPayment = pallet_asset_conversion_tx_payment;
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

	// Collators: authorship before the session, collator-selection before the session (it is
	// the session's manager), Aura after it.
	#[runtime::pallet_index(15)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(16)]
	pub type CollatorSelection = pallet_collator_selection;
	#[runtime::pallet_index(17)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(18)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(19)]
	pub type AuraExt = cumulus_pallet_aura_ext;

	#[runtime::pallet_index(30)]
	pub type ConvictionVoting = pallet_conviction_voting;
	#[runtime::pallet_index(31)]
	pub type Referenda = pallet_referenda;
	#[runtime::pallet_index(32)]
	pub type Origins = governance::pallet_custom_origins;

	// XCM.
	#[runtime::pallet_index(40)]
	pub type XcmpQueue = cumulus_pallet_xcmp_queue;
	#[runtime::pallet_index(41)]
	pub type PolkadotXcm = pallet_xcm;
	#[runtime::pallet_index(42)]
	pub type CumulusXcm = cumulus_pallet_xcm;
	#[runtime::pallet_index(43)]
	pub type MessageQueue = pallet_message_queue;

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

cumulus_pallet_parachain_system::register_validate_block! {
	Runtime = Runtime,
	BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}
