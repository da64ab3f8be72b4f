//! Transaction fees in the real runtime: a transaction pays the weight-to-fee polynomial of its
//! weight, scaled by the fee multiplier, plus the base fee and its length fee; the multiplier
//! rises over blocks fuller than the 25 % target and falls over empty ones.

use codec::Encode;
use frame_support::{
	assert_ok,
	dispatch::{DispatchClass, GetDispatchInfo},
	traits::fungible::Inspect,
	weights::{constants::ExtrinsicBaseWeight, Weight, WeightToFee as _},
};
use liquid_staking_integration_tests::{fees_paid_by, new_chain, signed, Chain};
use liquid_staking_runtime::{
	configs::{
		MinimumMultiplier, RuntimeBlockWeights, TransactionByteFee, WeightToFee, BASE_EXTRINSIC_FEE,
	},
	AccountId, Balances, BalancesCall, RuntimeCall, System, TransactionPayment, MILLI_UNIT, UNIT,
};
use pallet_transaction_payment::Multiplier;
use sp_keyring::Sr25519Keyring::{Alice, Bob};
use sp_runtime::{FixedPointNumber, Perbill};

/// The fee of `weight` by the runtime's one coefficient: `ExtrinsicBaseWeight` costs
/// `BASE_EXTRINSIC_FEE`, any other ref time in proportion (the proof size costs nothing).
fn polynomial(weight: Weight) -> u128 {
	let base = u128::from(ExtrinsicBaseWeight::get().ref_time());
	let x = u128::from(weight.ref_time());
	BASE_EXTRINSIC_FEE / base * x + Perbill::from_rational(BASE_EXTRINSIC_FEE % base, base) * x
}

/// A multiplier as a real number.
fn real(m: Multiplier) -> f64 {
	m.into_inner() as f64 / Multiplier::accuracy() as f64
}

/// What polkadot-runtime-common's `SlowAdjustingFeeUpdate` makes of `previous` after a block
/// whose normal weight was `used` of a normal capacity of `capacity`: `previous · (1 + v·d +
/// (v·d)²/2)`, with `v` = 0.000075 and `d` the distance from the 25 % target.
fn next_multiplier(previous: Multiplier, used: u64, capacity: u64) -> f64 {
	let v = 75.0 / 1_000_000.0;
	let d = (used as f64 - capacity as f64 / 4.0) / capacity as f64;
	real(previous) * (1.0 + v * d + (v * d).powi(2) / 2.0)
}

fn assert_close(actual: Multiplier, expected: f64) {
	let actual = real(actual);
	assert!(
		(actual - expected).abs() <= expected * 1e-12,
		"the multiplier is {actual}, {expected} expected"
	);
}

#[test]
fn a_transaction_pays_the_polynomial_of_its_weight_and_its_length() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		// The base weight of an extrinsic costs a tenth of a milli-unit, exactly.
		assert_eq!(WeightToFee::weight_to_fee(&ExtrinsicBaseWeight::get()), MILLI_UNIT / 10);
		assert_eq!(polynomial(ExtrinsicBaseWeight::get()), MILLI_UNIT / 10);
		// The runtime's polynomial is that one coefficient: a millisecond of compute costs
		// about 0.92 milli-units, whatever the proof size.
		for ref_time in [1, 1_000_000, 1_000_000_000, 1_500_000_000_000] {
			let weight = Weight::from_parts(ref_time, 5_000_000);
			assert_eq!(WeightToFee::weight_to_fee(&weight), polynomial(weight));
		}
		let millisecond = WeightToFee::weight_to_fee(&Weight::from_parts(1_000_000_000, 0));
		assert!((92 * MILLI_UNIT / 100..93 * MILLI_UNIT / 100).contains(&millisecond));

		let (alice, bob) = (Alice.to_account_id(), Bob.to_account_id());
		let xt = signed(
			Alice,
			RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
				dest: bob.into(),
				value: 10 * UNIT,
			}),
		);
		let length = xt.encoded_size() as u128;
		let weight = xt.get_dispatch_info().total_weight();
		let multiplier = TransactionPayment::next_fee_multiplier();
		let base = RuntimeBlockWeights::get().get(DispatchClass::Normal).base_extrinsic;
		let length_fee = TransactionByteFee::get() * length;
		let expected =
			polynomial(base) + length_fee + multiplier.saturating_mul_int(polynomial(weight));
		// A transfer pays mostly for its length: 10 micro-units a byte.
		assert_eq!(TransactionByteFee::get(), 10 * liquid_staking_runtime::MICRO_UNIT);
		assert!(length_fee > expected / 2, "{length_fee} of {expected}");

		let free = Balances::free_balance(&alice);
		let issuance = <Balances as Inspect<AccountId>>::total_issuance();
		let results = Chain::block_with(vec![xt]);
		assert_ok!(results[0].expect("the transaction is valid"));
		assert_eq!(fees_paid_by(&alice), vec![(expected, 0)]);
		assert_eq!(Balances::free_balance(&alice), free - 10 * UNIT - expected);
		// The fee is burned.
		assert_eq!(<Balances as Inspect<AccountId>>::total_issuance(), issuance - expected);
	});
}

#[test]
fn the_multiplier_rises_over_full_blocks_and_falls_over_empty_ones() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let capacity = RuntimeBlockWeights::get()
			.get(DispatchClass::Normal)
			.max_total
			.expect("normal transactions have a capacity")
			.proof_size();
		// Transfers of one planck to Bob, batched to fill half the normal capacity: twice the
		// 25 % target. On a parachain a transfer's proof size is its limiting dimension (a
		// block holds far fewer transfers by proof than by compute), so the multiplier follows
		// the proof size.
		let transfer = RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
			dest: Bob.to_account_id().into(),
			value: 1,
		});
		let per_transfer = transfer.get_dispatch_info().call_weight.proof_size();
		let count = (capacity / 2 / per_transfer) as usize;
		let batch =
			RuntimeCall::Utility(pallet_utility::Call::batch { calls: vec![transfer; count] });

		let start = TransactionPayment::next_fee_multiplier();
		let mut previous = start;
		for _ in 0..3 {
			Chain::begin_block();
			assert_ok!(Chain::apply(signed(Alice, batch.clone())).expect("the batch is valid"));
			let used = System::block_weight().get(DispatchClass::Normal).proof_size();
			assert!((capacity / 2..capacity * 3 / 5).contains(&used), "{used} of {capacity}");
			Chain::end_block();
			let next = TransactionPayment::next_fee_multiplier();
			assert!(next > previous, "a busy block raises the multiplier");
			assert_close(next, next_multiplier(previous, used, capacity));
			previous = next;
		}
		let congested = previous;
		// A fee's weight part follows the multiplier: the same weight costs more now.
		let weight = Weight::from_parts(1_000_000_000, 0);
		assert!(
			congested.saturating_mul_int(polynomial(weight))
				> start.saturating_mul_int(polynomial(weight))
		);

		// Empty blocks (the inherents are mandatory, not normal) lower it again.
		for _ in 0..3 {
			Chain::advance(1);
			assert_eq!(System::block_weight().get(DispatchClass::Normal).proof_size(), 0);
			let next = TransactionPayment::next_fee_multiplier();
			assert!(next < previous, "an empty block lowers the multiplier");
			assert_close(next, next_multiplier(previous, 0, capacity));
			previous = next;
		}
		assert!(previous > MinimumMultiplier::get());
		assert_eq!(MinimumMultiplier::get(), Multiplier::saturating_from_rational(1, 10));
	});
}
