//! Exits in one step: an unstake that names a remote destination, whose claim (by anyone) sends
//! the coin there through the bridge.

use crate::{
	migrations, mock::*, ChainId, Error, Event, RemoteDestination, TokenKind, Unbonding,
	UnbondingRequest,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungibles::Inspect, GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use sp_core::H160;

const RECIPIENT: H160 = H160::repeat_byte(0xbe);

fn stake(who: AccountId, amount: Balance, kind: TokenKind) {
	assert_ok!(LiquidStaking::stake(RuntimeOrigin::signed(who), POOL, amount, kind));
}

fn unstake_to(
	who: AccountId,
	amount: Balance,
	kind: TokenKind,
	chain: ChainId,
	recipient: H160,
) -> sp_runtime::DispatchResult {
	LiquidStaking::unstake_to_remote(
		RuntimeOrigin::signed(who),
		POOL,
		amount,
		kind,
		chain,
		recipient,
	)
}

fn release(now: BlockNumber) -> BlockNumber {
	(now + PERIOD).div_ceil(BUCKET) * BUCKET
}

fn sent() -> Vec<SentWithdrawal> {
	SENT.with_borrow(|s| s.clone())
}

fn issuance() -> Balance {
	<Assets as Inspect<AccountId>>::total_issuance(WBNB)
}

#[test]
fn an_exit_is_claimed_by_anyone_and_sent_to_its_destination() {
	new_test(|| {
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		stake(BOB, 100 * UNIT, TokenKind::Cert);
		let destination = RemoteDestination { chain: EXIT_CHAIN, recipient: RECIPIENT };
		// Bob sends 30 of his cert's worth out, and unstakes 20 to his account here, in the
		// same bucket: two requests, which do not merge.
		assert_ok!(unstake_to(BOB, 30 * UNIT, TokenKind::Cert, EXIT_CHAIN, RECIPIENT));
		assert_ok!(LiquidStaking::unstake(
			RuntimeOrigin::signed(BOB),
			POOL,
			20 * UNIT,
			TokenKind::Cert
		));
		assert_ok!(unstake_to(BOB, 10 * UNIT, TokenKind::Cert, EXIT_CHAIN, RECIPIENT));
		let at = release(1);
		assert_eq!(
			Unbonding::<Test>::get(POOL, BOB).into_inner(),
			vec![
				UnbondingRequest { bucket: at, shares: 40 * UNIT, destination: Some(destination) },
				UnbondingRequest { bucket: at, shares: 20 * UNIT, destination: None },
			]
		);
		assert!(events().contains(&Event::ExitRequested {
			pool: POOL,
			who: BOB,
			release_at: at,
			destination
		}));
		let view = LiquidStaking::unbonding_view(POOL, &BOB);
		assert_eq!(view[0].destination, Some(destination));
		assert_eq!(view[1].destination, None);

		run_to_block(at);
		let (before, supply) = (wbnb(BOB), issuance());
		// A stranger claims for Bob: 20 stay with Bob, 40 go to his BSC address.
		assert_ok!(LiquidStaking::claim(RuntimeOrigin::signed(STRANGER), POOL, BOB));
		assert_eq!(wbnb(BOB), before + 20 * UNIT);
		assert_eq!(sent(), vec![(BOB, EXIT_CHAIN, 40 * UNIT, RECIPIENT)]);
		// The 40 left this chain (the bridge burned them): nothing else moved.
		assert_eq!(issuance(), supply - 40 * UNIT);
		assert!(events().contains(&Event::ExitSent {
			pool: POOL,
			owner: BOB,
			destination,
			amount: 40 * UNIT
		}));
		assert!(events().contains(&Event::Claimed { pool: POOL, owner: BOB, amount: 60 * UNIT }));
		assert!(Unbonding::<Test>::get(POOL, BOB).is_empty());
	});
}

#[test]
fn an_exit_refused_by_the_bridge_at_claim_stays_with_its_owner() {
	new_test(|| {
		stake(ALICE, 100 * UNIT, TokenKind::Bond);
		assert_ok!(unstake_to(ALICE, 10 * UNIT, TokenKind::Bond, EXIT_CHAIN, RECIPIENT));
		let at = release(1);
		run_to_block(at);
		REMOTE_PAUSED.set(true);
		let (before, supply) = (wbnb(ALICE), issuance());
		assert_ok!(LiquidStaking::claim(RuntimeOrigin::signed(STRANGER), POOL, ALICE));
		// Paid here: nothing lost, nothing sent.
		assert_eq!(wbnb(ALICE), before + 10 * UNIT);
		assert_eq!(issuance(), supply);
		assert!(sent().is_empty());
		assert!(events().contains(&Event::ExitNotSent {
			pool: POOL,
			owner: ALICE,
			destination: RemoteDestination { chain: EXIT_CHAIN, recipient: RECIPIENT },
			amount: 10 * UNIT,
			// The mock's `Other("paused")`: events keep no message.
			error: sp_runtime::DispatchError::Other(""),
		}));
	});
}

#[test]
fn an_exit_names_a_served_chain_of_the_pool_s_coin_and_a_recipient() {
	new_test(|| {
		stake(ALICE, 100 * UNIT, TokenKind::Bond);
		// Not served, or served with another coin.
		for chain in [56, OTHER_CHAIN] {
			assert_noop!(
				unstake_to(ALICE, 10 * UNIT, TokenKind::Bond, chain, RECIPIENT),
				Error::<Test>::DestinationNotOfPoolCoin
			);
		}
		assert_noop!(
			unstake_to(ALICE, 10 * UNIT, TokenKind::Bond, EXIT_CHAIN, H160::zero()),
			Error::<Test>::ZeroRecipient
		);
		// The bridge's own refusals: below its minimum withdrawal, a paused chain.
		assert_noop!(
			unstake_to(ALICE, MIN_WITHDRAWAL - 1, TokenKind::Bond, EXIT_CHAIN, RECIPIENT),
			sp_runtime::DispatchError::Other("below the minimum withdrawal")
		);
		REMOTE_PAUSED.set(true);
		assert_noop!(
			unstake_to(ALICE, 10 * UNIT, TokenKind::Bond, EXIT_CHAIN, RECIPIENT),
			sp_runtime::DispatchError::Other("paused")
		);
		REMOTE_PAUSED.set(false);
		// And every refusal of `unstake`.
		assert_noop!(
			unstake_to(ALICE, 1_000 * UNIT, TokenKind::Bond, EXIT_CHAIN, RECIPIENT),
			Error::<Test>::InsufficientBond
		);
		assert_noop!(
			LiquidStaking::unstake_to_remote(
				RuntimeOrigin::signed(ALICE),
				7,
				10 * UNIT,
				TokenKind::Bond,
				EXIT_CHAIN,
				RECIPIENT
			),
			Error::<Test>::PoolNotFound
		);
	});
}

/// Version 1's requests, which had no destination, are kept as they were, going to their owner.
#[test]
fn the_migration_to_v2_keeps_every_request_with_no_destination() {
	new_test(|| {
		use codec::Encode;
		stake(ALICE, 100 * UNIT, TokenKind::Bond);
		let old = vec![
			migrations::v2::OldRequest { bucket: 600u64, shares: 5 * UNIT },
			migrations::v2::OldRequest { bucket: 1_200u64, shares: 7 * UNIT },
		];
		frame_support::storage::unhashed::put_raw(
			&Unbonding::<Test>::hashed_key_for(POOL, ALICE),
			&old.encode(),
		);
		StorageVersion::new(1).put::<LiquidStaking>();
		#[cfg(feature = "try-runtime")]
		let state = migrations::v2::MigrateToV2::<Test>::pre_upgrade().expect("pre-upgrade");
		migrations::v2::MigrateToV2::<Test>::on_runtime_upgrade();
		#[cfg(feature = "try-runtime")]
		migrations::v2::MigrateToV2::<Test>::post_upgrade(state).expect("post-upgrade");
		assert_eq!(LiquidStaking::on_chain_storage_version(), StorageVersion::new(2));
		assert_eq!(
			Unbonding::<Test>::get(POOL, ALICE).into_inner(),
			vec![
				UnbondingRequest { bucket: 600, shares: 5 * UNIT, destination: None },
				UnbondingRequest { bucket: 1_200, shares: 7 * UNIT, destination: None },
			]
		);
		// Run again, it does nothing: the version is 2.
		migrations::v2::MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(Unbonding::<Test>::get(POOL, ALICE).len(), 2);
		// The test wrote requests without buckets: remove them before the invariants run.
		Unbonding::<Test>::remove(POOL, ALICE);
	});
}
