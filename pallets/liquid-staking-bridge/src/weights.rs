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
	fn attest_vote_report() -> Weight;
	fn attest_vote_withdrawal() -> Weight;
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
	fn refund_withdrawal() -> Weight;
	fn claim_parked_deposit() -> Weight;
	fn set_cert_route() -> Weight;
	fn send_cert() -> Weight;
	fn refund_cert_transfer() -> Weight;
	fn complete_redemption() -> Weight;
	fn attest_cert_minted() -> Weight;
	fn attest_cert_mint_failed() -> Weight;
	fn attest_cert_returned() -> Weight;
	fn attest_cert_redeemed() -> Weight;
}

/// Weights for `pallet_liquid_staking_bridge`, with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::WrappedCoins` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::WrappedCoins` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[3, 16]`.
	fn register_chain(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `678`
		//  Estimated: `4292`
		// Minimum execution time: 28_426_000 picoseconds.
		Weight::from_parts(38_873_011, 4292)
			// Standard Error: 3_014
			.saturating_add(Weight::from_parts(56_149, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[3, 16]`.
	fn set_relayers(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1038`
		//  Estimated: `4292`
		// Minimum execution time: 17_050_000 picoseconds.
		Weight::from_parts(24_922_406, 4292)
			// Standard Error: 4_389
			.saturating_add(Weight::from_parts(16_297, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	fn set_chain_limits() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1038`
		//  Estimated: `4292`
		// Minimum execution time: 16_509_000 picoseconds.
		Weight::from_parts(23_008_000, 4292)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	fn pause_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1038`
		//  Estimated: `4292`
		// Minimum execution time: 15_239_000 picoseconds.
		Weight::from_parts(25_124_000, 4292)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	fn unpause_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1038`
		//  Estimated: `4292`
		// Minimum execution time: 16_095_000 picoseconds.
		Weight::from_parts(22_860_000, 4292)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	fn attest_vote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2064`
		//  Estimated: `4535`
		// Minimum execution time: 32_655_000 picoseconds.
		Weight::from_parts(44_199_000, 4535)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	fn attest_vote_report() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2561`
		//  Estimated: `4535`
		// Minimum execution time: 51_287_000 picoseconds.
		Weight::from_parts(62_398_000, 4535)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	fn attest_vote_withdrawal() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2212`
		//  Estimated: `4535`
		// Minimum execution time: 29_876_000 picoseconds.
		Weight::from_parts(40_261_000, 4535)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn attest_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2778`
		//  Estimated: `4535`
		// Minimum execution time: 77_725_000 picoseconds.
		Weight::from_parts(109_025_000, 4535)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn attest_deposit_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3625`
		//  Estimated: `6360`
		// Minimum execution time: 129_763_000 picoseconds.
		Weight::from_parts(155_111_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::NextQueuedDepositId` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::NextQueuedDepositId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositQueue` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::DepositQueue` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	fn attest_deposit_queued() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2188`
		//  Estimated: `4535`
		// Minimum execution time: 69_517_000 picoseconds.
		Weight::from_parts(84_665_000, 4535)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	fn attest_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4661`
		//  Estimated: `6360`
		// Minimum execution time: 109_509_000 picoseconds.
		Weight::from_parts(149_748_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn attest_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4344`
		//  Estimated: `4558`
		// Minimum execution time: 101_201_000 picoseconds.
		Weight::from_parts(127_352_000, 4558)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	fn attest_delegations() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6221`
		//  Estimated: `7063`
		// Minimum execution time: 97_190_000 picoseconds.
		Weight::from_parts(117_953_000, 7063)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	fn attest_withdrawal_released() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2212`
		//  Estimated: `4535`
		// Minimum execution time: 44_858_000 picoseconds.
		Weight::from_parts(59_769_000, 4535)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn attest_withdrawal_failed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2841`
		//  Estimated: `4535`
		// Minimum execution time: 70_004_000 picoseconds.
		Weight::from_parts(91_463_000, 4535)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn execute_message() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3689`
		//  Estimated: `6360`
		// Minimum execution time: 113_953_000 picoseconds.
		Weight::from_parts(141_328_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositQueue` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositQueue` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn release_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3294`
		//  Estimated: `6360`
		// Minimum execution time: 132_466_000 picoseconds.
		Weight::from_parts(156_606_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositQueue` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositQueue` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn approve_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3294`
		//  Estimated: `6360`
		// Minimum execution time: 138_103_000 picoseconds.
		Weight::from_parts(158_743_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
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
		//  Measured:  `1807`
		//  Estimated: `4292`
		// Minimum execution time: 67_029_000 picoseconds.
		Weight::from_parts(88_893_000, 4292)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	fn refund_withdrawal() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1775`
		//  Estimated: `4292`
		// Minimum execution time: 54_186_000 picoseconds.
		Weight::from_parts(72_154_000, 4292)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::ParkedDeposits` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::ParkedDeposits` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_parked_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1730`
		//  Estimated: `4292`
		// Minimum execution time: 52_114_000 picoseconds.
		Weight::from_parts(69_390_000, 4292)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Not measured: bounded by `set_chain_limits` with the pool's read.
	fn set_cert_route() -> Weight {
		Weight::from_parts(30_000_000, 4292)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Not measured: bounded by `withdraw_to_remote` with a cert transfer to a new account.
	fn send_cert() -> Weight {
		Weight::from_parts(120_000_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Not measured: bounded by `refund_withdrawal` with a cert transfer to a new account.
	fn refund_cert_transfer() -> Weight {
		Weight::from_parts(110_000_000, 6360)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Not measured: bounded by the staking side's `claim` and `withdraw_to_remote`.
	fn complete_redemption() -> Weight {
		Weight::from_parts(330_000_000, 13928)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
	/// Not measured: bounded by `attest_withdrawal_released` with the route's write.
	fn attest_cert_minted() -> Weight {
		Weight::from_parts(80_000_000, 4535)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Not measured: bounded by `attest_withdrawal_failed` with a cert transfer.
	fn attest_cert_mint_failed() -> Weight {
		Weight::from_parts(120_000_000, 6360)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Not measured: bounded by `attest_deposit` with a cert transfer to a new account.
	fn attest_cert_returned() -> Weight {
		Weight::from_parts(130_000_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Not measured: bounded by `attest_deposit` with a cert transfer and the staking side's
	/// `unstake`.
	fn attest_cert_redeemed() -> Weight {
		Weight::from_parts(260_000_000, 13928)
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
	}
}

/// For tests and for runtimes without their own database costs: RocksDB costs.
impl WeightInfo for () {
	fn register_chain(r: u32, ) -> Weight {
		Weight::from_parts(38_873_011, 4292)
			.saturating_add(Weight::from_parts(56_149, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_relayers(r: u32, ) -> Weight {
		Weight::from_parts(24_922_406, 4292)
			.saturating_add(Weight::from_parts(16_297, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_chain_limits() -> Weight {
		Weight::from_parts(23_008_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pause_chain() -> Weight {
		Weight::from_parts(25_124_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unpause_chain() -> Weight {
		Weight::from_parts(22_860_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_vote() -> Weight {
		Weight::from_parts(44_199_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_vote_report() -> Weight {
		Weight::from_parts(62_398_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_vote_withdrawal() -> Weight {
		Weight::from_parts(40_261_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_deposit() -> Weight {
		Weight::from_parts(109_025_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_deposit_stake() -> Weight {
		Weight::from_parts(155_111_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn attest_deposit_queued() -> Weight {
		Weight::from_parts(84_665_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn attest_rewards() -> Weight {
		Weight::from_parts(149_748_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn attest_slash() -> Weight {
		Weight::from_parts(127_352_000, 4558)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_delegations() -> Weight {
		Weight::from_parts(117_953_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn attest_withdrawal_released() -> Weight {
		Weight::from_parts(59_769_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attest_withdrawal_failed() -> Weight {
		Weight::from_parts(91_463_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn execute_message() -> Weight {
		Weight::from_parts(141_328_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn release_deposit() -> Weight {
		Weight::from_parts(156_606_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn approve_deposit() -> Weight {
		Weight::from_parts(158_743_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn withdraw_to_remote() -> Weight {
		Weight::from_parts(88_893_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn refund_withdrawal() -> Weight {
		Weight::from_parts(72_154_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn claim_parked_deposit() -> Weight {
		Weight::from_parts(69_390_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Not measured: bounded by `set_chain_limits` with the pool's read.
	fn set_cert_route() -> Weight {
		Weight::from_parts(30_000_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Not measured: bounded by `withdraw_to_remote` with a cert transfer to a new account.
	fn send_cert() -> Weight {
		Weight::from_parts(120_000_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Not measured: bounded by `refund_withdrawal` with a cert transfer to a new account.
	fn refund_cert_transfer() -> Weight {
		Weight::from_parts(110_000_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Not measured: bounded by the staking side's `claim` and `withdraw_to_remote`.
	fn complete_redemption() -> Weight {
		Weight::from_parts(330_000_000, 13928)
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(16_u64))
	}
	/// Not measured: bounded by `attest_withdrawal_released` with the route's write.
	fn attest_cert_minted() -> Weight {
		Weight::from_parts(80_000_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Not measured: bounded by `attest_withdrawal_failed` with a cert transfer.
	fn attest_cert_mint_failed() -> Weight {
		Weight::from_parts(120_000_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Not measured: bounded by `attest_deposit` with a cert transfer to a new account.
	fn attest_cert_returned() -> Weight {
		Weight::from_parts(130_000_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Not measured: bounded by `attest_deposit` with a cert transfer and the staking side's
	/// `unstake`.
	fn attest_cert_redeemed() -> Weight {
		Weight::from_parts(260_000_000, 13928)
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().writes(15_u64))
	}
}
