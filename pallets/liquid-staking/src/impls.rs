//! The logic behind the calls, the queries and the invariants.

use crate::{
	math::{self, from_u128, to_u128},
	pallet::*,
	types::*,
	weights::WeightInfo,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungibles::{metadata::Mutate as _, Create as _, Inspect as _, Mutate as _},
		schedule::{
			v3::{Named as _, TaskName},
			DispatchTime, HIGHEST_PRIORITY,
		},
		tokens::{Fortitude, Precision, Preservation, Provenance},
		Contains, DefensiveOption, StorePreimage,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{AccountIdConversion, BlockNumberProvider, Saturating, Zero},
	ArithmeticError, FixedI128, FixedPointNumber, FixedU128, Perbill, SaturatedConversion,
};

/// The largest conversion fee a pool may have.
pub const MAX_CONVERSION_FEE: Perbill = Perbill::from_percent(1);

/// Where the underlying of a stake comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Funding {
	/// The staker's own coins, moved into the pool account (keeping the staker alive).
	Transfer,
	/// A deposit the bridge attested: the coin was minted into the pool account by the bridge.
	Deposited,
}

impl<T: Config> Pallet<T> {
	/// The weight of a claim that pays `requests` requests and sends `exits` withdrawals to
	/// remote destinations.
	pub fn claim_weight(requests: u32, exits: u32) -> Weight {
		T::WeightInfo::claim(requests)
			.saturating_add(T::RemoteChains::withdraw_weight().saturating_mul(exits.into()))
	}

	/// The pallet's clock: the block number of [`Config::BlockNumberProvider`] (the relay
	/// chain's in a parachain), in which unbonding periods, buckets and report intervals count.
	pub fn now() -> BlockNumberFor<T> {
		T::BlockNumberProvider::current_block_number()
	}

	/// The account that owns the cert assets.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The account that holds a pool's underlying (and the pool's dead shares).
	pub fn pool_account(pool: PoolId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating((b'p', pool))
	}

	/// The scheduler task name of a bucket: a hash of the pallet id, the pool and the bucket.
	pub fn task_name(pool: PoolId, bucket: BlockNumberFor<T>) -> TaskName {
		(T::PalletId::get(), b"mature", pool, bucket).using_encoded(sp_io::hashing::blake2_256)
	}

	pub(crate) fn pool_info(pool: PoolId) -> Result<PoolInfoOf<T>, DispatchError> {
		Pools::<T>::get(pool).ok_or_else(|| Error::<T>::PoolNotFound.into())
	}

	fn ensure_params(underlying: &T::UnderlyingAssetId, p: &PoolParamsOf<T>) -> DispatchResult {
		// A request below the coin's minimum could not be paid to an owner without an account.
		let min_balance = T::Underlying::minimum_balance(underlying.clone());
		ensure!(
			!p.min_stake.is_zero()
				&& !p.min_unstake.is_zero()
				&& p.min_stake >= min_balance
				&& p.min_unstake >= min_balance,
			Error::<T>::InvalidMinimum
		);
		ensure!(
			!p.unbonding_period.is_zero() && p.unbonding_period <= T::MaxUnbondingPeriod::get(),
			Error::<T>::InvalidUnbondingPeriod
		);
		ensure!(
			!p.bucket_interval.is_zero() && p.bucket_interval <= p.unbonding_period,
			Error::<T>::InvalidBucketInterval
		);
		ensure!(p.commission <= T::MaxCommission::get(), Error::<T>::CommissionTooHigh);
		ensure!(p.conversion_fee <= MAX_CONVERSION_FEE, Error::<T>::ConversionFeeTooHigh);
		ensure!(
			!p.max_reward_per_report.is_zero()
				&& p.max_reward_per_report <= T::MaxRewardPerReport::get(),
			Error::<T>::InvalidRewardBound
		);
		ensure!(!p.max_slash_per_report.is_zero(), Error::<T>::InvalidSlashBound);
		ensure!(!p.min_report_interval.is_zero(), Error::<T>::InvalidReportInterval);
		ensure!(p.stake_cap.is_none_or(|c| !c.is_zero()), Error::<T>::InvalidStakeCap);
		ensure!(!p.max_validator_target.is_zero(), Error::<T>::InvalidValidatorCap);
		Ok(())
	}

	pub(crate) fn do_create_pool(
		underlying: T::UnderlyingAssetId,
		cert: T::CertAssetId,
		metadata: CertMetadataOf<T>,
		validator_chain: Option<ChainId>,
		params: PoolParamsOf<T>,
	) -> Result<PoolId, DispatchError> {
		let CertMetadata { name, symbol, decimals, min_balance } = metadata;
		ensure!(T::Underlying::asset_exists(underlying.clone()), Error::<T>::UnderlyingNotFound);
		ensure!(!T::Certs::asset_exists(cert), Error::<T>::CertAssetExists);
		ensure!(!name.is_empty() && !symbol.is_empty(), Error::<T>::InvalidMetadata);
		let dead_shares = math::dead_shares(decimals)
			.and_then(|d| from_u128::<BalanceOf<T>>(d).ok())
			.ok_or(Error::<T>::InvalidMetadata)?;
		ensure!(!min_balance.is_zero(), Error::<T>::InvalidCertMinBalance);
		if let Some(chain) = validator_chain {
			let wrapped = T::RemoteChains::wrapped_coin(chain).ok_or(Error::<T>::ChainNotFound)?;
			ensure!(wrapped == underlying, Error::<T>::UnderlyingNotWrapped);
		}
		Self::ensure_params(&underlying, &params)?;

		let id = NextPoolId::<T>::get();
		let next = id.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		let owner = Self::account_id();
		T::Certs::create(cert, owner.clone(), true, min_balance)?;
		T::Certs::set(cert, &owner, name.into_inner(), symbol.into_inner(), decimals)?;

		Pools::<T>::insert(
			id,
			PoolInfo {
				underlying: underlying.clone(),
				cert,
				validator_chain,
				params,
				paused: PauseFlags::default(),
				total_pooled: Zero::zero(),
				total_shares: Zero::zero(),
				bond_shares: Zero::zero(),
				unbonding_shares: Zero::zero(),
				claimable: Zero::zero(),
				unplanned: Zero::zero(),
				last_epoch: 0,
				delegation_epoch: 0,
				last_report_block: None,
				dead_shares,
			},
		);
		NextPoolId::<T>::put(next);
		Self::deposit_event(Event::PoolCreated { pool: id, underlying, cert });
		Ok(id)
	}

	pub(crate) fn do_set_pool_params(pool: PoolId, params: PoolParamsOf<T>) -> DispatchResult {
		let mut info = Self::pool_info(pool)?;
		Self::ensure_params(&info.underlying, &params)?;
		ensure!(
			Validators::<T>::get(pool)
				.iter()
				.all(|b| b.target <= params.max_validator_target),
			Error::<T>::CapBelowAllocation
		);
		info.params = params.clone();
		Pools::<T>::insert(pool, info);
		Self::deposit_event(Event::PoolParamsSet { pool, params });
		Ok(())
	}

	/// The shares a stake of `amount` buys now, the dead shares of a first stake apart.
	fn stake_shares(
		info: &PoolInfoOf<T>,
		amount: BalanceOf<T>,
	) -> Result<(u128, u128), DispatchError> {
		let (pooled, shares) = (to_u128(info.total_pooled), to_u128(info.total_shares));
		ensure!(shares == 0 || pooled > 0, Error::<T>::PoolInsolvent);
		let bought = math::shares_for_stake(to_u128(amount), pooled, shares)?;
		let dead = if shares == 0 { to_u128(info.dead_shares) } else { 0 };
		ensure!(bought > dead, Error::<T>::AmountTooSmall);
		Ok((bought, dead))
	}

	/// The weight of a stake of `kind`: in a pool of a native coin, or of any other coin (the
	/// most either costs, as it is charged before the pool is known).
	pub(crate) fn stake_weight(kind: TokenKind, native: bool) -> Weight {
		let (asset, native_coin) = match kind {
			TokenKind::Bond => (T::WeightInfo::stake_bond(), T::WeightInfo::stake_bond_native()),
			TokenKind::Cert => (T::WeightInfo::stake_cert(), T::WeightInfo::stake_cert_native()),
		};
		if native {
			native_coin
		} else {
			asset.max(native_coin)
		}
	}

	/// Stakes `amount` of `who`'s own coins; see [`Self::do_stake_funded`].
	pub(crate) fn do_stake(
		who: &T::AccountId,
		pool: PoolId,
		amount: BalanceOf<T>,
		kind: TokenKind,
	) -> Result<(BalanceOf<T>, bool), DispatchError> {
		Self::do_stake_funded(who, pool, amount, kind, Funding::Transfer)
	}

	/// Stakes `amount` for `who`, the underlying coming from `funding`. Returns the shares
	/// given to `who` and whether the pool's underlying is a [`Config::NativeUnderlying`] coin.
	pub(crate) fn do_stake_funded(
		who: &T::AccountId,
		pool: PoolId,
		amount: BalanceOf<T>,
		kind: TokenKind,
		funding: Funding,
	) -> Result<(BalanceOf<T>, bool), DispatchError> {
		let mut info = Self::pool_info(pool)?;
		ensure!(!info.paused.staking, Error::<T>::StakingPaused);
		ensure!(amount >= info.params.min_stake, Error::<T>::BelowMinimumStake);
		let new_pooled = info.total_pooled.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
		if let Some(cap) = info.params.stake_cap {
			ensure!(new_pooled <= cap, Error::<T>::StakeCapExceeded);
		}
		let (bought, dead) = Self::stake_shares(&info, amount)?;
		let (bought_b, dead_b) =
			(from_u128::<BalanceOf<T>>(bought)?, from_u128::<BalanceOf<T>>(dead)?);
		let user = bought_b.saturating_sub(dead_b);

		match funding {
			Funding::Transfer => {
				T::Underlying::transfer(
					info.underlying.clone(),
					who,
					&Self::pool_account(pool),
					amount,
					Preservation::Preserve,
				)?;
			},
			Funding::Deposited => {},
		}
		if !dead_b.is_zero() {
			BondShares::<T>::mutate(pool, Self::pool_account(pool), |s| {
				s.saturating_accrue(dead_b)
			});
			info.bond_shares.saturating_accrue(dead_b);
		}
		match kind {
			TokenKind::Cert => {
				T::Certs::mint_into(info.cert, who, user)?;
			},
			TokenKind::Bond => {
				BondShares::<T>::mutate(pool, who, |s| s.saturating_accrue(user));
				info.bond_shares.saturating_accrue(user);
			},
		}
		info.total_pooled = new_pooled;
		info.total_shares =
			info.total_shares.checked_add(&bought_b).ok_or(ArithmeticError::Overflow)?;
		// Planned onto the validators with the block's other stakes (see `plan_stakes`).
		info.unplanned = info.unplanned.saturating_add(amount);
		let native = T::NativeUnderlying::contains(&info.underlying);
		Pools::<T>::insert(pool, info);
		Self::deposit_event(Event::Staked { pool, who: who.clone(), amount, shares: user, kind });
		Ok((user, native))
	}

	/// Bond shares to debit for bond worth `amount`, checked against `who`'s shares.
	fn bond_debit(
		info: &PoolInfoOf<T>,
		pool: PoolId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		ensure!(!amount.is_zero(), Error::<T>::AmountTooSmall);
		ensure!(!info.total_pooled.is_zero(), Error::<T>::InsufficientBond);
		let shares = from_u128::<BalanceOf<T>>(math::shares_to_debit(
			to_u128(amount),
			to_u128(info.total_pooled),
			to_u128(info.total_shares),
		)?)?;
		ensure!(!shares.is_zero(), Error::<T>::AmountTooSmall);
		ensure!(BondShares::<T>::get(pool, who) >= shares, Error::<T>::InsufficientBond);
		Ok(shares)
	}

	/// The bond token's existential amount: the underlying's minimum balance (1 bond = 1 coin).
	pub(crate) fn min_bond(info: &PoolInfoOf<T>) -> BalanceOf<T> {
		T::Underlying::minimum_balance(info.underlying.clone())
	}

	/// Refuses to credit `shares` to `who` if `who` holds no bond of the pool and they are
	/// worth less than [`Self::min_bond`]: a bond balance costs its holder at least that, so
	/// no one fills the state with dust balances for nothing.
	pub(crate) fn ensure_bond_credit(
		info: &PoolInfoOf<T>,
		pool: PoolId,
		who: &T::AccountId,
		shares: BalanceOf<T>,
	) -> DispatchResult {
		if BondShares::<T>::contains_key(pool, who) {
			return Ok(());
		}
		let value =
			math::value_of(to_u128(shares), to_u128(info.total_pooled), to_u128(info.total_shares));
		ensure!(value >= to_u128(Self::min_bond(info)), Error::<T>::BelowMinimumBond);
		Ok(())
	}

	fn take_bond_shares(pool: PoolId, who: &T::AccountId, shares: BalanceOf<T>) -> DispatchResult {
		BondShares::<T>::try_mutate_exists(pool, who, |s| -> DispatchResult {
			let have = s.unwrap_or_default();
			let left = have.checked_sub(&shares).ok_or(Error::<T>::InsufficientBond)?;
			*s = if left.is_zero() { None } else { Some(left) };
			Ok(())
		})
	}

	/// Burns exactly `amount` cert of `who`. Refused if it would leave a rest below the cert's
	/// minimum balance, which pallet-assets would burn too: every cert burned is accounted for.
	fn burn_cert(info: &PoolInfoOf<T>, who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let have = T::Certs::balance(info.cert, who);
		ensure!(have >= amount, Error::<T>::InsufficientCert);
		let left = have - amount;
		ensure!(
			left.is_zero() || left >= T::Certs::minimum_balance(info.cert),
			Error::<T>::CertLeavesDust
		);
		let burned = T::Certs::burn_from(
			info.cert,
			who,
			amount,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		if burned != amount {
			frame_support::defensive!("an exact burn took another amount");
			return Err(Error::<T>::Defensive(DefensiveError::PartialBurn).into());
		}
		Ok(())
	}

	/// The conversion fee of `shares`, or nothing if the commission account cannot take it
	/// (below the cert's minimum balance in a new account): it then stays with the converter.
	fn conversion_fee(info: &PoolInfoOf<T>, shares: BalanceOf<T>) -> BalanceOf<T> {
		let fee = info.params.conversion_fee.mul_ceil(shares);
		let account = &info.params.commission_account;
		if fee.is_zero()
			|| T::Certs::can_deposit(info.cert, account, fee, Provenance::Minted)
				== frame_support::traits::tokens::DepositConsequence::Success
		{
			fee
		} else {
			Zero::zero()
		}
	}

	pub(crate) fn do_bond_to_cert(
		who: &T::AccountId,
		pool: PoolId,
		amount: Option<BalanceOf<T>>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut info = Self::pool_info(pool)?;
		let shares = match amount {
			Some(a) => Self::bond_debit(&info, pool, who, a)?,
			None => {
				let all = BondShares::<T>::get(pool, who);
				ensure!(!all.is_zero(), Error::<T>::InsufficientBond);
				all
			},
		};
		let fee = Self::conversion_fee(&info, shares);
		let out = shares.saturating_sub(fee);
		ensure!(!out.is_zero(), Error::<T>::AmountTooSmall);
		Self::take_bond_shares(pool, who, shares)?;
		info.bond_shares.saturating_reduce(shares);
		T::Certs::mint_into(info.cert, who, out)?;
		if !fee.is_zero() {
			T::Certs::mint_into(info.cert, &info.params.commission_account, fee)?;
		}
		Pools::<T>::insert(pool, info);
		Self::deposit_event(Event::Converted {
			pool,
			who: who.clone(),
			from: TokenKind::Bond,
			shares,
			fee,
		});
		Ok(fee)
	}

	pub(crate) fn do_cert_to_bond(
		who: &T::AccountId,
		pool: PoolId,
		amount: Option<BalanceOf<T>>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut info = Self::pool_info(pool)?;
		let shares = match amount {
			Some(a) => {
				ensure!(!a.is_zero(), Error::<T>::AmountTooSmall);
				a
			},
			None => {
				let all = T::Certs::balance(info.cert, who);
				ensure!(!all.is_zero(), Error::<T>::InsufficientCert);
				all
			},
		};
		let fee = Self::conversion_fee(&info, shares);
		let out = shares.saturating_sub(fee);
		ensure!(!out.is_zero(), Error::<T>::AmountTooSmall);
		Self::ensure_bond_credit(&info, pool, who, out)?;
		Self::burn_cert(&info, who, shares)?;
		if !fee.is_zero() {
			T::Certs::mint_into(info.cert, &info.params.commission_account, fee)?;
		}
		BondShares::<T>::mutate(pool, who, |s| s.saturating_accrue(out));
		info.bond_shares.saturating_accrue(out);
		Pools::<T>::insert(pool, info);
		Self::deposit_event(Event::Converted {
			pool,
			who: who.clone(),
			from: TokenKind::Cert,
			shares,
			fee,
		});
		Ok(fee)
	}

	/// The account that holds the bond shares of `Balanced` withdrawals until they are deposited.
	pub fn transit_account(pool: PoolId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating((b't', pool))
	}

	/// Moves `shares` bond shares from `from` to `to`.
	pub(crate) fn move_bond_shares(
		pool: PoolId,
		from: &T::AccountId,
		to: &T::AccountId,
		shares: BalanceOf<T>,
	) -> DispatchResult {
		Self::take_bond_shares(pool, from, shares)?;
		BondShares::<T>::mutate(pool, to, |s| s.saturating_accrue(shares));
		Ok(())
	}

	pub(crate) fn do_transfer_bond(
		pool: PoolId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let info = Self::pool_info(pool)?;
		ensure!(from != to, Error::<T>::SameAccount);
		let shares = Self::bond_debit(&info, pool, from, amount)?;
		Self::ensure_bond_credit(&info, pool, to, shares)?;
		Self::take_bond_shares(pool, from, shares)?;
		BondShares::<T>::mutate(pool, to, |s| s.saturating_accrue(shares));
		Self::deposit_event(Event::BondTransferred {
			pool,
			from: from.clone(),
			to: to.clone(),
			amount,
			shares,
		});
		Ok(shares)
	}

	/// The bucket of a request made now: `now + period` rounded up to the bucket interval.
	pub(crate) fn release_block(info: &PoolInfoOf<T>) -> Result<BlockNumberFor<T>, DispatchError> {
		let now: u128 = Self::now().saturated_into();
		let at = now
			.checked_add(info.params.unbonding_period.saturated_into())
			.ok_or(ArithmeticError::Overflow)?;
		let bucket = math::round_up_to(at, info.params.bucket_interval.saturated_into())
			.ok_or(ArithmeticError::Overflow)?;
		bucket.try_into().map_err(|_| ArithmeticError::Overflow.into())
	}

	/// Unstakes `amount` of `who`'s `kind` of `pool` into the bucket of its release, a request
	/// whose claim pays `who` here or, with a `destination`, sends the coin there. Returns the
	/// bucket and the request's value now.
	pub(crate) fn do_unstake(
		who: &T::AccountId,
		pool: PoolId,
		amount: BalanceOf<T>,
		kind: TokenKind,
		destination: Option<RemoteDestination>,
	) -> Result<(BlockNumberFor<T>, BalanceOf<T>), DispatchError> {
		let mut info = Self::pool_info(pool)?;
		ensure!(!info.paused.unstaking, Error::<T>::UnstakingPaused);
		if let Some(d) = destination {
			ensure!(
				T::RemoteChains::wrapped_coin(d.chain).as_ref() == Some(&info.underlying),
				Error::<T>::DestinationNotOfPoolCoin
			);
			ensure!(!d.recipient.is_zero(), Error::<T>::ZeroRecipient);
		}
		ensure!(!amount.is_zero(), Error::<T>::AmountTooSmall);
		let (shares, value) = match kind {
			TokenKind::Bond => (Self::bond_debit(&info, pool, who, amount)?, amount),
			TokenKind::Cert => {
				let value = from_u128::<BalanceOf<T>>(math::value_of(
					to_u128(amount),
					to_u128(info.total_pooled),
					to_u128(info.total_shares),
				))?;
				(amount, value)
			},
		};
		ensure!(value >= info.params.min_unstake, Error::<T>::BelowMinimumUnstake);
		if let Some(d) = destination {
			T::RemoteChains::can_withdraw(d.chain, value)?;
		}
		let bucket = Self::release_block(&info)?;

		Unbonding::<T>::try_mutate(pool, who, |requests| -> DispatchResult {
			// Requests of one bucket merge when they go to the same place.
			if let Some(r) =
				requests.iter_mut().find(|r| r.bucket == bucket && r.destination == destination)
			{
				r.shares = r.shares.checked_add(&shares).ok_or(ArithmeticError::Overflow)?;
			} else {
				requests
					.try_push(UnbondingRequest { bucket, shares, destination })
					.map_err(|_| Error::<T>::TooManyUnbondingRequests)?;
			}
			Ok(())
		})?;
		match kind {
			TokenKind::Bond => {
				Self::take_bond_shares(pool, who, shares)?;
				info.bond_shares.saturating_reduce(shares);
			},
			TokenKind::Cert => Self::burn_cert(&info, who, shares)?,
		}
		info.unbonding_shares =
			info.unbonding_shares.checked_add(&shares).ok_or(ArithmeticError::Overflow)?;

		let existing = Buckets::<T>::get(pool, bucket);
		let mut b = existing.unwrap_or_default();
		b.shares = b.shares.checked_add(&shares).ok_or(ArithmeticError::Overflow)?;
		Buckets::<T>::insert(pool, bucket, b);
		if existing.is_none() {
			Self::schedule_maturity(pool, bucket);
		}
		Pools::<T>::insert(pool, info);
		Self::deposit_event(Event::Unstaked {
			pool,
			who: who.clone(),
			kind,
			amount: value,
			shares,
			release_at: bucket,
		});
		if let Some(destination) = destination {
			Self::deposit_event(Event::ExitRequested {
				pool,
				who: who.clone(),
				release_at: bucket,
				destination,
			});
		}
		Ok((bucket, value))
	}

	/// Schedules the one task that matures a bucket; a refusal is reported, not fatal.
	fn schedule_maturity(pool: PoolId, bucket: BlockNumberFor<T>) {
		let call: <T as frame_system::Config>::RuntimeCall =
			Call::<T>::mature { pool, bucket }.into();
		let result = T::Preimages::bound(call).and_then(|bounded| {
			T::Scheduler::schedule_named(
				Self::task_name(pool, bucket),
				DispatchTime::At(bucket),
				None,
				HIGHEST_PRIORITY,
				frame_system::RawOrigin::Root.into(),
				bounded,
			)
		});
		if let Err(error) = result {
			log::warn!(
				target: crate::LOG_TARGET,
				"bucket {bucket:?} of pool {pool} not scheduled: {error:?}; claims mature it"
			);
			Self::deposit_event(Event::MaturityNotScheduled { pool, bucket, error });
		}
	}

	pub(crate) fn do_mature(pool: PoolId, bucket: BlockNumberFor<T>) -> DispatchResult {
		let mut info = Self::pool_info(pool)?;
		let mut b = Buckets::<T>::get(pool, bucket).ok_or(Error::<T>::BucketNotFound)?;
		ensure!(Self::now() >= bucket, Error::<T>::BucketNotDue);
		ensure!(b.matured.is_none(), Error::<T>::BucketAlreadyMatured);
		Self::mature_into(&mut info, pool, bucket, &mut b)?;
		Buckets::<T>::insert(pool, bucket, b);
		Pools::<T>::insert(pool, info);
		Ok(())
	}

	/// Moves a due bucket's shares and value out of `S` and `P`; the value becomes claimable.
	fn mature_into(
		info: &mut PoolInfoOf<T>,
		pool: PoolId,
		bucket: BlockNumberFor<T>,
		b: &mut Bucket<BalanceOf<T>>,
	) -> DispatchResult {
		let amount = from_u128::<BalanceOf<T>>(math::value_of(
			to_u128(b.shares),
			to_u128(info.total_pooled),
			to_u128(info.total_shares),
		))?;
		let total_before = info.total_pooled;
		info.total_pooled = info
			.total_pooled
			.checked_sub(&amount)
			.defensive_ok_or(Error::<T>::Defensive(DefensiveError::PooledUnderflow))?;
		info.total_shares = info
			.total_shares
			.checked_sub(&b.shares)
			.defensive_ok_or(Error::<T>::Defensive(DefensiveError::SharesUnderflow))?;
		info.unbonding_shares = info
			.unbonding_shares
			.checked_sub(&b.shares)
			.defensive_ok_or(Error::<T>::Defensive(DefensiveError::SharesUnderflow))?;
		info.claimable = info.claimable.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
		b.matured = Some(amount);
		Self::deposit_event(Event::BucketMatured { pool, bucket, shares: b.shares, amount });
		// The stakes not yet planned first, so that the release is planned from full books.
		Self::plan_stakes_of(pool, info, total_before);
		Self::plan(pool, PlanDirection::Undelegate, amount, info.total_pooled);
		Ok(())
	}

	/// Pays `owner`'s matured requests, at most `MaxClaimsPerCall` of them, and sends those with
	/// a remote destination on to it; returns the amount paid, the number of requests paid and
	/// the number of withdrawals sent.
	pub(crate) fn do_claim(
		pool: PoolId,
		owner: &T::AccountId,
	) -> Result<(BalanceOf<T>, u32, u32), DispatchError> {
		let mut info = Self::pool_info(pool)?;
		let now = Self::now();
		let requests = Unbonding::<T>::get(pool, owner);
		let mut kept: Vec<RequestOf<T>> = Vec::new();
		let mut total: BalanceOf<T> = Zero::zero();
		// What goes to each remote destination, in the order of the requests.
		let mut exits: Vec<(RemoteDestination, BalanceOf<T>)> = Vec::new();
		let mut claimed_any = false;
		let most = T::MaxClaimsPerCall::get() as usize;
		let mut paid = 0usize;
		for r in requests.into_iter() {
			// Not due yet, or beyond what one call pays: kept for a later claim.
			if r.bucket > now || paid == most {
				kept.push(r);
				continue;
			}
			paid += 1;
			let mut b = Buckets::<T>::get(pool, r.bucket)
				.defensive_ok_or(Error::<T>::Defensive(DefensiveError::BucketMissing))?;
			if b.matured.is_none() {
				// The bucket's task did not run (dropped or postponed by the scheduler). Its
				// agenda is left alone: reading it would charge this claim the whole agenda's
				// proof, and if the task runs later it finds the bucket matured and does nothing.
				Self::mature_into(&mut info, pool, r.bucket, &mut b)?;
			}
			let remaining = b.matured.unwrap_or_default();
			let pay = from_u128::<BalanceOf<T>>(math::payout(
				to_u128(r.shares),
				to_u128(remaining),
				to_u128(b.shares),
			))?;
			b.shares = b
				.shares
				.checked_sub(&r.shares)
				.defensive_ok_or(Error::<T>::Defensive(DefensiveError::SharesUnderflow))?;
			let left = remaining
				.checked_sub(&pay)
				.defensive_ok_or(Error::<T>::Defensive(DefensiveError::ClaimableUnderflow))?;
			if b.shares.is_zero() {
				Buckets::<T>::remove(pool, r.bucket);
			} else {
				b.matured = Some(left);
				Buckets::<T>::insert(pool, r.bucket, b);
			}
			total = total.checked_add(&pay).ok_or(ArithmeticError::Overflow)?;
			if let Some(d) = r.destination {
				match exits.iter_mut().find(|(e, _)| *e == d) {
					Some((_, sum)) => sum.saturating_accrue(pay),
					None => exits.push((d, pay)),
				}
			}
			claimed_any = true;
		}
		ensure!(claimed_any, Error::<T>::NothingToClaim);
		info.claimable = info
			.claimable
			.checked_sub(&total)
			.defensive_ok_or(Error::<T>::Defensive(DefensiveError::ClaimableUnderflow))?;
		if kept.is_empty() {
			Unbonding::<T>::remove(pool, owner);
		} else {
			let kept: RequestsOf<T> = kept
				.try_into()
				.ok()
				.defensive_ok_or(Error::<T>::Defensive(DefensiveError::RequestsOverflow))?;
			Unbonding::<T>::insert(pool, owner, kept);
		}
		// What goes to remote destinations is paid and sent on piece by piece, so that the
		// owner's balance is back where it was after each; the rest is paid here.
		let exits_total = exits
			.iter()
			.try_fold(BalanceOf::<T>::zero(), |sum, (_, amount)| sum.checked_add(amount))
			.ok_or(ArithmeticError::Overflow)?;
		let local = total
			.checked_sub(&exits_total)
			.defensive_ok_or(Error::<T>::Defensive(DefensiveError::ClaimableUnderflow))?;
		let coin = info.underlying.clone();
		Pools::<T>::insert(pool, info);
		Self::deposit_event(Event::Claimed { pool, owner: owner.clone(), amount: total });
		let attempted = Self::send_exits(pool, owner, &coin, exits)?;
		if !local.is_zero() {
			Self::pay_out(pool, owner, &coin, local)?;
		}
		Ok((total, paid as u32, attempted))
	}

	/// Pays `amount` of the pool's coin from the pool account to `owner`, refused if `owner`'s
	/// account cannot take it (`PayoutBelowMinimum`).
	fn pay_out(
		pool: PoolId,
		owner: &T::AccountId,
		coin: &T::UnderlyingAssetId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(
			T::Underlying::can_deposit(coin.clone(), owner, amount, Provenance::Extant)
				== frame_support::traits::tokens::DepositConsequence::Success,
			Error::<T>::PayoutBelowMinimum
		);
		T::Underlying::transfer(
			coin.clone(),
			&Self::pool_account(pool),
			owner,
			amount,
			Preservation::Expendable,
		)?;
		Ok(())
	}

	/// Pays `owner` what its requests with a remote destination paid, and sends it on to each
	/// destination, as a withdrawal `owner` owns; returns how many withdrawals were attempted
	/// (what the claim's weight counts). One the bridge refuses (the chain paused meanwhile, say)
	/// is not sent: the coin stays in `owner`'s account here, and [`Event::ExitNotSent`] says
	/// why.
	fn send_exits(
		pool: PoolId,
		owner: &T::AccountId,
		coin: &T::UnderlyingAssetId,
		exits: Vec<(RemoteDestination, BalanceOf<T>)>,
	) -> Result<u32, DispatchError> {
		let mut attempted = 0;
		for (destination, amount) in exits {
			if amount.is_zero() {
				continue;
			}
			Self::pay_out(pool, owner, coin, amount)?;
			attempted += 1;
			match T::RemoteChains::withdraw(owner, destination.chain, amount, destination.recipient)
			{
				Ok(()) => {
					Self::deposit_event(Event::ExitSent {
						pool,
						owner: owner.clone(),
						destination,
						amount,
					});
				},
				Err(error) => Self::deposit_event(Event::ExitNotSent {
					pool,
					owner: owner.clone(),
					destination,
					amount,
					error,
				}),
			}
		}
		Ok(attempted)
	}

	/// Refuses a report of the oracle origin on a remote pool: those come from its relayers.
	pub(crate) fn ensure_local(pool: PoolId) -> DispatchResult {
		let info = Self::pool_info(pool)?;
		ensure!(info.validator_chain.is_none(), Error::<T>::ReportedByRelayers);
		Ok(())
	}

	/// Checks a report's epoch and timing; returns the pool.
	fn check_report(pool: PoolId, epoch: u64) -> Result<PoolInfoOf<T>, DispatchError> {
		let info = Self::pool_info(pool)?;
		ensure!(Some(epoch) == info.last_epoch.checked_add(1), Error::<T>::UnexpectedEpoch);
		if let Some(last) = info.last_report_block {
			let now = Self::now();
			ensure!(
				now >= last.saturating_add(info.params.min_report_interval),
				Error::<T>::ReportTooEarly
			);
		}
		Ok(info)
	}

	fn record_report(info: &mut PoolInfoOf<T>, pool: PoolId, epoch: u64) {
		let now = Self::now();
		info.last_epoch = epoch;
		info.last_report_block = Some(now);
		RateHistory::<T>::mutate(pool, |h| {
			let point = RatePoint {
				block: now,
				total_pooled: info.total_pooled,
				total_shares: info.total_shares,
			};
			// The oldest point makes room for the newest.
			if h.is_full() {
				h.remove(0);
			}
			if h.try_push(point).is_err() {
				frame_support::defensive!("room was made for the newest rate point");
			}
		});
	}

	/// The most a reward report may bring now: `P · MaxAnnualReward · elapsed / BlocksPerYear`,
	/// `elapsed` being the blocks since the last report (the minimum report interval for the
	/// first), at most a year.
	pub fn annual_reward_bound(info: &PoolInfoOf<T>) -> BalanceOf<T> {
		let year: u128 = T::BlocksPerYear::get().saturated_into();
		let elapsed: u128 = match info.last_report_block {
			Some(last) => Self::now().saturating_sub(last).saturated_into(),
			None => info.params.min_report_interval.saturated_into(),
		};
		let part = FixedU128::saturating_from_rational(elapsed.min(year), year.max(1));
		T::MaxAnnualReward::get()
			.saturating_mul(part)
			.saturating_mul_int(info.total_pooled)
	}

	/// Applies a reward report (see `report_rewards`).
	pub fn do_report_rewards(pool: PoolId, epoch: u64, amount: BalanceOf<T>) -> DispatchResult {
		let mut info = Self::check_report(pool, epoch)?;
		ensure!(!info.total_shares.is_zero(), Error::<T>::NothingStaked);
		ensure!(!amount.is_zero(), Error::<T>::AmountTooSmall);
		ensure!(
			amount <= info.params.max_reward_per_report.mul_floor(info.total_pooled),
			Error::<T>::RewardAboveBound
		);
		ensure!(amount <= Self::annual_reward_bound(&info), Error::<T>::RewardAboveAnnualBound);
		let held = T::Underlying::balance(info.underlying.clone(), &Self::pool_account(pool));
		let needed = info
			.total_pooled
			.checked_add(&info.claimable)
			.and_then(|x| x.checked_add(&amount))
			.ok_or(ArithmeticError::Overflow)?;
		ensure!(held >= needed, Error::<T>::RewardNotBacked);

		let mut fee = from_u128::<BalanceOf<T>>(math::commission_shares(
			to_u128(amount),
			info.params.commission,
			to_u128(info.total_pooled),
			to_u128(info.total_shares),
		)?)?;
		let account = info.params.commission_account.clone();
		if !fee.is_zero()
			&& T::Certs::can_deposit(info.cert, &account, fee, Provenance::Minted)
				!= frame_support::traits::tokens::DepositConsequence::Success
		{
			// The commission account cannot take the cert (e.g. below its minimum balance):
			// the commission stays with the holders.
			fee = Zero::zero();
		}
		info.total_pooled = needed.saturating_sub(info.claimable);
		info.total_shares = info.total_shares.checked_add(&fee).ok_or(ArithmeticError::Overflow)?;
		if !fee.is_zero() {
			T::Certs::mint_into(info.cert, &account, fee)?;
		}
		Self::record_report(&mut info, pool, epoch);
		Self::deposit_event(Event::RewardsReported {
			pool,
			epoch,
			amount,
			commission: fee,
			total_pooled: info.total_pooled,
			total_shares: info.total_shares,
		});
		Pools::<T>::insert(pool, info);
		Ok(())
	}

	/// Applies a slash report (see `report_slash`).
	pub fn do_report_slash(pool: PoolId, epoch: u64, amount: BalanceOf<T>) -> DispatchResult {
		let mut info = Self::check_report(pool, epoch)?;
		ensure!(!amount.is_zero(), Error::<T>::AmountTooSmall);
		ensure!(amount <= info.total_pooled, Error::<T>::SlashExceedsPool);
		let over_bound = amount > info.params.max_slash_per_report.mul_floor(info.total_pooled);
		info.total_pooled = info.total_pooled.saturating_sub(amount);
		if over_bound {
			info.paused = PauseFlags::ALL;
		}
		Self::record_report(&mut info, pool, epoch);
		Self::deposit_event(Event::Slashed {
			pool,
			epoch,
			amount,
			total_pooled: info.total_pooled,
			total_shares: info.total_shares,
		});
		if over_bound {
			Self::deposit_event(Event::PausedBySlash { pool, epoch, amount });
		}
		Pools::<T>::insert(pool, info);
		Ok(())
	}

	// ----- queries -----

	pub(crate) fn rate_of(info: &PoolInfoOf<T>) -> FixedU128 {
		if info.total_shares.is_zero() {
			return FixedU128::one();
		}
		FixedU128::checked_from_rational(to_u128(info.total_pooled), to_u128(info.total_shares))
			.unwrap_or(FixedU128::from_inner(u128::MAX))
	}

	/// A bond balance in underlying.
	pub fn bond_balance_of(pool: PoolId, who: &T::AccountId) -> BalanceOf<T> {
		let Some(info) = Pools::<T>::get(pool) else {
			return Zero::zero();
		};
		let shares = BondShares::<T>::get(pool, who);
		from_u128::<BalanceOf<T>>(math::value_of(
			to_u128(shares),
			to_u128(info.total_pooled),
			to_u128(info.total_shares),
		))
		.unwrap_or_default()
	}

	/// A cert balance and its value in underlying.
	pub fn cert_value_of(pool: PoolId, who: &T::AccountId) -> (BalanceOf<T>, BalanceOf<T>) {
		let Some(info) = Pools::<T>::get(pool) else {
			return Default::default();
		};
		let cert = T::Certs::balance(info.cert, who);
		let value = from_u128::<BalanceOf<T>>(math::value_of(
			to_u128(cert),
			to_u128(info.total_pooled),
			to_u128(info.total_shares),
		))
		.unwrap_or_default();
		(cert, value)
	}

	/// An account's unbonding requests as the queries show them.
	pub fn unbonding_view(
		pool: PoolId,
		who: &T::AccountId,
	) -> Vec<UnbondingView<BalanceOf<T>, BlockNumberFor<T>>> {
		let Some(info) = Pools::<T>::get(pool) else {
			return Vec::new();
		};
		Unbonding::<T>::get(pool, who)
			.into_iter()
			.map(|r| {
				let bucket = Buckets::<T>::get(pool, r.bucket).unwrap_or_default();
				let (value, matured) = match bucket.matured {
					Some(left) => (
						math::payout(to_u128(r.shares), to_u128(left), to_u128(bucket.shares)),
						true,
					),
					None => (
						math::value_of(
							to_u128(r.shares),
							to_u128(info.total_pooled),
							to_u128(info.total_shares),
						),
						false,
					),
				};
				UnbondingView {
					release_at: r.bucket,
					shares: r.shares,
					value: from_u128::<BalanceOf<T>>(value).unwrap_or_default(),
					matured,
					destination: r.destination,
				}
			})
			.collect()
	}

	/// The annual rate of return between the oldest and the newest point of the history.
	pub fn apr(pool: PoolId) -> Option<FixedI128> {
		let history = RateHistory::<T>::get(pool);
		let (first, last) = (history.first()?, history.last()?);
		let blocks: u128 = last.block.saturating_sub(first.block).saturated_into();
		if blocks == 0 || first.total_pooled.is_zero() || last.total_shares.is_zero() {
			return None;
		}
		let r0 = FixedI128::checked_from_rational(
			to_u128(first.total_pooled),
			to_u128(first.total_shares),
		)?;
		let r1 = FixedI128::checked_from_rational(
			to_u128(last.total_pooled),
			to_u128(last.total_shares),
		)?;
		let growth = r1.checked_div(&r0)?.saturating_sub(FixedI128::one());
		let year: u128 = T::BlocksPerYear::get().saturated_into();
		growth.checked_mul(&FixedI128::checked_from_rational(year, blocks)?)
	}

	pub(crate) fn pool_view(pool: PoolId) -> Option<PoolViewOf<T>> {
		let info = Pools::<T>::get(pool)?;
		let cert_supply = T::Certs::total_issuance(info.cert);
		let bond_supply = from_u128::<BalanceOf<T>>(math::value_of(
			to_u128(info.bond_shares),
			to_u128(info.total_pooled),
			to_u128(info.total_shares),
		))
		.unwrap_or_default();
		Some(PoolView {
			rate: Self::rate_of(&info),
			cert_supply,
			bond_supply,
			apr: Self::apr(pool),
			info,
		})
	}

	/// Runs `f` and rolls back everything it changed: a preview runs the call itself, so it
	/// refuses exactly what the call refuses and gives exactly what the call would give.
	fn dry_run<R>(f: impl FnOnce() -> Result<R, DispatchError>) -> Result<R, DispatchError> {
		frame_support::storage::with_transaction(|| {
			frame_support::storage::TransactionOutcome::Rollback(f())
		})
	}

	/// What `who` holds of `kind` in `pool`: bond in underlying, or cert.
	fn holding(pool: PoolId, who: &T::AccountId, kind: TokenKind) -> BalanceOf<T> {
		match kind {
			TokenKind::Bond => Self::bond_balance_of(pool, who),
			TokenKind::Cert => {
				Self::pool_info(pool).map_or(Zero::zero(), |p| T::Certs::balance(p.cert, who))
			},
		}
	}

	/// What `stake` would give `who` now (see the `preview_stake` view function).
	pub fn do_preview_stake(
		pool: PoolId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
		kind: TokenKind,
	) -> Result<BalanceOf<T>, DispatchError> {
		Self::dry_run(|| {
			let before = Self::holding(pool, who, kind);
			Self::do_stake(who, pool, amount, kind)?;
			Ok(Self::holding(pool, who, kind).saturating_sub(before))
		})
	}

	/// What `unstake` would do for `who` now (see the `preview_unstake` view function).
	pub fn do_preview_unstake(
		pool: PoolId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
		kind: TokenKind,
	) -> Result<(BalanceOf<T>, BlockNumberFor<T>), DispatchError> {
		Self::dry_run(|| {
			let (release, value) = Self::do_unstake(who, pool, amount, kind, None)?;
			Ok((value, release))
		})
	}

	/// What a conversion from `from` would give `who` now (see the `preview_convert` view
	/// function).
	pub fn do_preview_convert(
		pool: PoolId,
		who: &T::AccountId,
		amount: Option<BalanceOf<T>>,
		from: TokenKind,
	) -> Result<ConversionPreview<BalanceOf<T>>, DispatchError> {
		Self::dry_run(|| {
			let to = match from {
				TokenKind::Bond => TokenKind::Cert,
				TokenKind::Cert => TokenKind::Bond,
			};
			let before = Self::holding(pool, who, to);
			let fee = match from {
				TokenKind::Bond => Self::do_bond_to_cert(who, pool, amount)?,
				TokenKind::Cert => Self::do_cert_to_bond(who, pool, amount)?,
			};
			Ok(ConversionPreview {
				received: Self::holding(pool, who, to).saturating_sub(before),
				fee,
			})
		})
	}
}
