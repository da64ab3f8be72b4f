//! Weights of `pallet-liquid-staking`.
//!
//! `SubstrateWeight` is the base cost of each call's logic plus its storage accesses, which are
//! charged at the runtime's `DbWeight`. Replace it with the output of the benchmark CLI
//! (`benchmark pallet --pallet pallet_liquid_staking`) for a given machine.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weight functions needed by `pallet_liquid_staking`.
pub trait WeightInfo {
	fn create_pool() -> Weight;
	fn set_pool_params() -> Weight;
	fn set_paused() -> Weight;
	fn stake_bond() -> Weight;
	fn stake_cert() -> Weight;
	fn bond_to_cert() -> Weight;
	fn cert_to_bond() -> Weight;
	fn transfer_bond() -> Weight;
	fn unstake() -> Weight;
	fn claim(r: u32) -> Weight;
	fn mature() -> Weight;
	fn report_rewards() -> Weight;
	fn report_slash() -> Weight;
	fn set_allocation() -> Weight;
	fn report_delegations() -> Weight;
	fn register_chain(r: u32) -> Weight;
	fn set_relayers(r: u32) -> Weight;
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
	fn release_deposit() -> Weight;
	fn withdraw_to_remote() -> Weight;
	fn execute_message() -> Weight;
	fn approve_deposit() -> Weight;
}

/// Weights for `pallet_liquid_staking`, with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

fn w<T: frame_system::Config>(ref_time: u64, proof: u64, reads: u64, writes: u64) -> Weight {
	Weight::from_parts(ref_time, proof)
		.saturating_add(T::DbWeight::get().reads(reads))
		.saturating_add(T::DbWeight::get().writes(writes))
}

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn create_pool() -> Weight {
		w::<T>(60_000_000, 8_000, 5, 6)
	}
	fn set_pool_params() -> Weight {
		w::<T>(20_000_000, 4_000, 2, 1)
	}
	fn set_paused() -> Weight {
		w::<T>(15_000_000, 1_500, 1, 1)
	}
	fn stake_bond() -> Weight {
		w::<T>(80_000_000, 11_000, 6, 5)
	}
	fn stake_cert() -> Weight {
		w::<T>(90_000_000, 11_500, 7, 6)
	}
	fn bond_to_cert() -> Weight {
		w::<T>(55_000_000, 7_000, 5, 5)
	}
	fn cert_to_bond() -> Weight {
		w::<T>(55_000_000, 7_000, 5, 5)
	}
	fn transfer_bond() -> Weight {
		w::<T>(35_000_000, 5_000, 3, 2)
	}
	fn unstake() -> Weight {
		w::<T>(90_000_000, 12_000, 8, 7)
	}
	fn claim(r: u32) -> Weight {
		w::<T>(60_000_000, 12_000, 6, 6)
			.saturating_add(Weight::from_parts(45_000_000, 3_000).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads_writes(2, 1).saturating_mul(r.into()))
	}
	fn mature() -> Weight {
		w::<T>(60_000_000, 12_000, 5, 4)
	}
	fn report_rewards() -> Weight {
		w::<T>(70_000_000, 12_000, 7, 5)
	}
	fn report_slash() -> Weight {
		w::<T>(35_000_000, 9_000, 2, 2)
	}
	fn set_allocation() -> Weight {
		w::<T>(60_000_000, 10_000, 2, 1)
	}
	fn report_delegations() -> Weight {
		w::<T>(70_000_000, 10_000, 3, 2)
	}
	fn register_chain(r: u32) -> Weight {
		w::<T>(40_000_000, 6_000, 4, 4)
			.saturating_add(Weight::from_parts(1_000_000, 32).saturating_mul(r.into()))
	}
	fn set_relayers(r: u32) -> Weight {
		w::<T>(30_000_000, 5_000, 2, 2)
			.saturating_add(Weight::from_parts(1_000_000, 32).saturating_mul(r.into()))
	}
	fn set_chain_limits() -> Weight {
		w::<T>(15_000_000, 2_500, 1, 1)
	}
	fn pause_chain() -> Weight {
		w::<T>(18_000_000, 4_000, 2, 1)
	}
	fn unpause_chain() -> Weight {
		w::<T>(15_000_000, 2_500, 1, 1)
	}
	fn attest_vote() -> Weight {
		w::<T>(30_000_000, 6_000, 4, 1)
	}
	fn attest_deposit() -> Weight {
		w::<T>(70_000_000, 12_000, 8, 6)
	}
	fn attest_deposit_stake() -> Weight {
		w::<T>(160_000_000, 24_000, 14, 11)
	}
	fn attest_deposit_queued() -> Weight {
		w::<T>(60_000_000, 10_000, 7, 5)
	}
	fn attest_rewards() -> Weight {
		w::<T>(130_000_000, 20_000, 12, 8)
	}
	fn attest_slash() -> Weight {
		w::<T>(90_000_000, 16_000, 9, 6)
	}
	fn attest_delegations() -> Weight {
		w::<T>(110_000_000, 18_000, 8, 4)
	}
	fn attest_withdrawal_released() -> Weight {
		w::<T>(50_000_000, 9_000, 6, 3)
	}
	fn attest_withdrawal_failed() -> Weight {
		w::<T>(70_000_000, 11_000, 7, 5)
	}
	fn release_deposit() -> Weight {
		w::<T>(150_000_000, 22_000, 12, 10)
	}
	fn withdraw_to_remote() -> Weight {
		w::<T>(60_000_000, 8_000, 5, 5)
	}
	fn execute_message() -> Weight {
		w::<T>(160_000_000, 24_000, 14, 11)
	}
	fn approve_deposit() -> Weight {
		w::<T>(150_000_000, 22_000, 12, 10)
	}
}

impl WeightInfo for () {
	fn create_pool() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
	}
	fn set_pool_params() -> Weight {
		Weight::from_parts(20_000_000, 4_000)
	}
	fn set_paused() -> Weight {
		Weight::from_parts(15_000_000, 1_500)
	}
	fn stake_bond() -> Weight {
		Weight::from_parts(80_000_000, 11_000)
	}
	fn stake_cert() -> Weight {
		Weight::from_parts(90_000_000, 11_500)
	}
	fn bond_to_cert() -> Weight {
		Weight::from_parts(55_000_000, 7_000)
	}
	fn cert_to_bond() -> Weight {
		Weight::from_parts(55_000_000, 7_000)
	}
	fn transfer_bond() -> Weight {
		Weight::from_parts(35_000_000, 5_000)
	}
	fn unstake() -> Weight {
		Weight::from_parts(90_000_000, 12_000)
	}
	fn claim(r: u32) -> Weight {
		Weight::from_parts(60_000_000, 12_000)
			.saturating_add(Weight::from_parts(45_000_000, 3_000).saturating_mul(r.into()))
	}
	fn mature() -> Weight {
		Weight::from_parts(60_000_000, 12_000)
	}
	fn report_rewards() -> Weight {
		Weight::from_parts(70_000_000, 12_000)
	}
	fn report_slash() -> Weight {
		Weight::from_parts(35_000_000, 9_000)
	}
	fn set_allocation() -> Weight {
		Weight::from_parts(60_000_000, 10_000)
	}
	fn report_delegations() -> Weight {
		Weight::from_parts(70_000_000, 10_000)
	}
	fn register_chain(r: u32) -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(Weight::from_parts(1_000_000, 32).saturating_mul(r.into()))
	}
	fn set_relayers(r: u32) -> Weight {
		Weight::from_parts(30_000_000, 5_000)
			.saturating_add(Weight::from_parts(1_000_000, 32).saturating_mul(r.into()))
	}
	fn set_chain_limits() -> Weight {
		Weight::from_parts(15_000_000, 2_500)
	}
	fn pause_chain() -> Weight {
		Weight::from_parts(18_000_000, 4_000)
	}
	fn unpause_chain() -> Weight {
		Weight::from_parts(15_000_000, 2_500)
	}
	fn attest_vote() -> Weight {
		Weight::from_parts(30_000_000, 6_000)
	}
	fn attest_deposit() -> Weight {
		Weight::from_parts(70_000_000, 12_000)
	}
	fn attest_deposit_stake() -> Weight {
		Weight::from_parts(160_000_000, 24_000)
	}
	fn attest_deposit_queued() -> Weight {
		Weight::from_parts(60_000_000, 10_000)
	}
	fn attest_rewards() -> Weight {
		Weight::from_parts(130_000_000, 20_000)
	}
	fn attest_slash() -> Weight {
		Weight::from_parts(90_000_000, 16_000)
	}
	fn attest_delegations() -> Weight {
		Weight::from_parts(110_000_000, 18_000)
	}
	fn attest_withdrawal_released() -> Weight {
		Weight::from_parts(50_000_000, 9_000)
	}
	fn attest_withdrawal_failed() -> Weight {
		Weight::from_parts(70_000_000, 11_000)
	}
	fn release_deposit() -> Weight {
		Weight::from_parts(150_000_000, 22_000)
	}
	fn withdraw_to_remote() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
	}
	fn execute_message() -> Weight {
		Weight::from_parts(160_000_000, 24_000)
	}
	fn approve_deposit() -> Weight {
		Weight::from_parts(150_000_000, 22_000)
	}
}
