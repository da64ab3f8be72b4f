//! The logic behind the calls: relayer sets, votes and their execution, the deposit limits and
//! queue, and the withdrawals back.
//!
//! A relayer attests one remote event per call. Votes are kept per replay key, one per relayer
//! (a relayer may correct its vote, paying for it); a message executes once the threshold of the
//! **current** relayers voted for exactly its hash, and its key is then spent for good. Only keys
//! that can execute next are open to votes (a deposit nonce in the window, a pool's next epoch, a
//! pending withdrawal), so the votes one relayer can cast for free are bounded. The wrapped coin of
//! a chain is minted only here: by an attested deposit, by attested rewards (into the pool
//! account, so the pool stays fully backed), and back to a user whose withdrawal failed.

use crate::{pallet::*, types::*, LOG_TARGET};
use frame_support::{
	defensive, ensure,
	pallet_prelude::*,
	storage::with_storage_layer,
	traits::{
		fungibles::{Inspect as _, Mutate as _},
		tokens::{Fortitude, Precision, Preservation},
	},
};
use sp_core::{H160, H256};
use sp_runtime::{
	traits::{BlockNumberProvider, Saturating, Zero},
	ArithmeticError, SaturatedConversion,
};

/// How a message's votes stand after a vote.
pub enum Tally {
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
				&& !limits.period.is_zero()
				&& !limits.min_withdrawal.is_zero(),
			Error::<T>::InvalidLimits
		);
		Ok(())
	}

	/// The current slot of a chain's sliding deposit window.
	pub(crate) fn slot_of(limits: &LimitsOf<T>) -> u64 {
		let period: u64 = limits.period.saturated_into();
		let now: u64 = Self::now().saturated_into();
		now / MintWindow::<BalanceOf<T>>::slot_len(period)
	}

	/// The bridge's clock: the block number of [`Config::BlockNumberProvider`].
	pub(crate) fn now() -> BlockNumberOf<T> {
		T::BlockNumberProvider::current_block_number()
	}

	/// Checks a relayer set: no duplicate, at least `MinRelayers`, and a threshold above half
	/// of it (and not above it).
	pub(crate) fn ensure_relayer_set(relayers: &RelayersOf<T>, threshold: u32) -> DispatchResult {
		for (i, r) in relayers.iter().enumerate() {
			ensure!(!relayers[..i].contains(r), Error::<T>::DuplicateRelayer);
		}
		ensure!(relayers.len() >= T::MinRelayers::get() as usize, Error::<T>::TooFewRelayers);
		let (n, t) = (relayers.len(), threshold as usize);
		ensure!(t > 0 && t <= n && 2 * t > n, Error::<T>::InvalidThreshold);
		Ok(())
	}

	/// Registers a chain (see `register_chain`).
	pub fn do_register_chain(
		chain: ChainId,
		wrapped: T::AssetId,
		limits: LimitsOf<T>,
		relayers: RelayersOf<T>,
		threshold: u32,
	) -> DispatchResult {
		ensure!(chain != 0, Error::<T>::InvalidChainId);
		ensure!(!Chains::<T>::contains_key(chain), Error::<T>::ChainExists);
		ensure!(T::Assets::asset_exists(wrapped.clone()), Error::<T>::WrappedNotFound);
		Self::ensure_limits(&limits)?;
		Self::ensure_relayer_set(&relayers, threshold)?;

		// The first chain of a coin records its issuance: from then on the bridge alone
		// mints and burns it.
		if !WrappedCoins::<T>::contains_key(&wrapped) {
			WrappedCoins::<T>::insert(&wrapped, T::Assets::total_issuance(wrapped.clone()));
		}
		Chains::<T>::insert(
			chain,
			ChainInfo {
				wrapped: wrapped.clone(),
				relayers: relayers.clone(),
				limits,
				threshold,
				paused: false,
				window: MintWindow { slot: Self::slot_of(&limits), used: Default::default() },
				queued: 0,
				minted: Zero::zero(),
				burned: Zero::zero(),
				withdrawn: Zero::zero(),
				released: Zero::zero(),
				refunded: Zero::zero(),
			},
		);
		Self::deposit_event(Event::ChainRegistered { chain, wrapped, limits, relayers, threshold });
		Ok(())
	}

	/// Replaces a chain's relayers and threshold (see `set_relayers`).
	pub(crate) fn do_set_relayers(
		chain: ChainId,
		relayers: RelayersOf<T>,
		threshold: u32,
	) -> DispatchResult {
		let mut info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		Self::ensure_relayer_set(&relayers, threshold)?;
		info.threshold = threshold;
		info.relayers = relayers.clone();
		Chains::<T>::insert(chain, info);
		Self::deposit_event(Event::RelayersSet { chain, relayers, threshold });
		Ok(())
	}

	/// Refuses a message that is malformed, not of this chain, or whose key is spent or not
	/// open yet.
	///
	/// A deposit is never refused for what it asks to be staked into: every nonce must be able
	/// to execute, or the window would stop; a stake that cannot be made pays the coin instead.
	/// Reports come only from the chain a pool's validators live on, for its next epoch.
	pub(crate) fn validate_message(chain: ChainId, message: &MessageOf<T>) -> DispatchResult {
		let pool_of = |pool: PoolId| -> Result<RemotePool<T::AssetId>, DispatchError> {
			T::Staking::remote_pool(pool).ok_or_else(|| Error::<T>::PoolNotFound.into())
		};
		let on_chain = |pool: PoolId| -> Result<RemotePool<T::AssetId>, DispatchError> {
			let p = pool_of(pool)?;
			ensure!(p.validator_chain == Some(chain), Error::<T>::WrongChain);
			Ok(p)
		};
		match message {
			BridgeMessage::Deposit(d) => {
				ensure!(!d.tx_hash.is_zero(), Error::<T>::ZeroHash);
				ensure!(!d.amount.is_zero(), Error::<T>::ZeroAmount);
				Self::check_inbound_nonce(chain, d.nonce)?;
			},
			BridgeMessage::Rewards { pool, epoch, amount }
			| BridgeMessage::Slash { pool, epoch, amount } => {
				ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
				Self::ensure_next_epoch(*epoch, on_chain(*pool)?.last_epoch)?;
			},
			BridgeMessage::Delegations { pool, epoch, .. } => {
				Self::ensure_next_epoch(*epoch, on_chain(*pool)?.delegation_epoch)?;
			},
			BridgeMessage::WithdrawalReleased { id, tx_hash } => {
				ensure!(!tx_hash.is_zero(), Error::<T>::ZeroHash);
				Self::pending_withdrawal(chain, *id)?;
			},
			BridgeMessage::WithdrawalFailed { id } => {
				Self::pending_withdrawal(chain, *id)?;
			},
			BridgeMessage::CertMinted { id, tx_hash } => {
				ensure!(!tx_hash.is_zero(), Error::<T>::ZeroHash);
				Self::pending_cert_transfer(chain, *id)?;
			},
			BridgeMessage::CertMintFailed { id } => {
				Self::pending_cert_transfer(chain, *id)?;
			},
			BridgeMessage::CertReturned { nonce, tx_hash, pool, amount, .. } => {
				Self::validate_cert_inbound(chain, *pool, *amount, tx_hash)?;
				Self::check_inbound_nonce(chain, *nonce)?;
			},
			BridgeMessage::CertRedeemed { nonce, tx_hash, pool, amount, recipient } => {
				Self::validate_cert_inbound(chain, *pool, *amount, tx_hash)?;
				ensure!(!recipient.is_zero(), Error::<T>::ZeroRecipient);
				Self::check_inbound_nonce(chain, *nonce)?;
			},
		}
		Ok(())
	}

	/// Only inbound nonces (deposits, cert returns, redemptions) in the window and not executed
	/// are open.
	fn check_inbound_nonce(chain: ChainId, nonce: u64) -> DispatchResult {
		DepositNonces::<T>::get(chain).check(nonce).map_err(|e| match e {
			NonceCheck::Executed => Error::<T>::AlreadyExecuted.into(),
			NonceCheck::Ahead => Error::<T>::NonceAhead.into(),
		})
	}

	/// Only the epoch after `last` is open: an earlier one is spent, a later one not yet open.
	fn ensure_next_epoch(epoch: Epoch, last: Epoch) -> DispatchResult {
		ensure!(epoch > last, Error::<T>::AlreadyExecuted);
		ensure!(Some(epoch) == last.checked_add(1), Error::<T>::UnexpectedEpoch);
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

	/// Whether `message` executes while its chain is paused: a slash only burns, and must not
	/// be dodged by leaving the pool during a pause.
	fn runs_when_paused(message: &MessageOf<T>) -> bool {
		matches!(message, BridgeMessage::Slash { .. })
	}

	/// Records `relayer`'s vote for `message`, and executes it when the threshold is reached.
	/// Returns the tally and whether the relayer changed an earlier vote on the key.
	pub(crate) fn do_attest(
		relayer: T::AccountId,
		chain: ChainId,
		message: MessageOf<T>,
	) -> Result<(Tally, bool), DispatchError> {
		let info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		let relayers = &info.relayers;
		ensure!(relayers.contains(&relayer), Error::<T>::NotRelayer);
		Self::validate_message(chain, &message)?;

		let key = message.key();
		let hash = Self::message_hash(chain, &message);
		let mut votes = Votes::<T>::get(chain, key);
		// Votes of relayers no longer in the set count for nothing: drop them.
		votes.retain(|(who, _)| relayers.contains(who));
		let changed = match votes.iter_mut().find(|(who, _)| *who == relayer) {
			Some((_, h)) if *h == hash => return Err(Error::<T>::AlreadyVoted.into()),
			Some((_, h)) => {
				*h = hash;
				true
			},
			None => {
				votes.try_push((relayer.clone(), hash)).map_err(|_| {
					defensive!("a vote list is bounded like the relayer set it is filtered by");
					Error::<T>::Defensive(DefensiveError::VotesFull)
				})?;
				false
			},
		};
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
		if count < info.threshold || (info.paused && !Self::runs_when_paused(&message)) {
			return Ok((Tally::Pending, changed));
		}
		let tally = match with_storage_layer(|| Self::execute(chain, &message)) {
			Ok(()) => {
				Votes::<T>::remove(chain, key);
				Self::deposit_event(Event::MessageExecuted { chain, key, message_hash: hash });
				Tally::Executed
			},
			Err(error) => {
				log::debug!(target: LOG_TARGET, "message {key:?} of chain {chain} failed: {error:?}");
				Self::deposit_event(Event::MessageFailed { chain, key, message_hash: hash, error });
				Tally::Failed
			},
		};
		Ok((tally, changed))
	}

	/// Executes a message the current relayers already attested (see `execute_message`).
	pub(crate) fn do_execute_message(chain: ChainId, message: MessageOf<T>) -> DispatchResult {
		let info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		ensure!(!info.paused || Self::runs_when_paused(&message), Error::<T>::ChainPaused);
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
				DepositNonces::<T>::mutate(chain, |n| n.mark(d.nonce));
				Self::roll_window(&mut info);
				if Self::fits(&info, d.amount) {
					info.window.record(d.amount);
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
						nonce: d.nonce,
						amount: d.amount,
					});
				}
			},
			BridgeMessage::Rewards { pool, epoch, amount } => {
				T::Assets::mint_into(
					info.wrapped.clone(),
					&T::Staking::pool_account(*pool),
					*amount,
				)?;
				info.minted = info.minted.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
				T::Staking::report_rewards(*pool, *epoch, *amount)?;
				Self::record_rate(*pool, *epoch);
			},
			BridgeMessage::Slash { pool, epoch, amount } => {
				T::Staking::report_slash(*pool, *epoch, *amount)?;
				let burned = T::Assets::burn_from(
					info.wrapped.clone(),
					&T::Staking::pool_account(*pool),
					*amount,
					Preservation::Expendable,
					Precision::Exact,
					Fortitude::Force,
				)?;
				Self::ensure_burned(burned, *amount)?;
				info.burned = info.burned.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
				Self::record_rate(*pool, *epoch);
			},
			BridgeMessage::Delegations { pool, epoch, delegations } => {
				T::Staking::report_delegations(*pool, *epoch, delegations.clone().into_inner())?;
			},
			BridgeMessage::WithdrawalReleased { id, tx_hash } => {
				let w = Withdrawals::<T>::take(id).ok_or(Error::<T>::WithdrawalNotFound)?;
				info.released =
					info.released.checked_add(&w.amount).ok_or(ArithmeticError::Overflow)?;
				Self::withdrawal_settled(*id, true);
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
				T::Assets::mint_into(info.wrapped.clone(), &w.who, w.amount)?;
				info.refunded =
					info.refunded.checked_add(&w.amount).ok_or(ArithmeticError::Overflow)?;
				Self::withdrawal_settled(*id, false);
				Self::deposit_event(Event::WithdrawalRefunded {
					id: *id,
					chain,
					who: w.who,
					amount: w.amount,
				});
			},
			BridgeMessage::CertMinted { id, tx_hash } => {
				Self::execute_cert_minted(chain, *id, *tx_hash)?;
			},
			BridgeMessage::CertMintFailed { id } => {
				Self::execute_cert_mint_failed(chain, *id)?;
			},
			BridgeMessage::CertReturned { nonce, pool, beneficiary, amount, .. } => {
				Self::execute_cert_returned(chain, *nonce, *pool, beneficiary, *amount)?;
			},
			BridgeMessage::CertRedeemed { nonce, pool, recipient, amount, .. } => {
				Self::execute_cert_redeemed(chain, *nonce, *pool, *recipient, *amount)?;
			},
		}
		Chains::<T>::insert(chain, info);
		Ok(())
	}

	/// Moves the sliding window to the current slot.
	fn roll_window(info: &mut ChainInfoOf<T>) {
		let slot = Self::slot_of(&info.limits);
		info.window.advance(slot);
	}

	/// Whether a deposit of `amount` is within the per-deposit limit and the sliding window.
	fn fits(info: &ChainInfoOf<T>, amount: BalanceOf<T>) -> bool {
		amount <= info.limits.max_per_deposit && Self::fits_period(info, amount)
	}

	/// Whether `amount` more is within the sliding window's limit.
	fn fits_period(info: &ChainInfoOf<T>, amount: BalanceOf<T>) -> bool {
		info.window.total().saturating_add(amount) <= info.limits.max_per_period
	}

	/// Mints a deposit's wrapped coin to its beneficiary, or stakes it for them. A stake that
	/// cannot be made (no such pool, a pool of another coin, or one that refuses it: paused,
	/// below its minimum, over its cap) pays the wrapped coin instead; a beneficiary who cannot
	/// receive it has it parked. A deposit is never lost.
	fn pay_deposit(chain: ChainId, info: &mut ChainInfoOf<T>, d: &DepositOf<T>) -> DispatchResult {
		let mut staked = None;
		if let Some((pool, kind)) = d.stake {
			// Minted into the pool account and staked, or neither.
			match with_storage_layer(|| {
				let p = T::Staking::remote_pool(pool).ok_or(Error::<T>::PoolNotFound)?;
				ensure!(p.underlying == info.wrapped, Error::<T>::NotThePoolsCoin);
				T::Assets::mint_into(
					info.wrapped.clone(),
					&T::Staking::pool_account(pool),
					d.amount,
				)?;
				T::Staking::stake_deposited(&d.beneficiary, pool, d.amount, kind)
			}) {
				Ok(_) => staked = Some((pool, kind)),
				Err(error) => Self::deposit_event(Event::DepositStakeFailed { chain, pool, error }),
			}
		}
		if staked.is_none() {
			let paid = with_storage_layer(|| {
				T::Assets::mint_into(info.wrapped.clone(), &d.beneficiary, d.amount)
			});
			if let Err(error) = paid {
				ParkedDeposits::<T>::insert(
					chain,
					d.nonce,
					ParkedDeposit { beneficiary: d.beneficiary.clone(), amount: d.amount },
				);
				Self::deposit_event(Event::DepositParked {
					chain,
					nonce: d.nonce,
					beneficiary: d.beneficiary.clone(),
					amount: d.amount,
					error,
				});
				return Ok(());
			}
		}
		info.minted = info.minted.checked_add(&d.amount).ok_or(ArithmeticError::Overflow)?;
		Self::deposit_event(Event::Deposited {
			chain,
			nonce: d.nonce,
			beneficiary: d.beneficiary.clone(),
			amount: d.amount,
			staked,
		});
		Ok(())
	}

	/// Pays a parked deposit to `to`; `beneficiary`, if given, must be the deposit's (see
	/// `claim_parked_deposit` and `redirect_parked_deposit`).
	pub(crate) fn do_pay_parked(
		chain: ChainId,
		nonce: u64,
		beneficiary: Option<&T::AccountId>,
		to: T::AccountId,
	) -> DispatchResult {
		let mut info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		ensure!(!info.paused, Error::<T>::ChainPaused);
		let parked =
			ParkedDeposits::<T>::get(chain, nonce).ok_or(Error::<T>::ParkedDepositNotFound)?;
		if let Some(who) = beneficiary {
			ensure!(*who == parked.beneficiary, Error::<T>::NotBeneficiary);
		}
		T::Assets::mint_into(info.wrapped.clone(), &to, parked.amount)?;
		info.minted = info.minted.checked_add(&parked.amount).ok_or(ArithmeticError::Overflow)?;
		ParkedDeposits::<T>::remove(chain, nonce);
		Chains::<T>::insert(chain, info);
		Self::deposit_event(Event::ParkedDepositPaid { chain, nonce, to, amount: parked.amount });
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
		// Governance may pass over the per-deposit limit, never over the window's.
		let fits =
			if approved { Self::fits_period(&info, d.amount) } else { Self::fits(&info, d.amount) };
		ensure!(fits, Error::<T>::DepositOverLimit);
		info.window.record(d.amount);
		DepositQueue::<T>::remove(chain, id);
		info.queued = info.queued.checked_sub(1).ok_or_else(|| {
			defensive!("a queued deposit is counted in its chain's queue");
			Error::<T>::Defensive(DefensiveError::QueueCount)
		})?;
		Self::pay_deposit(chain, &mut info, &d)?;
		Chains::<T>::insert(chain, info);
		Self::deposit_event(Event::QueuedDepositReleased { chain, id, approved });
		Ok(())
	}

	/// Burns `amount` of a chain's wrapped coin from `who` and records a withdrawal to
	/// `recipient` (see `withdraw_to_remote`); `minimum`: whether the chain's minimum
	/// withdrawal applies (not to a redemption's, see `complete_redemption`).
	pub(crate) fn do_withdraw_to_remote(
		who: T::AccountId,
		chain: ChainId,
		amount: BalanceOf<T>,
		recipient: H160,
		minimum: bool,
	) -> Result<WithdrawalId, DispatchError> {
		let mut info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		ensure!(!info.paused, Error::<T>::ChainPaused);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(
			!minimum || amount >= info.limits.min_withdrawal,
			Error::<T>::BelowMinimumWithdrawal
		);
		ensure!(!recipient.is_zero(), Error::<T>::ZeroRecipient);
		let balance = T::Assets::reducible_balance(
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
			left.is_zero() || left >= T::Assets::minimum_balance(info.wrapped.clone()),
			Error::<T>::WithdrawalLeavesDust
		);
		let burned = T::Assets::burn_from(
			info.wrapped.clone(),
			&who,
			amount,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		Self::ensure_burned(burned, amount)?;
		info.withdrawn = info.withdrawn.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
		let id = NextWithdrawalId::<T>::get();
		NextWithdrawalId::<T>::put(id.checked_add(1).ok_or(ArithmeticError::Overflow)?);
		Withdrawals::<T>::insert(
			id,
			Withdrawal { chain, who: who.clone(), recipient, amount, requested_at: Self::now() },
		);
		Chains::<T>::insert(chain, info);
		Self::deposit_event(Event::WithdrawalRequested { id, chain, who, recipient, amount });
		Ok(id)
	}

	/// Refunds a withdrawal not settled in time (see `refund_withdrawal`); `by` is the signed
	/// caller, `None` for governance.
	pub(crate) fn do_refund_withdrawal(
		id: WithdrawalId,
		by: Option<T::AccountId>,
	) -> DispatchResult {
		let w = Withdrawals::<T>::get(id).ok_or(Error::<T>::WithdrawalNotFound)?;
		if let Some(who) = &by {
			ensure!(*who == w.who, Error::<T>::NotWithdrawalOwner);
		}
		ensure!(
			Self::now() >= w.requested_at.saturating_add(T::WithdrawalTimeout::get()),
			Error::<T>::WithdrawalNotExpired
		);
		let mut info = Chains::<T>::get(w.chain).ok_or(Error::<T>::ChainNotFound)?;
		T::Assets::mint_into(info.wrapped.clone(), &w.who, w.amount)?;
		info.refunded = info.refunded.checked_add(&w.amount).ok_or(ArithmeticError::Overflow)?;
		Withdrawals::<T>::remove(id);
		Self::withdrawal_settled(id, false);
		// Votes on its settlement can no longer execute.
		Votes::<T>::remove(w.chain, ReplayKey::Withdrawal { id });
		Chains::<T>::insert(w.chain, info);
		Self::deposit_event(Event::WithdrawalRefunded {
			id,
			chain: w.chain,
			who: w.who,
			amount: w.amount,
		});
		Ok(())
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

	/// A burn with `Precision::Exact` took exactly what was asked.
	fn ensure_burned(burned: BalanceOf<T>, asked: BalanceOf<T>) -> DispatchResult {
		if burned != asked {
			defensive!("an exact burn took another amount");
			return Err(Error::<T>::Defensive(DefensiveError::PartialBurn).into());
		}
		Ok(())
	}

	/// The weight of a vote that executes nothing: the largest of every message kind's.
	pub(crate) fn vote_weight() -> Weight {
		use crate::WeightInfo as _;
		T::WeightInfo::attest_vote()
			.max(T::WeightInfo::attest_vote_report())
			.max(T::WeightInfo::attest_vote_withdrawal())
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
			BridgeMessage::CertMinted { .. } => T::WeightInfo::attest_cert_minted(),
			BridgeMessage::CertMintFailed { .. } => T::WeightInfo::attest_cert_mint_failed(),
			BridgeMessage::CertReturned { .. } => T::WeightInfo::attest_cert_returned(),
			BridgeMessage::CertRedeemed { .. } => T::WeightInfo::attest_cert_redeemed(),
		};
		w.max(Self::vote_weight())
	}
}

/// What liquid staking asks of the bridge: the wrapped coin of a registered chain, so that a
/// pool staked on that chain is created with that coin, and the withdrawals that send a claimed
/// unbonding request to its remote destination.
impl<T: Config> RemoteChains<T::AccountId, T::AssetId, BalanceOf<T>> for Pallet<T> {
	fn wrapped_coin(chain: ChainId) -> Option<T::AssetId> {
		Chains::<T>::get(chain).map(|c| c.wrapped)
	}

	fn can_withdraw(chain: ChainId, amount: BalanceOf<T>) -> DispatchResult {
		let info = Chains::<T>::get(chain).ok_or(Error::<T>::ChainNotFound)?;
		ensure!(!info.paused, Error::<T>::ChainPaused);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(amount >= info.limits.min_withdrawal, Error::<T>::BelowMinimumWithdrawal);
		Ok(())
	}

	fn withdraw(
		who: &T::AccountId,
		chain: ChainId,
		amount: BalanceOf<T>,
		recipient: H160,
	) -> DispatchResult {
		with_storage_layer(|| {
			Self::do_withdraw_to_remote(who.clone(), chain, amount, recipient, false).map(|_| ())
		})
	}

	fn withdraw_weight() -> Weight {
		use crate::WeightInfo as _;
		T::WeightInfo::withdraw_to_remote()
	}
}
