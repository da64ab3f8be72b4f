//! A runtime for the tests: real pallet-balances, pallet-assets, pallet-scheduler and
//! pallet-preimage around the pallet, and no bridge (`RemoteChains = ()`): the pallet stakes
//! coins of this chain alone.

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

// No bridge: every pool's coin is staked here.
crate::impl_test_config!(Test, ());

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
