//! The configuration of each pallet of the runtime, laid out as polkadot-sdk's parachain template
//! lays it out: `frame_system` and the parameters several pallets share here, one file per pallet
//! or concern beside it.
//!
//! | file | pallets |
//! | --- | --- |
//! | `mod.rs` | `frame_system` |
//! | [`timestamp`] | `pallet_timestamp` |
//! | [`utility`] | `pallet_utility` |
//! | [`balances`] | `pallet_balances`, `pallet_transaction_payment` |
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
pub mod dex;
pub mod governance;
pub mod liquid_staking;
pub mod liquid_staking_bridge;
pub mod oracle;
pub mod scheduler;
pub mod timestamp;
pub mod utility;

pub use assets::*;
pub use balances::*;
pub use liquid_staking::*;
pub use oracle::*;
pub use scheduler::*;

use crate::{
	AccountId, Balance, Block, BlockNumber, Hash, Nonce, PalletInfo, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, RuntimeTask, VERSION,
};
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::ConstU32,
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		Weight,
	},
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_runtime::Perbill;

/// The share of a block's weight and length that normal transactions may use; the rest is kept
/// for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: sp_version::RuntimeVersion = VERSION;

	/// 2 seconds of compute per block, 75 % of it for normal transactions.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
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

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores the chain in ParityDB (`sc-cli` and `sc-service` are built without their
	/// `rocksdb` feature, so `--database` offers no RocksDB): storage is charged at ParityDB's
	/// read and write costs.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}
