//! The fuzzer's runtime: pallet-liquid-staking and pallet-liquid-staking-bridge wired to each
//! other as a runtime wires them, around real pallet-balances, pallet-assets, pallet-scheduler
//! and pallet-preimage.

use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureSignedBy;
use pallet_liquid_staking::*;
use pallet_liquid_staking_bridge::{
	BridgeLimits, CertLimits, CertLimitsOf, GenesisCertRoute, GenesisChain, LimitsOf,
};
use sp_runtime::BuildStorage;

pub use pallet_liquid_staking::testing::*;

/// The relayers of both chains, threshold 2.
pub const RELAYER_1: AccountId = 11;
pub const RELAYER_2: AccountId = 12;
pub const RELAYER_3: AccountId = 13;
pub const MAX_RELAYERS: u32 = 5;
pub const MAX_QUEUED: u32 = 3;
/// BNB Smart Chain and Polygon, and the wrapped MATIC.
pub const BSC: ChainId = 56;
pub const POLYGON: ChainId = 137;
pub const WMATIC: u32 = 2;
/// Chain deposit limits: per deposit, per window of `WINDOW` blocks.
pub const MAX_DEPOSIT: Balance = 1_000 * UNIT;
pub const MAX_PERIOD: Balance = 2_500 * UNIT;
pub const WINDOW: BlockNumber = 600;
/// Blocks after which an unsettled withdrawal may be refunded.
pub const WITHDRAWAL_TIMEOUT: BlockNumber = 2_000;

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
	// The bridge first: its genesis registers the chains the staking pools are staked on.
	#[runtime::pallet_index(5)]
	pub type LiquidStakingBridge = pallet_liquid_staking_bridge;
	#[runtime::pallet_index(6)]
	pub type LiquidStaking = pallet_liquid_staking;
}

// The pallets as the staking pallet's tests configure them, with the bridge's chains.
pallet_liquid_staking::impl_test_config!(Test, LiquidStakingBridge);

impl pallet_liquid_staking_bridge::Config for Test {
	type Balance = Balance;
	type AssetId = u32;
	type Assets = Assets;
	type Staking = LiquidStaking;
	type AdminOrigin = EnsureSignedBy<Governance, AccountId>;
	type MaxRelayers = ConstU32<MAX_RELAYERS>;
	type MinRelayers = ConstU32<2>;
	type WithdrawalTimeout = ConstU64<WITHDRAWAL_TIMEOUT>;
	type MaxQueuedDeposits = ConstU32<MAX_QUEUED>;
	type MaxDelegations = ConstU32<{ 2 * MAX_VALIDATORS }>;
	type BlockNumberProvider = System;
	type PalletId = BridgePalletId;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchHelper;
}

frame_support::parameter_types! {
	pub const BridgePalletId: frame_support::PalletId = frame_support::PalletId(*b"py/lqbrg");
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_liquid_staking_bridge::BenchmarkHelper<Test> for BenchHelper {
	fn wrapped() -> u32 {
		<BenchHelper as BenchmarkHelper<Test>>::assets(0).0
	}
}

/// The fuzzer's genesis: the staking tests' (pool 0 staked on BNB Smart Chain), with BNB Smart
/// Chain and Polygon registered with the bridge and the wrapped MATIC.
pub fn build() -> sp_io::TestExternalities {
	let mut storage = base_storage();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(WMATIC, ADMIN, true, WBNB_MIN)],
		metadata: vec![(WMATIC, b"Wrapped MATIC".to_vec(), b"WMATIC".to_vec(), 18)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let chain = |chain, wrapped| GenesisChain {
		chain,
		wrapped,
		limits: limits(),
		relayers: vec![RELAYER_1, RELAYER_2, RELAYER_3],
		threshold: 2,
	};
	pallet_liquid_staking_bridge::GenesisConfig::<Test> {
		chains: vec![chain(BSC, WBNB), chain(POLYGON, WMATIC)],
		cert_routes: vec![GenesisCertRoute { chain: BSC, pool: 0, limits: cert_limits() }],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	add_genesis_pool(&mut storage, Some(BSC));
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// The limits of pool 0's cert on BNB Smart Chain.
pub fn cert_limits() -> CertLimitsOf<Test> {
	CertLimits {
		min_transfer: UNIT / 100,
		max_transfer: MAX_DEPOSIT,
		max_per_period: MAX_PERIOD,
		period: WINDOW,
	}
}

/// The deposit limits of both chains.
pub fn limits() -> LimitsOf<Test> {
	BridgeLimits {
		max_per_deposit: MAX_DEPOSIT,
		max_per_period: MAX_PERIOD,
		period: WINDOW,
		min_withdrawal: UNIT / 100,
	}
}
