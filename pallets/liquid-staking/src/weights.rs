// SPDX-License-Identifier: Apache-2.0


//! Weights of `pallet_liquid_staking`, measured by the benchmark CLI 64.0.0.
//!
//! DATE: 2026-12-01, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`
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
// pallet_liquid_staking
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

/// Weight functions needed by `pallet_liquid_staking`.
pub trait WeightInfo {
	fn create_pool() -> Weight;
	fn set_pool_params() -> Weight;
	fn set_paused() -> Weight;
	fn stake_bond() -> Weight;
	fn stake_cert() -> Weight;
	fn stake_bond_native() -> Weight;
	fn stake_cert_native() -> Weight;
	fn bond_to_cert() -> Weight;
	fn cert_to_bond() -> Weight;
	fn transfer_bond() -> Weight;
	fn unstake() -> Weight;
	fn claim(r: u32, ) -> Weight;
	fn mature() -> Weight;
	fn plan_stakes() -> Weight;
	fn report_rewards() -> Weight;
	fn report_slash() -> Weight;
	fn set_allocation() -> Weight;
	fn report_delegations() -> Weight;
}

/// Weights for `pallet_liquid_staking`, with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Assets::Asset` (r:2 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::NextPoolId` (r:1 w:1)
	/// Proof: `LiquidStaking::NextPoolId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Metadata` (r:1 w:1)
	/// Proof: `Assets::Metadata` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:0 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	fn create_pool() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1511`
		//  Estimated: `6360`
		// Minimum execution time: 45_968_000 picoseconds.
		Weight::from_parts(48_643_000, 6360)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:0)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn set_pool_params() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `994`
		//  Estimated: `7063`
		// Minimum execution time: 18_548_000 picoseconds.
		Weight::from_parts(19_970_000, 7063)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	fn set_paused() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `455`
		//  Estimated: `3743`
		// Minimum execution time: 9_674_000 picoseconds.
		Weight::from_parts(10_506_000, 3743)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::BondShares` (r:1 w:1)
	/// Proof: `LiquidStaking::BondShares` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn stake_bond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1437`
		//  Estimated: `6208`
		// Minimum execution time: 53_189_000 picoseconds.
		Weight::from_parts(56_104_000, 6208)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn stake_cert() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1482`
		//  Estimated: `8817`
		// Minimum execution time: 66_750_000 picoseconds.
		Weight::from_parts(70_105_000, 8817)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::BondShares` (r:1 w:1)
	/// Proof: `LiquidStaking::BondShares` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn stake_bond_native() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `722`
		//  Estimated: `3743`
		// Minimum execution time: 49_834_000 picoseconds.
		Weight::from_parts(52_519_000, 3743)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn stake_cert_native() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1191`
		//  Estimated: `3743`
		// Minimum execution time: 66_219_000 picoseconds.
		Weight::from_parts(70_415_000, 3743)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::BondShares` (r:1 w:1)
	/// Proof: `LiquidStaking::BondShares` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn bond_to_cert() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1478`
		//  Estimated: `6208`
		// Minimum execution time: 61_942_000 picoseconds.
		Weight::from_parts(65_277_000, 6208)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::BondShares` (r:1 w:1)
	/// Proof: `LiquidStaking::BondShares` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn cert_to_bond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1580`
		//  Estimated: `6360`
		// Minimum execution time: 72_538_000 picoseconds.
		Weight::from_parts(76_073_000, 6360)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::BondShares` (r:2 w:2)
	/// Proof: `LiquidStaking::BondShares` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn transfer_bond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1114`
		//  Estimated: `6092`
		// Minimum execution time: 25_618_000 picoseconds.
		Weight::from_parts(27_441_000, 6092)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::BondShares` (r:1 w:1)
	/// Proof: `LiquidStaking::BondShares` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStaking::Unbonding` (r:1 w:1)
	/// Proof: `LiquidStaking::Unbonding` (`max_values`: None, `max_size`: Some(845), added: 3320, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Buckets` (r:1 w:1)
	/// Proof: `LiquidStaking::Buckets` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Scheduler::Lookup` (r:1 w:1)
	/// Proof: `Scheduler::Lookup` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Scheduler::Agenda` (r:1 w:1)
	/// Proof: `Scheduler::Agenda` (`max_values`: None, `max_size`: Some(38963), added: 41438, mode: `MaxEncodedLen`)
	fn unstake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2040`
		//  Estimated: `42428`
		// Minimum execution time: 46_038_000 picoseconds.
		Weight::from_parts(48_542_000, 42428)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStaking::Unbonding` (r:1 w:1)
	/// Proof: `LiquidStaking::Unbonding` (`max_values`: None, `max_size`: Some(845), added: 3320, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Buckets` (r:3 w:3)
	/// Proof: `LiquidStaking::Buckets` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 3]`.
	fn claim(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5061 + r * (59 ±0)`
		//  Estimated: `7063 + r * (2532 ±0)`
		// Minimum execution time: 106_008_000 picoseconds.
		Weight::from_parts(87_551_839, 7063)
			// Standard Error: 24_322
			.saturating_add(Weight::from_parts(24_509_155, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2532).saturating_mul(r.into()))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Buckets` (r:1 w:1)
	/// Proof: `LiquidStaking::Buckets` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn mature() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4239`
		//  Estimated: `7063`
		// Minimum execution time: 59_438_000 picoseconds.
		Weight::from_parts(62_493_000, 7063)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn plan_stakes() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4115`
		//  Estimated: `7063`
		// Minimum execution time: 29_183_000 picoseconds.
		Weight::from_parts(30_876_000, 7063)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Assets::Account` (r:2 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	fn report_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2459`
		//  Estimated: `6208`
		// Minimum execution time: 50_765_000 picoseconds.
		Weight::from_parts(53_971_000, 6208)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `ParachainSystem::LastRelayChainBlockNumber` (r:1 w:0)
	/// Proof: `ParachainSystem::LastRelayChainBlockNumber` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	fn report_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `447`
		//  Estimated: `4558`
		// Minimum execution time: 14_622_000 picoseconds.
		Weight::from_parts(15_713_000, 4558)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn set_allocation() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2322`
		//  Estimated: `7063`
		// Minimum execution time: 28_493_000 picoseconds.
		Weight::from_parts(30_856_000, 7063)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn report_delegations() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4107`
		//  Estimated: `7063`
		// Minimum execution time: 31_778_000 picoseconds.
		Weight::from_parts(33_620_000, 7063)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// For tests and for runtimes without their own database costs: RocksDB costs.
impl WeightInfo for () {
	fn create_pool() -> Weight {
		Weight::from_parts(48_643_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn set_pool_params() -> Weight {
		Weight::from_parts(19_970_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_paused() -> Weight {
		Weight::from_parts(10_506_000, 3743)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn stake_bond() -> Weight {
		Weight::from_parts(56_104_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn stake_cert() -> Weight {
		Weight::from_parts(70_105_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn stake_bond_native() -> Weight {
		Weight::from_parts(52_519_000, 3743)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn stake_cert_native() -> Weight {
		Weight::from_parts(70_415_000, 3743)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn bond_to_cert() -> Weight {
		Weight::from_parts(65_277_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn cert_to_bond() -> Weight {
		Weight::from_parts(76_073_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn transfer_bond() -> Weight {
		Weight::from_parts(27_441_000, 6092)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn unstake() -> Weight {
		Weight::from_parts(48_542_000, 42428)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn claim(r: u32, ) -> Weight {
		Weight::from_parts(87_551_839, 7063)
			.saturating_add(Weight::from_parts(24_509_155, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2532).saturating_mul(r.into()))
	}
	fn mature() -> Weight {
		Weight::from_parts(62_493_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn plan_stakes() -> Weight {
		Weight::from_parts(30_876_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn report_rewards() -> Weight {
		Weight::from_parts(53_971_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn report_slash() -> Weight {
		Weight::from_parts(15_713_000, 4558)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_allocation() -> Weight {
		Weight::from_parts(30_856_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn report_delegations() -> Weight {
		Weight::from_parts(33_620_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
