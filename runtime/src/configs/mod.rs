//! The configuration of each pallet of the runtime, laid out as polkadot-sdk's parachain template
//! lays it out: `frame_system` and the parameters several pallets share here, one file per pallet
//! or concern beside it.
//!
//! | file | pallets |
//! | --- | --- |
//! | `mod.rs` | `frame_system` |
//! | [`parachain`] | `cumulus_pallet_parachain_system`, `parachain_info`, `cumulus_pallet_weight_reclaim`, `pallet_message_queue`, the relay clock |
//! | [`collators`] | `pallet_authorship`, `pallet_collator_selection`, `pallet_session`, `pallet_aura`, `cumulus_pallet_aura_ext` |
//! | [`xcm_config`] | `pallet_xcm`, `cumulus_pallet_xcm`, `cumulus_pallet_xcmp_queue`, the XCM executor |
//! | [`timestamp`] | `pallet_timestamp` |
//! | [`utility`] | `pallet_utility` |
//! | [`balances`] | `pallet_balances`, `pallet_transaction_payment`, `pallet_asset_conversion_tx_payment` |
//! | [`assets`] | `pallet_assets` (the tokens) and `pallet_assets<Instance2>` (the DEX's LP tokens) |
//! | [`dex`] | `pallet_asset_conversion` and the dev-only `pallet_dex_genesis` |
//! | [`scheduler`] | `pallet_scheduler`, `pallet_preimage` |
//! | [`governance`] | `pallet_conviction_voting`, `pallet_referenda`, the custom origins |
//! | [`liquid_staking`] | `pallet_liquid_staking` |
//! | [`liquid_staking_bridge`] | `pallet_liquid_staking_bridge` |
//! | [`oracle`] | `pallet_membership<Instance1>` (the local pools' oracle), `LocalPoolOracle` |
//!
//! The OpenGov origins and tracks themselves are in [`crate::governance`]. The public items of
//! `assets`, `balances`, `scheduler`, `liquid_staking` and `oracle` are re-exported here, so that
//! `configs::AssetAccountDeposit`, `configs::UnderlyingCoin`, ... keep their paths; the DEX's
//! items are at `configs::dex::*` (and `crate::dex::*`).

pub mod assets;
pub mod balances;
pub mod collators;
pub mod dex;
pub mod governance;
pub mod liquid_staking;
pub mod liquid_staking_bridge;
pub mod oracle;
pub mod parachain;
pub mod scheduler;
pub mod timestamp;
pub mod utility;
pub mod xcm_config;

pub use assets::*;
pub use balances::*;
pub use liquid_staking::*;
pub use oracle::*;
pub use parachain::RelayClock;
pub use scheduler::*;

use crate::{
	weights::{BlockExecutionWeight, ExtrinsicBaseWeight, ParityDbWeight},
	AccountId, Balance, Block, BlockNumber, Hash, Nonce, PalletInfo, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, RuntimeTask, VERSION,
};
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::ConstU32,
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_runtime::Perbill;

/// A block's weight: 2 seconds of compute (async backing) and a proof of at most the relay
/// chain's `MAX_POV_SIZE`, so that every call's proof size counts as it does on a relay chain.
pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

/// The share of a block's weight and length that normal transactions may use; the rest is kept
/// for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: sp_version::RuntimeVersion = VERSION;

	/// 2 seconds of compute and the relay chain's largest proof of validity
	/// (`MAX_POV_SIZE`) per block, 75 % of them for normal transactions (the rest is kept for
	/// operational ones), a tenth expected for `on_initialize`; the base weights of a block and
	/// of a transaction are this runtime's own, measured ([`crate::weights`]).
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |weights| {
			weights.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			weights.reserved =
				Some(MAXIMUM_BLOCK_WEIGHT - NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic();
	/// 5 MiB per block, 75 % of it for normal transactions.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(DispatchClass::Normal, |m| {
			*m = NORMAL_DISPATCH_RATIO * *m
		})
		.build();
	/// The generic Substrate address format.
	pub const SS58Prefix: u8 = 42;
}

#[derive_impl(frame_system::config_preludes::ParaChainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores the chain in ParityDB (`sc-cli` and `sc-service` are built without their
	/// `rocksdb` feature, so `--database` offers no RocksDB): storage is charged at the read and
	/// write costs `benchmark storage` measured on a populated ParityDB
	/// ([`crate::weights::paritydb_weights`]).
	type DbWeight = ParityDbWeight;
	/// The transaction extensions' weights (nonce, genesis, mortality, weight checks), measured
	/// on this runtime.
	type ExtensionsWeightInfo = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	/// A code upgrade goes through the relay chain (parachain-system's `ParachainSetCode`).
	type OnSetCode = cumulus_pallet_parachain_system::ParachainSetCode<Self>;
}
