//! Votes, thresholds and replay keys; the pool reports (rewards, slashes, delegations) and the
//! refusals of the staking side.

use super::*;
use crate::{Error, Votes};
use codec::{Decode, Encode};
use frame_support::{assert_noop, dispatch::Pays};
use sp_runtime::DispatchError;

// ----- votes -----

#[test]
fn a_deposit_executes_once_when_the_threshold_agrees() {
	new_test(|| {
		let m = deposit(1, 40, 10 * UNIT);
		let before = chain(BSC);
		// One vote of three, threshold two: nothing is minted yet; the vote pays no fee.
		let info = attest(RELAYER_1, BSC, &m).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(wbnb(40), 0);
		assert!(events().contains(&Event::Attested {
			chain: BSC,
			relayer: RELAYER_1,
			key: m.key(),
			message_hash: Bridge::message_hash(BSC, &m),
			votes: 1,
			threshold: 2,
		}));
		assert!(!executed(BSC, &m));
		// The same relayer again counts for nothing.
		assert_noop!(attest(RELAYER_1, BSC, &m), Error::<Test>::AlreadyVoted);
		// Nor does anyone's execution below the threshold.
		assert_noop!(execute(BSC, &m), Error::<Test>::ThresholdNotReached);
		// The second relayer's vote executes it, and pays no fee either.
		let info = attest(RELAYER_2, BSC, &m).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(wbnb(40), 10 * UNIT);
		assert!(executed(BSC, &m));
		assert!(events().contains(&Event::Deposited {
			chain: BSC,
			nonce: 1,
			beneficiary: 40,
			amount: 10 * UNIT,
			staked: None,
		}));
		assert_eq!(chain(BSC).minted, before.minted + 10 * UNIT);
		assert_eq!(chain(BSC).window.total(), before.window.total() + 10 * UNIT);
		assert!(nonce_executed(BSC, 1));
		assert_eq!(Votes::<Test>::iter().count(), 0);
		conserved();
		// The same deposit again: in this block, by the third relayer, and in a later block.
		assert_noop!(attest(RELAYER_3, BSC, &m), Error::<Test>::AlreadyExecuted);
		assert_noop!(execute(BSC, &m), Error::<Test>::AlreadyExecuted);
		run_to_block(50);
		assert_noop!(attest(RELAYER_1, BSC, &m), Error::<Test>::AlreadyExecuted);
		// Another nonce of the same transaction is another deposit.
		let mut other = m.clone();
		if let BridgeMessage::Deposit(d) = &mut other {
			d.nonce = 2;
		}
		attested(BSC, &other);
		assert_eq!(wbnb(40), 20 * UNIT);
		conserved();
	});
}

#[test]
fn the_same_transaction_on_another_chain_is_another_deposit() {
	new_test(|| {
		let m = deposit(1, 40, 10 * UNIT);
		attested(BSC, &m);
		attested(POLYGON, &m);
		assert_eq!(wbnb(40), 10 * UNIT);
		assert_eq!(wmatic(40), 10 * UNIT);
		// Ethereum shares Polygon's coin, not its replay keys.
		attested(ETHEREUM, &m);
		assert_eq!(wmatic(40), 20 * UNIT);
		for c in [BSC, ETHEREUM, POLYGON] {
			assert_noop!(attest(RELAYER_3, c, &m), Error::<Test>::AlreadyExecuted);
		}
		conserved();
	});
}

#[test]
fn only_relayers_of_the_chain_vote_and_bad_messages_are_refused() {
	new_test(|| {
		let m = deposit(1, 40, 10 * UNIT);
		for outsider in [STRANGER, GOVERNANCE, ADMIN, ALICE] {
			assert_noop!(attest(outsider, BSC, &m), Error::<Test>::NotRelayer);
		}
		assert_noop!(
			Bridge::attest(RuntimeOrigin::none(), BSC, m.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Bridge::attest(RuntimeOrigin::root(), BSC, m.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(attest(RELAYER_1, 10, &m), Error::<Test>::ChainNotFound);
		assert_noop!(execute(10, &m), Error::<Test>::ChainNotFound);
		// A refused vote is not free.
		let err = attest(STRANGER, BSC, &m).unwrap_err();
		assert_eq!(err.post_info.pays_fee, Pays::Yes);
		// Zero hash, zero amount (Nomad).
		let zero_hash = BridgeMessage::Deposit(Deposit {
			nonce: 1,
			tx_hash: H256::zero(),
			beneficiary: 40,
			amount: UNIT,
			stake: None,
		});
		assert_noop!(attest(RELAYER_1, BSC, &zero_hash), Error::<Test>::ZeroHash);
		assert_noop!(attest(RELAYER_1, BSC, &deposit(1, 40, 0)), Error::<Test>::ZeroAmount);
		// Reports: of a pool of another chain, of no pool, of nothing, of a spent epoch.
		let rewards = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: UNIT };
		assert_noop!(attest(RELAYER_1, POLYGON, &rewards), Error::<Test>::WrongChain);
		assert_noop!(attest(RELAYER_1, ETHEREUM, &rewards), Error::<Test>::WrongChain);
		let none = BridgeMessage::Rewards { pool: 7, epoch: 1, amount: UNIT };
		assert_noop!(attest(RELAYER_1, BSC, &none), Error::<Test>::PoolNotFound);
		let none =
			BridgeMessage::Delegations { pool: 7, epoch: 1, delegations: delegations(vec![]) };
		assert_noop!(attest(RELAYER_1, BSC, &none), Error::<Test>::PoolNotFound);
		let zero = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: 0 };
		assert_noop!(attest(RELAYER_1, BSC, &zero), Error::<Test>::ZeroAmount);
		let zero = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: 0 };
		assert_noop!(attest(RELAYER_1, BSC, &zero), Error::<Test>::ZeroAmount);
		let epoch_0 = BridgeMessage::Rewards { pool: POOL, epoch: 0, amount: UNIT };
		assert_noop!(attest(RELAYER_1, BSC, &epoch_0), Error::<Test>::AlreadyExecuted);
		let epoch_0 =
			BridgeMessage::Delegations { pool: POOL, epoch: 0, delegations: delegations(vec![]) };
		assert_noop!(attest(RELAYER_1, BSC, &epoch_0), Error::<Test>::AlreadyExecuted);
		// Withdrawal settlements: of no withdrawal, with no transaction.
		let released = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(1) };
		assert_noop!(attest(RELAYER_1, BSC, &released), Error::<Test>::WithdrawalNotFound);
		let failed = BridgeMessage::WithdrawalFailed { id: 0 };
		assert_noop!(attest(RELAYER_1, BSC, &failed), Error::<Test>::WithdrawalNotFound);
		let zero = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: H256::zero() };
		assert_noop!(attest(RELAYER_1, BSC, &zero), Error::<Test>::ZeroHash);
		// A delegation report naming more validators than `MaxDelegations` cannot even be given
		// to the call: it does not decode.
		let long: Vec<(ValidatorId, Balance)> =
			(0..=MAX_DELEGATIONS as u64).map(|i| (evm(i + 1), UNIT)).collect();
		assert!(DelegationsOf::<Test>::decode(&mut &long.encode()[..]).is_err());
		assert!(DelegationsOf::<Test>::try_from(long).is_err());
		assert_eq!(Votes::<Test>::iter().count(), 0);
		conserved();
	});
}

#[test]
fn relayers_must_agree_on_every_field() {
	new_test(|| {
		let a = deposit(1, 40, 10 * UNIT);
		let b = deposit(1, 40, 11 * UNIT);
		let c = deposit(1, 41, 10 * UNIT);
		assert_ok!(attest(RELAYER_1, BSC, &a));
		assert_ok!(attest(RELAYER_2, BSC, &b));
		assert_ok!(attest(RELAYER_3, BSC, &c));
		// Three votes on one key, one per message: nothing executes.
		assert_eq!(wbnb(40) + wbnb(41), 0);
		assert_eq!(Votes::<Test>::get(BSC, a.key()).len(), 3);
		// A relayer may correct its vote; then two agree and it executes once.
		assert_ok!(attest(RELAYER_2, BSC, &a));
		assert_eq!(wbnb(40), 10 * UNIT);
		assert_eq!(wbnb(41), 0);
		assert!(executed(BSC, &a));
		assert_eq!(Votes::<Test>::iter().count(), 0);
		for m in [&a, &b, &c] {
			assert_noop!(attest(RELAYER_3, BSC, m), Error::<Test>::AlreadyExecuted);
		}
		conserved();
	});
}

#[test]
fn the_hash_binds_the_chain_and_every_field() {
	new_test(|| {
		let m = deposit(1, 40, 10 * UNIT);
		assert_ne!(Bridge::message_hash(BSC, &m), Bridge::message_hash(POLYGON, &m));
		assert_ne!(
			Bridge::message_hash(BSC, &m),
			Bridge::message_hash(BSC, &deposit(1, 41, 10 * UNIT))
		);
		assert_ne!(
			Bridge::message_hash(BSC, &m),
			Bridge::message_hash(BSC, &deposit_staked(1, 40, 10 * UNIT, TokenKind::Bond))
		);
		assert_ne!(
			Bridge::message_hash(BSC, &deposit_staked(1, 40, 10 * UNIT, TokenKind::Bond)),
			Bridge::message_hash(BSC, &deposit_staked(1, 40, 10 * UNIT, TokenKind::Cert))
		);
		// The view function gives the same hash.
		assert_eq!(Bridge::hash_of_message(BSC, m.clone()), Bridge::message_hash(BSC, &m));
		// Rewards and a slash of one epoch share a key, not a hash.
		let r = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: UNIT };
		let s = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: UNIT };
		assert_eq!(r.key(), s.key());
		assert_ne!(Bridge::message_hash(BSC, &r), Bridge::message_hash(BSC, &s));
	});
}

#[test]
fn only_votes_of_the_current_relayers_count() {
	new_test(|| {
		let m = deposit(1, 40, 10 * UNIT);
		assert_ok!(attest(RELAYER_1, BSC, &m));
		// Relayer 1 leaves; relayers 14 and 15 join with threshold 3 of 4.
		assert_ok!(Bridge::set_relayers(gov(), BSC, set(vec![RELAYER_2, RELAYER_3, 14, 15]), 3));
		assert_noop!(attest(RELAYER_1, BSC, &m), Error::<Test>::NotRelayer);
		assert_ok!(attest(RELAYER_2, BSC, &m));
		assert_ok!(attest(RELAYER_3, BSC, &m));
		// Relayer 1's old vote does not make the third.
		assert_eq!(wbnb(40), 0);
		assert_noop!(execute(BSC, &m), Error::<Test>::ThresholdNotReached);
		assert_ok!(attest(14, BSC, &m));
		assert_eq!(wbnb(40), 10 * UNIT);
		assert!(executed(BSC, &m));
		// The other chains keep their own sets: relayer 1 still votes there.
		assert_ok!(attest(RELAYER_1, POLYGON, &m));
		conserved();
	});
}

// ----- reports -----

#[test]
fn attested_rewards_are_minted_into_the_pool_and_bounded() {
	new_test(|| {
		attested(BSC, &deposit_staked(1, ALICE, 100 * UNIT, TokenKind::Bond));
		let p0 = MockStaking::pool(POOL);
		let held0 = wbnb(pool_account(POOL));
		let minted0 = chain(BSC).minted;
		assert_eq!((p0.total, held0), (100 * UNIT, 100 * UNIT));
		// The staking side takes at most 1 % of the pool per report.
		let bound = p0.total / 100;
		// One over the bound: the threshold is reached but nothing changes; the votes stay.
		let over = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: bound + 1 };
		assert_ok!(attest(RELAYER_1, BSC, &over));
		assert_ok!(attest(RELAYER_2, BSC, &over));
		assert!(failed(BSC, &over));
		assert!(!executed(BSC, &over));
		assert_eq!(MockStaking::pool(POOL), p0);
		assert_eq!(wbnb(pool_account(POOL)), held0);
		assert_eq!(chain(BSC).minted, minted0);
		assert_eq!(Votes::<Test>::get(BSC, over.key()).len(), 2);
		assert_noop!(execute(BSC, &over), DispatchError::Other("reward above bound"));
		conserved();
		// At the bound: minted into the pool account, the pool grows by it.
		let ok = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: bound };
		attested(BSC, &ok);
		assert!(executed(BSC, &ok));
		assert_eq!(MockStaking::pool(POOL).total, p0.total + bound);
		assert_eq!(MockStaking::pool(POOL).last_epoch, 1);
		assert_eq!(wbnb(pool_account(POOL)), held0 + bound);
		assert_eq!(chain(BSC).minted, minted0 + bound);
		assert_eq!(Votes::<Test>::iter().count(), 0);
		conserved();
		// The epoch is spent, for rewards and for slashes.
		assert_noop!(attest(RELAYER_3, BSC, &ok), Error::<Test>::AlreadyExecuted);
		assert_noop!(attest(RELAYER_1, BSC, &over), Error::<Test>::AlreadyExecuted);
		let slash = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: UNIT };
		assert_noop!(attest(RELAYER_1, BSC, &slash), Error::<Test>::AlreadyExecuted);
		// An epoch ahead of its turn is refused before any vote is kept (a relayer cannot open
		// keys far ahead), and open once the epoch before it is in.
		let third = BridgeMessage::Rewards { pool: POOL, epoch: 3, amount: UNIT / 100 };
		assert_noop!(attest(RELAYER_1, BSC, &third), Error::<Test>::UnexpectedEpoch);
		let far = BridgeMessage::Slash { pool: POOL, epoch: u64::MAX, amount: UNIT };
		assert_noop!(attest(RELAYER_1, BSC, &far), Error::<Test>::UnexpectedEpoch);
		attested(BSC, &BridgeMessage::Rewards { pool: POOL, epoch: 2, amount: UNIT / 100 });
		assert_eq!(MockStaking::pool(POOL).last_epoch, 2);
		attested(BSC, &third);
		assert!(executed(BSC, &third));
		assert_eq!(MockStaking::pool(POOL).last_epoch, 3);
		assert_eq!(chain(BSC).minted, minted0 + bound + 2 * (UNIT / 100));
		assert_eq!(Votes::<Test>::iter().count(), 0);
		conserved();
	});
}

#[test]
fn an_attested_slash_burns_the_wrapped_coin_from_the_pool() {
	new_test(|| {
		attested(BSC, &deposit_staked(1, ALICE, 100 * UNIT, TokenKind::Bond));
		let p0 = MockStaking::pool(POOL);
		let held0 = wbnb(pool_account(POOL));
		// More than the pool: refused by the pool, nothing burned.
		let too_big = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: p0.total + 1 };
		assert_ok!(attest(RELAYER_1, BSC, &too_big));
		assert_ok!(attest(RELAYER_2, BSC, &too_big));
		assert!(failed(BSC, &too_big));
		assert_eq!(MockStaking::pool(POOL), p0);
		assert_eq!(wbnb(pool_account(POOL)), held0);
		assert_eq!(chain(BSC).burned, 0);
		assert_noop!(execute(BSC, &too_big), DispatchError::Other("slash exceeds pool"));
		conserved();
		// Relayers correct their votes: the slash is applied and burned from the pool account.
		let slash = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: UNIT / 2 };
		attested(BSC, &slash);
		assert!(executed(BSC, &slash));
		assert_eq!(MockStaking::pool(POOL).total, p0.total - UNIT / 2);
		assert_eq!(MockStaking::pool(POOL).last_epoch, 1);
		assert_eq!(wbnb(pool_account(POOL)), held0 - UNIT / 2);
		assert_eq!(chain(BSC).burned, UNIT / 2);
		// The epoch is spent, for slashes and for rewards.
		assert_noop!(attest(RELAYER_3, BSC, &slash), Error::<Test>::AlreadyExecuted);
		let rewards = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: UNIT / 100 };
		assert_noop!(attest(RELAYER_1, BSC, &rewards), Error::<Test>::AlreadyExecuted);
		conserved();
	});
}

#[test]
fn attested_delegations_are_recorded() {
	new_test(|| {
		let (a, b) = (evm(1), evm(2));
		let report = BridgeMessage::Delegations {
			pool: POOL,
			epoch: 1,
			delegations: delegations(vec![(a, 30 * UNIT), (b, 10 * UNIT)]),
		};
		assert_ok!(attest(RELAYER_1, BSC, &report));
		assert!(MockStaking::pool(POOL).delegations.is_empty());
		assert_ok!(attest(RELAYER_2, BSC, &report));
		assert!(executed(BSC, &report));
		let p = MockStaking::pool(POOL);
		assert_eq!(p.delegations, vec![(a, 30 * UNIT), (b, 10 * UNIT)]);
		assert_eq!(p.delegation_epoch, 1);
		// A report mints and burns nothing.
		assert_eq!((chain(BSC).minted, chain(BSC).burned), (0, 0));
		// The epoch is spent, whatever the report says.
		assert_noop!(attest(RELAYER_3, BSC, &report), Error::<Test>::AlreadyExecuted);
		let other = BridgeMessage::Delegations {
			pool: POOL,
			epoch: 1,
			delegations: delegations(vec![(a, 40 * UNIT)]),
		};
		assert_noop!(attest(RELAYER_1, BSC, &other), Error::<Test>::AlreadyExecuted);
		// Delegation epochs are a key space of their own: reward epoch 1 is still open to votes.
		let rewards = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: UNIT };
		assert_ok!(attest(RELAYER_1, BSC, &rewards));
		assert_eq!(Votes::<Test>::get(BSC, rewards.key()).len(), 1);
		// Only the next epoch is open: a later one is refused before any vote is kept.
		let full: Vec<(ValidatorId, Balance)> =
			(1..=MAX_DELEGATIONS as u64).map(|i| (evm(i), i as Balance * UNIT)).collect();
		let skipping = BridgeMessage::Delegations {
			pool: POOL,
			epoch: 3,
			delegations: delegations(full.clone()),
		};
		assert_noop!(attest(RELAYER_1, BSC, &skipping), Error::<Test>::UnexpectedEpoch);
		let far = BridgeMessage::Delegations {
			pool: POOL,
			epoch: u64::MAX,
			delegations: delegations(full.clone()),
		};
		assert_noop!(attest(RELAYER_1, BSC, &far), Error::<Test>::UnexpectedEpoch);
		// The next one, naming the most validators a report may name, is taken.
		let next = BridgeMessage::Delegations {
			pool: POOL,
			epoch: 2,
			delegations: delegations(full.clone()),
		};
		attested(BSC, &next);
		assert_eq!(MockStaking::pool(POOL).delegations, full);
		assert_eq!(MockStaking::pool(POOL).delegation_epoch, 2);
		conserved();
	});
}
