//! Property tests of the share math against exact rational arithmetic.
//!
//! - Each formula of `math.rs`, at random pools with rates from 1e-12 to 1e12, is compared with
//!   exact arithmetic (256-bit cross-multiplication): every result is rounded towards the pool,
//!   by less than one unit of what it counts (a share, or a unit of the underlying).
//! - Random sequences of stake, convert, transfer, unstake, mature, claim, rewards and slashes,
//!   on a pool started at a random rate, run against the pallet. After every operation its own
//!   rounding is checked exactly against the pre-operation state (the exact quotient), and each
//!   staker's gain (what they could take out now less what they started with) against an exact
//!   model of what they are owed: their share of every rate change by rewards and slashes, plus
//!   what others transferred to them, within the rounding slack that other operations leave in
//!   the pool. At the end: nothing was created (what all holders could take out fits in what the
//!   pool holds, and the pool holds at least P + claimable).

use crate::{math, mock::*, BondShares, Buckets, Pools, TokenKind, Unbonding};
use frame_support::assert_ok;
use proptest::prelude::*;
use sp_core::{U256, U512};
use sp_runtime::{Perbill, Rounding};

fn u(x: u128) -> U256 {
	U256::from(x)
}

/// A pool of `pooled` and `shares` with a rate of 10^`exp`: from 1e-12 to 1e12.
fn pool_at_rate() -> impl Strategy<Value = (u128, u128)> {
	(-12i32..=12, 1u128..1000).prop_map(|(exp, m)| {
		if exp >= 0 {
			let shares = 1_000 * m;
			(shares * 10u128.pow(exp as u32), shares)
		} else {
			let pooled = 1_000 * m;
			(pooled, pooled * 10u128.pow((-exp) as u32))
		}
	})
}

/// Any amount from 1 to 10^30, spread over the orders of magnitude.
fn amount() -> impl Strategy<Value = u128> {
	(0u32..=30, 1u128..1000).prop_map(|(exp, m)| (m * 10u128.pow(exp) / 1000).max(1))
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

	/// `amount · S / P` shares for a stake, floored: never more than exact, less than one share
	/// below it.
	#[test]
	fn a_stake_never_gets_more_shares_than_it_pays_for((p, s) in pool_at_rate(), a in amount()) {
		let Ok(shares) = math::shares_for_stake(a, p, s) else {
			// Refused only when the shares would not fit in 128 bits.
			prop_assert!(u(a) * u(s) / u(p) > u(u128::MAX));
			return Ok(());
		};
		prop_assert!(u(shares) * u(p) <= u(a) * u(s));
		prop_assert!(u(a) * u(s) < (u(shares) + 1) * u(p));
	}

	/// Shares debited for an amount of bond, ceiled: never fewer than exact, less than one
	/// share above it.
	#[test]
	fn a_debit_never_takes_fewer_shares_than_it_is_worth((p, s) in pool_at_rate(), a in amount()) {
		let Ok(shares) = math::shares_to_debit(a, p, s) else {
			prop_assert!(u(a) * u(s) / u(p) >= u(u128::MAX));
			return Ok(());
		};
		prop_assert!(u(shares) * u(p) >= u(a) * u(s));
		prop_assert!(shares == 0 || (u(shares) - 1) * u(p) < u(a) * u(s));
	}

	/// The value of shares, floored: never more than exact, less than one unit below it.
	#[test]
	fn a_value_is_never_more_than_exact((p, s) in pool_at_rate(), part in 0u128..=1_000_000) {
		let held = s.min(part.saturating_mul(s / 1_000_000).max(part.min(s)));
		let v = math::value_of(held, p, s);
		prop_assert!(u(v) * u(s) <= u(held) * u(p));
		prop_assert!(u(held) * u(p) < (u(v) + 1) * u(s));
	}

	/// Commission shares: after `P += r`, `S += f` the fee account holds at most `c·r`, and less
	/// than one share under it.
	#[test]
	fn commission_never_exceeds_its_rate(
		(p, s) in pool_at_rate(),
		bps in 0u32..=2_000,
		r_part in 1u128..=750,
	) {
		let c = Perbill::from_rational(bps, 10_000);
		let r = (p / 1_000_000 * r_part).max(1);
		let f = math::commission_shares(r, c, p, s).unwrap();
		let fee = c.mul_floor(r);
		// f ≤ fee · S / (P + r − fee) < f + 1
		let denominator = u(p) + u(r) - u(fee);
		prop_assert!(u(f) * denominator <= u(fee) * u(s));
		prop_assert!(u(fee) * u(s) < (u(f) + 1) * denominator);
		// And the account then holds at most `fee`.
		prop_assert!(math::value_of(f, p + r, s + f) <= fee);
	}

	/// A bucket pays each claimant its part floored, and the last one what is left: the parts
	/// sum to the bucket exactly.
	#[test]
	fn a_bucket_pays_out_exactly_what_it_holds(
		amount in amount(),
		parts in proptest::collection::vec(1u128..1_000_000_000_000, 1..20),
	) {
		let mut shares: u128 = parts.iter().sum();
		let mut left = amount;
		let mut paid = 0u128;
		for part in &parts {
			let exact_floor = math::mul_div(*part, left, shares, Rounding::Down).unwrap();
			let pay = math::payout(*part, left, shares);
			if *part < shares {
				prop_assert_eq!(pay, exact_floor);
			}
			left -= pay;
			shares -= part;
			paid += pay;
		}
		prop_assert_eq!(paid, amount);
		prop_assert_eq!(left, 0);
	}
}

// ----- sequences against the pallet -----

#[derive(Clone, Debug)]
enum Op {
	Stake(usize, u128, TokenKind),
	BondToCert(usize, u128),
	CertToBond(usize, u128),
	Transfer(usize, usize, u128),
	Unstake(usize, u128, TokenKind),
	/// Blocks pass: buckets mature through the scheduler.
	Wait,
	Claim(usize),
	/// Rewards of this many millionths of P (the bound is 750).
	Rewards(u128),
	/// A slash of this many millionths of P (the bound is 10,000).
	Slash(u128),
}

const STAKERS: [AccountId; 3] = [ALICE, BOB, CHARLIE];

fn op() -> impl Strategy<Value = Op> {
	let who = 0usize..3;
	let kind = prop_oneof![Just(TokenKind::Bond), Just(TokenKind::Cert)];
	prop_oneof![
		4 => (who.clone(), amount(), kind.clone()).prop_map(|(w, a, k)| Op::Stake(w, a, k)),
		1 => (who.clone(), amount()).prop_map(|(w, a)| Op::BondToCert(w, a)),
		1 => (who.clone(), amount()).prop_map(|(w, a)| Op::CertToBond(w, a)),
		1 => (who.clone(), who.clone(), amount()).prop_map(|(f, t, a)| Op::Transfer(f, t, a)),
		3 => (who.clone(), amount(), kind).prop_map(|(w, a, k)| Op::Unstake(w, a, k)),
		2 => Just(Op::Wait),
		2 => who.prop_map(Op::Claim),
		2 => (0u128..=750).prop_map(Op::Rewards),
		1 => (0u128..=10_000).prop_map(Op::Slash),
	]
}

/// What `who` could take out now: bond and cert at the current rate, unbonding requests at the
/// current rate (unmatured) or their bucket's payout (matured), plus wallet.
fn holdings(who: AccountId) -> u128 {
	let info = pool();
	let (p, s) = (info.total_pooled, info.total_shares);
	let mut total = wbnb(who)
		+ math::value_of(BondShares::<Test>::get(POOL, who), p, s)
		+ math::value_of(cert(who), p, s);
	for r in Unbonding::<Test>::get(POOL, who) {
		let b = Buckets::<Test>::get(POOL, r.bucket).unwrap();
		total += match b.matured {
			None => math::value_of(r.shares, p, s),
			Some(left) => math::payout(r.shares, left, b.shares),
		};
	}
	total
}

/// The shares `who` holds in every form that still earns: bond, cert, unmatured requests.
fn earning_shares(who: AccountId) -> u128 {
	let mut shares = BondShares::<Test>::get(POOL, who) + cert(who);
	for r in Unbonding::<Test>::get(POOL, who) {
		if Buckets::<Test>::get(POOL, r.bucket).is_some_and(|b| b.matured.is_none()) {
			shares += r.shares;
		}
	}
	shares
}

fn w(x: u128) -> U512 {
	U512::from(x)
}

fn ceil(n: U512, d: U512) -> U512 {
	let (q, r) = n.div_mod(d);
	if r.is_zero() {
		q
	} else {
		q + 1
	}
}

fn to_i128(x: U512) -> i128 {
	if x > w(i128::MAX as u128) {
		i128::MAX
	} else {
		x.as_u128() as i128
	}
}

/// What each staker may have gained at most: their exact share of every rate change made by
/// rewards and slashes (rounded up for rewards, down for slashes), plus what others transferred
/// to them; and the rounding slack: each operation rounds at most once per bucket it may touch
/// and once more, by at most one unit and one share, and that rounding stays in the pool, where
/// it can only raise the value of the remaining holders' shares.
struct Entitlements {
	wallet0: [u128; 3],
	gain: [i128; 3],
	slack: u128,
}

impl Entitlements {
	fn new() -> Self {
		Self { wallet0: STAKERS.map(wbnb), gain: [0; 3], slack: 0 }
	}

	/// Before an operation on the pool `(p, s)`.
	fn before_op(&mut self, p: u128, s: u128) {
		let buckets = Buckets::<Test>::iter_key_prefix(POOL).count() as u128;
		let share = if s == 0 { 0 } else { p.div_ceil(s) };
		self.slack = self.slack.saturating_add((1 + buckets).saturating_mul(1 + share));
	}

	/// The rate moved from `p/s` to `p1/s1` by a report, the stakers holding `held` shares.
	fn rate_moved(&mut self, (p, s): (u128, u128), (p1, s1): (u128, u128), held: [u128; 3]) {
		let (up, down) = (w(p1) * w(s), w(p) * w(s1));
		let den = w(s) * w(s1);
		for (g, h) in self.gain.iter_mut().zip(held) {
			if up >= down {
				*g = g.saturating_add(to_i128(ceil(w(h) * (up - down), den)));
			} else {
				*g = g.saturating_sub(to_i128(w(h) * (down - up) / den));
			}
		}
		if up > down && p > 0 {
			// The slack's value grows with the rate.
			self.slack = to_i128(ceil(w(self.slack) * up, down)) as u128;
		}
	}

	/// `shares` went from staker `from` to staker `to` at the rate `p/s`.
	fn moved(&mut self, from: usize, to: usize, shares: u128, (p, s): (u128, u128)) {
		let value = w(shares) * w(p);
		self.gain[from] = self.gain[from].saturating_sub(to_i128(value / w(s)));
		self.gain[to] = self.gain[to].saturating_add(to_i128(ceil(value, w(s))));
	}

	/// Nobody took out more than they put in plus their share of rewards (less slashes), plus
	/// what others gave them, within the slack.
	fn check(&self) -> Result<(), TestCaseError> {
		for (i, who) in STAKERS.iter().enumerate() {
			let gained = holdings(*who) as i128 - self.wallet0[i] as i128;
			prop_assert!(
				gained <= self.gain[i].saturating_add(self.slack as i128),
				"staker {} gained {} > entitled {} + slack {}",
				i,
				gained,
				self.gain[i],
				self.slack
			);
		}
		Ok(())
	}
}

fn set_up_pool(p0: u128, s0: u128) {
	// Rewards and slashes apply at once and units mature after one bucket.
	let mut params = default_params();
	params.unbonding_period = BUCKET;
	params.min_report_interval = 1;
	assert_ok!(LiquidStaking::set_pool_params(RuntimeOrigin::root(), POOL, params));
	fund_rewards(p0);
	Pools::<Test>::mutate(POOL, |p| {
		let p = p.as_mut().unwrap();
		p.total_pooled = p0;
		p.total_shares = s0;
		p.bond_shares = s0;
		// The seeded shares are all the pool account's: they stand for the dead shares.
		p.dead_shares = p.dead_shares.min(s0);
	});
	BondShares::<Test>::insert(POOL, pool_account(), s0);
}

/// The oracle reports a reward of `amount`, brought into the pool account first; nothing
/// changes if the report is refused.
fn rewarded(epoch: u64, amount: Balance) -> bool {
	frame_support::storage::with_storage_layer(|| {
		fund_rewards(amount);
		LiquidStaking::report_rewards(RuntimeOrigin::signed(ORACLE), POOL, epoch, amount)
	})
	.is_ok()
}

/// The oracle reports a slash of `amount`.
fn slashed(epoch: u64, amount: Balance) -> bool {
	LiquidStaking::report_slash(RuntimeOrigin::signed(ORACLE), POOL, epoch, amount).is_ok()
}

fn run(p0: u128, s0: u128, ops: Vec<Op>) -> Result<(), TestCaseError> {
	let mut result = Ok(());
	ExtBuilder::default().build_and_execute(|| {
		result = run_in(p0, s0, ops);
	});
	result
}

fn run_in(p0: u128, s0: u128, ops: Vec<Op>) -> Result<(), TestCaseError> {
	set_up_pool(p0, s0);
	let mut model = Entitlements::new();
	for op in ops {
		let info = pool();
		let (p, s) = (info.total_pooled, info.total_shares);
		let held = STAKERS.map(earning_shares);
		model.before_op(p, s);
		System::reset_events();
		match op {
			Op::Stake(w, a, kind) => {
				let who = STAKERS[w];
				let a = a.min(wbnb(who).saturating_sub(WBNB_MIN));
				let before = BondShares::<Test>::get(POOL, who) + cert(who);
				if LiquidStaking::stake(RuntimeOrigin::signed(who), POOL, a, kind).is_ok() {
					let got = BondShares::<Test>::get(POOL, who) + cert(who) - before;
					// Floored: at most `a·S/P`, less than one share below.
					prop_assert!(u(got) * u(p) <= u(a) * u(s));
					prop_assert!(u(a) * u(s) < (u(got) + 1) * u(p));
				}
			},
			Op::BondToCert(w, a) => {
				let who = STAKERS[w];
				let before = (BondShares::<Test>::get(POOL, who), cert(who));
				if LiquidStaking::bond_to_cert(RuntimeOrigin::signed(who), POOL, a).is_ok() {
					let debited = before.0 - BondShares::<Test>::get(POOL, who);
					let credited = cert(who) - before.1;
					// Exact in shares (no fee in this pool), and the debit is ceiled.
					prop_assert_eq!(debited, credited);
					prop_assert!(u(debited) * u(p) >= u(a) * u(s));
					prop_assert!((u(debited) - 1) * u(p) < u(a) * u(s));
				}
			},
			Op::CertToBond(w, a) => {
				let who = STAKERS[w];
				let before = (BondShares::<Test>::get(POOL, who), cert(who));
				if LiquidStaking::cert_to_bond(RuntimeOrigin::signed(who), POOL, a).is_ok() {
					prop_assert_eq!(before.1 - cert(who), a);
					prop_assert_eq!(BondShares::<Test>::get(POOL, who) - before.0, a);
				}
			},
			Op::Transfer(f, t, a) => {
				let (from, to) = (STAKERS[f], STAKERS[t]);
				let before =
					(BondShares::<Test>::get(POOL, from), BondShares::<Test>::get(POOL, to));
				if LiquidStaking::transfer_bond(RuntimeOrigin::signed(from), POOL, to, a).is_ok() {
					let debited = before.0 - BondShares::<Test>::get(POOL, from);
					if from != to {
						prop_assert_eq!(BondShares::<Test>::get(POOL, to) - before.1, debited);
						model.moved(f, t, debited, (p, s));
					}
					prop_assert!(u(debited) * u(p) >= u(a) * u(s));
					prop_assert!((u(debited) - 1) * u(p) < u(a) * u(s));
				}
			},
			Op::Unstake(w, a, kind) => {
				let who = STAKERS[w];
				let held = (BondShares::<Test>::get(POOL, who), cert(who));
				if let Ok(()) = LiquidStaking::unstake(RuntimeOrigin::signed(who), POOL, a, kind) {
					let shares = match kind {
						TokenKind::Bond => held.0 - BondShares::<Test>::get(POOL, who),
						TokenKind::Cert => held.1 - cert(who),
					};
					if kind == TokenKind::Bond {
						prop_assert!(u(shares) * u(p) >= u(a) * u(s));
						prop_assert!((u(shares) - 1) * u(p) < u(a) * u(s));
					} else {
						prop_assert_eq!(shares, a);
					}
				}
			},
			Op::Wait => {
				let due: Vec<BlockNumber> = Buckets::<Test>::iter_key_prefix(POOL).collect();
				run_to_block(System::block_number() + 2 * BUCKET + 1);
				// The scheduler matured every bucket that was waiting.
				for bucket in due {
					if let Some(b) = Buckets::<Test>::get(POOL, bucket) {
						prop_assert!(b.matured.is_some());
					}
				}
			},
			Op::Claim(w) => {
				let who = STAKERS[w];
				let _ = LiquidStaking::claim(RuntimeOrigin::signed(who), POOL, who);
			},
			Op::Rewards(ppm) => {
				let r = p / 1_000_000 * ppm;
				let epoch = info.last_epoch + 1;
				if r > 0 {
					let shares = held;
					let held = wbnb(pool_account());
					if rewarded(epoch, r) {
						prop_assert_eq!(pool().total_pooled, p + r);
						prop_assert_eq!(wbnb(pool_account()), held + r);
						let after = pool();
						model.rate_moved((p, s), (after.total_pooled, after.total_shares), shares);
					}
				}
			},
			Op::Slash(ppm) => {
				let x = p / 1_000_000 * ppm;
				let epoch = info.last_epoch + 1;
				if x > 0 && slashed(epoch, x) {
					prop_assert_eq!(pool().total_pooled, p - x);
					let after = pool();
					model.rate_moved((p, s), (after.total_pooled, after.total_shares), held);
				}
			},
		}
		prop_assert!(LiquidStaking::do_try_state().is_ok());
		model.check()?;
	}

	// Nothing was created: all that holders could take out fits in what the pool holds.
	let info = pool();
	let mut claims = math::value_of(
		BondShares::<Test>::get(POOL, pool_account()),
		info.total_pooled,
		info.total_shares,
	);
	for who in STAKERS.iter().chain([TREASURY].iter()) {
		claims += holdings(*who) - wbnb(*who);
	}
	prop_assert!(claims <= info.total_pooled + info.claimable);
	prop_assert!(wbnb(pool_account()) >= info.total_pooled + info.claimable);

	Ok(())
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

	/// No sequence creates value, every rounding favours the pool by at most one unit of what it
	/// counts, and nobody ends with more than they put in plus their share of rewards.
	#[test]
	fn no_sequence_creates_value(
		(p0, s0) in pool_at_rate(),
		ops in proptest::collection::vec(op(), 1..40),
	) {
		run(p0, s0, ops)?;
	}
}
