// SPDX-License-Identifier: Apache-2.0


//! Weights of `pallet_liquid_staking_bridge`, measured by the benchmark CLI 64.0.0.
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
	fn attest_cert_minted() -> Weight;
	fn attest_cert_mint_failed() -> Weight;
	fn attest_cert_returned() -> Weight;
	fn attest_cert_redeemed() -> Weight;
	fn complete_redemption() -> Weight;
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
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `ParachainSystem::LastRelayChainBlockNumber` (r:1 w:0)
	/// Proof: `ParachainSystem::LastRelayChainBlockNumber` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// The range of component `r` is `[3, 16]`.
	fn register_chain(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `712`
		//  Estimated: `4292`
		// Minimum execution time: 21_212_000 picoseconds.
		Weight::from_parts(22_648_161, 4292)
			// Standard Error: 397
			.saturating_add(Weight::from_parts(20_062, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[3, 16]`.
	fn set_relayers(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1072`
		//  Estimated: `4292`
		// Minimum execution time: 11_057_000 picoseconds.
		Weight::from_parts(11_837_074, 4292)
			// Standard Error: 269
			.saturating_add(Weight::from_parts(17_377, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	fn set_chain_limits() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1072`
		//  Estimated: `4292`
		// Minimum execution time: 9_764_000 picoseconds.
		Weight::from_parts(10_676_000, 4292)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	fn pause_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1072`
		//  Estimated: `4292`
		// Minimum execution time: 11_287_000 picoseconds.
		Weight::from_parts(12_218_000, 4292)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	fn unpause_chain() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1072`
		//  Estimated: `4292`
		// Minimum execution time: 9_625_000 picoseconds.
		Weight::from_parts(10_556_000, 4292)
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
		//  Measured:  `2098`
		//  Estimated: `4535`
		// Minimum execution time: 24_306_000 picoseconds.
		Weight::from_parts(26_650_000, 4535)
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
		//  Measured:  `2595`
		//  Estimated: `4535`
		// Minimum execution time: 38_377_000 picoseconds.
		Weight::from_parts(40_801_000, 4535)
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
		//  Measured:  `2245`
		//  Estimated: `4535`
		// Minimum execution time: 21_763_000 picoseconds.
		Weight::from_parts(23_425_000, 4535)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn attest_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2874`
		//  Estimated: `4535`
		// Minimum execution time: 67_270_000 picoseconds.
		Weight::from_parts(71_997_000, 4535)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
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
		//  Measured:  `3721`
		//  Estimated: `6360`
		// Minimum execution time: 99_328_000 picoseconds.
		Weight::from_parts(103_715_000, 6360)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStakingBridge::NextQueuedDepositId` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::NextQueuedDepositId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositQueue` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::DepositQueue` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	fn attest_deposit_queued() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2250`
		//  Estimated: `4535`
		// Minimum execution time: 46_720_000 picoseconds.
		Weight::from_parts(49_644_000, 4535)
			.saturating_add(T::DbWeight::get().reads(5_u64))
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
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::CertRates` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::CertRates` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn attest_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4757`
		//  Estimated: `6360`
		// Minimum execution time: 101_671_000 picoseconds.
		Weight::from_parts(106_208_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStaking::RateHistory` (r:1 w:1)
	/// Proof: `LiquidStaking::RateHistory` (`max_values`: None, `max_size`: Some(1093), added: 3568, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::CertRates` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::CertRates` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn attest_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4440`
		//  Estimated: `5925`
		// Minimum execution time: 85_748_000 picoseconds.
		Weight::from_parts(90_124_000, 5925)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
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
		//  Measured:  `6255`
		//  Estimated: `7063`
		// Minimum execution time: 72_208_000 picoseconds.
		Weight::from_parts(76_524_000, 7063)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::RedemptionWithdrawals` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::RedemptionWithdrawals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn attest_withdrawal_released() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2245`
		//  Estimated: `4535`
		// Minimum execution time: 34_762_000 picoseconds.
		Weight::from_parts(37_146_000, 4535)
			.saturating_add(T::DbWeight::get().reads(4_u64))
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
	/// Storage: `LiquidStakingBridge::RedemptionWithdrawals` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::RedemptionWithdrawals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn attest_withdrawal_failed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2907`
		//  Estimated: `4535`
		// Minimum execution time: 55_683_000 picoseconds.
		Weight::from_parts(59_558_000, 4535)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
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
		//  Measured:  `3785`
		//  Estimated: `6360`
		// Minimum execution time: 91_346_000 picoseconds.
		Weight::from_parts(97_585_000, 6360)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositQueue` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositQueue` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
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
		//  Measured:  `3389`
		//  Estimated: `6360`
		// Minimum execution time: 91_497_000 picoseconds.
		Weight::from_parts(103_063_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositQueue` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositQueue` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
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
		//  Measured:  `3389`
		//  Estimated: `6360`
		// Minimum execution time: 92_878_000 picoseconds.
		Weight::from_parts(106_068_000, 6360)
			.saturating_add(T::DbWeight::get().reads(9_u64))
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
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `ParachainSystem::LastRelayChainBlockNumber` (r:1 w:0)
	/// Proof: `ParachainSystem::LastRelayChainBlockNumber` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn withdraw_to_remote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1874`
		//  Estimated: `4292`
		// Minimum execution time: 52_399_000 picoseconds.
		Weight::from_parts(55_282_000, 4292)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::RedemptionWithdrawals` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::RedemptionWithdrawals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	fn refund_withdrawal() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1870`
		//  Estimated: `4292`
		// Minimum execution time: 44_046_000 picoseconds.
		Weight::from_parts(46_590_000, 4292)
			.saturating_add(T::DbWeight::get().reads(7_u64))
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
		//  Measured:  `1797`
		//  Estimated: `4292`
		// Minimum execution time: 38_427_000 picoseconds.
		Weight::from_parts(41_051_000, 4292)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStakingBridge::CertRoutes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::CertRoutes` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn set_cert_route() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1680`
		//  Estimated: `4292`
		// Minimum execution time: 24_176_000 picoseconds.
		Weight::from_parts(26_079_000, 4292)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:0)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::CertRoutes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::CertRoutes` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::NextCertTransferId` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::NextCertTransferId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStakingBridge::CertTransfers` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::CertTransfers` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	fn send_cert() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3030`
		//  Estimated: `6208`
		// Minimum execution time: 82_162_000 picoseconds.
		Weight::from_parts(85_537_000, 6208)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStakingBridge::CertTransfers` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::CertTransfers` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStakingBridge::CertRoutes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::CertRoutes` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	fn refund_cert_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2179`
		//  Estimated: `6208`
		// Minimum execution time: 77_014_000 picoseconds.
		Weight::from_parts(80_821_000, 6208)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::CertTransfers` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::CertTransfers` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::CertRoutes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::CertRoutes` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn attest_cert_minted() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2623`
		//  Estimated: `4535`
		// Minimum execution time: 44_035_000 picoseconds.
		Weight::from_parts(46_359_000, 4535)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::CertTransfers` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::CertTransfers` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::CertRoutes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::CertRoutes` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn attest_cert_mint_failed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4134`
		//  Estimated: `6208`
		// Minimum execution time: 102_733_000 picoseconds.
		Weight::from_parts(107_610_000, 6208)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::CertRoutes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::CertRoutes` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:0)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn attest_cert_returned() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4018`
		//  Estimated: `6208`
		// Minimum execution time: 107_380_000 picoseconds.
		Weight::from_parts(112_367_000, 6208)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::CertRoutes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::CertRoutes` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::DepositNonces` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::DepositNonces` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Votes` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Votes` (`max_values`: None, `max_size`: Some(1070), added: 3545, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Unbonding` (r:1 w:1)
	/// Proof: `LiquidStaking::Unbonding` (`max_values`: None, `max_size`: Some(845), added: 3320, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Buckets` (r:1 w:1)
	/// Proof: `LiquidStaking::Buckets` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Scheduler::Lookup` (r:1 w:1)
	/// Proof: `Scheduler::Lookup` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Scheduler::Agenda` (r:1 w:1)
	/// Proof: `Scheduler::Agenda` (`max_values`: None, `max_size`: Some(38963), added: 41438, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Redemptions` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::Redemptions` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	fn attest_cert_redeemed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4093`
		//  Estimated: `42428`
		// Minimum execution time: 161_090_000 picoseconds.
		Weight::from_parts(166_898_000, 42428)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
	}
	/// Storage: `LiquidStakingBridge::Redemptions` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Redemptions` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Pools` (r:1 w:1)
	/// Proof: `LiquidStaking::Pools` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::ValidationData` (r:1 w:0)
	/// Proof: `ParachainSystem::ValidationData` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `LiquidStaking::Unbonding` (r:1 w:1)
	/// Proof: `LiquidStaking::Unbonding` (`max_values`: None, `max_size`: Some(845), added: 3320, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Buckets` (r:1 w:1)
	/// Proof: `LiquidStaking::Buckets` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStaking::Validators` (r:1 w:1)
	/// Proof: `LiquidStaking::Validators` (`max_values`: None, `max_size`: Some(3598), added: 6073, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Chains` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::Chains` (`max_values`: None, `max_size`: Some(827), added: 3302, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::NextWithdrawalId` (r:1 w:1)
	/// Proof: `LiquidStakingBridge::NextWithdrawalId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::RedemptionWithdrawals` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::RedemptionWithdrawals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `LiquidStakingBridge::Withdrawals` (r:0 w:1)
	/// Proof: `LiquidStakingBridge::Withdrawals` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn complete_redemption() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `6380`
		//  Estimated: `7865`
		// Minimum execution time: 171_166_000 picoseconds.
		Weight::from_parts(178_066_000, 7865)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
}

/// For tests and for runtimes without their own database costs: RocksDB costs.
impl WeightInfo for () {
	fn register_chain(r: u32, ) -> Weight {
		Weight::from_parts(22_648_161, 4292)
			.saturating_add(Weight::from_parts(20_062, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_relayers(r: u32, ) -> Weight {
		Weight::from_parts(11_837_074, 4292)
			.saturating_add(Weight::from_parts(17_377, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_chain_limits() -> Weight {
		Weight::from_parts(10_676_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pause_chain() -> Weight {
		Weight::from_parts(12_218_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unpause_chain() -> Weight {
		Weight::from_parts(10_556_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_vote() -> Weight {
		Weight::from_parts(26_650_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_vote_report() -> Weight {
		Weight::from_parts(40_801_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_vote_withdrawal() -> Weight {
		Weight::from_parts(23_425_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn attest_deposit() -> Weight {
		Weight::from_parts(71_997_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn attest_deposit_stake() -> Weight {
		Weight::from_parts(103_715_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn attest_deposit_queued() -> Weight {
		Weight::from_parts(49_644_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn attest_rewards() -> Weight {
		Weight::from_parts(106_208_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn attest_slash() -> Weight {
		Weight::from_parts(90_124_000, 5925)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn attest_delegations() -> Weight {
		Weight::from_parts(76_524_000, 7063)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn attest_withdrawal_released() -> Weight {
		Weight::from_parts(37_146_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn attest_withdrawal_failed() -> Weight {
		Weight::from_parts(59_558_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn execute_message() -> Weight {
		Weight::from_parts(97_585_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn release_deposit() -> Weight {
		Weight::from_parts(103_063_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn approve_deposit() -> Weight {
		Weight::from_parts(106_068_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn withdraw_to_remote() -> Weight {
		Weight::from_parts(55_282_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn refund_withdrawal() -> Weight {
		Weight::from_parts(46_590_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn claim_parked_deposit() -> Weight {
		Weight::from_parts(41_051_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn set_cert_route() -> Weight {
		Weight::from_parts(26_079_000, 4292)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn send_cert() -> Weight {
		Weight::from_parts(85_537_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn refund_cert_transfer() -> Weight {
		Weight::from_parts(80_821_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn attest_cert_minted() -> Weight {
		Weight::from_parts(46_359_000, 4535)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn attest_cert_mint_failed() -> Weight {
		Weight::from_parts(107_610_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn attest_cert_returned() -> Weight {
		Weight::from_parts(112_367_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn attest_cert_redeemed() -> Weight {
		Weight::from_parts(166_898_000, 42428)
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(15_u64))
	}
	fn complete_redemption() -> Weight {
		Weight::from_parts(178_066_000, 7865)
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
	}
}
