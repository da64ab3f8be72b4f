//! Transaction fees in the real runtime: a transaction pays the weight-to-fee polynomial of its
//! weight, scaled by the fee multiplier, plus the base fee and its length fee; the multiplier
//! rises over blocks fuller than the 25 % target and falls over empty ones. A transaction may pay
//! the same fee in any coin with a DEX pool against the native token.

use codec::Encode;
use frame_support::{
	assert_ok,
	dispatch::{DispatchClass, GetDispatchInfo},
	traits::{fungible::Inspect, fungibles},
	weights::{Weight, WeightToFee as _},
};
use liquid_staking_integration_tests::{
	asset_fees_paid_by, fees_paid_by, new_chain, signed, signed_paying_in, Chain,
};
use liquid_staking_runtime::weights::ExtrinsicBaseWeight;
use liquid_staking_runtime::{
	configs::{
		MinimumMultiplier, RuntimeBlockWeights, TransactionByteFee, WeightToFee, BASE_EXTRINSIC_FEE,
	},
	dex::{DexAsset, DexAssets},
	genesis_config_presets::{CBNB, CMATIC, COIN, WBNB, WMATIC},
	xcm_config::RELAY_TOKEN,
	AccountId, AssetConversion, Balances, BalancesCall, Executive, LiquidStaking, RuntimeCall,
	System, TransactionPayment, MILLI_UNIT, UNIT,
};
use pallet_liquid_staking::{Call as StakingCall, TokenKind};
use pallet_transaction_payment::Multiplier;
use sp_keyring::Sr25519Keyring::{Alice, Bob};
use sp_runtime::transaction_validity::{
	InvalidTransaction, TransactionSource, TransactionValidityError,
};
use sp_runtime::{FixedPointNumber, Perbill};

/// The fee of `weight` by the runtime's one coefficient: `ExtrinsicBaseWeight` costs
/// `BASE_EXTRINSIC_FEE`, any other ref time in proportion (the proof size costs nothing).
fn polynomial(weight: Weight) -> u128 {
	let base = u128::from(ExtrinsicBaseWeight::get().ref_time());
	let x = u128::from(weight.ref_time());
	BASE_EXTRINSIC_FEE / base * x + Perbill::from_rational(BASE_EXTRINSIC_FEE % base, base) * x
}

fn staking(call: StakingCall<liquid_staking_runtime::Runtime>) -> RuntimeCall {
	RuntimeCall::LiquidStaking(call)
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
		// about 1.13 milli-units, whatever the proof size.
		for ref_time in [1, 1_000_000, 1_000_000_000, 1_500_000_000_000] {
			let weight = Weight::from_parts(ref_time, 5_000_000);
			assert_eq!(WeightToFee::weight_to_fee(&weight), polynomial(weight));
		}
		let millisecond = WeightToFee::weight_to_fee(&Weight::from_parts(1_000_000_000, 0));
		assert!((112 * MILLI_UNIT / 100..114 * MILLI_UNIT / 100).contains(&millisecond));

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

/// What `who` holds of `coin`: a pallet-assets balance, or a bond balance (rebasing, in coin).
fn holding(coin: DexAsset, who: &AccountId) -> u128 {
	<DexAssets as fungibles::Inspect<AccountId>>::balance(coin, who)
}

/// A holder of WMATIC, cert or bond pays a transaction's fee in that coin, through its DEX pool
/// against the native token: it pays the pool's quote for the native fee, the pool keeps the
/// coin, the native fee leaves the pool and is burned, and the holder's native balance does not
/// move. A coin without a pool, or one the account cannot pay, is refused before dispatch and
/// changes nothing.
#[test]
fn a_fee_is_paid_in_any_coin_with_a_pool_against_the_native_token() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let alice = Alice.to_account_id();
		// Alice gets cert and bond of the BNB pool; she holds WMATIC from genesis.
		for kind in [TokenKind::Cert, TokenKind::Bond] {
			let stake = staking(StakingCall::stake { pool: 0, amount: 10 * COIN, kind });
			assert_ok!(Chain::block_with(vec![signed(Alice, stake)])[0].expect("valid"));
		}
		let remark = || RuntimeCall::System(frame_system::Call::remark { remark: vec![7; 32] });
		for coin in [
			DexAsset::Asset(WBNB),
			DexAsset::Asset(WMATIC),
			DexAsset::Asset(CBNB),
			DexAsset::Bond(0),
		] {
			let native = Balances::free_balance(&alice);
			let issuance = <Balances as Inspect<AccountId>>::total_issuance();
			let held = holding(coin, &alice);
			let (pool_native, pool_coin) =
				AssetConversion::get_reserves(DexAsset::Native, coin).expect("a fee pool");
			let xt = signed_paying_in(Alice, remark(), System::account_nonce(&alice), Some(coin));
			let native_fee = TransactionPayment::compute_fee(
				xt.encoded_size() as u32,
				&xt.get_dispatch_info(),
				0,
			);
			let quote = AssetConversion::quote_price_tokens_for_exact_tokens(
				coin,
				DexAsset::Native,
				native_fee,
				true,
			)
			.expect("a quote");
			assert_ok!(Chain::block_with(vec![xt])[0].expect("the transaction is valid"));

			let paid = match asset_fees_paid_by(&alice)[..] {
				[(c, paid, 0)] if c == coin => paid,
				ref other => panic!("one fee paid in {coin:?} expected, not {other:?}"),
			};
			assert!(paid > 0 && paid <= quote, "{coin:?}: paid {paid}, quoted {quote}");
			assert!(fees_paid_by(&alice).is_empty(), "no fee in the native token");
			assert_eq!(Balances::free_balance(&alice), native, "the native balance stays");
			// The holder pays what the event says (a bond, which moves as shares, may round one
			// unit against the sender); the pool keeps it.
			let spent = held - holding(coin, &alice);
			assert!(spent >= paid && spent <= paid + 1, "{coin:?}: spent {spent}, paid {paid}");
			let (pool_native_after, pool_coin_after) =
				AssetConversion::get_reserves(DexAsset::Native, coin).unwrap();
			assert!(pool_coin_after >= pool_coin + paid && pool_coin_after <= pool_coin + spent);
			// The native fee leaves the pool and is burned: no more, no less.
			let burned = issuance - <Balances as Inspect<AccountId>>::total_issuance();
			assert_eq!(pool_native - pool_native_after, burned);
			assert!(burned > 0 && burned <= native_fee, "{coin:?}: burned {burned}");
		}
		LiquidStaking::do_try_state().expect("liquid staking's invariants hold");

		// Refused before dispatch: the relay token has no pool; Alice holds no cMATIC.
		for coin in [DexAsset::Asset(RELAY_TOKEN), DexAsset::Asset(CMATIC)] {
			let nonce = System::account_nonce(&alice);
			let native = Balances::free_balance(&alice);
			let xt = signed_paying_in(Alice, remark(), nonce, Some(coin));
			let refused = Err(TransactionValidityError::Invalid(InvalidTransaction::Payment));
			assert_eq!(
				Executive::validate_transaction(
					TransactionSource::External,
					xt.clone(),
					System::parent_hash()
				)
				.map(|_| ()),
				refused
			);
			Chain::begin_block();
			assert_eq!(Chain::apply(xt).map(|_| ()), refused);
			Chain::end_block();
			assert_eq!(System::account_nonce(&alice), nonce, "not included");
			assert_eq!(Balances::free_balance(&alice), native);
			assert!(asset_fees_paid_by(&alice).is_empty());
		}
	});
}
