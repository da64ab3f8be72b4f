// SPDX-License-Identifier: Apache-2.0


//! Weights of `pallet_liquid_staking_bridge`, measured by the benchmark CLI 64.0.0.
//!
//! DATE: 2026-11-30, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! HOSTNAME: `vm`, CPU: `Intel(R) Xeon(R) Processor`
//! WASM-EXECUTION: `Compiled`, CHAIN: `None`, DB CACHE: `1024`
//!
//! `SubstrateWeight<T>` charges storage at the runtime's `T::DbWeight`; `()` at RocksDB costs.
//! Regenerate with `scripts/benchmark.sh` (the command below).

// Executed command:
// /root/.cache/liquid-staking/target/release/liquid-staking-node
// benchmark
// pallet
// --runtime
// /root/.cache/liquid-staking/target/release/wbuild/liquid-staking-runtime/liquid_staking_runtime.compact.compressed.wasm
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --pallet
// pallet_liquid_staking_bridge
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --wasm-execution
// compiled
// --heap-pages
// 4096
// --template
// .maintain/frame-weight-template.hbs
// --header
// .maintain/HEADER-APACHE2
// --output
// pallets/liquid-staking-bridge/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_liquid_staking_bridge`.
pub trait WeightInfo {
	fn register_chain(r: u32, ) -> Weight;
	fn set_relayers(r: u32, ) -> Weight;
	fn set_chain_limits() -> Weight;
	fn pause_chain() -> Weight;
	fn unpause_chain() -> Weight;
	fn attest_vote() -> Weight;
	fn attest_deposit() -> Weight;
	fn attest_deposit_stake() -> Weight;
	fn attest_deposit_queued() -> Weight;
	fn attest_rewards() -> Weight;
	fn attest_slash() -> Weight;
	fn attest_delegations() -> Weight;
	fn attest_withdrawal_released() -> Weight;
	fn attest_withdrawal_failed() -> Weight;
	fn execute_message() -> Weight;
	fn release_deposit() -> Weight;
	fn approve_deposit() -> Weight;
	fn withdraw_to_remote() -> Weight;
	fn attest_vote_report() -> Weight;
	fn attest_vote_withdrawal() -> Weight;
	fn refund_withdrawal() -> Weight;
	fn claim_parked_deposit() -> Weight;
}

/// Weights for `pallet_liquid_staking_bridge`, with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::WrappedCoins` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::WrappedCoins` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 16]`.
	fn register_chain(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `678`
		//  Estimated: `4144`
		// Minimum execution time: 27_934_000 picoseconds.
		Weight::from_parts(39_731_065, 4144)
			// Standard Error: 2_373
			.saturating_add(Weight::from_parts(28_157, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 16]`.
	fn set_relayers(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `890`
		//  Estimated: `4144`
		// Minimum execution time: 18_206_000 picoseconds.
		Weight::from_parts(25_148_373, 4144)
			// Standard Error: 4_099
			.saturating_add(Weight::from_parts(30_219, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	fn set_chain_limits() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `890`
		//  Estimated: `4144`
		// Minimum execution time: 16_985_000 picoseconds.
		Weight::from_parts(22_484_000, 4144)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	fn pause_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `890`
		//  Estimated: `4144`
		// Minimum execution time: 17_649_000 picoseconds.
		Weight::from_parts(25_349_000, 4144)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	fn unpause_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `890`
		//  Estimated: `4144`
		// Minimum execution time: 16_873_000 picoseconds.
		Weight::from_parts(23_177_000, 4144)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	fn attest_vote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2397`
		//  Estimated: `4559`
		// Minimum execution time: 52_636_000 picoseconds.
		Weight::from_parts(68_286_000, 4559)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::ExecutedDeposits` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::ExecutedDeposits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn attest_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2659`
		//  Estimated: `4559`
		// Minimum execution time: 89_423_000 picoseconds.
		Weight::from_parts(122_129_000, 4559)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::ExecutedDeposits` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::ExecutedDeposits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn attest_deposit_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3490`
		//  Estimated: `6360`
		// Minimum execution time: 146_279_000 picoseconds.
		Weight::from_parts(172_345_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::ExecutedDeposits` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::ExecutedDeposits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::NextQueuedDepositId` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::NextQueuedDepositId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositQueue` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::DepositQueue` (`max_values`: None, `max_size`: Some(122), added: 2597, mode: `MaxEncodedLen`)
	fn attest_deposit_queued() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2744`
		//  Estimated: `4559`
		// Minimum execution time: 84_771_000 picoseconds.
		Weight::from_parts(107_097_000, 4559)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	fn attest_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4497`
		//  Estimated: `6360`
		// Minimum execution time: 135_482_000 picoseconds.
		Weight::from_parts(158_555_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn attest_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4180`
		//  Estimated: `4559`
		// Minimum execution time: 89_660_000 picoseconds.
		Weight::from_parts(132_921_000, 4559)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn attest_delegations() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6057`
		//  Estimated: `7063`
		// Minimum execution time: 101_835_000 picoseconds.
		Weight::from_parts(122_640_000, 7063)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	fn attest_withdrawal_released() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2064`
		//  Estimated: `4559`
		// Minimum execution time: 46_391_000 picoseconds.
		Weight::from_parts(60_427_000, 4559)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn attest_withdrawal_failed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2693`
		//  Estimated: `4559`
		// Minimum execution time: 72_257_000 picoseconds.
		Weight::from_parts(96_603_000, 4559)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::ExecutedDeposits` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::ExecutedDeposits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn execute_message() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3554`
		//  Estimated: `6360`
		// Minimum execution time: 131_764_000 picoseconds.
		Weight::from_parts(157_024_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositQueue` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositQueue` (`max_values`: None, `max_size`: Some(122), added: 2597, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn release_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3147`
		//  Estimated: `6360`
		// Minimum execution time: 148_739_000 picoseconds.
		Weight::from_parts(181_585_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositQueue` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositQueue` (`max_values`: None, `max_size`: Some(122), added: 2597, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn approve_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3147`
		//  Estimated: `6360`
		// Minimum execution time: 147_724_000 picoseconds.
		Weight::from_parts(169_640_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(679), added: 3154, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::NextWithdrawalId` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::NextWithdrawalId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn withdraw_to_remote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1659`
		//  Estimated: `4144`
		// Minimum execution time: 65_052_000 picoseconds.
		Weight::from_parts(86_757_000, 4144)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn attest_vote_report() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2397`
		//  Estimated: `4559`
		// Minimum execution time: 52_636_000 picoseconds.
		Weight::from_parts(68_286_000, 4559)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn attest_vote_withdrawal() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2397`
		//  Estimated: `4559`
		// Minimum execution time: 52_636_000 picoseconds.
		Weight::from_parts(68_286_000, 4559)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn refund_withdrawal() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1659`
		//  Estimated: `4144`
		// Minimum execution time: 65_052_000 picoseconds.
		Weight::from_parts(86_757_000, 4144)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn claim_parked_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1659`
		//  Estimated: `4144`
		// Minimum execution time: 65_052_000 picoseconds.
		Weight::from_parts(86_757_000, 4144)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
}

/// For tests and for runtimes without their own database costs: RocksDB costs.
impl WeightInfo for () {
	fn register_chain(r: u32, ) -> Weight {
		Weight::from_parts(39_731_065, 4144)
			.saturating_add(Weight::from_parts(28_157, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_relayers(r: u32, ) -> Weight {
		Weight::from_parts(25_148_373, 4144)
			.saturating_add(Weight::from_parts(30_219, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_chain_limits() -> Weight {
		Weight::from_parts(22_484_000, 4144)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pause_chain() -> Weight {
		Weight::from_parts(25_349_000, 4144)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unpause_chain() -> Weight {
		Weight::from_parts(23_177_000, 4144)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_vote() -> Weight {
		Weight::from_parts(68_286_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_deposit() -> Weight {
		Weight::from_parts(122_129_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_deposit_stake() -> Weight {
		Weight::from_parts(172_345_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn attest_deposit_queued() -> Weight {
		Weight::from_parts(107_097_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn attest_rewards() -> Weight {
		Weight::from_parts(158_555_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn attest_slash() -> Weight {
		Weight::from_parts(132_921_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_delegations() -> Weight {
		Weight::from_parts(122_640_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn attest_withdrawal_released() -> Weight {
		Weight::from_parts(60_427_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attest_withdrawal_failed() -> Weight {
		Weight::from_parts(96_603_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn execute_message() -> Weight {
		Weight::from_parts(157_024_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn release_deposit() -> Weight {
		Weight::from_parts(181_585_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn approve_deposit() -> Weight {
		Weight::from_parts(169_640_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn withdraw_to_remote() -> Weight {
		Weight::from_parts(86_757_000, 4144)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_vote_report() -> Weight {
		Weight::from_parts(68_286_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_vote_withdrawal() -> Weight {
		Weight::from_parts(68_286_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn refund_withdrawal() -> Weight {
		Weight::from_parts(86_757_000, 4144)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn claim_parked_deposit() -> Weight {
		Weight::from_parts(86_757_000, 4144)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
}
