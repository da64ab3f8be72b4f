//! A runtime for the tests: real pallet-balances and pallet-assets around the bridge, and a small
//! liquid-staking side ([`MockStaking`]) that implements [`StakingInterface`] over two pools.
//!
//! Chains: BNB Smart Chain (56) with the wrapped BNB; Ethereum (1) and Polygon (137) sharing the
//! wrapped MATIC. Pools: [`POOL`] of the wrapped BNB, validators on BNB Smart Chain;
//! [`MATIC_POOL`] of the wrapped MATIC, validators on Ethereum.

use crate::{self as pallet_liquid_staking_bridge, *};
use alloc::collections::btree_map::BTreeMap;
use codec::{Decode, Encode};
use frame_support::{
	assert_ok, derive_impl, ensure, ord_parameter_types,
	storage::unhashed,
	traits::{
		fungibles::{Create, Inspect},
		AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64,
	},
};
use frame_system::{EnsureRoot, EnsureSigned, EnsureSignedBy};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};

/// Long enough to hold the pool accounts of `MockStaking`.
pub type AccountId = u128;
pub type Balance = u128;
pub type BlockNumber = u64;

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const STRANGER: AccountId = 9;
pub const ADMIN: AccountId = 100;
pub const GOVERNANCE: AccountId = 101;
/// The relayers of every chain, threshold 2.
pub const RELAYER_1: AccountId = 11;
pub const RELAYER_2: AccountId = 12;
pub const RELAYER_3: AccountId = 13;
pub const MAX_RELAYERS: u32 = 5;
pub const MAX_QUEUED: u32 = 3;
pub const MAX_DELEGATIONS: u32 = 4;
/// The chains.
pub const ETHEREUM: ChainId = 1;
pub const BSC: ChainId = 56;
pub const POLYGON: ChainId = 137;
/// The wrapped coins.
pub const WBNB: u32 = 1;
pub const WMATIC: u32 = 2;
/// A coin of no chain.
pub const OTHER: u32 = 7;
/// The wrapped coins' minimum balance.
pub const WBNB_MIN: Balance = 10;
pub const UNIT: Balance = 1_000_000_000_000;
pub const ENDOWED: Balance = 1_000_000 * UNIT;
/// Chain deposit limits: per deposit, per window of `WINDOW` blocks.
pub const MAX_DEPOSIT: Balance = 1_000 * UNIT;
pub const MAX_PERIOD: Balance = 2_500 * UNIT;
pub const WINDOW: BlockNumber = 600;
/// The least a withdrawal takes.
pub const MIN_WITHDRAWAL: Balance = WBNB_MIN;
/// Blocks after which an unsettled withdrawal may be refunded.
pub const WITHDRAWAL_TIMEOUT: BlockNumber = 1_000;
/// The pools of `MockStaking`.
pub const POOL: PoolId = 0;
pub const MATIC_POOL: PoolId = 1;
/// The least a stake into a `MockStaking` pool takes.
pub const MIN_STAKE: Balance = UNIT;
/// Blocks an unstake of a `MockStaking` pool waits.
pub const UNBONDING: BlockNumber = 100;

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
	pub type Bridge = pallet_liquid_staking_bridge;
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

ord_parameter_types! {
	pub const Governance: AccountId = GOVERNANCE;
}

frame_support::parameter_types! {
	pub const BridgePalletId: frame_support::PalletId = frame_support::PalletId(*b"lsbridge");
}

impl Config for Test {
	type Balance = Balance;
	type AssetId = u32;
	type Assets = Assets;
	type Staking = MockStaking;
	type AdminOrigin = EnsureSignedBy<Governance, AccountId>;
	type MaxRelayers = ConstU32<MAX_RELAYERS>;
	type MinRelayers = ConstU32<2>;
	type WithdrawalTimeout = ConstU64<WITHDRAWAL_TIMEOUT>;
	type MaxQueuedDeposits = ConstU32<MAX_QUEUED>;
	type MaxDelegations = ConstU32<MAX_DELEGATIONS>;
	type BlockNumberProvider = System;
	type PalletId = BridgePalletId;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchHelper;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct BenchHelper;
#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkHelper<Test> for BenchHelper {
	fn wrapped() -> u32 {
		let coin = 1_000;
		if !Assets::asset_exists(coin) {
			assert_ok!(<Assets as Create<_>>::create(coin, ADMIN, true, WBNB_MIN));
		}
		coin
	}
}

/// One pool of [`MockStaking`].
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode)]
pub struct MockPool {
	/// The pool's coin.
	pub coin: u32,
	/// The chain its validators live on.
	pub validator_chain: ChainId,
	/// The epoch of the last reward or slash report.
	pub last_epoch: Epoch,
	/// The epoch of the last delegation report.
	pub delegation_epoch: Epoch,
	/// Refuses every stake.
	pub paused: bool,
	/// What the pool's stakers own: stakes, plus rewards, less slashes.
	pub total: Balance,
	/// Shares per (account, kind).
	pub shares: BTreeMap<(AccountId, u8), Balance>,
	/// The last delegation report.
	pub delegations: alloc::vec::Vec<(ValidatorId, Balance)>,
	/// Unbonding requests: owner → (value, release block).
	pub requests: BTreeMap<AccountId, (Balance, u64)>,
}

/// The liquid-staking side of the tests: two pools kept in storage (so that the bridge's storage
/// layers roll them back too), with epochs checked as pallet-liquid-staking checks them, and
/// rewards at most 1 % of a pool per report.
pub struct MockStaking;

impl MockStaking {
	const KEY: &'static [u8] = b":mock_staking:pools";

	/// The pools, by id.
	pub fn pools() -> BTreeMap<PoolId, MockPool> {
		unhashed::get_or_default(Self::KEY)
	}

	/// One pool.
	pub fn pool(pool: PoolId) -> MockPool {
		Self::pools().get(&pool).cloned().expect("a mock pool")
	}

	/// Changes one pool.
	pub fn mutate<R>(pool: PoolId, f: impl FnOnce(&mut MockPool) -> R) -> R {
		let mut pools = Self::pools();
		let r = f(pools.get_mut(&pool).expect("a mock pool"));
		unhashed::put(Self::KEY, &pools);
		r
	}

	/// The underlying coin of a pool.
	pub fn coin(pool: PoolId) -> u32 {
		Self::pool(pool).coin
	}

	/// What `who` holds in `pool` as `kind`.
	pub fn shares(pool: PoolId, who: AccountId, kind: TokenKind) -> Balance {
		Self::pool(pool).shares.get(&(who, kind as u8)).copied().unwrap_or(0)
	}

	/// Every pool's account holds at least what its stakers own and its unbonding requests.
	pub fn try_state() -> Result<(), &'static str> {
		for (id, p) in Self::pools() {
			let held = Assets::balance(Self::coin(id), Self::pool_account(id));
			let unbonding: Balance = p.requests.values().map(|(v, _)| v).sum();
			ensure!(held >= p.total + unbonding, "a mock pool holds less than its stakers own");
		}
		Ok(())
	}

	/// All shares of a pool.
	pub fn total_shares(pool: PoolId) -> Balance {
		Self::pool(pool).shares.values().sum()
	}
}

impl StakingInterface<AccountId> for MockStaking {
	type Balance = Balance;
	type AssetId = u32;

	fn remote_pool(pool: PoolId) -> Option<RemotePool<u32>> {
		Self::pools().get(&pool).map(|p| RemotePool {
			underlying: p.coin,
			validator_chain: Some(p.validator_chain),
			last_epoch: p.last_epoch,
			delegation_epoch: p.delegation_epoch,
		})
	}

	fn pool_account(pool: PoolId) -> AccountId {
		1_000_000 + pool as AccountId
	}

	fn stake_deposited(
		beneficiary: &AccountId,
		pool: PoolId,
		amount: Balance,
		kind: TokenKind,
	) -> Result<Balance, DispatchError> {
		let p = Self::pools().get(&pool).cloned().ok_or(DispatchError::Other("no pool"))?;
		ensure!(!p.paused, DispatchError::Other("staking paused"));
		ensure!(amount >= MIN_STAKE, DispatchError::Other("below the minimum stake"));
		Self::mutate(pool, |p| {
			p.total += amount;
			*p.shares.entry((*beneficiary, kind as u8)).or_default() += amount;
		});
		Ok(amount)
	}

	fn report_rewards(pool: PoolId, epoch: Epoch, amount: Balance) -> DispatchResult {
		let p = Self::pool(pool);
		ensure!(epoch == p.last_epoch + 1, DispatchError::Other("unexpected epoch"));
		ensure!(amount <= p.total / 100, DispatchError::Other("reward above bound"));
		let held = Assets::balance(Self::coin(pool), Self::pool_account(pool));
		ensure!(held >= p.total + amount, DispatchError::Other("reward not backed"));
		Self::mutate(pool, |p| {
			p.last_epoch = epoch;
			p.total += amount;
		});
		Ok(())
	}

	fn report_slash(pool: PoolId, epoch: Epoch, amount: Balance) -> DispatchResult {
		let p = Self::pool(pool);
		ensure!(epoch == p.last_epoch + 1, DispatchError::Other("unexpected epoch"));
		ensure!(amount <= p.total, DispatchError::Other("slash exceeds pool"));
		Self::mutate(pool, |p| {
			p.last_epoch = epoch;
			p.total -= amount;
		});
		Ok(())
	}

	fn report_delegations(
		pool: PoolId,
		epoch: Epoch,
		delegations: alloc::vec::Vec<(ValidatorId, Balance)>,
	) -> DispatchResult {
		let p = Self::pool(pool);
		ensure!(epoch > p.delegation_epoch, DispatchError::Other("stale delegation report"));
		ensure!(
			delegations.len() as u32 <= Self::max_delegations(),
			DispatchError::Other("too many validators")
		);
		Self::mutate(pool, |p| {
			p.delegation_epoch = epoch;
			p.delegations = delegations;
		});
		Ok(())
	}

	fn max_delegations() -> u32 {
		MAX_DELEGATIONS
	}

	fn pool_totals(pool: PoolId) -> Option<(Balance, Balance)> {
		Self::pools().get(&pool).map(|p| (p.total, p.shares.values().sum()))
	}

	fn cert_balance(pool: PoolId, who: &AccountId) -> Balance {
		Self::pools()
			.get(&pool)
			.and_then(|p| p.shares.get(&(*who, TokenKind::Cert as u8)).copied())
			.unwrap_or(0)
	}

	fn transfer_cert(
		pool: PoolId,
		from: &AccountId,
		to: &AccountId,
		amount: Balance,
	) -> DispatchResult {
		ensure!(Self::cert_balance(pool, from) >= amount, DispatchError::Other("not enough cert"));
		Self::mutate(pool, |p| {
			*p.shares.entry((*from, TokenKind::Cert as u8)).or_default() -= amount;
			*p.shares.entry((*to, TokenKind::Cert as u8)).or_default() += amount;
		});
		Ok(())
	}

	fn unstake_cert(
		who: &AccountId,
		pool: PoolId,
		amount: Balance,
	) -> Result<(Balance, u64), DispatchError> {
		let p = Self::pool(pool);
		ensure!(!p.paused, DispatchError::Other("unstaking paused"));
		ensure!(Self::cert_balance(pool, who) >= amount, DispatchError::Other("not enough cert"));
		let shares: Balance = p.shares.values().sum();
		let value = amount * p.total / shares;
		ensure!(value >= MIN_STAKE, DispatchError::Other("below the minimum unstake"));
		ensure!(!p.requests.contains_key(who), DispatchError::Other("too many requests"));
		let release = System::block_number() + UNBONDING;
		Self::mutate(pool, |p| {
			*p.shares.entry((*who, TokenKind::Cert as u8)).or_default() -= amount;
			p.total -= value;
			p.requests.insert(*who, (value, release));
		});
		Ok((value, release))
	}

	fn claim(pool: PoolId, owner: &AccountId) -> Result<Balance, DispatchError> {
		let (value, release) = Self::pool(pool)
			.requests
			.get(owner)
			.copied()
			.ok_or(DispatchError::Other("nothing to claim"))?;
		ensure!(System::block_number() >= release, DispatchError::Other("nothing to claim"));
		<Assets as frame_support::traits::fungibles::Mutate<_>>::transfer(
			Self::coin(pool),
			&Self::pool_account(pool),
			owner,
			value,
			frame_support::traits::tokens::Preservation::Expendable,
		)?;
		Self::mutate(pool, |p| p.requests.remove(owner));
		Ok(value)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_pool(
		underlying: u32,
		validator_chain: ChainId,
	) -> (PoolId, alloc::vec::Vec<ValidatorId>) {
		let mut pools = Self::pools();
		let id = pools.len() as PoolId;
		// Staked already, so that a reward and a slash are within the pool's bounds.
		let total = 1_000 * UNIT;
		let account = Self::pool_account(id);
		assert_ok!(<Assets as frame_support::traits::fungibles::Mutate<_>>::mint_into(
			underlying, &account, total
		));
		let pool = MockPool { coin: underlying, validator_chain, total, ..Default::default() };
		pools.insert(id, pool);
		unhashed::put(Self::KEY, &pools);
		(id, alloc::vec::Vec::new())
	}
}

/// The deposit limits of every chain.
pub fn limits() -> LimitsOf<Test> {
	BridgeLimits {
		max_per_deposit: MAX_DEPOSIT,
		max_per_period: MAX_PERIOD,
		period: WINDOW,
		min_withdrawal: MIN_WITHDRAWAL,
	}
}

/// A chain at genesis with the three relayers, threshold 2.
fn genesis_chain(chain: ChainId, wrapped: u32) -> GenesisChainOf<Test> {
	GenesisChain {
		chain,
		wrapped,
		limits: limits(),
		relayers: vec![RELAYER_1, RELAYER_2, RELAYER_3],
		threshold: 2,
	}
}

#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: vec![(ALICE, ENDOWED), (BOB, ENDOWED), (ADMIN, ENDOWED)],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		pallet_assets::GenesisConfig::<Test> {
			assets: vec![
				(WBNB, ADMIN, true, WBNB_MIN),
				(WMATIC, ADMIN, true, WBNB_MIN),
				(OTHER, ADMIN, true, WBNB_MIN),
			],
			// Coins issued before the bridge serves them.
			accounts: vec![(WBNB, BOB, 1_000 * UNIT), (WMATIC, BOB, 1_000 * UNIT)],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		pallet_liquid_staking_bridge::GenesisConfig::<Test> {
			chains: vec![
				genesis_chain(BSC, WBNB),
				genesis_chain(ETHEREUM, WMATIC),
				genesis_chain(POLYGON, WMATIC),
			],
			cert_routes: vec![],
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			let pool =
				|coin, validator_chain| MockPool { coin, validator_chain, ..Default::default() };
			let pools: BTreeMap<PoolId, MockPool> =
				[(POOL, pool(WBNB, BSC)), (MATIC_POOL, pool(WMATIC, ETHEREUM))].into();
			unhashed::put(MockStaking::KEY, &pools);
		});
		ext
	}

	/// Builds, runs `test`, then checks the invariants of the bridge and of the mock pools.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Bridge::do_try_state().expect("try_state holds after the test");
			MockStaking::try_state().expect("the mock pools are backed");
		})
	}
}

/// Runs `test` in the default chain and checks the invariants after it.
pub fn new_test(test: impl FnOnce()) {
	ExtBuilder.build_and_execute(test)
}

/// Moves to block `n`.
pub fn run_to_block(n: BlockNumber) {
	System::set_block_number(n);
}

/// The bridge's events so far, oldest first.
pub fn events() -> alloc::vec::Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Bridge(e) => Some(e),
			_ => None,
		})
		.collect()
}

pub fn wbnb(who: AccountId) -> Balance {
	Assets::balance(WBNB, who)
}

pub fn wmatic(who: AccountId) -> Balance {
	Assets::balance(WMATIC, who)
}
