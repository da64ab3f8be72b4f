//! Storage migrations.
//!
//! - [`v2::MigrateToV2`] (storage version 1 → 2): unbonding requests gain their destination
//!   (`None` for every request made before: the owner's account here).

/// Version 2: [`crate::UnbondingRequest::destination`].
pub mod v2 {
	use crate::{Config, Pallet, RequestOf, RequestsOf, Unbonding};
	use codec::{Decode, Encode};
	use core::marker::PhantomData;
	use frame_support::{
		migrations::VersionedMigration, pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade,
	};
	use frame_system::pallet_prelude::BlockNumberFor;

	/// An unbonding request as version 1 stored it.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
	pub struct OldRequest<Balance, BlockNumber> {
		/// The bucket.
		pub bucket: BlockNumber,
		/// The shares.
		pub shares: Balance,
	}

	/// An account's requests in a pool as version 1 stored them.
	pub type OldRequests<T> = BoundedVec<
		OldRequest<<T as Config>::Balance, BlockNumberFor<T>>,
		<T as Config>::MaxUnbondingRequests,
	>;

	/// Rewrites every account's requests with no destination. One read and one write per
	/// account with requests, in one block: a chain with more than some tens of thousands of
	/// such accounts should run it as a multi-block migration instead. An entry that does not
	/// decode as version 1's is left as it is and logged (never removed: its shares are in their
	/// buckets), and `try-runtime`'s checks fail on it.
	pub struct UncheckedMigrateToV2<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let keys: alloc::vec::Vec<_> = Unbonding::<T>::iter_keys().collect();
			let (mut reads, mut writes) = (keys.len() as u64, 0u64);
			for (pool, who) in keys {
				let key = Unbonding::<T>::hashed_key_for(pool, &who);
				reads += 1;
				let Some(raw) = frame_support::storage::unhashed::get_raw(&key) else { continue };
				match OldRequests::<T>::decode(&mut &raw[..]) {
					Ok(old) => {
						let new: RequestsOf<T> = BoundedVec::truncate_from(
							old.into_iter()
								.map(|r| RequestOf::<T> {
									bucket: r.bucket,
									shares: r.shares,
									destination: None,
								})
								.collect(),
						);
						Unbonding::<T>::insert(pool, &who, new);
						writes += 1;
					},
					Err(e) => log::error!(
						target: crate::LOG_TARGET,
						"the unbonding requests of {who:?} in pool {pool} do not decode as version 1's ({e:?}): left as they are"
					),
				}
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			// Every request's (bucket, shares), in storage order.
			let all: alloc::vec::Vec<_> = Unbonding::<T>::iter_keys()
				.flat_map(|(pool, who)| {
					let raw = frame_support::storage::unhashed::get_raw(
						&Unbonding::<T>::hashed_key_for(pool, &who),
					)
					.unwrap_or_default();
					OldRequests::<T>::decode(&mut &raw[..])
						.map(|r| r.into_inner())
						.unwrap_or_default()
						.into_iter()
						.map(|r| (r.bucket, r.shares))
				})
				.collect();
			Ok(all.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before =
				alloc::vec::Vec::<(BlockNumberFor<T>, T::Balance)>::decode(&mut &state[..])
					.map_err(|_| "the pre-upgrade state decodes")?;
			let after: alloc::vec::Vec<_> = Unbonding::<T>::iter_values()
				.flat_map(|requests| requests.into_inner())
				.collect();
			ensure!(
				after.iter().all(|r| r.destination.is_none()),
				"a migrated request has no destination"
			);
			let after: alloc::vec::Vec<_> =
				after.into_iter().map(|r| (r.bucket, r.shares)).collect();
			ensure!(before == after, "every request is kept, in order");
			Ok(())
		}
	}

	/// [`UncheckedMigrateToV2`], run only on version 1, which it sets to 2.
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		UncheckedMigrateToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
