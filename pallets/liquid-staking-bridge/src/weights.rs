// SPDX-License-Identifier: Apache-2.0


//! Weights of `pallet_liquid_staking_bridge`, measured by the benchmark CLI 64.0.0.
//!
//! DATE: 2026-11-23, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! HOSTNAME: `vm`, CPU: `AMD EPYC`
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
// pallets/liquid-staking/src/weights.rs

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
}

/// Weights for `pallet_liquid_staking_bridge`, with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::WrappedChain` (r:1 w:1)
	/// Proof: `LiquidStaking::WrappedChain` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 16]`.
	fn register_chain(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `703`
		//  Estimated: `4160`
		// Minimum execution time: 26_158_000 picoseconds.
		Weight::from_parts(28_087_976, 4160)
			// Standard Error: 1_110
			.saturating_add(Weight::from_parts(48_902, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 16]`.
	fn set_relayers(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `901`
		//  Estimated: `4160`
		// Minimum execution time: 14_521_000 picoseconds.
		Weight::from_parts(16_251_831, 4160)
			// Standard Error: 1_465
			.saturating_add(Weight::from_parts(16_759, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	fn set_chain_limits() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `901`
		//  Estimated: `4160`
		// Minimum execution time: 12_659_000 picoseconds.
		Weight::from_parts(13_950_000, 4160)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	fn pause_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `901`
		//  Estimated: `4160`
		// Minimum execution time: 14_772_000 picoseconds.
		Weight::from_parts(15_983_000, 4160)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	fn unpause_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `901`
		//  Estimated: `4160`
		// Minimum execution time: 12_468_000 picoseconds.
		Weight::from_parts(13_540_000, 4160)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:0)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	fn attest_vote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2260`
		//  Estimated: `4559`
		// Minimum execution time: 44_746_000 picoseconds.
		Weight::from_parts(47_120_000, 4559)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::ExecutedDeposits` (r:1 w:1)
	/// Proof: `LiquidStaking::ExecutedDeposits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn attest_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2671`
		//  Estimated: `4559`
		// Minimum execution time: 80_019_000 picoseconds.
		Weight::from_parts(84_345_000, 4559)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::ExecutedDeposits` (r:1 w:1)
	/// Proof: `LiquidStaking::ExecutedDeposits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn attest_deposit_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3221`
		//  Estimated: `6360`
		// Minimum execution time: 122_391_000 picoseconds.
		Weight::from_parts(128_660_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::ExecutedDeposits` (r:1 w:1)
	/// Proof: `LiquidStaking::ExecutedDeposits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::NextQueuedDepositId` (r:1 w:1)
	/// Proof: `LiquidStaking::NextQueuedDepositId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::DepositQueue` (r:0 w:1)
	/// Proof: `LiquidStaking::DepositQueue` (`max_values`: None, `max_size`: Some(122), added: 2597, mode: `MaxEncodedLen`)
	fn attest_deposit_queued() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2758`
		//  Estimated: `4559`
		// Minimum execution time: 65_707_000 picoseconds.
		Weight::from_parts(73_759_000, 4559)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	fn attest_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4357`
		//  Estimated: `6360`
		// Minimum execution time: 115_031_000 picoseconds.
		Weight::from_parts(120_698_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn attest_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2961`
		//  Estimated: `4559`
		// Minimum execution time: 90_434_000 picoseconds.
		Weight::from_parts(94_671_000, 4559)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn attest_delegations() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5957`
		//  Estimated: `7063`
		// Minimum execution time: 88_371_000 picoseconds.
		Weight::from_parts(92_967_000, 7063)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Withdrawals` (r:1 w:1)
	/// Proof: `LiquidStaking::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	fn attest_withdrawal_released() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2074`
		//  Estimated: `4559`
		// Minimum execution time: 46_029_000 picoseconds.
		Weight::from_parts(49_273_000, 4559)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Withdrawals` (r:1 w:1)
	/// Proof: `LiquidStaking::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn attest_withdrawal_failed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2809`
		//  Estimated: `4559`
		// Minimum execution time: 73_880_000 picoseconds.
		Weight::from_parts(78_496_000, 4559)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::ExecutedDeposits` (r:1 w:1)
	/// Proof: `LiquidStaking::ExecutedDeposits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn execute_message() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3285`
		//  Estimated: `6360`
		// Minimum execution time: 109_022_000 picoseconds.
		Weight::from_parts(114_540_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::DepositQueue` (r:1 w:1)
	/// Proof: `LiquidStaking::DepositQueue` (`max_values`: None, `max_size`: Some(122), added: 2597, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn release_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2850`
		//  Estimated: `6360`
		// Minimum execution time: 108_721_000 picoseconds.
		Weight::from_parts(132_697_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::DepositQueue` (r:1 w:1)
	/// Proof: `LiquidStaking::DepositQueue` (`max_values`: None, `max_size`: Some(122), added: 2597, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(262), added: 2737, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn approve_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2850`
		//  Estimated: `6360`
		// Minimum execution time: 111_695_000 picoseconds.
		Weight::from_parts(135_570_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(695), added: 3170, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::NextWithdrawalId` (r:1 w:1)
	/// Proof: `LiquidStaking::NextWithdrawalId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Withdrawals` (r:0 w:1)
	/// Proof: `LiquidStaking::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn withdraw_to_remote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1776`
		//  Estimated: `4160`
		// Minimum execution time: 66_889_000 picoseconds.
		Weight::from_parts(71_226_000, 4160)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
}


/// For tests and for runtimes without their own database costs: RocksDB costs.
impl WeightInfo for () {
	fn register_chain(r: u32, ) -> Weight {
		Weight::from_parts(28_087_976, 4160)
			.saturating_add(Weight::from_parts(48_902, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_relayers(r: u32, ) -> Weight {
		Weight::from_parts(16_251_831, 4160)
			.saturating_add(Weight::from_parts(16_759, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_chain_limits() -> Weight {
		Weight::from_parts(13_950_000, 4160)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pause_chain() -> Weight {
		Weight::from_parts(15_983_000, 4160)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unpause_chain() -> Weight {
		Weight::from_parts(13_540_000, 4160)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_vote() -> Weight {
		Weight::from_parts(47_120_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_deposit() -> Weight {
		Weight::from_parts(84_345_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_deposit_stake() -> Weight {
		Weight::from_parts(128_660_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn attest_deposit_queued() -> Weight {
		Weight::from_parts(73_759_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn attest_rewards() -> Weight {
		Weight::from_parts(120_698_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn attest_slash() -> Weight {
		Weight::from_parts(94_671_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_delegations() -> Weight {
		Weight::from_parts(92_967_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn attest_withdrawal_released() -> Weight {
		Weight::from_parts(49_273_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attest_withdrawal_failed() -> Weight {
		Weight::from_parts(78_496_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn execute_message() -> Weight {
		Weight::from_parts(114_540_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn release_deposit() -> Weight {
		Weight::from_parts(132_697_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn approve_deposit() -> Weight {
		Weight::from_parts(135_570_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn withdraw_to_remote() -> Weight {
		Weight::from_parts(71_226_000, 4160)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
}
