//! The share math of `mechanics.md`, in 128-bit integers with exact 256-bit intermediates.
//!
//! Every rounding favours the pool: shares given are floored, shares taken are ceiled.

use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, ArithmeticError, Perbill, Rounding,
};

/// `a · b / c` rounded as asked; `Overflow` if `c` is zero or the result exceeds `u128`.
pub fn mul_div(a: u128, b: u128, c: u128, rounding: Rounding) -> Result<u128, ArithmeticError> {
	if c == 0 {
		return Err(ArithmeticError::DivisionByZero);
	}
	multiply_by_rational_with_rounding(a, b, c, rounding).ok_or(ArithmeticError::Overflow)
}

/// Shares a stake of `amount` buys: `amount · S / P` floored, `amount` in an empty pool.
pub fn shares_for_stake(amount: u128, pooled: u128, shares: u128) -> Result<u128, ArithmeticError> {
	if shares == 0 {
		return Ok(amount);
	}
	mul_div(amount, shares, pooled, Rounding::Down)
}

/// Shares to debit for an amount of bond: `amount · S / P` ceiled (against the sender).
pub fn shares_to_debit(amount: u128, pooled: u128, shares: u128) -> Result<u128, ArithmeticError> {
	mul_div(amount, shares, pooled, Rounding::Up)
}

/// The underlying worth of `s` shares: `s · P / S` floored; 0 in a pool without shares.
pub fn value_of(s: u128, pooled: u128, shares: u128) -> u128 {
	if shares == 0 {
		return 0;
	}
	// `s ≤ S` in every use, so the result is at most `P`: it cannot overflow.
	mul_div(s, pooled, shares, Rounding::Down).unwrap_or(0)
}

/// The commission shares of a reward `r`: `f = c·r·S / (P + r − c·r)`, floored, so that after
/// `P += r` and `S += f` the commission account holds exactly `c·r` worth (rounded down).
pub fn commission_shares(
	reward: u128,
	commission: Perbill,
	pooled: u128,
	shares: u128,
) -> Result<u128, ArithmeticError> {
	let fee = commission.mul_floor(reward);
	if fee == 0 || shares == 0 {
		return Ok(0);
	}
	let denominator = pooled
		.checked_add(reward)
		.and_then(|x| x.checked_sub(fee))
		.ok_or(ArithmeticError::Overflow)?;
	mul_div(fee, shares, denominator, Rounding::Down)
}

/// The part of a bucket's remaining `amount` that `part` of its remaining `shares` takes,
/// floored; the last claimant (`part == shares`) takes all that is left.
pub fn payout(part: u128, amount: u128, shares: u128) -> u128 {
	if part >= shares {
		return amount;
	}
	mul_div(part, amount, shares, Rounding::Down).unwrap_or(0)
}

/// The first block that is a multiple of `interval` and not before `at`.
pub fn round_up_to(at: u128, interval: u128) -> Option<u128> {
	if interval == 0 {
		return None;
	}
	let rem = at % interval;
	if rem == 0 {
		Some(at)
	} else {
		at.checked_add(interval - rem)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn mul_div_is_exact_up_to_u128_max() {
		assert_eq!(mul_div(u128::MAX, u128::MAX, u128::MAX, Rounding::Down), Ok(u128::MAX));
		assert_eq!(mul_div(u128::MAX, 2, 1, Rounding::Down), Err(ArithmeticError::Overflow));
		assert_eq!(mul_div(1, 1, 0, Rounding::Down), Err(ArithmeticError::DivisionByZero));
		assert_eq!(mul_div(10, 1, 3, Rounding::Down), Ok(3));
		assert_eq!(mul_div(10, 1, 3, Rounding::Up), Ok(4));
	}

	#[test]
	fn stake_and_debit_round_against_the_user() {
		// Rate 3/2: 10 underlying buys floor(10·2/3) = 6 shares; 10 bond costs ceil(6.67) = 7.
		assert_eq!(shares_for_stake(10, 3, 2), Ok(6));
		assert_eq!(shares_to_debit(10, 3, 2), Ok(7));
		assert_eq!(value_of(6, 3, 2), 9);
		assert_eq!(shares_for_stake(10, 0, 0), Ok(10));
	}

	#[test]
	fn commission_shares_are_worth_the_commission() {
		// P = S = 1000, reward 100 at 10 %: the fee account must own 10 of the new P = 1100.
		let f = commission_shares(100, Perbill::from_percent(10), 1000, 1000).unwrap();
		assert_eq!(f, 9); // 10·1000/1090 = 9.17
		assert_eq!(value_of(f, 1100, 1000 + f), 9); // floor, never more than 10
		assert!(value_of(f + 1, 1100, 1000 + f + 1) >= 10);
	}

	#[test]
	fn last_claimant_takes_the_rest() {
		assert_eq!(payout(1, 10, 3), 3);
		assert_eq!(payout(2, 7, 2), 7);
	}

	#[test]
	fn rounding_up_to_a_bucket() {
		assert_eq!(round_up_to(0, 10), Some(0));
		assert_eq!(round_up_to(1, 10), Some(10));
		assert_eq!(round_up_to(10, 10), Some(10));
		assert_eq!(round_up_to(11, 10), Some(20));
		assert_eq!(round_up_to(5, 0), None);
		assert_eq!(round_up_to(u128::MAX, 10), None);
	}
}
