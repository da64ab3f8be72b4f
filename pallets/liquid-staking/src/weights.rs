// SPDX-License-Identifier: Apache-2.0


//! Weights of `pallet_liquid_staking`, measured by the benchmark CLI 64.0.0.
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

/// Weights for `pallet_liquid_staking`, with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Assets::Asset` (r:2 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Chains` (r:1 w:0)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::NextPoolId` (r:1 w:1)
	/// Proof: `LiquidStaking::NextPoolId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Metadata` (r:1 w:1)
	/// Proof: `Assets::Metadata` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:0 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	fn create_pool() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1611`
		//  Estimated: `6360`
		// Minimum execution time: 79_018_000 picoseconds.
		Weight::from_parts(114_845_000, 6360)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:0)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn set_pool_params() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `994`
		//  Estimated: `7063`
		// Minimum execution time: 38_361_000 picoseconds.
		Weight::from_parts(64_791_000, 7063)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	fn set_paused() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `455`
		//  Estimated: `3710`
		// Minimum execution time: 23_744_000 picoseconds.
		Weight::from_parts(43_361_000, 3710)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::BondShares` (r:1 w:1)
	/// Proof: `LiquidStaking::BondShares` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn stake_bond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5104`
		//  Estimated: `7063`
		// Minimum execution time: 135_482_000 picoseconds.
		Weight::from_parts(189_173_000, 7063)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn stake_cert() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5287`
		//  Estimated: `8817`
		// Minimum execution time: 157_575_000 picoseconds.
		Weight::from_parts(178_494_000, 8817)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	fn stake_bond_native() -> Weight {
		Weight::from_parts(189_173_000, 7063)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn stake_cert_native() -> Weight {
		Weight::from_parts(178_494_000, 8817)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
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
		//  Measured:  `1374`
		//  Estimated: `6208`
		// Minimum execution time: 105_528_000 picoseconds.
		Weight::from_parts(163_065_000, 6208)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::BondShares` (r:1 w:1)
	/// Proof: `LiquidStaking::BondShares` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn cert_to_bond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1326`
		//  Estimated: `6208`
		// Minimum execution time: 109_654_000 picoseconds.
		Weight::from_parts(182_942_000, 6208)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::BondShares` (r:2 w:2)
	/// Proof: `LiquidStaking::BondShares` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn transfer_bond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `630`
		//  Estimated: `6092`
		// Minimum execution time: 39_284_000 picoseconds.
		Weight::from_parts(64_941_000, 6092)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::BondShares` (r:1 w:1)
	/// Proof: `LiquidStaking::BondShares` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Unbonding` (r:1 w:1)
	/// Proof: `LiquidStaking::Unbonding` (`max_values`: None, `max_size`: Some(381), added: 2856, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Buckets` (r:1 w:1)
	/// Proof: `LiquidStaking::Buckets` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Scheduler::Lookup` (r:1 w:1)
	/// Proof: `Scheduler::Lookup` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Scheduler::Agenda` (r:1 w:1)
	/// Proof: `Scheduler::Agenda` (`max_values`: None, `max_size`: Some(10463), added: 12938, mode: `MaxEncodedLen`)
	fn unstake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2001`
		//  Estimated: `13928`
		// Minimum execution time: 83_185_000 picoseconds.
		Weight::from_parts(135_493_000, 13928)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Unbonding` (r:1 w:1)
	/// Proof: `LiquidStaking::Unbonding` (`max_values`: None, `max_size`: Some(381), added: 2856, mode: `MaxEncodedLen`)
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
		//  Measured:  `5003 + r * (58 ±0)`
		//  Estimated: `7063 + r * (2532 ±0)`
		// Minimum execution time: 147_405_000 picoseconds.
		Weight::from_parts(128_186_634, 7063)
			// Standard Error: 1_212_206
			.saturating_add(Weight::from_parts(57_033_275, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2532).saturating_mul(r.into()))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Buckets` (r:1 w:1)
	/// Proof: `LiquidStaking::Buckets` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn mature() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4251`
		//  Estimated: `7063`
		// Minimum execution time: 74_950_000 picoseconds.
		Weight::from_parts(114_594_000, 7063)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn plan_stakes() -> Weight {
		Weight::from_parts(114_594_000, 7063)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	fn report_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2368`
		//  Estimated: `6208`
		// Minimum execution time: 84_758_000 picoseconds.
		Weight::from_parts(162_713_000, 6208)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	fn report_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `455`
		//  Estimated: `4558`
		// Minimum execution time: 31_038_000 picoseconds.
		Weight::from_parts(47_709_000, 4558)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn set_allocation() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2359`
		//  Estimated: `7063`
		// Minimum execution time: 55_033_000 picoseconds.
		Weight::from_parts(74_740_000, 7063)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn report_delegations() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4152`
		//  Estimated: `7063`
		// Minimum execution time: 57_337_000 picoseconds.
		Weight::from_parts(81_672_000, 7063)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::WrappedChain` (r:1 w:1)
	/// Proof: `LiquidStaking::WrappedChain` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 16]`.
	fn register_chain(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `701`
		//  Estimated: `4159`
		// Minimum execution time: 39_413_000 picoseconds.
		Weight::from_parts(54_657_451, 4159)
			// Standard Error: 17_424
			.saturating_add(Weight::from_parts(179_095, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 16]`.
	fn set_relayers(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `900`
		//  Estimated: `4159`
		// Minimum execution time: 23_635_000 picoseconds.
		Weight::from_parts(38_732_804, 4159)
			// Standard Error: 12_854
			.saturating_add(Weight::from_parts(60_942, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	fn set_chain_limits() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `900`
		//  Estimated: `4159`
		// Minimum execution time: 21_150_000 picoseconds.
		Weight::from_parts(30_036_000, 4159)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	fn pause_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `900`
		//  Estimated: `4159`
		// Minimum execution time: 24_076_000 picoseconds.
		Weight::from_parts(41_747_000, 4159)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	fn unpause_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `900`
		//  Estimated: `4159`
		// Minimum execution time: 20_979_000 picoseconds.
		Weight::from_parts(34_234_000, 4159)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:0)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	fn attest_vote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2242`
		//  Estimated: `4559`
		// Minimum execution time: 60_473_000 picoseconds.
		Weight::from_parts(86_692_000, 4559)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
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
		//  Measured:  `2670`
		//  Estimated: `4559`
		// Minimum execution time: 108_553_000 picoseconds.
		Weight::from_parts(153_317_000, 4559)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::ExecutedDeposits` (r:1 w:1)
	/// Proof: `LiquidStaking::ExecutedDeposits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn attest_deposit_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6900`
		//  Estimated: `7063`
		// Minimum execution time: 199_413_000 picoseconds.
		Weight::from_parts(228_357_000, 7063)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
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
		//  Measured:  `2757`
		//  Estimated: `4559`
		// Minimum execution time: 97_542_000 picoseconds.
		Weight::from_parts(156_051_000, 4559)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
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
		//  Measured:  `4339`
		//  Estimated: `6360`
		// Minimum execution time: 152_445_000 picoseconds.
		Weight::from_parts(237_073_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
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
		//  Measured:  `2943`
		//  Estimated: `4559`
		// Minimum execution time: 122_098_000 picoseconds.
		Weight::from_parts(201_175_000, 4559)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn attest_delegations() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5939`
		//  Estimated: `7063`
		// Minimum execution time: 114_384_000 picoseconds.
		Weight::from_parts(164_417_000, 7063)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Withdrawals` (r:1 w:1)
	/// Proof: `LiquidStaking::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	fn attest_withdrawal_released() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2073`
		//  Estimated: `4559`
		// Minimum execution time: 64_110_000 picoseconds.
		Weight::from_parts(111_929_000, 4559)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
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
		//  Measured:  `2808`
		//  Estimated: `4559`
		// Minimum execution time: 102_160_000 picoseconds.
		Weight::from_parts(175_127_000, 4559)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::ExecutedDeposits` (r:1 w:1)
	/// Proof: `LiquidStaking::ExecutedDeposits` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Votes` (r:1 w:1)
	/// Proof: `LiquidStaking::Votes` (`max_values`: None, `max_size`: Some(1094), added: 3569, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn execute_message() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6964`
		//  Estimated: `7063`
		// Minimum execution time: 184_644_000 picoseconds.
		Weight::from_parts(317_803_000, 7063)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::DepositQueue` (r:1 w:1)
	/// Proof: `LiquidStaking::DepositQueue` (`max_values`: None, `max_size`: Some(122), added: 2597, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn release_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6529`
		//  Estimated: `7063`
		// Minimum execution time: 206_265_000 picoseconds.
		Weight::from_parts(289_340_000, 7063)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::DepositQueue` (r:1 w:1)
	/// Proof: `LiquidStaking::DepositQueue` (`max_values`: None, `max_size`: Some(122), added: 2597, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(245), added: 2720, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn approve_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6529`
		//  Estimated: `7063`
		// Minimum execution time: 197_869_000 picoseconds.
		Weight::from_parts(310_971_000, 7063)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStaking::Chains` (r:1 w:1)
	/// Proof: `LiquidStaking::Chains` (`max_values`: None, `max_size`: Some(694), added: 3169, mode: `MaxEncodedLen`)
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
		//  Measured:  `1775`
		//  Estimated: `4159`
		// Minimum execution time: 90_770_000 picoseconds.
		Weight::from_parts(99_736_000, 4159)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
}

/// For tests and for runtimes without their own database costs: RocksDB costs.
impl WeightInfo for () {
	fn create_pool() -> Weight {
		Weight::from_parts(114_845_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn set_pool_params() -> Weight {
		Weight::from_parts(64_791_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_paused() -> Weight {
		Weight::from_parts(43_361_000, 3710)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn stake_bond() -> Weight {
		Weight::from_parts(189_173_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn stake_cert() -> Weight {
		Weight::from_parts(178_494_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn stake_bond_native() -> Weight {
		Weight::from_parts(189_173_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn stake_cert_native() -> Weight {
		Weight::from_parts(178_494_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn bond_to_cert() -> Weight {
		Weight::from_parts(163_065_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn cert_to_bond() -> Weight {
		Weight::from_parts(182_942_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn transfer_bond() -> Weight {
		Weight::from_parts(64_941_000, 6092)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn unstake() -> Weight {
		Weight::from_parts(135_493_000, 13928)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn claim(r: u32, ) -> Weight {
		Weight::from_parts(128_186_634, 7063)
			.saturating_add(Weight::from_parts(57_033_275, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2532).saturating_mul(r.into()))
	}
	fn mature() -> Weight {
		Weight::from_parts(114_594_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn plan_stakes() -> Weight {
		Weight::from_parts(114_594_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn report_rewards() -> Weight {
		Weight::from_parts(162_713_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn report_slash() -> Weight {
		Weight::from_parts(47_709_000, 4558)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_allocation() -> Weight {
		Weight::from_parts(74_740_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn report_delegations() -> Weight {
		Weight::from_parts(81_672_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn register_chain(r: u32, ) -> Weight {
		Weight::from_parts(54_657_451, 4159)
			.saturating_add(Weight::from_parts(179_095, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_relayers(r: u32, ) -> Weight {
		Weight::from_parts(38_732_804, 4159)
			.saturating_add(Weight::from_parts(60_942, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_chain_limits() -> Weight {
		Weight::from_parts(30_036_000, 4159)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pause_chain() -> Weight {
		Weight::from_parts(41_747_000, 4159)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unpause_chain() -> Weight {
		Weight::from_parts(34_234_000, 4159)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_vote() -> Weight {
		Weight::from_parts(86_692_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_deposit() -> Weight {
		Weight::from_parts(153_317_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_deposit_stake() -> Weight {
		Weight::from_parts(228_357_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn attest_deposit_queued() -> Weight {
		Weight::from_parts(156_051_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn attest_rewards() -> Weight {
		Weight::from_parts(237_073_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn attest_slash() -> Weight {
		Weight::from_parts(201_175_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_delegations() -> Weight {
		Weight::from_parts(164_417_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn attest_withdrawal_released() -> Weight {
		Weight::from_parts(111_929_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attest_withdrawal_failed() -> Weight {
		Weight::from_parts(175_127_000, 4559)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn execute_message() -> Weight {
		Weight::from_parts(317_803_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn release_deposit() -> Weight {
		Weight::from_parts(289_340_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn approve_deposit() -> Weight {
		Weight::from_parts(310_971_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn withdraw_to_remote() -> Weight {
		Weight::from_parts(99_736_000, 4159)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
}
