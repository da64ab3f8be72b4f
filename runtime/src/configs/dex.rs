//! The DEX: pallet-asset-conversion over every token of the chain: the native token, the
//! pallet-assets tokens (wrapped BNB and MATIC, the cert tokens) and the bond token of each
//! liquid-staking pool, through its `fungibles` implementation. Liquidity-provider tokens are a
//! second pallet-assets instance, `PoolAssets` (configured in [`super::assets`]).
//!
//! Also here: [`pallet_dex_genesis`], a dev-only pallet that seeds the DEX at genesis for the
//! `development` preset.
//!
//! # Creating a pool
//!
//! Whoever creates a pool pays [`PoolSetupFee`], 10 units of the native token, to the DEX's
//! pallet account ([`AssetConversionAccount`]): pools cannot be created by the thousand for
//! nothing (each one is a pool account, an LP token and storage for good). The fee is not
//! burned: the pallet account holds it, and only root (a referendum) can move it. The creator
//! also places the deposits of the pool account's pallet-assets accounts (`AssetAccountDeposit`
//! each, reserved, not paid).
//!
//! # The first deposit
//!
//! LP tokens follow pallet-asset-conversion's (Uniswap v2's) arithmetic: the first deposit of
//! `a₁` and `a₂` mints `√(a₁·a₂)` LP tokens, of which [`MintMinLiquidity`] go to the pool account
//! and are locked for good, the rest to the provider; a later deposit mints
//! `min(a₁·S/r₁, a₂·S/r₂)` (`S` the LP supply, `r` the reserves), rounded down, and every
//! deposit must mint more than `MintMinLiquidity`, or it fails and keeps its tokens.
//!
//! `MintMinLiquidity` is 10⁹: for the chain's 18-decimal coins that is a billionth of a coin of
//! liquidity, nothing to a first provider, but it bounds what a first provider can do with a
//! small deposit followed by a donation to the pool account (the "inflation" of the LP token's
//! value, to make the next deposits round down):
//! - A later deposit loses to rounding less than one LP token's worth, and mints more than
//!   `MintMinLiquidity` tokens: it loses less than a `MintMinLiquidity`-th, a billionth, of what
//!   it deposits. A deposit that would mint fewer fails and keeps its tokens, instead of
//!   rounding to nothing.
//! - A donation `D` to a pool of `S` LP tokens makes each worth about `D/S` more, and gives
//!   `D·MintMinLiquidity/S` to the locked tokens: the attacker loses `MintMinLiquidity` times
//!   what each later deposit can lose to rounding. With the smallest first deposit (`S` is then
//!   `2·MintMinLiquidity + 1`), he loses about half his donation.
//!
//! With the value of 100 of Asset Hub's runtimes, a depositor could lose up to 1 % to rounding,
//! and an attacker could take from each a hundredth of what he spends. A higher value would
//! price out small first deposits of tokens with few decimals: with 10⁹, a pool's first deposit
//! must have `√(a₁·a₂)` above 2·10⁹ base units (2 milli-units of the native token against as
//! many of a 12-decimal asset; two billionths of an 18-decimal coin).

use crate::{
	AccountId, AssetId, Assets, Balance, Balances, LiquidStaking, PoolAssets, Runtime,
	RuntimeEvent, UNIT,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	parameter_types,
	traits::{
		tokens::{fungible, fungibles, imbalance::ResolveAssetTo},
		ConstU32,
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
	/// What creating a pool costs, in the native token, paid to [`AssetConversionAccount`].
	pub const PoolSetupFee: Balance = 10 * UNIT;
	/// The LP tokens a pool's first deposit locks in the pool account, and the least any
	/// deposit must mint (see the module's docs).
	pub const MintMinLiquidity: Balance = 1_000_000_000;
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
	type PoolSetupFee = PoolSetupFee;
	type PoolSetupFeeAsset = NativeAsset;
	type PoolSetupFeeTarget = ResolveAssetTo<AssetConversionAccount, DexAssets>;
	type LiquidityWithdrawalFee = LiquidityWithdrawalFee;
	type MintMinLiquidity = MintMinLiquidity;
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

/// The fee benchmarks of pallet-asset-conversion-tx-payment: a fresh sufficient asset of
/// pallet-assets with a pool against the native token, and an account holding both.
#[cfg(feature = "runtime-benchmarks")]
impl pallet_asset_conversion_tx_payment::BenchmarkHelperTrait<AccountId, DexAsset, DexAsset>
	for DexBenchmarkHelper
{
	fn create_asset_id_parameter(id: u32) -> (DexAsset, DexAsset) {
		// Far above the genesis assets and the users' range.
		let asset = DexAsset::Asset(u32::MAX / 2 + id);
		(asset, asset)
	}

	fn setup_balances_and_pool(asset: DexAsset, account: AccountId) {
		use alloc::boxed::Box;
		use fungible::Mutate as _;
		use fungibles::Mutate as _;
		let DexAsset::Asset(id) = asset else {
			panic!("the benchmark's asset is a pallet-assets asset")
		};
		let provider: AccountId = frame_benchmarking::account("fee_pool_provider", 0, 0);
		Balances::set_balance(&provider, 1_000_000 * UNIT);
		<Assets as fungibles::Create<AccountId>>::create(id, provider.clone(), true, 1)
			.expect("a new asset");
		Assets::mint_into(id, &provider, 1_000_000 * UNIT).expect("minted");
		let origin = crate::RuntimeOrigin::signed(provider.clone());
		crate::AssetConversion::create_pool(
			origin.clone(),
			Box::new(DexAsset::Native),
			Box::new(asset),
		)
		.expect("a new pool");
		crate::AssetConversion::add_liquidity(
			origin,
			Box::new(DexAsset::Native),
			Box::new(asset),
			100_000 * UNIT,
			100_000 * UNIT,
			1,
			1,
			provider,
		)
		.expect("the pool's liquidity");
		Balances::set_balance(&account, UNIT);
		Assets::mint_into(id, &account, UNIT).expect("minted");
	}
}

/// Seeds the DEX at genesis: stakes that give the liquidity providers their bond, then pools
/// with their first liquidity, then unstakes (unbonding requests), all through the pallets' own
/// calls.
///
/// **Dev-only.** It exists for the genesis presets alone: the `development` preset fills its
/// genesis config (the end-to-end tests and the web page trade in the pools it creates), the
/// `local_testnet` preset leaves it empty, and a production chain spec should leave it empty too.
/// It has no calls, no storage items, no events, no errors, no constants and no hooks: after
/// genesis it does nothing. What it adds to the metadata is an empty pallet entry (`DexGenesis`,
/// index 99) and the `dexGenesis` section of the genesis config; to the state, only the storage
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
		/// (holder, pool, amount, kind): unstakes made after the stakes and pools (the node's
		/// `benchmark` chain gives its accounts unbonding requests to claim).
		pub unstakes: Vec<(T::AccountId, PoolId, u128, TokenKind)>,
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
			for (who, pool, amount, kind) in &self.unstakes {
				pallet_liquid_staking::Pallet::<T>::unstake(
					RawOrigin::Signed(who.clone()).into(),
					*pool,
					*amount,
					*kind,
				)
				.expect("a genesis unstake is valid");
			}
		}
	}
}

impl pallet_dex_genesis::Config for Runtime {}
