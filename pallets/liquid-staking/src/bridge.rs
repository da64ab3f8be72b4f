//! The bridge to the remote chains (BNB Smart Chain, Polygon): their relayers, the messages they
//! attest, the deposit limits and queue, and the withdrawals back.
//!
//! A relayer attests one remote event per call. Votes are kept per replay key, one per relayer
//! (a relayer may correct its vote); a message executes once the threshold of the **current**
//! relayers voted for exactly its hash, and its key is then spent for good. The wrapped coin of
//! a chain is minted only here: by an attested deposit, by attested rewards (into the pool
//! account, so the pool stays fully backed), and back to a user whose withdrawal failed.

use crate::{
	impls::{raw, Funding},
	pallet::*,
	types::*,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	storage::with_storage_layer,
	traits::{
		fungibles::{Inspect as _, Mutate as _},
		tokens::{Fortitude, Precision, Preservation},
	},
};
use sp_core::{H160, H256};
use sp_runtime::{
	traits::{Saturating, Zero},
	ArithmeticError,
};

/// How a message's votes stand after a vote.
pub(crate) enum Tally {
	/// The threshold is not reached yet, or the chain is paused.
	Pending,
	/// The message executed.
	Executed,
	/// The threshold was reached but the message failed; its votes are kept.
	Failed,
}

impl<T: Config> Pallet<T> {
	/// The hash relayers agree on: every field of the message, and its chain.
	pub fn message_hash(chain: ChainId, message: &MessageOf<T>) -> H256 {
		<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash_of(&(chain, message))
	}

	pub(crate) fn ensure_limits(limits: &LimitsOf<T>) -> DispatchResult {
		ensure!(
			!limits.max_per_deposit.is_zero()
				&& limits.max_per_period >= limits.max_per_deposit
				&& !limits.period.is_zero(),
			Error::<T>::InvalidLimits
		);
		Ok(())
	}

	/// A relayer set: not empty, no duplicate, at most `MaxRelayers`, and a threshold above
	/// half of it (and not above it).
	pub(crate) fn relayer_set(
		relayers: Vec<T::AccountId>,
		threshold: u32,
	) -> Result<RelayersOf<T>, DispatchError> {
		let n = relayers.len();
		ensure!(n <= T::MaxRelayers::get() as usize, Error::<T>::TooManyRelayers);
		for (i, r) in relayers.iter().enumerate() {
			ensure!(!relayers[..i].contains(r), Error::<T>::DuplicateRelayer);
		}
		let t = threshold as usize;
		ensure!(t > 0 && t <= n && 2 * t > n, Error::<T>::InvalidThreshold);
		relayers.try_into().map_err(|_| Error::<T>::TooManyRelayers.into())
	}

	/// Registers a chain (see `register_chain`).
	pub(crate) fn do_register_chain(
		chain: ChainId,
		wrapped: T::UnderlyingAssetId,
		limits: LimitsOf<T>,
		relayers: Vec<T::AccountId>,
		threshold: u32,
	) -> DispatchResult {
		ensure!(chain != 0, Error::<T>::InvalidChainId);
		ensure!(!Chains::<T>::contains_key(chain), Error::<T>::ChainExists);
		ensure!(T::Underlying::asset_exists(wrapped.clone()), Error::<T>::UnderlyingNotFound);
		ensure!(!WrappedChain::<T>::contains_key(&wrapped), Error::<T>::WrappedAlreadyLinked);
		Self::ensure_limits(&limits)?;
		let set = Self::relayer_set(relayers, threshold)?;

		Chains::<T>::insert(
			chain,
			ChainInfo {
				wrapped: wrapped.clone(),
				relayers: set.clone(),
				limits,
				threshold,
				paused: false,
				window_start: frame_system::Pallet::<T>::block_number(),
				window_used: Zero::zero(),
				queued: 0,
				issuance_base: T::Underlying::total_issuance(wrapped.clone()),
				minted: Zero::zero(),
				burned: Zero::zero(),
				withdrawn: Zero::zero(),
				released: Zero::zero(),
				refunded: Zero::zero(),
			},
		);
		WrappedChain::<T>::insert(&wrapped, chain);
		Self::deposit_event(Event::ChainRegistered {
			chain,
			wrapped,
			limits,
			relayers: set.to_vec(),
			threshold,
		});
		Ok(())
	}

	/// Replaces a chain's relayers and threshold (see `set_relayers`).
	pub(crate) fn do_set_relayers(
		chain: ChainId,
		relayers: Vec<T::AccountId>,
		threshold: u32,
	) -> DispatchResult {
		let mut info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		let set = Self::relayer_set(relayers, threshold)?;
		info.threshold = threshold;
		info.relayers = set.clone();
		Chains::<T>::insert(chain, info);
		Self::deposit_event(Event::RelayersSet { chain, relayers: set.to_vec(), threshold });
		Ok(())
	}

	/// Refuses a message that is malformed, not of this chain, or whose key is already spent.
	pub(crate) fn validate_message(chain: ChainId, message: &MessageOf<T>) -> DispatchResult {
		let on_chain = |pool: PoolId| -> Result<PoolInfoOf<T>, DispatchError> {
			let info = Pools::<T>::get(pool).ok_or(Error::<T>::PoolNotFound)?;
			ensure!(info.remote_chain == Some(chain), Error::<T>::WrongChain);
			Ok(info)
		};
		match message {
			BridgeMessage::Deposit(d) => {
				ensure!(!d.tx_hash.is_zero(), Error::<T>::ZeroHash);
				ensure!(!d.amount.is_zero(), Error::<T>::ZeroAmount);
				ensure!(
					!ExecutedDeposits::<T>::contains_key(chain, (d.tx_hash, d.log_index)),
					Error::<T>::AlreadyExecuted
				);
				if let Some((pool, _)) = d.stake {
					on_chain(pool)?;
				}
			},
			BridgeMessage::Rewards { pool, epoch, amount }
			| BridgeMessage::Slash { pool, epoch, amount } => {
				ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
				let info = on_chain(*pool)?;
				ensure!(*epoch > info.last_epoch, Error::<T>::AlreadyExecuted);
			},
			BridgeMessage::Delegations { pool, epoch, delegations } => {
				let info = on_chain(*pool)?;
				ensure!(*epoch > info.delegation_epoch, Error::<T>::AlreadyExecuted);
				ensure!(
					delegations.len() <= MaxTracked::<T>::get() as usize,
					Error::<T>::TooManyValidators
				);
			},
			BridgeMessage::WithdrawalReleased { id, tx_hash } => {
				ensure!(!tx_hash.is_zero(), Error::<T>::ZeroHash);
				Self::pending_withdrawal(chain, *id)?;
			},
			BridgeMessage::WithdrawalFailed { id } => {
				Self::pending_withdrawal(chain, *id)?;
			},
		}
		Ok(())
	}

	fn pending_withdrawal(
		chain: ChainId,
		id: WithdrawalId,
	) -> Result<WithdrawalOf<T>, DispatchError> {
		match Withdrawals::<T>::get(id) {
			Some(w) => {
				ensure!(w.chain == chain, Error::<T>::WrongChain);
				Ok(w)
			},
			// Settled withdrawals are removed; their ids are never given again.
			None if id < NextWithdrawalId::<T>::get() => Err(Error::<T>::AlreadyExecuted.into()),
			None => Err(Error::<T>::WithdrawalNotFound.into()),
		}
	}

	/// Records `relayer`'s vote for `message`, and executes it when the threshold is reached.
	pub(crate) fn do_attest(
		relayer: T::AccountId,
		chain: ChainId,
		message: MessageOf<T>,
	) -> Result<Tally, DispatchError> {
		let info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		let relayers = &info.relayers;
		ensure!(relayers.contains(&relayer), Error::<T>::NotRelayer);
		Self::validate_message(chain, &message)?;

		let key = message.key();
		let hash = Self::message_hash(chain, &message);
		let mut votes = Votes::<T>::get(chain, key);
		// Votes of relayers no longer in the set count for nothing: drop them.
		votes.retain(|(who, _)| relayers.contains(who));
		match votes.iter_mut().find(|(who, _)| *who == relayer) {
			Some((_, h)) if *h == hash => return Err(Error::<T>::AlreadyVoted.into()),
			Some((_, h)) => *h = hash,
			None => votes.try_push((relayer.clone(), hash)).map_err(|_| Error::<T>::Defensive)?,
		}
		let count = votes.iter().filter(|(_, h)| *h == hash).count() as u32;
		Votes::<T>::insert(chain, key, votes);
		Self::deposit_event(Event::Attested {
			chain,
			relayer,
			key,
			message_hash: hash,
			votes: count,
			threshold: info.threshold,
		});
		if count < info.threshold || info.paused {
			return Ok(Tally::Pending);
		}
		match with_storage_layer(|| Self::execute(chain, &message)) {
			Ok(()) => {
				Votes::<T>::remove(chain, key);
				Self::deposit_event(Event::MessageExecuted { chain, key, message_hash: hash });
				Ok(Tally::Executed)
			},
			Err(error) => {
				Self::deposit_event(Event::MessageFailed { chain, key, message_hash: hash, error });
				Ok(Tally::Failed)
			},
		}
	}

	/// Executes a message the current relayers already attested (see `execute_message`).
	pub(crate) fn do_execute_message(chain: ChainId, message: MessageOf<T>) -> DispatchResult {
		let info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		ensure!(!info.paused, Error::<T>::ChainPaused);
		Self::validate_message(chain, &message)?;
		let key = message.key();
		let hash = Self::message_hash(chain, &message);
		let relayers = &info.relayers;
		let count = Votes::<T>::get(chain, key)
			.iter()
			.filter(|(who, h)| *h == hash && relayers.contains(who))
			.count() as u32;
		ensure!(count >= info.threshold, Error::<T>::ThresholdNotReached);
		Self::execute(chain, &message)?;
		Votes::<T>::remove(chain, key);
		Self::deposit_event(Event::MessageExecuted { chain, key, message_hash: hash });
		Ok(())
	}

	/// Carries a message out. Run in a storage layer: on error nothing is changed.
	fn execute(chain: ChainId, message: &MessageOf<T>) -> DispatchResult {
		let mut info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		match message {
			BridgeMessage::Deposit(d) => {
				ExecutedDeposits::<T>::insert(chain, (d.tx_hash, d.log_index), ());
				Self::roll_window(&mut info);
				if Self::fits(&info, d.amount) {
					info.window_used.saturating_accrue(d.amount);
					Self::pay_deposit(chain, &mut info, d)?;
				} else {
					ensure!(info.queued < T::MaxQueuedDeposits::get(), Error::<T>::QueueFull);
					let id = NextQueuedDepositId::<T>::get();
					NextQueuedDepositId::<T>::put(
						id.checked_add(1).ok_or(ArithmeticError::Overflow)?,
					);
					DepositQueue::<T>::insert(chain, id, d.clone());
					info.queued += 1;
					Self::deposit_event(Event::DepositQueued {
						chain,
						id,
						tx_hash: d.tx_hash,
						log_index: d.log_index,
						amount: d.amount,
					});
				}
			},
			BridgeMessage::Rewards { pool, epoch, amount } => {
				T::Underlying::mint_into(
					info.wrapped.clone(),
					&Self::pool_account(*pool),
					*amount,
				)?;
				info.minted = info.minted.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
				Self::do_report_rewards(*pool, *epoch, *amount)?;
			},
			BridgeMessage::Slash { pool, epoch, amount } => {
				Self::do_report_slash(*pool, *epoch, *amount)?;
				let burned = T::Underlying::burn_from(
					info.wrapped.clone(),
					&Self::pool_account(*pool),
					*amount,
					Preservation::Expendable,
					Precision::Exact,
					Fortitude::Force,
				)?;
				ensure!(burned == *amount, Error::<T>::Defensive);
				info.burned = info.burned.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
			},
			BridgeMessage::Delegations { pool, epoch, delegations } => {
				Self::do_report_delegations(*pool, *epoch, delegations.clone())?;
			},
			BridgeMessage::WithdrawalReleased { id, tx_hash } => {
				let w = Withdrawals::<T>::take(id).ok_or(Error::<T>::WithdrawalNotFound)?;
				info.released =
					info.released.checked_add(&w.amount).ok_or(ArithmeticError::Overflow)?;
				Self::deposit_event(Event::WithdrawalReleased {
					id: *id,
					chain,
					recipient: w.recipient,
					amount: w.amount,
					tx_hash: *tx_hash,
				});
			},
			BridgeMessage::WithdrawalFailed { id } => {
				let w = Withdrawals::<T>::take(id).ok_or(Error::<T>::WithdrawalNotFound)?;
				T::Underlying::mint_into(info.wrapped.clone(), &w.who, w.amount)?;
				info.refunded =
					info.refunded.checked_add(&w.amount).ok_or(ArithmeticError::Overflow)?;
				Self::deposit_event(Event::WithdrawalRefunded {
					id: *id,
					chain,
					who: w.who,
					amount: w.amount,
				});
			},
		}
		Chains::<T>::insert(chain, info);
		Ok(())
	}

	/// Starts a new window once the current one has run its period.
	fn roll_window(info: &mut ChainInfoOf<T>) {
		let now = frame_system::Pallet::<T>::block_number();
		if now >= info.window_start.saturating_add(info.limits.period) {
			info.window_start = now;
			info.window_used = Zero::zero();
		}
	}

	/// Whether a deposit of `amount` is within the limits of the current window.
	fn fits(info: &ChainInfoOf<T>, amount: BalanceOf<T>) -> bool {
		amount <= info.limits.max_per_deposit
			&& info.window_used.saturating_add(amount) <= info.limits.max_per_period
	}

	/// Mints a deposit's wrapped coin to its beneficiary, or stakes it for them. A stake that
	/// the pool refuses (paused, below its minimum, over its cap) pays the wrapped coin instead:
	/// a deposit is never lost.
	fn pay_deposit(chain: ChainId, info: &mut ChainInfoOf<T>, d: &DepositOf<T>) -> DispatchResult {
		let mut staked = None;
		if let Some((pool, kind)) = d.stake {
			match with_storage_layer(|| {
				Self::do_stake_funded(&d.beneficiary, pool, d.amount, kind, Funding::BridgeMint)
			}) {
				Ok(_) => staked = Some((pool, kind)),
				Err(error) => Self::deposit_event(Event::DepositStakeFailed { chain, pool, error }),
			}
		}
		if staked.is_none() {
			T::Underlying::mint_into(info.wrapped.clone(), &d.beneficiary, d.amount)?;
		}
		info.minted = info.minted.checked_add(&d.amount).ok_or(ArithmeticError::Overflow)?;
		Self::deposit_event(Event::Deposited {
			chain,
			tx_hash: d.tx_hash,
			log_index: d.log_index,
			beneficiary: d.beneficiary.clone(),
			amount: d.amount,
			staked,
		});
		Ok(())
	}

	/// Pays a queued deposit (see `release_deposit` and `approve_deposit`).
	pub(crate) fn do_release_deposit(
		chain: ChainId,
		id: QueuedDepositId,
		approved: bool,
	) -> DispatchResult {
		let mut info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		ensure!(!info.paused, Error::<T>::ChainPaused);
		let d = DepositQueue::<T>::get(chain, id).ok_or(Error::<T>::QueuedDepositNotFound)?;
		Self::roll_window(&mut info);
		ensure!(approved || Self::fits(&info, d.amount), Error::<T>::DepositOverLimit);
		info.window_used.saturating_accrue(d.amount);
		DepositQueue::<T>::remove(chain, id);
		info.queued = info.queued.checked_sub(1).ok_or(Error::<T>::Defensive)?;
		Self::pay_deposit(chain, &mut info, &d)?;
		Chains::<T>::insert(chain, info);
		Self::deposit_event(Event::QueuedDepositReleased { chain, id, approved });
		Ok(())
	}

	/// Burns `amount` of a chain's wrapped coin from `who` and records a withdrawal to
	/// `recipient` (see `withdraw_to_remote`).
	pub(crate) fn do_withdraw_to_remote(
		who: T::AccountId,
		chain: ChainId,
		amount: BalanceOf<T>,
		recipient: H160,
	) -> Result<WithdrawalId, DispatchError> {
		let mut info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		ensure!(!info.paused, Error::<T>::ChainPaused);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(!recipient.is_zero(), Error::<T>::ZeroRecipient);
		let balance = T::Underlying::reducible_balance(
			info.wrapped.clone(),
			&who,
			Preservation::Expendable,
			Fortitude::Polite,
		);
		ensure!(balance >= amount, Error::<T>::InsufficientWrapped);
		// What stays must be nothing or an account's minimum: below it, the asset would burn
		// the rest as dust, which nobody would receive on the remote chain.
		let left = balance - amount;
		ensure!(
			left.is_zero() || left >= T::Underlying::minimum_balance(info.wrapped.clone()),
			Error::<T>::WithdrawalLeavesDust
		);
		let burned = T::Underlying::burn_from(
			info.wrapped.clone(),
			&who,
			amount,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		ensure!(burned == amount, Error::<T>::Defensive);
		info.withdrawn = info.withdrawn.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
		let id = NextWithdrawalId::<T>::get();
		NextWithdrawalId::<T>::put(id.checked_add(1).ok_or(ArithmeticError::Overflow)?);
		Withdrawals::<T>::insert(
			id,
			Withdrawal {
				chain,
				who: who.clone(),
				recipient,
				amount,
				requested_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		Chains::<T>::insert(chain, info);
		Self::deposit_event(Event::WithdrawalRequested { id, chain, who, recipient, amount });
		Ok(id)
	}

	/// Pauses a chain (see `pause_chain`).
	pub(crate) fn do_set_chain_paused(
		chain: ChainId,
		paused: bool,
		by: Option<T::AccountId>,
	) -> DispatchResult {
		Chains::<T>::try_mutate(chain, |c| -> DispatchResult {
			let info = c.as_mut().ok_or(Error::<T>::ChainNotFound)?;
			if paused {
				ensure!(!info.paused, Error::<T>::ChainPaused);
			} else {
				ensure!(info.paused, Error::<T>::ChainNotPaused);
			}
			info.paused = paused;
			Ok(())
		})?;
		Self::deposit_event(if paused {
			Event::ChainPaused { chain, by }
		} else {
			Event::ChainUnpaused { chain }
		});
		Ok(())
	}

	/// The weight of executing `message`, at its worst case.
	pub(crate) fn execution_weight(message: &MessageOf<T>) -> Weight {
		use crate::WeightInfo as _;
		let w = match message {
			BridgeMessage::Deposit(d) => {
				let base =
					T::WeightInfo::attest_deposit().max(T::WeightInfo::attest_deposit_queued());
				if d.stake.is_some() {
					base.max(T::WeightInfo::attest_deposit_stake())
				} else {
					base
				}
			},
			BridgeMessage::Rewards { .. } => T::WeightInfo::attest_rewards(),
			BridgeMessage::Slash { .. } => T::WeightInfo::attest_slash(),
			BridgeMessage::Delegations { .. } => T::WeightInfo::attest_delegations(),
			BridgeMessage::WithdrawalReleased { .. } => T::WeightInfo::attest_withdrawal_released(),
			BridgeMessage::WithdrawalFailed { .. } => T::WeightInfo::attest_withdrawal_failed(),
		};
		w.max(T::WeightInfo::attest_vote())
	}

	/// The bridge's invariants.
	#[cfg(any(test, feature = "std", feature = "try-runtime"))]
	pub(crate) fn bridge_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use alloc::collections::btree_set::BTreeSet;
		let chains: BTreeSet<ChainId> = Chains::<T>::iter_keys().collect();
		let next_withdrawal = NextWithdrawalId::<T>::get();
		let mut pending: BTreeMap<ChainId, u128> = BTreeMap::new();
		for (id, w) in Withdrawals::<T>::iter() {
			ensure!(id < next_withdrawal, "a withdrawal id was never given");
			ensure!(chains.contains(&w.chain), "a withdrawal to no chain");
			ensure!(!w.amount.is_zero(), "a withdrawal of nothing");
			*pending.entry(w.chain).or_default() += raw(w.amount);
		}
		let mut queued: BTreeMap<ChainId, u32> = BTreeMap::new();
		let next_queued = NextQueuedDepositId::<T>::get();
		for (chain, id, d) in DepositQueue::<T>::iter() {
			ensure!(id < next_queued, "a queued deposit id was never given");
			ensure!(!d.amount.is_zero(), "a queued deposit of nothing");
			*queued.entry(chain).or_default() += 1;
		}
		for (chain, info) in Chains::<T>::iter() {
			let relayers = &info.relayers;
			let (n, t) = (relayers.len(), info.threshold as usize);
			ensure!(t > 0 && t <= n && 2 * t > n, "a relayer threshold is not above half its set");
			for (i, r) in relayers.iter().enumerate() {
				ensure!(!relayers[..i].contains(r), "a relayer is listed twice");
			}
			ensure!(
				WrappedChain::<T>::get(&info.wrapped) == Some(chain),
				"a wrapped coin is not linked to its chain"
			);
			let q = queued.remove(&chain).unwrap_or(0);
			ensure!(q == info.queued, "the queue count differs from the queued deposits");
			ensure!(q <= T::MaxQueuedDeposits::get(), "the deposit queue is over its bound");
			ensure!(
				raw(info.released) <= raw(info.withdrawn),
				"released withdrawals exceed the coins burned for them"
			);
			ensure!(
				raw(info.withdrawn)
					== raw(info.released)
						+ raw(info.refunded)
						+ pending.remove(&chain).unwrap_or(0),
				"burned withdrawals differ from released + refunded + pending"
			);
			let issued = raw(T::Underlying::total_issuance(info.wrapped.clone()));
			let books = raw(info.issuance_base) + raw(info.minted) + raw(info.refunded);
			ensure!(
				books.checked_sub(raw(info.burned) + raw(info.withdrawn)) == Some(issued),
				"the wrapped coin's issuance differs from what the bridge minted and burned"
			);
		}
		ensure!(queued.is_empty(), "deposits queued for no chain");
		ensure!(pending.is_empty(), "withdrawals to no chain");
		for (chain, _, votes) in Votes::<T>::iter() {
			ensure!(chains.contains(&chain), "votes on no chain");
			ensure!(!votes.is_empty(), "an empty vote list is stored");
			for (i, (who, _)) in votes.iter().enumerate() {
				ensure!(
					!votes[..i].iter().any(|(w, _)| w == who),
					"a relayer voted twice on a key"
				);
			}
		}
		Ok(())
	}
}
