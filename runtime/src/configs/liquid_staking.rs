//! `pallet_liquid_staking`: the pools, their bond and cert tokens, the reports and the validator
//! allocations. Its pools of remote coins are staked on the chains `LiquidStakingBridge` serves.

use super::assets::AssetsStringLimit;
use crate::{
	AccountId, AssetId, Assets, Balance, Balances, BlockNumber, Preimage, Runtime, Scheduler, DAYS,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		ConstU32, EitherOf, Equals,
	},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::{traits::AccountIdConversion, FixedU128, Perbill};

parameter_types! {
	pub const LiquidStakingPalletId: PalletId = PalletId(*b"py/lqstk");
	/// The account the genesis pools pay their commission to.
	pub LiquidStakingFeeAccount: AccountId = PalletId(*b"py/lqfee").into_account_truncating();
	pub const LiquidStakingMaxCommission: Perbill = Perbill::from_percent(20);
	/// 0.1 % of the pool per report at most, whatever a pool's own bound says.
	pub const LiquidStakingMaxRewardPerReport: Perbill = Perbill::from_parts(1_000_000);
	/// Rewards of at most 20 % of a pool a year, however often they are reported (BNB and MATIC
	/// staking pay a few percent).
	pub LiquidStakingMaxAnnualReward: FixedU128 = FixedU128::from_rational(20, 100);
}

/// A year in blocks, for the APR and the annualised reward bound: 365 days of 6-second blocks.
#[cfg(not(feature = "fast-runtime"))]
pub const BLOCKS_PER_YEAR: BlockNumber = 365 * DAYS;
/// A year in blocks with `fast-runtime` (end-to-end tests only): 52 of its 20-block unbonding
/// weeks, so that the annualised reward bound keeps to the tests' compressed time.
#[cfg(feature = "fast-runtime")]
pub const BLOCKS_PER_YEAR: BlockNumber = 52 * crate::genesis_config_presets::UNBONDING_PERIOD;

/// An underlying coin of a pool: the chain's own coin or a pallet-assets asset (the wrapped
/// coins).
pub type UnderlyingCoin = NativeOrWithId<AssetId>;

parameter_types! {
	/// The chain's own coin, as an underlying coin.
	pub const NativeCoin: UnderlyingCoin = NativeOrWithId::Native;
}

impl pallet_liquid_staking::Config for Runtime {
	type Balance = Balance;
	type UnderlyingAssetId = UnderlyingCoin;
	/// Pallet-balances for the chain's own coin, pallet-assets for the others.
	type Underlying = UnionOf<Balances, Assets, NativeFromLeft, UnderlyingCoin, AccountId>;
	type NativeUnderlying = Equals<NativeCoin>;
	type CertAssetId = AssetId;
	type Certs = Assets;
	type PalletId = LiquidStakingPalletId;
	type AdminOrigin = EitherOf<EnsureRoot<AccountId>, crate::governance::LiquidStakingAdmin>;
	/// Reports of local pools (remote pools' come from their relayers): root or a member of
	/// `OracleMembership`.
	type OracleOrigin = super::oracle::LocalPoolOracle;
	type AllocationOrigin = EitherOf<EnsureRoot<AccountId>, crate::governance::ValidatorAllocation>;
	/// BSC has 45 elected validators and Polygon about 100; a pool spreads over up to 32.
	type MaxValidators = ConstU32<32>;
	type RemoteChains = crate::LiquidStakingBridge;
	/// The relay chain's blocks, as the scheduler's: 7 days of unbonding are 7 days whatever
	/// the parachain's block time.
	type BlockNumberProvider = super::RelayClock;
	type Scheduler = Scheduler;
	type Preimages = Preimage;
	type MaxUnbondingRequests = ConstU32<16>;
	// Three buckets per claim keep its proof under 16 KB.
	type MaxClaimsPerCall = ConstU32<3>;
	type MaxRateHistory = ConstU32<30>;
	type MaxUnbondingPeriod = ConstU32<{ 28 * DAYS }>;
	type MaxCommission = LiquidStakingMaxCommission;
	type MaxRewardPerReport = LiquidStakingMaxRewardPerReport;
	type MaxAnnualReward = LiquidStakingMaxAnnualReward;
	type BlocksPerYear = ConstU32<BLOCKS_PER_YEAR>;
	type StringLimit = AssetsStringLimit;
	type WeightInfo = pallet_liquid_staking::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = LiquidStakingBenchmarkHelper;
}

/// Creates the wrapped coins the liquid-staking benchmarks stake.
#[cfg(feature = "runtime-benchmarks")]
pub struct LiquidStakingBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_liquid_staking::BenchmarkHelper<Runtime> for LiquidStakingBenchmarkHelper {
	fn assets(n: u32) -> (UnderlyingCoin, AssetId) {
		use frame_support::traits::fungibles::{Create, Inspect};
		let underlying = 10_000 + n;
		if !<Assets as Inspect<AccountId>>::asset_exists(underlying) {
			let owner: AccountId = sp_runtime::AccountId32::new([0u8; 32]);
			<Assets as Create<AccountId>>::create(underlying, owner, true, 1).expect("creates");
		}
		(NativeOrWithId::WithId(underlying), 20_000 + n)
	}
	fn native() -> (UnderlyingCoin, AssetId) {
		(NativeOrWithId::Native, 29_999)
	}
	fn fund(coin: &UnderlyingCoin, who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate;
		<<Runtime as pallet_liquid_staking::Config>::Underlying as Mutate<AccountId>>::mint_into(
			coin.clone(),
			who,
			amount,
		)
		.expect("mints");
	}
	fn validator_chain(coin: &UnderlyingCoin) -> Option<pallet_liquid_staking::ChainId> {
		super::liquid_staking_bridge::benchmark_chain(coin.clone())
	}
}
