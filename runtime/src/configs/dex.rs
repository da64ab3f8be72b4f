//! The DEX: pallet-asset-conversion over every token of the chain: the native token, the
//! pallet-assets tokens (wrapped BNB and MATIC, the cert tokens) and the bond token of each
//! liquid-staking pool, through its `fungibles` implementation. Liquidity-provider tokens are a
//! second pallet-assets instance, `PoolAssets` (configured in [`super::assets`]).
//!
//! Also here: [`pallet_dex_genesis`], a dev-only pallet that seeds the DEX at genesis for the
//! `development` preset.

use crate::{
	AccountId, AssetId, Assets, Balance, Balances, LiquidStaking, PoolAssets, Runtime, RuntimeEvent,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	parameter_types,
	traits::{
		tokens::{fungible, fungibles, imbalance::ResolveAssetTo},
		ConstU128, ConstU32,
	},
	PalletId,
};
use frame_system::EnsureRoot;
use pallet_asset_conversion::{AccountIdConverter, Ascending, Chain, WithFirstAsset};
use pallet_liquid_staking::PoolId;
use scale_info::TypeInfo;
use sp_runtime::{traits::Convert, Either, Permill};

/// A token the DEX trades.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum DexAsset {
	/// The native token.
	Native,
	/// A pallet-assets token: a wrapped coin or a cert token.
	Asset(AssetId),
	/// The bond token of a liquid-staking pool.
	Bond(PoolId),
}

/// The native token on one side, every other token on the other.
pub struct NativeOrOther;
impl Convert<DexAsset, Either<(), DexAsset>> for NativeOrOther {
	fn convert(asset: DexAsset) -> Either<(), DexAsset> {
		match asset {
			DexAsset::Native => Either::Left(()),
			other => Either::Right(other),
		}
	}
}

/// pallet-assets tokens on one side, bond tokens on the other.
pub struct AssetOrBond;
impl Convert<DexAsset, Either<AssetId, PoolId>> for AssetOrBond {
	fn convert(asset: DexAsset) -> Either<AssetId, PoolId> {
		match asset {
			DexAsset::Asset(id) => Either::Left(id),
			DexAsset::Bond(pool) => Either::Right(pool),
			// Never asked: the native token is routed to Balances before this.
			DexAsset::Native => Either::Left(AssetId::MAX),
		}
	}
}

/// pallet-assets tokens and bond tokens under one `fungibles`.
pub type AssetsAndBonds =
	fungibles::UnionOf<Assets, LiquidStaking, AssetOrBond, DexAsset, AccountId>;

/// Every token the DEX trades, under one `fungibles`.
pub type DexAssets =
	fungible::UnionOf<Balances, AssetsAndBonds, NativeOrOther, DexAsset, AccountId>;

parameter_types! {
	pub const AssetConversionPalletId: PalletId = PalletId(*b"py/ascon");
	pub const NativeAsset: DexAsset = DexAsset::Native;
	/// Liquidity can be withdrawn without a fee.
	pub const LiquidityWithdrawalFee: Permill = Permill::zero();
	/// 0.3 % of each swap goes to the liquidity providers.
	pub const LPFee: Permill = Permill::from_parts(3_000);
	pub const MaxSwapFee: Permill = Permill::from_percent(1);
	pub AssetConversionAccount: AccountId =
		sp_runtime::traits::AccountIdConversion::into_account_truncating(&AssetConversionPalletId::get());
}

type PoolIdOf = (DexAsset, DexAsset);

impl pallet_asset_conversion::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type HigherPrecisionBalance = sp_core::U256;
	type AssetKind = DexAsset;
	type Assets = DexAssets;
	type PoolId = PoolIdOf;
	type PoolLocator = Chain<
		WithFirstAsset<
			NativeAsset,
			AccountId,
			DexAsset,
			AccountIdConverter<AssetConversionPalletId, PoolIdOf>,
		>,
		Ascending<AccountId, DexAsset, AccountIdConverter<AssetConversionPalletId, PoolIdOf>>,
	>;
	type PoolAssetId = u32;
	type PoolAssets = PoolAssets;
	type LPFee = LPFee;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxSwapFee = MaxSwapFee;
	type PoolSetupFee = ConstU128<0>;
	type PoolSetupFeeAsset = NativeAsset;
	type PoolSetupFeeTarget = ResolveAssetTo<AssetConversionAccount, DexAssets>;
	type LiquidityWithdrawalFee = LiquidityWithdrawalFee;
	type MintMinLiquidity = ConstU128<100>;
	type MaxSwapPathLength = ConstU32<3>;
	type PalletId = AssetConversionPalletId;
	type WeightInfo = pallet_asset_conversion::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = DexBenchmarkHelper;
}

/// Pairs of the native token and a pallet-assets token for the DEX benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct DexBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_asset_conversion::BenchmarkHelper<DexAsset> for DexBenchmarkHelper {
	fn create_pair(seed1: u32, seed2: u32) -> (DexAsset, DexAsset) {
		if seed1.is_multiple_of(2) {
			(DexAsset::Asset(seed2), DexAsset::Native)
		} else {
			(DexAsset::Native, DexAsset::Asset(seed2))
		}
	}
}

/// Seeds the DEX at genesis: stakes that give the liquidity providers their bond, then pools
/// with their first liquidity, all through the pallets' own calls.
///
/// **Dev-only.** It exists for the genesis presets alone: the `development` preset fills its
/// genesis config (the end-to-end tests and the web page trade in the pools it creates), the
/// `local_testnet` preset leaves it empty, and a production chain spec should leave it empty too.
/// It has no calls, no storage items, no events, no errors, no constants and no hooks: after
/// genesis it does nothing. What it adds to the metadata is an empty pallet entry (`DexGenesis`,
/// index 51) and the `dexGenesis` section of the genesis config; to the state, only the storage
/// version key FRAME writes for every pallet. The pools and stakes it makes are ordinary ones of
/// pallet-asset-conversion and pallet-liquid-staking.
#[frame_support::pallet]
pub mod pallet_dex_genesis {
	use super::DexAsset;
	use alloc::{boxed::Box, vec::Vec};
	use frame_support::pallet_prelude::*;
	use frame_system::RawOrigin;
	use pallet_liquid_staking::{PoolId, TokenKind};

	#[pallet::config]
	pub trait Config:
		frame_system::Config
		+ pallet_liquid_staking::Config<Balance = u128>
		+ pallet_asset_conversion::Config<AssetKind = DexAsset, Balance = u128>
	{
	}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// (staker, pool, amount, kind): stakes made first.
		pub stakes: Vec<(T::AccountId, PoolId, u128, TokenKind)>,
		/// (provider, asset, asset, amount, amount): pools created with their first liquidity.
		pub pools: Vec<(T::AccountId, DexAsset, DexAsset, u128, u128)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, pool, amount, kind) in &self.stakes {
				pallet_liquid_staking::Pallet::<T>::stake(
					RawOrigin::Signed(who.clone()).into(),
					*pool,
					*amount,
					*kind,
				)
				.expect("a genesis stake is valid");
			}
			for (who, a, b, amount_a, amount_b) in &self.pools {
				pallet_asset_conversion::Pallet::<T>::create_pool(
					RawOrigin::Signed(who.clone()).into(),
					Box::new(*a),
					Box::new(*b),
				)
				.expect("a genesis DEX pool is valid");
				pallet_asset_conversion::Pallet::<T>::add_liquidity(
					RawOrigin::Signed(who.clone()).into(),
					Box::new(*a),
					Box::new(*b),
					*amount_a,
					*amount_b,
					*amount_a,
					*amount_b,
					who.clone(),
				)
				.expect("a genesis DEX pool's liquidity is valid");
			}
		}
	}
}

impl pallet_dex_genesis::Config for Runtime {}
