//! Validator allocation: the targets governance sets, the delegations reported from the remote
//! chain, and the plan that steers the stakes and releases toward the targets.
//!
//! The books of a pool keep, per tracked validator, its target, what the last delegation
//! report said is delegated to it (`delegated`), and that plus what the pallet has planned for
//! it since (`planned`). The stakes of a block are planned together when the block ends (or
//! before a bucket of the pool matures, if that comes first) onto the validators furthest under
//! their target part of the total pooled; a matured bucket is planned out of those furthest
//! over it (see [`math::water_fill`]); a delegation report resets `planned` to what is actually
//! there. A stake itself reads no books: it only adds to the pool's `unplanned`.

use crate::{math, pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, traits::Defensive, weights::WeightMeter};
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill, SaturatedConversion,
};

use crate::math::to_u128;

/// `Perbill`'s whole, in parts.
const WHOLE: u64 = 1_000_000_000;

/// The targets' parts, and whether they make a whole allocation.
pub(crate) fn parts_of<B>(books: &[ValidatorBooks<B>]) -> (Vec<u32>, bool) {
	let parts: Vec<u32> = books.iter().map(|b| b.target.deconstruct()).collect();
	let sum: u64 = parts.iter().map(|p| *p as u64).sum();
	(parts, sum == WHOLE)
}

impl<T: Config> Pallet<T> {
	/// Sets a pool's allocation (see `set_allocation`).
	pub(crate) fn do_set_allocation(pool: PoolId, allocation: AllocationOf<T>) -> DispatchResult {
		let info = Pools::<T>::get(pool).ok_or(Error::<T>::PoolNotFound)?;
		ensure!(!allocation.is_empty(), Error::<T>::EmptyAllocation);
		let mut sum: u64 = 0;
		for (i, (validator, target)) in allocation.iter().enumerate() {
			ensure!(
				!allocation[..i].iter().any(|(v, _)| v == validator),
				Error::<T>::DuplicateValidator
			);
			ensure!(!target.is_zero(), Error::<T>::ZeroTarget);
			ensure!(*target <= info.params.max_validator_target, Error::<T>::TargetAboveCap);
			sum += target.deconstruct() as u64;
		}
		ensure!(sum == WHOLE, Error::<T>::TargetsNotWhole);

		let mut books: Vec<ValidatorBooks<BalanceOf<T>>> = Validators::<T>::get(pool).into_inner();
		for b in books.iter_mut() {
			b.target = allocation
				.iter()
				.find(|(v, _)| *v == b.validator)
				.map_or(Perbill::zero(), |(_, t)| *t);
		}
		for (validator, target) in allocation.iter() {
			if !books.iter().any(|b| b.validator == *validator) {
				books.push(ValidatorBooks {
					validator: *validator,
					target: *target,
					delegated: Zero::zero(),
					planned: Zero::zero(),
				});
			}
		}
		books.retain(|b| !b.is_empty());
		let books: ValidatorsOf<T> =
			books.try_into().map_err(|_| Error::<T>::TooManyTrackedValidators)?;
		Validators::<T>::insert(pool, books);
		Self::deposit_event(Event::AllocationSet { pool, allocation });
		Ok(())
	}

	/// Records what is actually delegated per validator (see `report_delegations`).
	pub fn do_report_delegations(
		pool: PoolId,
		epoch: u64,
		delegations: DelegationsOf<T>,
	) -> DispatchResult {
		let mut info = Pools::<T>::get(pool).ok_or(Error::<T>::PoolNotFound)?;
		ensure!(epoch > info.delegation_epoch, Error::<T>::StaleDelegationReport);
		ensure!(
			Some(epoch) == info.delegation_epoch.checked_add(1),
			Error::<T>::UnexpectedDelegationEpoch
		);
		// What the pool can have delegated: its stake, and what matured and is not claimed
		// (which may still be leaving the validators).
		let most = info.total_pooled.saturating_add(info.claimable);
		let mut total: BalanceOf<T> = Zero::zero();
		for (i, (validator, amount)) in delegations.iter().enumerate() {
			ensure!(
				!delegations[..i].iter().any(|(v, _)| v == validator),
				Error::<T>::DuplicateValidator
			);
			total = total.checked_add(amount).ok_or(Error::<T>::DelegationsAbovePool)?;
		}
		ensure!(total <= most, Error::<T>::DelegationsAbovePool);

		let mut books: Vec<ValidatorBooks<BalanceOf<T>>> = Validators::<T>::get(pool).into_inner();
		for b in books.iter_mut() {
			let amount = delegations
				.iter()
				.find(|(v, _)| *v == b.validator)
				.map_or(Zero::zero(), |(_, a)| *a);
			b.delegated = amount;
			b.planned = amount;
		}
		for (validator, amount) in delegations.iter() {
			if !books.iter().any(|b| b.validator == *validator) {
				// Stake found where no target is: tracked with target 0, to be planned out.
				books.push(ValidatorBooks {
					validator: *validator,
					target: Perbill::zero(),
					delegated: *amount,
					planned: *amount,
				});
			}
		}
		books.retain(|b| !b.is_empty());
		let books: ValidatorsOf<T> =
			books.try_into().map_err(|_| Error::<T>::TooManyTrackedValidators)?;
		Validators::<T>::insert(pool, books);
		info.delegation_epoch = epoch;
		Pools::<T>::insert(pool, info);
		Self::deposit_event(Event::DelegationsReported { pool, epoch, total });
		Ok(())
	}

	/// Plans `amount` of new stake (`Delegate`) or of released stake (`Undelegate`) over the
	/// pool's validators, given the total pooled after the change, and emits the plan. Does
	/// nothing in a pool without an allocation.
	pub(crate) fn plan(
		pool: PoolId,
		direction: PlanDirection,
		amount: BalanceOf<T>,
		total_pooled: BalanceOf<T>,
	) {
		if amount.is_zero() {
			return;
		}
		let mut books = Validators::<T>::get(pool).into_inner();
		let moves = Self::plan_moves(&mut books, direction, amount, total_pooled);
		if moves.is_empty() {
			return;
		}
		books.retain(|b| !b.is_empty());
		// Planning never adds a validator: the books stay within their bound.
		let Some(books) = ValidatorsOf::<T>::try_from(books).ok().defensive() else {
			return;
		};
		Validators::<T>::insert(pool, books);
		Self::deposit_event(Event::AllocationPlanned { pool, direction, amount, moves });
	}

	/// The moves that plan `amount` over `books` given the total pooled after the change,
	/// applied to the books' `planned`; none without a whole allocation.
	///
	/// Delegate: each validator needs its target part of `total_pooled` less what is planned for
	/// it; the largest needs are filled first, together. What is left when every need is met
	/// goes by the targets. Undelegate: the largest excesses over the targets give first; what is
	/// left comes from the largest planned amounts. Work is bounded by the tracked validators.
	fn plan_moves(
		books: &mut [ValidatorBooks<BalanceOf<T>>],
		direction: PlanDirection,
		amount: BalanceOf<T>,
		total_pooled: BalanceOf<T>,
	) -> Vec<(ValidatorId, BalanceOf<T>)> {
		let (parts, whole) = parts_of(books);
		if amount.is_zero() || !whole {
			return Vec::new();
		}
		let targets = math::apportion(to_u128(total_pooled), &parts);
		let planned: Vec<u128> = books.iter().map(|b| to_u128(b.planned)).collect();
		let moves: Vec<u128> = match direction {
			PlanDirection::Delegate => {
				let needs: Vec<u128> =
					targets.iter().zip(&planned).map(|(t, p)| t.saturating_sub(*p)).collect();
				let (mut give, left) = math::water_fill(&needs, to_u128(amount));
				if left > 0 {
					for (g, e) in give.iter_mut().zip(math::apportion(left, &parts)) {
						*g = g.saturating_add(e);
					}
				}
				give
			},
			PlanDirection::Undelegate => {
				let excess: Vec<u128> =
					planned.iter().zip(&targets).map(|(p, t)| p.saturating_sub(*t)).collect();
				let (mut take, left) = math::water_fill(&excess, to_u128(amount));
				if left > 0 {
					let room: Vec<u128> =
						planned.iter().zip(&take).map(|(p, t)| p.saturating_sub(*t)).collect();
					let (more, _) = math::water_fill(&room, left);
					for (t, m) in take.iter_mut().zip(more) {
						*t = t.saturating_add(m);
					}
				}
				take
			},
		};
		let mut planned_moves: Vec<(ValidatorId, BalanceOf<T>)> = Vec::new();
		for (b, m) in books.iter_mut().zip(moves) {
			if m == 0 {
				continue;
			}
			let m: BalanceOf<T> = m.saturated_into();
			b.planned = match direction {
				PlanDirection::Delegate => b.planned.saturating_add(m),
				PlanDirection::Undelegate => b.planned.saturating_sub(m),
			};
			planned_moves.push((b.validator, m));
		}
		planned_moves
	}

	/// Plans a pool's stakes not yet planned, together, toward the targets of `total_pooled`
	/// (one `AllocationPlanned` event for them all), and clears them from `info`, which the
	/// caller stores. In a pool without an allocation they are cleared unplanned.
	pub(crate) fn plan_stakes_of(
		pool: PoolId,
		info: &mut PoolInfoOf<T>,
		total_pooled: BalanceOf<T>,
	) {
		let amount = core::mem::take(&mut info.unplanned);
		Self::plan(pool, PlanDirection::Delegate, amount, total_pooled);
	}

	/// Plans the stakes of every pool that has some not yet planned, while `meter` has room for
	/// reading another pool and planning it (`on_idle`). A pool left out for want of room keeps
	/// its stakes for a later block, or for its next matured bucket.
	pub(crate) fn plan_stakes(meter: &mut WeightMeter) {
		let scan = T::DbWeight::get().reads(1);
		let per_pool = T::WeightInfo::plan_stakes();
		let mut pools = Pools::<T>::iter();
		while meter.can_consume(scan.saturating_add(per_pool)) {
			meter.consume(scan);
			let Some((pool, mut info)) = pools.next() else { break };
			if info.unplanned.is_zero() {
				continue;
			}
			let total = info.total_pooled;
			Self::plan_stakes_of(pool, &mut info, total);
			Pools::<T>::insert(pool, info);
			meter.consume(per_pool);
		}
	}

	/// A pool's allocation: the validators with a target.
	pub fn allocation_of(pool: PoolId) -> Vec<(ValidatorId, Perbill)> {
		Validators::<T>::get(pool)
			.iter()
			.filter(|b| !b.target.is_zero())
			.map(|b| (b.validator, b.target))
			.collect()
	}

	/// The rebalancing plan of a pool: per tracked validator its target, what is delegated and
	/// the difference. Without an allocation, the targets and differences are zero.
	pub fn plan_of(pool: PoolId) -> Vec<PlanLine<BalanceOf<T>>> {
		let Some(info) = Pools::<T>::get(pool) else {
			return Vec::new();
		};
		// The stakes not yet planned are shown as they will be planned.
		let mut books = Validators::<T>::get(pool).into_inner();
		Self::plan_moves(&mut books, PlanDirection::Delegate, info.unplanned, info.total_pooled);
		let (parts, whole) = parts_of(&books);
		let targets = if whole {
			math::apportion(to_u128(info.total_pooled), &parts)
		} else {
			alloc::vec![0; books.len()]
		};
		books
			.iter()
			.zip(targets)
			.map(|(b, t)| {
				let delegated = to_u128(b.delegated);
				let (to_delegate, to_undelegate) = if !whole {
					(0, 0)
				} else {
					(t.saturating_sub(delegated), delegated.saturating_sub(t))
				};
				PlanLine {
					validator: b.validator,
					target: b.target,
					target_amount: t.saturated_into(),
					delegated: b.delegated,
					planned: b.planned,
					to_delegate: to_delegate.saturated_into(),
					to_undelegate: to_undelegate.saturated_into(),
				}
			})
			.collect()
	}
}
