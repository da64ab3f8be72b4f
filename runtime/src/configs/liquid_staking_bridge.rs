//! `pallet_liquid_staking_bridge`: the remote chains (BNB Smart Chain, Ethereum, Polygon), their
//! relayers, the deposits they attest into `LiquidStaking` pools and the withdrawals back. It
//! alone mints and burns the wrapped coins.

use super::liquid_staking::UnderlyingCoin;
use crate::{AccountId, Balance, BlockNumber, LiquidStaking, Runtime};
use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOf},
	PalletId,
};
use frame_system::EnsureRoot;

impl pallet_liquid_staking_bridge::Config for Runtime {
	type Balance = Balance;
	type AssetId = UnderlyingCoin;
	/// The same coins the pools stake: the wrapped coins are pallet-assets assets.
	type Assets = <Runtime as pallet_liquid_staking::Config>::Underlying;
	type Staking = LiquidStaking;
	type AdminOrigin = EitherOf<EnsureRoot<AccountId>, crate::governance::BridgeAdmin>;
	/// Relayer sets of 3 to 16 operators (the threshold is always above half).
	type MaxRelayers = ConstU32<16>;
	type MinRelayers = ConstU32<3>;
	/// A withdrawal the relayers do not settle within 7 days may be refunded (they must not have
	/// it paid on the remote chain later than that).
	type WithdrawalTimeout = ConstU32<WITHDRAWAL_TIMEOUT>;
	type MaxQueuedDeposits = ConstU32<64>;
	/// Every validator a pool's books may track (twice `MaxValidators`).
	type MaxDelegations = ConstU32<64>;
	/// The relay chain's blocks: the deposit windows, the withdrawal timeout and the cert
	/// routes' windows are in relay blocks.
	type BlockNumberProvider = super::RelayClock;
	/// Its account locks the cert sent to remote chains.
	type PalletId = LiquidStakingBridgePalletId;
	type WeightInfo = pallet_liquid_staking_bridge::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BridgeBenchmarkHelper;
}

parameter_types! {
	/// The bridge's id: its account locks the cert sent to remote chains.
	pub const LiquidStakingBridgePalletId: PalletId = PalletId(*b"py/lqbrg");
}

/// How long the relayers have to settle a withdrawal: 7 days (30 blocks with `fast-runtime`).
#[cfg(not(feature = "fast-runtime"))]
pub const WITHDRAWAL_TIMEOUT: BlockNumber = 7 * crate::DAYS;
#[cfg(feature = "fast-runtime")]
pub const WITHDRAWAL_TIMEOUT: BlockNumber = 30;

/// The chain the benchmarks register, and the coin they register it with.
#[cfg(feature = "runtime-benchmarks")]
const BENCHMARK_CHAIN: pallet_liquid_staking_bridge::ChainId = 1_000_056;

/// Creates the wrapped coin the bridge's benchmarks register.
#[cfg(feature = "runtime-benchmarks")]
pub struct BridgeBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_liquid_staking_bridge::BenchmarkHelper<Runtime> for BridgeBenchmarkHelper {
	fn wrapped() -> UnderlyingCoin {
		use pallet_liquid_staking::BenchmarkHelper;
		super::liquid_staking::LiquidStakingBenchmarkHelper::assets(0).0
	}
}

/// A chain whose wrapped coin is `coin`, registered with the fewest relayers if needed: the
/// worst case of `create_pool` in the liquid-staking benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub fn benchmark_chain(coin: UnderlyingCoin) -> Option<pallet_liquid_staking_bridge::ChainId> {
	use pallet_liquid_staking_bridge::{BridgeLimits, Chains, Pallet};
	if !Chains::<Runtime>::contains_key(BENCHMARK_CHAIN) {
		let relayers: alloc::vec::Vec<AccountId> =
			(1..=3u8).map(|i| sp_runtime::AccountId32::new([i; 32])).collect();
		let limits =
			BridgeLimits { max_per_deposit: 1, max_per_period: 1, period: 1, min_withdrawal: 1 };
		Pallet::<Runtime>::do_register_chain(
			BENCHMARK_CHAIN,
			coin,
			limits,
			relayers.try_into().expect("three relayers"),
			2,
		)
		.ok()?;
	}
	Some(BENCHMARK_CHAIN)
}
