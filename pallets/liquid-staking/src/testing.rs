//! What the pallet's test runtime and the fuzzer's runtime share: the accounts, coins and
//! periods of the tests, the parameters of pool 0, and the pallet's configuration
//! ([`impl_test_config!`]), so that the two runtimes differ only in what they are for (the
//! fuzzer's adds the bridge).

use crate::{PoolId, PoolParams};
use frame_support::{ord_parameter_types, parameter_types, PalletId};
use sp_runtime::Perbill;

/// An account: long enough for the pallet's sub-accounts to differ per pool.
pub type AccountId = u128;
/// A balance of every coin.
pub type Balance = u128;
/// A block number.
pub type BlockNumber = u64;

/// A staker endowed with the native coin and the wrapped BNB.
pub const ALICE: AccountId = 1;
/// A staker endowed with the native coin and the wrapped BNB.
pub const BOB: AccountId = 2;
/// A staker endowed with the native coin and the wrapped BNB.
pub const CHARLIE: AccountId = 3;
/// An account with no role and no coins.
pub const STRANGER: AccountId = 9;
/// The oracle origin: reports rewards, slashes and delegations.
pub const ORACLE: AccountId = 99;
/// The owner of the test assets.
pub const ADMIN: AccountId = 100;
/// Pool 0's commission account.
pub const TREASURY: AccountId = 50;
/// The allocation origin (and, in the fuzzer, the bridge's admin origin).
pub const GOVERNANCE: AccountId = 101;
/// The most validators an allocation names.
pub const MAX_VALIDATORS: u32 = 8;
/// Pays the rewards the tests bring into the pool account (100 times what a staker holds).
pub const REWARDS: AccountId = 60;
/// The per-validator cap of pool 0.
pub const VALIDATOR_CAP: Perbill = Perbill::from_percent(50);

/// The underlying coin of pool 0 (a wrapped BNB).
pub const WBNB: u32 = 1;
/// The cert asset of pool 0.
pub const CERT: u32 = 100;
/// The pool created at genesis.
pub const POOL: PoolId = 0;
/// The underlying's minimum balance.
pub const WBNB_MIN: Balance = 10;
/// One coin.
pub const UNIT: Balance = 1_000_000_000_000;
/// What each staker holds of each coin at genesis.
pub const ENDOWED: Balance = 1_000_000 * UNIT;
/// The decimals of pool 0's coin and cert.
pub const DECIMALS: u8 = 12;
/// The shares pool 0's first stake leaves in the pool account: `10^(12 / 2)`.
pub const DEAD: Balance = 1_000_000;

/// The unbonding period: 7 days of 6-second blocks.
pub const PERIOD: BlockNumber = 7 * 24 * 600;
/// The bucket interval: 1 hour.
pub const BUCKET: BlockNumber = 600;
/// The least number of blocks between two reports of pool 0.
pub const REPORT_INTERVAL: BlockNumber = 100;

parameter_types! {
	/// Asset 9 stands for a chain's own coin (the benchmarks' native pool).
	pub const MockNativeCoin: u32 = 9;
	/// The pallet's id.
	pub const LiquidStakingPalletId: PalletId = PalletId(*b"py/lqstk");
	/// The highest commission a pool may have.
	pub const MaxCommission: Perbill = Perbill::from_percent(20);
	/// The highest per-report reward bound a pool may have.
	pub const MaxRewardPerReport: Perbill = Perbill::from_percent(1);
	/// The annualised reward bound: 1000 times the pool a year, so that at the tests' report
	/// interval (100 blocks) the per-report bound (1 %) binds first; tests of this bound lower
	/// it.
	pub storage MaxAnnualReward: sp_runtime::FixedU128 = sp_runtime::FixedU128::from_u32(1_000);
	/// The scheduler's weight per block.
	pub MaximumSchedulerWeight: frame_support::weights::Weight =
		frame_support::weights::Weight::from_parts(2_000_000_000_000, u64::MAX);
}

ord_parameter_types! {
	/// The oracle origin's account.
	pub const Oracle: AccountId = ORACLE;
	/// The allocation origin's account.
	pub const Governance: AccountId = GOVERNANCE;
}

/// The parameters pool 0 starts with.
pub fn default_params() -> PoolParams<AccountId, Balance, BlockNumber> {
	PoolParams {
		min_stake: WBNB_MIN,
		min_unstake: WBNB_MIN,
		unbonding_period: PERIOD,
		bucket_interval: BUCKET,
		commission: Perbill::from_percent(10),
		commission_account: TREASURY,
		max_reward_per_report: Perbill::from_rational(75u32, 100_000u32),
		max_slash_per_report: Perbill::from_percent(1),
		min_report_interval: REPORT_INTERVAL,
		conversion_fee: Perbill::zero(),
		stake_cap: None,
		max_validator_target: VALIDATOR_CAP,
	}
}

/// The configuration of a test runtime `$runtime` that has frame-system as `System`,
/// pallet-balances as `Balances`, pallet-assets as `Assets`, pallet-preimage as `Preimage`,
/// pallet-scheduler as `Scheduler` and the pallet: each of these pallets' `Config`, the pallet's
/// with `$remote` as its remote chains (`()`: none), and, with `runtime-benchmarks`, its
/// benchmark helper `BenchHelper`; then the genesis and the helpers both runtimes' code uses.
/// The caller imports `frame_support::derive_impl`.
#[macro_export]
macro_rules! impl_test_config {
	($runtime:ty, $remote:ty) => {
		#[frame_support::derive_impl(frame_system::config_preludes::TestDefaultConfig)]
		impl frame_system::Config for $runtime {
			type Block = frame_system::mocking::MockBlock<$runtime>;
			type AccountId = $crate::testing::AccountId;
			type Lookup = sp_runtime::traits::IdentityLookup<$crate::testing::AccountId>;
			type AccountData = pallet_balances::AccountData<$crate::testing::Balance>;
		}

		#[frame_support::derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
		impl pallet_balances::Config for $runtime {
			type Balance = $crate::testing::Balance;
			type ExistentialDeposit = frame_support::traits::ConstU128<1>;
			type AccountStore = System;
		}

		#[frame_support::derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
		impl pallet_assets::Config for $runtime {
			type Balance = $crate::testing::Balance;
			type AssetId = u32;
			type AssetIdParameter = u32;
			type Currency = Balances;
			type CreateOrigin = frame_support::traits::AsEnsureOriginWithArg<
				frame_system::EnsureSigned<$crate::testing::AccountId>,
			>;
			type ForceOrigin = frame_system::EnsureRoot<$crate::testing::AccountId>;
			type Freezer = ();
		}

		impl pallet_preimage::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type WeightInfo = ();
			type Currency = Balances;
			type ManagerOrigin = frame_system::EnsureRoot<$crate::testing::AccountId>;
			type Consideration = ();
		}

		impl pallet_scheduler::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type RuntimeOrigin = RuntimeOrigin;
			type PalletsOrigin = OriginCaller;
			type RuntimeCall = RuntimeCall;
			type MaximumWeight = $crate::testing::MaximumSchedulerWeight;
			type ScheduleOrigin = frame_system::EnsureRoot<$crate::testing::AccountId>;
			/// Small on purpose: unstakes must not depend on it.
			type MaxScheduledPerBlock = frame_support::traits::ConstU32<2>;
			type WeightInfo = ();
			type OriginPrivilegeCmp = frame_support::traits::EqualPrivilegeOnly;
			type Preimages = Preimage;
			type BlockNumberProvider = System;
		}

		impl $crate::Config for $runtime {
			type Balance = $crate::testing::Balance;
			type UnderlyingAssetId = u32;
			type Underlying = Assets;
			type NativeUnderlying = frame_support::traits::Equals<$crate::testing::MockNativeCoin>;
			type CertAssetId = u32;
			type Certs = Assets;
			type PalletId = $crate::testing::LiquidStakingPalletId;
			type AdminOrigin = frame_system::EnsureRoot<$crate::testing::AccountId>;
			type OracleOrigin =
				frame_system::EnsureSignedBy<$crate::testing::Oracle, $crate::testing::AccountId>;
			type AllocationOrigin = frame_system::EnsureSignedBy<
				$crate::testing::Governance,
				$crate::testing::AccountId,
			>;
			type MaxValidators =
				frame_support::traits::ConstU32<{ $crate::testing::MAX_VALIDATORS }>;
			type RemoteChains = $remote;
			type BlockNumberProvider = System;
			type Scheduler = Scheduler;
			type Preimages = Preimage;
			type MaxUnbondingRequests = frame_support::traits::ConstU32<4>;
			type MaxClaimsPerCall = frame_support::traits::ConstU32<2>;
			type MaxRateHistory = frame_support::traits::ConstU32<4>;
			type MaxUnbondingPeriod = frame_support::traits::ConstU64<{ 28 * 24 * 600 }>;
			type MaxCommission = $crate::testing::MaxCommission;
			type MaxRewardPerReport = $crate::testing::MaxRewardPerReport;
			type MaxAnnualReward = $crate::testing::MaxAnnualReward;
			type BlocksPerYear = frame_support::traits::ConstU64<{ 365 * 24 * 600 }>;
			type StringLimit = frame_support::traits::ConstU32<32>;
			type WeightInfo = ();
			#[cfg(feature = "runtime-benchmarks")]
			type BenchmarkHelper = BenchHelper;
		}

		/// Creates the benchmarks' coins as pallet-assets assets.
		#[cfg(feature = "runtime-benchmarks")]
		pub struct BenchHelper;
		#[cfg(feature = "runtime-benchmarks")]
		impl $crate::BenchmarkHelper<$runtime> for BenchHelper {
			fn assets(n: u32) -> (u32, u32) {
				let underlying = 1_000 + n;
				BenchHelper::create(underlying);
				(underlying, 2_000 + n)
			}
			fn native() -> (u32, u32) {
				let native = $crate::testing::MockNativeCoin::get();
				BenchHelper::create(native);
				(native, 2_999)
			}
			fn fund(
				asset: &u32,
				who: &$crate::testing::AccountId,
				amount: $crate::testing::Balance,
			) {
				use frame_support::traits::fungibles::Mutate;
				<Assets as Mutate<_>>::mint_into(*asset, who, amount).expect("mints");
			}
			fn validator_chain(_asset: &u32) -> Option<$crate::ChainId> {
				None
			}
		}

		#[cfg(feature = "runtime-benchmarks")]
		impl BenchHelper {
			fn create(asset: u32) {
				use frame_support::traits::fungibles::{Create, Inspect};
				if !<Assets as Inspect<_>>::asset_exists(asset) {
					let (admin, min) = ($crate::testing::ADMIN, $crate::testing::WBNB_MIN);
					<Assets as Create<_>>::create(asset, admin, true, min).expect("creates");
				}
			}
		}
		/// The genesis of the tests: the stakers' native coin and wrapped BNB, the pallet
		/// account's native coin (it pays the cert assets' metadata deposits), and the wrapped
		/// BNB asset. Other pallets' genesis (a bridge's chains) goes in between, then
		/// [`add_genesis_pool`].
		pub fn base_storage() -> sp_runtime::Storage {
			use sp_runtime::BuildStorage;
			use $crate::testing::*;
			let mut storage =
				frame_system::GenesisConfig::<$runtime>::default().build_storage().unwrap();
			pallet_balances::GenesisConfig::<$runtime> {
				balances: vec![
					(ALICE, ENDOWED),
					(BOB, ENDOWED),
					(CHARLIE, ENDOWED),
					(ADMIN, ENDOWED),
					(LiquidStaking::account_id(), ENDOWED),
				],
				..Default::default()
			}
			.assimilate_storage(&mut storage)
			.unwrap();
			pallet_assets::GenesisConfig::<$runtime> {
				assets: vec![(WBNB, ADMIN, true, WBNB_MIN)],
				metadata: vec![(WBNB, b"Wrapped BNB".to_vec(), b"WBNB".to_vec(), 18)],
				accounts: vec![
					(WBNB, ALICE, ENDOWED),
					(WBNB, BOB, ENDOWED),
					(WBNB, CHARLIE, ENDOWED),
					(WBNB, REWARDS, 100 * ENDOWED),
				],
				..Default::default()
			}
			.assimilate_storage(&mut storage)
			.unwrap();
			storage
		}

		/// Pool 0 at genesis: the wrapped BNB, staked on `validator_chain`, with
		/// [`default_params`].
		pub fn add_genesis_pool(
			storage: &mut sp_runtime::Storage,
			validator_chain: Option<$crate::ChainId>,
		) {
			use sp_runtime::BuildStorage;
			use $crate::testing::*;
			$crate::GenesisConfig::<$runtime> {
				pools: vec![$crate::GenesisPool {
					underlying: WBNB,
					cert: CERT,
					cert_name: "Liquid staked BNB certificate".into(),
					cert_symbol: "lsBNBc".into(),
					cert_decimals: $crate::testing::DECIMALS,
					cert_min_balance: 1,
					validator_chain,
					params: default_params(),
				}],
				allocations: vec![],
			}
			.assimilate_storage(storage)
			.unwrap();
		}

		/// `who`'s wrapped BNB.
		pub fn wbnb(who: $crate::testing::AccountId) -> $crate::testing::Balance {
			use frame_support::traits::fungibles::Inspect;
			<Assets as Inspect<_>>::balance($crate::testing::WBNB, &who)
		}

		/// `who`'s cert of pool 0.
		pub fn cert(who: $crate::testing::AccountId) -> $crate::testing::Balance {
			use frame_support::traits::fungibles::Inspect;
			<Assets as Inspect<_>>::balance($crate::testing::CERT, &who)
		}

		/// Pool 0.
		pub fn pool() -> $crate::PoolInfoOf<$runtime> {
			$crate::Pools::<$runtime>::get($crate::testing::POOL).expect("pool 0 exists")
		}

		/// Pool 0's account.
		pub fn pool_account() -> $crate::testing::AccountId {
			LiquidStaking::pool_account($crate::testing::POOL)
		}
	};
}
