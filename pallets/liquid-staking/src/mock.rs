//! A runtime for the tests: real pallet-balances, pallet-assets, pallet-scheduler and
//! pallet-preimage around the pallet, and no bridge (`RemoteChains = ()`): the pallet stakes
//! coins of this chain alone.

use crate::{self as pallet_liquid_staking, *};
use frame_support::{
	assert_ok, derive_impl, ord_parameter_types, parameter_types,
	traits::{
		AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, EqualPrivilegeOnly, OnFinalize,
		OnIdle, OnInitialize,
	},
	weights::Weight,
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned, EnsureSignedBy};
use sp_runtime::{BuildStorage, Perbill};

/// Long enough for the pallet's sub-accounts to differ per pool.
pub type AccountId = u128;
pub type Balance = u128;
pub type BlockNumber = u64;

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const STRANGER: AccountId = 9;
pub const ORACLE: AccountId = 99;
pub const ADMIN: AccountId = 100;
pub const TREASURY: AccountId = 50;
pub const GOVERNANCE: AccountId = 101;
pub const MAX_VALIDATORS: u32 = 8;
/// Pays the rewards the tests bring into the pool account.
pub const REWARDS: AccountId = 60;
/// The per-validator cap of pool 0.
pub const VALIDATOR_CAP: Perbill = Perbill::from_percent(50);

/// The underlying coin of pool 0 (a wrapped BNB), and its cert asset.
pub const WBNB: u32 = 1;
pub const CERT: u32 = 100;
pub const POOL: PoolId = 0;
/// The underlying's minimum balance.
pub const WBNB_MIN: Balance = 10;
pub const UNIT: Balance = 1_000_000_000_000;
pub const ENDOWED: Balance = 1_000_000 * UNIT;
pub const DEAD: Balance = 1_000;

/// 7 days of 6-second blocks, and 1-hour buckets.
pub const PERIOD: BlockNumber = 7 * 24 * 600;
pub const BUCKET: BlockNumber = 600;
pub const REPORT_INTERVAL: BlockNumber = 100;

#[frame_support::runtime]
mod test_runtime {
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
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Assets = pallet_assets;
	#[runtime::pallet_index(3)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(4)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(5)]
	pub type LiquidStaking = pallet_liquid_staking;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = frame_system::mocking::MockBlock<Test>;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Freezer = ();
}

impl pallet_preimage::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = ();
}

parameter_types! {
	pub const MockNativeCoin: u32 = 9;
	pub MaximumSchedulerWeight: Weight = Weight::from_parts(2_000_000_000_000, u64::MAX);
}

impl pallet_scheduler::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = EnsureRoot<AccountId>;
	/// Small on purpose: unstakes must not depend on it.
	type MaxScheduledPerBlock = ConstU32<2>;
	type WeightInfo = ();
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	pub const LiquidStakingPalletId: PalletId = PalletId(*b"py/lqstk");
	pub const MaxCommission: Perbill = Perbill::from_percent(20);
	pub const MaxRewardPerReport: Perbill = Perbill::from_percent(1);
}

ord_parameter_types! {
	pub const Oracle: AccountId = ORACLE;
	pub const Governance: AccountId = GOVERNANCE;
}

impl Config for Test {
	type Balance = Balance;
	type UnderlyingAssetId = u32;
	type Underlying = Assets;
	// Asset 9 stands for a chain's own coin (the benchmarks' native pool).
	type NativeUnderlying = frame_support::traits::Equals<MockNativeCoin>;
	type CertAssetId = u32;
	type Certs = Assets;
	type PalletId = LiquidStakingPalletId;
	type AdminOrigin = EnsureRoot<AccountId>;
	type OracleOrigin = EnsureSignedBy<Oracle, AccountId>;
	type AllocationOrigin = EnsureSignedBy<Governance, AccountId>;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	// No bridge: every pool's coin is staked here.
	type RemoteChains = ();
	type BlockNumberProvider = System;
	type Scheduler = Scheduler;
	type Preimages = Preimage;
	type DeadShares = ConstU128<DEAD>;
	type MaxUnbondingRequests = ConstU32<4>;
	type MaxClaimsPerCall = ConstU32<2>;
	type MaxRateHistory = ConstU32<4>;
	type MaxUnbondingPeriod = ConstU64<{ 28 * 24 * 600 }>;
	type MaxCommission = MaxCommission;
	type MaxRewardPerReport = MaxRewardPerReport;
	type BlocksPerYear = ConstU64<{ 365 * 24 * 600 }>;
	type StringLimit = ConstU32<32>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchHelper;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct BenchHelper;
#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkHelper<Test> for BenchHelper {
	fn assets(n: u32) -> (u32, u32) {
		let underlying = 1_000 + n;
		if !<Assets as frame_support::traits::fungibles::Inspect<_>>::asset_exists(underlying) {
			assert_ok!(<Assets as frame_support::traits::fungibles::Create<_>>::create(
				underlying, ADMIN, true, WBNB_MIN
			));
		}
		(underlying, 2_000 + n)
	}
	fn native() -> (u32, u32) {
		let native = MockNativeCoin::get();
		if !<Assets as frame_support::traits::fungibles::Inspect<_>>::asset_exists(native) {
			assert_ok!(<Assets as frame_support::traits::fungibles::Create<_>>::create(
				native, ADMIN, true, WBNB_MIN
			));
		}
		(native, 2_999)
	}
	fn fund(asset: &u32, who: &AccountId, amount: Balance) {
		assert_ok!(<Assets as frame_support::traits::fungibles::Mutate<_>>::mint_into(
			*asset, who, amount
		));
	}
	fn validator_chain(_asset: &u32) -> Option<ChainId> {
		None
	}
}

/// The parameters pool 0 starts with.
pub fn default_params() -> PoolParamsOf<Test> {
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

pub struct ExtBuilder {
	pools: bool,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { pools: true }
	}
}

impl ExtBuilder {
	/// No pool at genesis.
	#[allow(dead_code)]
	pub fn no_pools(mut self) -> Self {
		self.pools = false;
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			// The pallet account pays the cert assets' metadata deposits.
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
		pallet_assets::GenesisConfig::<Test> {
			assets: vec![(WBNB, ADMIN, true, WBNB_MIN)],
			metadata: vec![(WBNB, b"Wrapped BNB".to_vec(), b"WBNB".to_vec(), 18)],
			accounts: vec![
				(WBNB, ALICE, ENDOWED),
				(WBNB, BOB, ENDOWED),
				(WBNB, CHARLIE, ENDOWED),
				(WBNB, REWARDS, ENDOWED),
			],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		if self.pools {
			pallet_liquid_staking::GenesisConfig::<Test> {
				pools: vec![GenesisPool {
					underlying: WBNB,
					cert: CERT,
					cert_name: "Liquid staked BNB certificate".into(),
					cert_symbol: "lsBNBc".into(),
					cert_decimals: 18,
					cert_min_balance: 1,
					validator_chain: None,
					params: default_params(),
				}],
				allocations: vec![],
			}
			.assimilate_storage(&mut storage)
			.unwrap();
		}
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Builds, runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			LiquidStaking::do_try_state().expect("try_state holds after the test");
		})
	}
}

/// Runs `test` in the default chain and checks the invariants after it.
pub fn new_test(test: impl FnOnce()) {
	ExtBuilder::default().build_and_execute(test)
}

/// Produces blocks up to `n`, running every pallet's hooks (the scheduler's included).
pub fn run_to_block(n: BlockNumber) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		end_of_block();
		<AllPalletsWithSystem as OnFinalize<BlockNumber>>::on_finalize(System::block_number());
		System::set_block_number(next);
		<AllPalletsWithSystem as OnInitialize<BlockNumber>>::on_initialize(next);
	}
}

/// Runs the current block's `on_idle` hooks with all the weight they want, as the end of a
/// block with room left does: the block's stakes are planned onto the validators.
pub fn end_of_block() {
	<AllPalletsWithSystem as OnIdle<BlockNumber>>::on_idle(System::block_number(), Weight::MAX);
}

/// The pallet's events so far, oldest first.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::LiquidStaking(e) => Some(e),
			_ => None,
		})
		.collect()
}

pub fn wbnb(who: AccountId) -> Balance {
	Assets::balance(WBNB, who)
}

pub fn cert(who: AccountId) -> Balance {
	Assets::balance(CERT, who)
}

pub fn pool() -> PoolInfoOf<Test> {
	Pools::<Test>::get(POOL).expect("pool 0 exists")
}

pub fn pool_account() -> AccountId {
	LiquidStaking::pool_account(POOL)
}

/// Brings `amount` of the underlying into the pool account (from an account that holds it:
/// only the bridge mints the wrapped coin), as a local pool's rewards would arrive.
pub fn fund_rewards(amount: Balance) {
	use frame_support::traits::tokens::Preservation;
	assert_ok!(<Assets as frame_support::traits::fungibles::Mutate<_>>::transfer(
		WBNB,
		&REWARDS,
		&pool_account(),
		amount,
		Preservation::Expendable
	));
}
