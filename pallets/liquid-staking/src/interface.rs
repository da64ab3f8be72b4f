//! What the pallet offers a bridge ([`StakingInterface`]): pallet-liquid-staking-bridge stakes
//! the coins it mints for depositors and applies the reports its relayers attest through it,
//! with the same checks as the calls; and moves, unstakes and claims the cert that the bridge
//! carries to remote chains.

use crate::{
	impls::Funding,
	pallet::{Config, Error, MaxTracked, Pallet, Pools},
	types::*,
};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungibles::{Inspect as _, Mutate as _},
		tokens::Preservation,
		Get,
	},
};
use sp_runtime::{traits::Zero, SaturatedConversion};

impl<T: Config> StakingInterface<T::AccountId> for Pallet<T> {
	type Balance = BalanceOf<T>;
	type AssetId = T::UnderlyingAssetId;

	fn remote_pool(pool: PoolId) -> Option<RemotePool<T::UnderlyingAssetId>> {
		Pools::<T>::get(pool).map(|info| RemotePool {
			underlying: info.underlying,
			validator_chain: info.validator_chain,
			last_epoch: info.last_epoch,
			delegation_epoch: info.delegation_epoch,
		})
	}

	fn pool_account(pool: PoolId) -> T::AccountId {
		Self::pool_account(pool)
	}

	fn stake_deposited(
		beneficiary: &T::AccountId,
		pool: PoolId,
		amount: BalanceOf<T>,
		kind: TokenKind,
	) -> Result<BalanceOf<T>, DispatchError> {
		Self::do_stake_funded(beneficiary, pool, amount, kind, Funding::Deposited)
			.map(|(shares, _)| shares)
	}

	fn report_rewards(pool: PoolId, epoch: Epoch, amount: BalanceOf<T>) -> DispatchResult {
		Self::do_report_rewards(pool, epoch, amount)
	}

	fn report_slash(pool: PoolId, epoch: Epoch, amount: BalanceOf<T>) -> DispatchResult {
		Self::do_report_slash(pool, epoch, amount)
	}

	fn report_delegations(
		pool: PoolId,
		epoch: Epoch,
		delegations: Vec<(ValidatorId, BalanceOf<T>)>,
	) -> DispatchResult {
		let delegations: DelegationsOf<T> =
			delegations.try_into().map_err(|_| Error::<T>::TooManyValidators)?;
		Self::do_report_delegations(pool, epoch, delegations)
	}

	fn max_delegations() -> u32 {
		MaxTracked::<T>::get()
	}

	fn pool_totals(pool: PoolId) -> Option<(BalanceOf<T>, BalanceOf<T>)> {
		Pools::<T>::get(pool).map(|info| (info.total_pooled, info.total_shares))
	}

	fn cert_balance(pool: PoolId, who: &T::AccountId) -> BalanceOf<T> {
		Pools::<T>::get(pool).map_or_else(Zero::zero, |info| T::Certs::balance(info.cert, who))
	}

	fn transfer_cert(
		pool: PoolId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let info = Self::pool_info(pool)?;
		T::Certs::transfer(info.cert, from, to, amount, Preservation::Expendable).map(|_| ())
	}

	fn unstake_cert(
		who: &T::AccountId,
		pool: PoolId,
		amount: BalanceOf<T>,
	) -> Result<(BalanceOf<T>, u64), DispatchError> {
		let (bucket, value) = Self::do_unstake(who, pool, amount, TokenKind::Cert, None)?;
		Ok((value, bucket.saturated_into()))
	}

	fn claim(pool: PoolId, owner: &T::AccountId) -> Result<BalanceOf<T>, DispatchError> {
		Self::do_claim(pool, owner).map(|(paid, ..)| paid)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_pool(
		underlying: T::UnderlyingAssetId,
		validator_chain: ChainId,
	) -> (PoolId, Vec<ValidatorId>) {
		crate::benchmarking::worst_pool::<T>(underlying, validator_chain)
	}
}
