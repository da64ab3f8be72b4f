//! A runtime for the tests: real pallet-balances, pallet-assets, pallet-scheduler and
//! pallet-preimage around the pallet, and a mock bridge ([`MockRemote`]) that serves one chain
//! with pool 0's coin and takes the withdrawals of exits; every pool stakes coins of this chain.

use crate::{self as pallet_liquid_staking, *};
use frame_support::{
	assert_ok, derive_impl,
	traits::{OnFinalize, OnIdle, OnInitialize},
	weights::Weight,
};

pub use crate::testing::*;

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

// Every pool's coin is staked here; the mock bridge only takes exits.
crate::impl_test_config!(Test, MockRemote);

/// The chain the mock bridge serves with pool 0's coin: exits may go there.
pub const EXIT_CHAIN: ChainId = 97;
/// A chain the mock bridge serves with another coin.
pub const OTHER_CHAIN: ChainId = 80_002;
/// The mock bridge's minimum withdrawal.
pub const MIN_WITHDRAWAL: Balance = UNIT;

/// A withdrawal the mock bridge sent: (owner, chain, amount, recipient).
pub type SentWithdrawal = (AccountId, ChainId, Balance, sp_core::H160);

std::thread_local! {
	/// Whether the mock bridge's chains are paused.
	pub static REMOTE_PAUSED: core::cell::Cell<bool> = const { core::cell::Cell::new(false) };
	/// The withdrawals the mock bridge sent, oldest first.
	pub static SENT: core::cell::RefCell<Vec<SentWithdrawal>> =
		const { core::cell::RefCell::new(Vec::new()) };
}

/// A bridge that serves [`EXIT_CHAIN`] with pool 0's coin and [`OTHER_CHAIN`] with another:
/// a withdrawal burns the coin from its owner and is recorded in [`SENT`].
pub struct MockRemote;
impl RemoteChains<AccountId, u32, Balance> for MockRemote {
	fn wrapped_coin(chain: ChainId) -> Option<u32> {
		match chain {
			EXIT_CHAIN => Some(WBNB),
			OTHER_CHAIN => Some(WBNB + 1),
			_ => None,
		}
	}

	fn can_withdraw(chain: ChainId, amount: Balance) -> sp_runtime::DispatchResult {
		frame_support::ensure!(Self::wrapped_coin(chain).is_some(), "unknown chain");
		frame_support::ensure!(!REMOTE_PAUSED.get(), "paused");
		frame_support::ensure!(amount >= MIN_WITHDRAWAL, "below the minimum withdrawal");
		Ok(())
	}

	fn withdraw(
		who: &AccountId,
		chain: ChainId,
		amount: Balance,
		recipient: sp_core::H160,
	) -> sp_runtime::DispatchResult {
		use frame_support::traits::tokens::{Fortitude, Precision, Preservation};
		let coin = Self::wrapped_coin(chain).ok_or("unknown chain")?;
		frame_support::ensure!(!REMOTE_PAUSED.get(), "paused");
		<Assets as frame_support::traits::fungibles::Mutate<_>>::burn_from(
			coin,
			who,
			amount,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		SENT.with_borrow_mut(|s| s.push((*who, chain, amount, recipient)));
		Ok(())
	}

	fn withdraw_weight() -> Weight {
		Weight::from_parts(50_000_000, 4_000)
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
		let mut storage = base_storage();
		if self.pools {
			add_genesis_pool(&mut storage, None);
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
