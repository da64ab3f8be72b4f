//! The share math of the pallet's README (section 2), in 128-bit integers with exact 256-bit
//! intermediates, and the conversions of balances to and from them.
//!
//! Every rounding favours the pool: shares given are floored, shares taken are ceiled.

use alloc::vec::Vec;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, traits::UniqueSaturatedInto,
	ArithmeticError, Perbill, Rounding,
};

/// A balance as `u128`, saturating: every balance type a runtime uses fits, and a larger value
/// would only make the invariants that sum balances fail, never pass.
pub fn to_u128<B: UniqueSaturatedInto<u128>>(balance: B) -> u128 {
	balance.unique_saturated_into()
}

/// A `u128` back as a balance; `Overflow` if it does not fit.
pub fn from_u128<B: TryFrom<u128>>(x: u128) -> Result<B, ArithmeticError> {
	B::try_from(x).map_err(|_| ArithmeticError::Overflow)
}

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
///
/// Held shares are at most `S`, so their worth is at most `P`. An amount asked for beyond any
/// holding may be worth more than a `u128`: it saturates, and the holding's check refuses it.
pub fn value_of(s: u128, pooled: u128, shares: u128) -> u128 {
	if shares == 0 {
		return 0;
	}
	mul_div(s, pooled, shares, Rounding::Down).unwrap_or(u128::MAX)
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
	// `part < shares`: the result is below `amount`, it cannot overflow.
	mul_div(part, amount, shares, Rounding::Down).unwrap_or_else(|_| {
		frame_support::defensive!("a payout below the bucket's amount overflowed");
		0
	})
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

/// The shares a pool's first stake leaves in the pool account forever, by the coin's decimals:
/// `10^(decimals / 2)` (a billionth of a coin of 18 decimals, a millionth of one of 12, a
/// thousandth of one of 6). They make the first-depositor inflation attack cost the attacker
/// what it would take from others; `None` above 36 decimals.
pub fn dead_shares(decimals: u8) -> Option<u128> {
	if decimals > 36 {
		return None;
	}
	10u128.checked_pow(u32::from(decimals / 2))
}

/// Splits `total` by `parts` (billionths, as `Perbill` holds them) with the largest-remainder
/// method: each gets its share rounded down, then the units left go one each to the largest
/// remainders (the first index on a tie). When the parts sum to one billion, the results sum to
/// `total` exactly and each is within one unit of its exact share.
pub fn apportion(total: u128, parts: &[u32]) -> Vec<u128> {
	const ONE: u128 = 1_000_000_000;
	let (q, r) = (total / ONE, total % ONE);
	let mut out = Vec::with_capacity(parts.len());
	let mut rems = Vec::with_capacity(parts.len());
	let mut given: u128 = 0;
	for (i, &p) in parts.iter().enumerate() {
		let p = p as u128;
		// `q·p ≤ total` and `r·p < 10^18`: neither overflows.
		let share = q * p + r * p / ONE;
		given = given.saturating_add(share);
		out.push(share);
		rems.push(((r * p) % ONE, i));
	}
	let left = total.saturating_sub(given).min(parts.len() as u128) as usize;
	if left > 0 {
		rems.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
		for &(_, i) in rems.iter().take(left) {
			out[i] += 1;
		}
	}
	out
}

/// Spreads `amount` over `needs`, the largest needs first: the largest are brought down together
/// to a common level (water-filling), so no one gets more than it needs and what remains of
/// the needs is as even as it can be. Returns each one's part and what was left over (when
/// `amount` exceeds the sum of the needs).
pub fn water_fill(needs: &[u128], amount: u128) -> (Vec<u128>, u128) {
	let total = needs.iter().fold(0u128, |a, n| a.saturating_add(*n));
	if amount >= total {
		return (needs.to_vec(), amount - total);
	}
	let mut order: Vec<usize> = (0..needs.len()).collect();
	order.sort_by(|&a, &b| needs[b].cmp(&needs[a]).then(a.cmp(&b)));
	let mut out = alloc::vec![0u128; needs.len()];
	// Sums saturate: with needs whose sum exceeds `u128` the split is approximate, never a
	// panic or a wrap (the pallet bounds every need by the pool, so it does not happen).
	let mut prefix: u128 = 0;
	for k in 1..=order.len() {
		prefix = prefix.saturating_add(needs[order[k - 1]]);
		let next = order.get(k).map_or(0, |&i| needs[i]);
		let kk = k as u128;
		// Bringing the `k` largest down to `next` would give `prefix − k·next`.
		if prefix.saturating_sub(kk.saturating_mul(next)) < amount {
			continue;
		}
		// The level `L ≥ next` with `prefix − k·L ≥ amount`, as high as it can be; the `e`
		// units given too many are taken back from the smallest of the `k`, which are above
		// `L` (else a smaller `k` would have done).
		let level = prefix.saturating_sub(amount) / kk;
		let extra =
			prefix.saturating_sub(kk.saturating_mul(level)).saturating_sub(amount).min(kk) as usize;
		for (j, &i) in order.iter().take(k).enumerate() {
			let less = if j >= k - extra { 1 } else { 0 };
			out[i] = needs[i].saturating_sub(level).saturating_sub(less);
		}
		break;
	}
	(out, 0)
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

	#[test]
	fn apportion_sums_exactly_and_stays_within_a_unit() {
		let third = 333_333_334u32;
		assert_eq!(apportion(10, &[third, 333_333_333, 333_333_333]), vec![4, 3, 3]);
		assert_eq!(apportion(0, &[500_000_000, 500_000_000]), vec![0, 0]);
		assert_eq!(apportion(u128::MAX, &[1_000_000_000]), vec![u128::MAX]);
		assert_eq!(apportion(7, &[0, 1_000_000_000]), vec![0, 7]);
		let parts = [123_456_789u32, 200_000_000, 76_543_211, 600_000_000];
		for total in [1u128, 9, 1_000, 999_999_999_999, u128::MAX / 3] {
			let out = apportion(total, &parts);
			assert_eq!(out.iter().sum::<u128>(), total);
			for (o, p) in out.iter().zip(parts) {
				let exact = mul_div(total, p as u128, 1_000_000_000, Rounding::Down).unwrap();
				assert!(*o == exact || *o == exact + 1);
			}
		}
	}

	#[test]
	fn water_fill_brings_the_largest_needs_down_together() {
		assert_eq!(water_fill(&[10, 6, 2], 8), (vec![6, 2, 0], 0));
		assert_eq!(water_fill(&[10, 6, 2], 3), (vec![3, 0, 0], 0));
		// Needs 10 and 6 down to 2 take 12; 13 more brings all three down to 1.67: 2 of them
		// to 2, one to 1.
		assert_eq!(water_fill(&[10, 6, 2], 13), (vec![9, 4, 0], 0));
		assert_eq!(water_fill(&[10, 6, 2], 18), (vec![10, 6, 2], 0));
		assert_eq!(water_fill(&[10, 6, 2], 20), (vec![10, 6, 2], 2));
		assert_eq!(water_fill(&[], 5), (vec![], 5));
		assert_eq!(water_fill(&[4, 4], 0), (vec![0, 0], 0));
		assert_eq!(water_fill(&[4, 4], 3), (vec![2, 1], 0));
	}

	#[test]
	fn water_fill_gives_exactly_and_never_more_than_needed() {
		let mut seed = 0x2545_f491_4f6c_dd1du64;
		let mut next = move || {
			seed ^= seed << 13;
			seed ^= seed >> 7;
			seed ^= seed << 17;
			seed
		};
		for _ in 0..2_000 {
			let n = (next() % 8) as usize;
			let needs: Vec<u128> = (0..n).map(|_| (next() % 1_000) as u128).collect();
			let amount = (next() % 5_000) as u128;
			let (out, left) = water_fill(&needs, amount);
			let total: u128 = needs.iter().sum();
			assert_eq!(out.iter().sum::<u128>() + left, amount);
			assert_eq!(left, amount.saturating_sub(total));
			let remaining: Vec<u128> = needs.iter().zip(&out).map(|(n, o)| n - o).collect();
			// What remains is even among those that got something: none of them is left more
			// than one unit above any other one's remainder... or above anyone's.
			let max_rem = remaining.iter().copied().max().unwrap_or(0);
			for (i, o) in out.iter().enumerate() {
				if *o > 0 {
					assert!(remaining[i] + 1 >= max_rem, "{needs:?} {amount} {out:?}");
				}
			}
		}
	}
}
