//! The two `pallet_assets` instances: `Assets`, the chain's tokens (the wrapped coins and the
//! liquid-staking pools' cert tokens), and `PoolAssets` (`Instance2`), the liquidity-provider
//! tokens of the DEX (see [`super::dex`]).
//!
//! # Asset ids
//!
//! The ids of `Assets` are in two ranges:
//! - **Below [`FIRST_USER_ASSET_ID`] (1,000,000): the runtime's.** Only the runtime creates them:
//!   the genesis presets (the wrapped coins, 1 and 2, and the genesis pools' cert tokens, 101 and
//!   102), the liquid-staking pallet when governance creates a pool (its cert token, through
//!   `fungibles::Create`), and root through `force_create`. No signed account can create one, so
//!   an id named in a pending `create_pool` referendum cannot be taken before the referendum is
//!   enacted: governance picks the cert ids of new pools in this range.
//! - **From [`FIRST_USER_ASSET_ID`] up: anyone's.** A signed account creates one with `create`
//!   and the [`AssetDeposit`] ([`EnsureSignedUserAssetId`]).

use crate::{
	deposit, AccountId, AssetId, Balance, Balances, Runtime, RuntimeEvent, RuntimeOrigin,
	EXISTENTIAL_DEPOSIT, UNIT,
};
use frame_support::{
	parameter_types,
	traits::{
		AsEnsureOriginWithArg, ConstU128, ConstU32, EnsureOrigin, EnsureOriginWithArg,
		NeverEnsureOrigin,
	},
};
use frame_system::{EnsureRoot, EnsureSigned};

/// The first asset id a signed account may create; the ids below it are the runtime's (see the
/// module's docs).
pub const FIRST_USER_ASSET_ID: AssetId = 1_000_000;

/// Who may create an asset with `create`: a signed account, for an id at or above
/// [`FIRST_USER_ASSET_ID`] only. Succeeds with the account, which pays the deposit.
pub struct EnsureSignedUserAssetId;
impl EnsureOriginWithArg<RuntimeOrigin, AssetId> for EnsureSignedUserAssetId {
	type Success = AccountId;

	fn try_origin(o: RuntimeOrigin, id: &AssetId) -> Result<AccountId, RuntimeOrigin> {
		if *id < FIRST_USER_ASSET_ID {
			return Err(o);
		}
		<EnsureSigned<AccountId> as EnsureOrigin<RuntimeOrigin>>::try_origin(o)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(id: &AssetId) -> Result<RuntimeOrigin, ()> {
		if *id < FIRST_USER_ASSET_ID {
			return Err(());
		}
		<EnsureSigned<AccountId> as EnsureOrigin<RuntimeOrigin>>::try_successful_origin()
	}
}

/// The asset ids of the `Assets` benchmarks: user ids, from [`FIRST_USER_ASSET_ID`] up, so that
/// `create` is benchmarked with a signed origin.
#[cfg(feature = "runtime-benchmarks")]
pub struct UserAssetBenchmarkIds;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_assets::BenchmarkHelper<codec::Compact<AssetId>, ()> for UserAssetBenchmarkIds {
	fn create_asset_id_parameter(id: u32) -> codec::Compact<AssetId> {
		codec::Compact(FIRST_USER_ASSET_ID.saturating_add(id))
	}
	fn create_reserve_id_parameter(_: u32) {}
}

parameter_types! {
	/// What creating an asset reserves.
	pub const AssetDeposit: Balance = 10 * UNIT;
	/// What an asset account created with `touch` reserves.
	pub const AssetAccountDeposit: Balance = deposit(1, 16);
	pub const ApprovalDeposit: Balance = EXISTENTIAL_DEPOSIT;
	/// The longest name or symbol of an asset (also of a cert token: see
	/// [`super::liquid_staking`]).
	pub const AssetsStringLimit: u32 = 50;
	pub const MetadataDepositBase: Balance = deposit(1, 68);
	pub const MetadataDepositPerByte: Balance = deposit(0, 1);
}

/// The chain's tokens: a signed account may create one of a user id (with a deposit); the ids
/// below [`FIRST_USER_ASSET_ID`] are created by the genesis presets (the wrapped coins), the
/// liquid-staking pallet (the cert tokens) and root.
impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = EnsureSignedUserAssetId;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = AssetsStringLimit;
	type Holder = ();
	type Freezer = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = UserAssetBenchmarkIds;
}

/// The liquidity-provider tokens of the DEX: created by the DEX only, without deposits.
impl pallet_assets::Config<pallet_assets::Instance2> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = ConstU128<0>;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = AssetsStringLimit;
	type Holder = ();
	type Freezer = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}
