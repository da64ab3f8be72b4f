//! The bridge: chains and relayers, attested messages, limits and queue, pause, withdrawals,
//! and one flow from a BSC deposit to a withdrawal back to BSC.

use crate::{
	mock::*, BridgeMessage, ChainId, ChainInfoOf, Chains, Deposit, DepositQueue, Error, Event,
	ExecutedDeposits, PlanDirection, Pools, TokenKind, ValidatorId, Votes, Withdrawals,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchResultWithPostInfo, Pays},
	traits::fungibles::Inspect,
};
use sp_core::{H160, H256};
use sp_runtime::{DispatchError, Perbill};

type Message = BridgeMessage<AccountId, Balance>;

fn gov() -> RuntimeOrigin {
	RuntimeOrigin::signed(GOVERNANCE)
}

fn tx(n: u64) -> H256 {
	H256::from_low_u64_be(n)
}

fn evm(n: u64) -> H160 {
	H160::from_low_u64_be(n)
}

fn deposit(n: u64, beneficiary: AccountId, amount: Balance) -> Message {
	BridgeMessage::Deposit(Deposit {
		tx_hash: tx(n),
		log_index: 0,
		beneficiary,
		amount,
		stake: None,
	})
}

fn deposit_staked(n: u64, beneficiary: AccountId, amount: Balance, kind: TokenKind) -> Message {
	BridgeMessage::Deposit(Deposit {
		tx_hash: tx(n),
		log_index: 0,
		beneficiary,
		amount,
		stake: Some((POOL, kind)),
	})
}

fn attest(relayer: AccountId, chain: ChainId, message: &Message) -> DispatchResultWithPostInfo {
	LiquidStaking::attest(RuntimeOrigin::signed(relayer), chain, message.clone())
}

/// Two of the three relayers attest: the message executes.
fn attested(chain: ChainId, message: &Message) {
	assert_ok!(attest(RELAYER_1, chain, message));
	assert_ok!(attest(RELAYER_2, chain, message));
}

fn chain(id: ChainId) -> ChainInfoOf<Test> {
	Chains::<Test>::get(id).expect("chain registered")
}

fn wmatic(who: AccountId) -> Balance {
	Assets::balance(WMATIC, who)
}

fn stake(who: AccountId, amount: Balance, kind: TokenKind) {
	assert_ok!(LiquidStaking::stake(RuntimeOrigin::signed(who), POOL, amount, kind));
}

fn executed(chain: ChainId, message: &Message) -> bool {
	events().contains(&Event::MessageExecuted {
		chain,
		key: message.key(),
		message_hash: LiquidStaking::message_hash(chain, message),
	})
}

// ----- chains and relayers -----

#[test]
fn genesis_registers_both_chains_with_their_relayers() {
	new_test(|| {
		for (id, wrapped) in [(BSC, WBNB), (POLYGON, WMATIC)] {
			let c = chain(id);
			assert_eq!(c.wrapped, wrapped);
			assert_eq!(c.threshold, 2);
			assert_eq!(c.limits, limits());
			assert_eq!(
				crate::Chains::<Test>::get(id).unwrap().relayers.into_inner(),
				vec![RELAYER_1, RELAYER_2, RELAYER_3]
			);
		}
		assert_eq!(pool().remote_chain, Some(BSC));
	});
}

#[test]
fn only_governance_registers_chains_and_sets_relayers_and_limits() {
	new_test(|| {
		Assets::force_create(RuntimeOrigin::root(), 7, ADMIN, true, 1).unwrap();
		for origin in [
			RuntimeOrigin::none(),
			RuntimeOrigin::root(),
			RuntimeOrigin::signed(STRANGER),
			RuntimeOrigin::signed(RELAYER_1),
			RuntimeOrigin::signed(ORACLE),
		] {
			assert_noop!(
				LiquidStaking::register_chain(origin.clone(), 1, 7, limits(), vec![1, 2, 3], 2),
				DispatchError::BadOrigin
			);
			assert_noop!(
				LiquidStaking::set_relayers(origin.clone(), BSC, vec![1, 2, 3], 3),
				DispatchError::BadOrigin
			);
			assert_noop!(
				LiquidStaking::set_chain_limits(origin.clone(), BSC, limits()),
				DispatchError::BadOrigin
			);
			assert_noop!(
				LiquidStaking::unpause_chain(origin.clone(), BSC),
				DispatchError::BadOrigin
			);
			assert_noop!(
				LiquidStaking::approve_deposit(origin.clone(), BSC, 0),
				DispatchError::BadOrigin
			);
		}
		assert_ok!(LiquidStaking::register_chain(gov(), 1, 7, limits(), vec![1, 2, 3], 2));
		assert!(events().contains(&Event::ChainRegistered {
			chain: 1,
			wrapped: 7,
			limits: limits(),
			relayers: vec![1, 2, 3],
			threshold: 2,
		}));
	});
}

#[test]
fn every_bad_chain_and_relayer_set_is_refused() {
	new_test(|| {
		Assets::force_create(RuntimeOrigin::root(), 7, ADMIN, true, 1).unwrap();
		let reg = |chain, wrapped, l, relayers: Vec<AccountId>, t| {
			LiquidStaking::register_chain(gov(), chain, wrapped, l, relayers, t)
		};
		let r3 = || vec![1, 2, 3];
		assert_noop!(reg(0, 7, limits(), r3(), 2), Error::<Test>::InvalidChainId);
		assert_noop!(reg(BSC, 7, limits(), r3(), 2), Error::<Test>::ChainExists);
		assert_noop!(reg(1, 8, limits(), r3(), 2), Error::<Test>::UnderlyingNotFound);
		assert_noop!(reg(1, WBNB, limits(), r3(), 2), Error::<Test>::WrappedAlreadyLinked);
		let mut l = limits();
		l.max_per_deposit = 0;
		assert_noop!(reg(1, 7, l, r3(), 2), Error::<Test>::InvalidLimits);
		let mut l = limits();
		l.max_per_period = l.max_per_deposit - 1;
		assert_noop!(reg(1, 7, l, r3(), 2), Error::<Test>::InvalidLimits);
		let mut l = limits();
		l.period = 0;
		assert_noop!(reg(1, 7, l, r3(), 2), Error::<Test>::InvalidLimits);
		// Thresholds: 0, above the set, not more than half of it (Harmony's 2 of 5,
		// 2 of 4), and an empty set.
		assert_noop!(reg(1, 7, limits(), r3(), 0), Error::<Test>::InvalidThreshold);
		assert_noop!(reg(1, 7, limits(), r3(), 4), Error::<Test>::InvalidThreshold);
		assert_noop!(reg(1, 7, limits(), vec![1, 2, 3, 4, 5], 2), Error::<Test>::InvalidThreshold);
		assert_noop!(reg(1, 7, limits(), vec![1, 2, 3, 4], 2), Error::<Test>::InvalidThreshold);
		assert_noop!(reg(1, 7, limits(), vec![], 0), Error::<Test>::InvalidThreshold);
		assert_noop!(reg(1, 7, limits(), vec![1, 2, 1], 2), Error::<Test>::DuplicateRelayer);
		assert_noop!(
			reg(1, 7, limits(), (1..=MAX_RELAYERS as AccountId + 1).collect(), 4),
			Error::<Test>::TooManyRelayers
		);
		// The same checks when the set is replaced.
		assert_noop!(
			LiquidStaking::set_relayers(gov(), BSC, vec![1, 2, 3, 4], 2),
			Error::<Test>::InvalidThreshold
		);
		assert_noop!(
			LiquidStaking::set_relayers(gov(), 1, vec![1, 2, 3], 2),
			Error::<Test>::ChainNotFound
		);
		assert_noop!(
			LiquidStaking::set_chain_limits(gov(), BSC, BridgeLimitsZero::get()),
			Error::<Test>::InvalidLimits
		);
		// 1 of 1, 3 of 5 and 5 of 5 are fine.
		assert_ok!(reg(1, 7, limits(), vec![1], 1));
		assert_ok!(LiquidStaking::set_relayers(gov(), 1, vec![1, 2, 3, 4, 5], 3));
		assert_ok!(LiquidStaking::set_relayers(gov(), 1, vec![1, 2, 3, 4, 5], 5));
	});
}

struct BridgeLimitsZero;
impl BridgeLimitsZero {
	fn get() -> crate::LimitsOf<Test> {
		crate::BridgeLimits { max_per_deposit: 0, max_per_period: 0, period: 0 }
	}
}

#[test]
fn a_remote_pool_must_stake_its_chain_s_wrapped_coin() {
	new_test(|| {
		let create = |remote| {
			LiquidStaking::create_pool(
				RuntimeOrigin::root(),
				WMATIC,
				300,
				b"c".to_vec().try_into().unwrap(),
				b"c".to_vec().try_into().unwrap(),
				18,
				1,
				remote,
				default_params(),
			)
		};
		assert_noop!(create(Some(BSC)), Error::<Test>::UnderlyingNotWrapped);
		assert_noop!(create(Some(1)), Error::<Test>::ChainNotFound);
		assert_ok!(create(Some(POLYGON)));
	});
}

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
			message_hash: LiquidStaking::message_hash(BSC, &m),
			votes: 1,
			threshold: 2,
		}));
		// The same relayer again counts for nothing.
		assert_noop!(attest(RELAYER_1, BSC, &m), Error::<Test>::AlreadyVoted);
		// The second relayer's vote executes it.
		assert_ok!(attest(RELAYER_2, BSC, &m));
		assert_eq!(wbnb(40), 10 * UNIT);
		assert!(executed(BSC, &m));
		assert!(events().contains(&Event::Deposited {
			chain: BSC,
			tx_hash: tx(1),
			log_index: 0,
			beneficiary: 40,
			amount: 10 * UNIT,
			staked: None,
		}));
		assert_eq!(chain(BSC).minted, before.minted + 10 * UNIT);
		assert!(ExecutedDeposits::<Test>::contains_key(BSC, (tx(1), 0)));
		assert_eq!(Votes::<Test>::iter().count(), 0);
		// The same deposit again: in this block, by the third relayer, and in a later block.
		assert_noop!(attest(RELAYER_3, BSC, &m), Error::<Test>::AlreadyExecuted);
		run_to_block(50);
		assert_noop!(attest(RELAYER_1, BSC, &m), Error::<Test>::AlreadyExecuted);
		// Another log of the same transaction is another deposit.
		let mut other = m.clone();
		if let BridgeMessage::Deposit(d) = &mut other {
			d.log_index = 1;
		}
		attested(BSC, &other);
		assert_eq!(wbnb(40), 20 * UNIT);
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
		assert_noop!(attest(RELAYER_3, POLYGON, &m), Error::<Test>::AlreadyExecuted);
	});
}

#[test]
fn only_relayers_of_the_chain_vote_and_bad_messages_are_refused() {
	new_test(|| {
		let m = deposit(1, 40, 10 * UNIT);
		for outsider in [STRANGER, GOVERNANCE, ORACLE, ALICE] {
			assert_noop!(attest(outsider, BSC, &m), Error::<Test>::NotRelayer);
		}
		assert_noop!(
			LiquidStaking::attest(RuntimeOrigin::none(), BSC, m.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			LiquidStaking::attest(RuntimeOrigin::root(), BSC, m.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(attest(RELAYER_1, 1, &m), Error::<Test>::ChainNotFound);
		// A refused vote is not free.
		let err = attest(STRANGER, BSC, &m).unwrap_err();
		assert_eq!(err.post_info.pays_fee, Pays::Yes);
		// Zero hash, zero amount (Nomad), a pool of another chain, a pool that does not exist.
		let zero_hash = BridgeMessage::Deposit(Deposit {
			tx_hash: H256::zero(),
			log_index: 0,
			beneficiary: 40,
			amount: UNIT,
			stake: None,
		});
		assert_noop!(attest(RELAYER_1, BSC, &zero_hash), Error::<Test>::ZeroHash);
		assert_noop!(attest(RELAYER_1, BSC, &deposit(1, 40, 0)), Error::<Test>::ZeroAmount);
		assert_noop!(
			attest(RELAYER_1, POLYGON, &deposit_staked(1, 40, UNIT, TokenKind::Cert)),
			Error::<Test>::WrongChain
		);
		let rewards = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: UNIT };
		assert_noop!(attest(RELAYER_1, POLYGON, &rewards), Error::<Test>::WrongChain);
		let none = BridgeMessage::Rewards { pool: 7, epoch: 1, amount: UNIT };
		assert_noop!(attest(RELAYER_1, BSC, &none), Error::<Test>::PoolNotFound);
		let zero = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: 0 };
		assert_noop!(attest(RELAYER_1, BSC, &zero), Error::<Test>::ZeroAmount);
		let released = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(1) };
		assert_noop!(attest(RELAYER_1, BSC, &released), Error::<Test>::WithdrawalNotFound);
		let zero = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: H256::zero() };
		assert_noop!(attest(RELAYER_1, BSC, &zero), Error::<Test>::ZeroHash);
		let long = BridgeMessage::Delegations {
			pool: POOL,
			epoch: 1,
			delegations: (0..=2 * MAX_VALIDATORS as u64).map(|i| (evm(i + 1), UNIT)).collect(),
		};
		assert_noop!(attest(RELAYER_1, BSC, &long), Error::<Test>::TooManyValidators);
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
		for m in [&a, &b, &c] {
			assert_noop!(attest(RELAYER_3, BSC, m), Error::<Test>::AlreadyExecuted);
		}
	});
}

#[test]
fn only_votes_of_the_current_relayers_count() {
	new_test(|| {
		let m = deposit(1, 40, 10 * UNIT);
		assert_ok!(attest(RELAYER_1, BSC, &m));
		// Relayer 1 leaves; relayers 4 and 5 join with threshold 3 of 4.
		assert_ok!(LiquidStaking::set_relayers(gov(), BSC, vec![RELAYER_2, RELAYER_3, 14, 15], 3));
		assert_noop!(attest(RELAYER_1, BSC, &m), Error::<Test>::NotRelayer);
		assert_ok!(attest(RELAYER_2, BSC, &m));
		assert_ok!(attest(RELAYER_3, BSC, &m));
		// Relayer 1's old vote does not make the third.
		assert_eq!(wbnb(40), 0);
		assert_noop!(
			LiquidStaking::execute_message(RuntimeOrigin::signed(STRANGER), BSC, m.clone()),
			Error::<Test>::ThresholdNotReached
		);
		assert_ok!(attest(14, BSC, &m));
		assert_eq!(wbnb(40), 10 * UNIT);
	});
}

// ----- deposits: staking, limits, queue -----

#[test]
fn a_deposit_from_bsc_can_be_staked_at_once() {
	new_test(|| {
		stake(ALICE, 100 * UNIT, TokenKind::Bond);
		let p0 = pool();
		attested(BSC, &deposit_staked(1, 40, 10 * UNIT, TokenKind::Cert));
		assert_eq!(cert(40), 10 * UNIT);
		assert_eq!(wbnb(40), 0);
		assert_eq!(pool().total_pooled, p0.total_pooled + 10 * UNIT);
		assert_eq!(wbnb(pool_account()), p0.total_pooled + 10 * UNIT);
		attested(BSC, &deposit_staked(2, 41, 5 * UNIT, TokenKind::Bond));
		assert_eq!(LiquidStaking::bond_balance_of(POOL, &41), 5 * UNIT);
		assert!(events().contains(&Event::Deposited {
			chain: BSC,
			tx_hash: tx(2),
			log_index: 0,
			beneficiary: 41,
			amount: 5 * UNIT,
			staked: Some((POOL, TokenKind::Bond)),
		}));
	});
}

#[test]
fn a_deposit_the_pool_refuses_to_stake_pays_the_wrapped_coin() {
	new_test(|| {
		assert_ok!(LiquidStaking::set_paused(
			RuntimeOrigin::root(),
			POOL,
			crate::PauseFlags { staking: true, unstaking: false }
		));
		attested(BSC, &deposit_staked(1, 40, 10 * UNIT, TokenKind::Cert));
		assert_eq!(cert(40), 0);
		assert_eq!(wbnb(40), 10 * UNIT);
		assert!(events().contains(&Event::DepositStakeFailed {
			chain: BSC,
			pool: POOL,
			error: Error::<Test>::StakingPaused.into(),
		}));
	});
}

#[test]
fn deposits_over_the_limits_wait_in_the_queue_and_are_never_dropped() {
	new_test(|| {
		// Over the per-deposit limit: queued.
		attested(BSC, &deposit(1, 40, MAX_DEPOSIT + 1));
		assert_eq!(wbnb(40), 0);
		assert_eq!(chain(BSC).queued, 1);
		assert!(events().iter().any(|e| matches!(
			e,
			Event::DepositQueued { chain: BSC, id: 0, amount, .. } if *amount == MAX_DEPOSIT + 1
		)));
		// Anyone may release a queued deposit only when it fits; it never fits this one.
		assert_noop!(
			LiquidStaking::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::DepositOverLimit
		);
		run_to_block(1 + 10 * WINDOW);
		assert_noop!(
			LiquidStaking::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::DepositOverLimit
		);
		// Governance approves it.
		assert_ok!(LiquidStaking::approve_deposit(gov(), BSC, 0));
		assert_eq!(wbnb(40), MAX_DEPOSIT + 1);
		assert_eq!(chain(BSC).queued, 0);
		assert_noop!(
			LiquidStaking::approve_deposit(gov(), BSC, 0),
			Error::<Test>::QueuedDepositNotFound
		);
	});
}

#[test]
fn the_per_period_limit_queues_until_the_window_has_room() {
	new_test(|| {
		// Window of 2,500: 1,000 + 1,000 pass, the third 1,000 waits.
		attested(BSC, &deposit(1, 40, MAX_DEPOSIT));
		attested(BSC, &deposit(2, 40, MAX_DEPOSIT));
		attested(BSC, &deposit(3, 41, MAX_DEPOSIT));
		assert_eq!(wbnb(40), 2 * MAX_DEPOSIT);
		assert_eq!(wbnb(41), 0);
		assert_eq!(chain(BSC).window_used, 2 * MAX_DEPOSIT);
		// 500 still fit.
		attested(BSC, &deposit(4, 42, MAX_PERIOD - 2 * MAX_DEPOSIT));
		assert_eq!(wbnb(42), MAX_PERIOD - 2 * MAX_DEPOSIT);
		assert_noop!(
			LiquidStaking::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::DepositOverLimit
		);
		// The window opened at genesis. One block before the next: still full; at it: room.
		assert_eq!(chain(BSC).window_start, 0);
		run_to_block(WINDOW - 1);
		assert_noop!(
			LiquidStaking::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::DepositOverLimit
		);
		run_to_block(WINDOW);
		assert_ok!(LiquidStaking::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0));
		assert_eq!(wbnb(41), MAX_DEPOSIT);
		assert_eq!(chain(BSC).window_used, MAX_DEPOSIT);
		assert!(events().contains(&Event::QueuedDepositReleased {
			chain: BSC,
			id: 0,
			approved: false
		}));
	});
}

#[test]
fn a_full_queue_keeps_the_votes_until_it_has_room() {
	new_test(|| {
		for n in 0..MAX_QUEUED as u64 {
			attested(BSC, &deposit(n + 1, 40, MAX_DEPOSIT + 1));
		}
		assert_eq!(chain(BSC).queued, MAX_QUEUED);
		let m = deposit(99, 41, MAX_DEPOSIT + 1);
		assert_ok!(attest(RELAYER_1, BSC, &m));
		assert_ok!(attest(RELAYER_2, BSC, &m));
		assert!(events().contains(&Event::MessageFailed {
			chain: BSC,
			key: m.key(),
			message_hash: LiquidStaking::message_hash(BSC, &m),
			error: Error::<Test>::QueueFull.into(),
		}));
		assert!(!ExecutedDeposits::<Test>::contains_key(BSC, (tx(99), 0)));
		assert_eq!(Votes::<Test>::get(BSC, m.key()).len(), 2);
		assert_noop!(
			LiquidStaking::execute_message(RuntimeOrigin::signed(STRANGER), BSC, m.clone()),
			Error::<Test>::QueueFull
		);
		assert_ok!(LiquidStaking::approve_deposit(gov(), BSC, 0));
		assert_ok!(LiquidStaking::execute_message(RuntimeOrigin::signed(STRANGER), BSC, m.clone()));
		assert_eq!(DepositQueue::<Test>::iter_prefix(BSC).count() as u32, MAX_QUEUED);
		assert!(executed(BSC, &m));
		assert_noop!(
			LiquidStaking::execute_message(RuntimeOrigin::signed(STRANGER), BSC, m),
			Error::<Test>::AlreadyExecuted
		);
	});
}

// ----- pause -----

#[test]
fn a_relayer_or_governance_pauses_only_governance_unpauses() {
	new_test(|| {
		assert_noop!(
			LiquidStaking::pause_chain(RuntimeOrigin::signed(STRANGER), BSC),
			Error::<Test>::NotRelayer
		);
		assert_noop!(
			LiquidStaking::pause_chain(RuntimeOrigin::none(), BSC),
			DispatchError::BadOrigin
		);
		assert_noop!(
			LiquidStaking::pause_chain(RuntimeOrigin::signed(RELAYER_1), 1),
			Error::<Test>::ChainNotFound
		);
		assert_ok!(LiquidStaking::pause_chain(RuntimeOrigin::signed(RELAYER_3), BSC));
		assert!(events().contains(&Event::ChainPaused { chain: BSC, by: Some(RELAYER_3) }));
		assert_noop!(LiquidStaking::pause_chain(gov(), BSC), Error::<Test>::ChainPaused);
		assert_noop!(
			LiquidStaking::unpause_chain(RuntimeOrigin::signed(RELAYER_1), BSC),
			DispatchError::BadOrigin
		);
		assert_ok!(LiquidStaking::unpause_chain(gov(), BSC));
		assert_noop!(LiquidStaking::unpause_chain(gov(), BSC), Error::<Test>::ChainNotPaused);
		assert_ok!(LiquidStaking::pause_chain(gov(), POLYGON));
		assert!(events().contains(&Event::ChainPaused { chain: POLYGON, by: None }));
		// Pausing one chain leaves the other alone.
		attested(BSC, &deposit(1, 40, UNIT));
		assert_eq!(wbnb(40), UNIT);
	});
}

#[test]
fn while_paused_nothing_executes_but_votes_and_the_queue_are_kept() {
	new_test(|| {
		attested(BSC, &deposit(1, 40, MAX_DEPOSIT + 1));
		attested(BSC, &deposit(2, 40, 2 * UNIT));
		assert_ok!(LiquidStaking::withdraw_to_remote(RuntimeOrigin::signed(40), BSC, UNIT, evm(1)));
		assert_ok!(LiquidStaking::pause_chain(RuntimeOrigin::signed(RELAYER_1), BSC));
		let m = deposit(3, 41, UNIT);
		assert_ok!(attest(RELAYER_1, BSC, &m));
		assert_ok!(attest(RELAYER_2, BSC, &m));
		assert_eq!(wbnb(41), 0);
		assert_eq!(Votes::<Test>::get(BSC, m.key()).len(), 2);
		let released = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(9) };
		assert_ok!(attest(RELAYER_1, BSC, &released));
		assert_ok!(attest(RELAYER_2, BSC, &released));
		assert!(Withdrawals::<Test>::contains_key(0));
		assert_noop!(
			LiquidStaking::execute_message(RuntimeOrigin::signed(STRANGER), BSC, m.clone()),
			Error::<Test>::ChainPaused
		);
		assert_noop!(LiquidStaking::approve_deposit(gov(), BSC, 0), Error::<Test>::ChainPaused);
		assert_noop!(
			LiquidStaking::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::ChainPaused
		);
		assert_noop!(
			LiquidStaking::withdraw_to_remote(RuntimeOrigin::signed(40), BSC, UNIT, evm(1)),
			Error::<Test>::ChainPaused
		);
		// Unpaused: the attested messages execute, the queue is still there.
		assert_ok!(LiquidStaking::unpause_chain(gov(), BSC));
		assert_ok!(LiquidStaking::execute_message(RuntimeOrigin::signed(STRANGER), BSC, m));
		assert_eq!(wbnb(41), UNIT);
		assert_ok!(LiquidStaking::execute_message(RuntimeOrigin::signed(STRANGER), BSC, released));
		assert!(!Withdrawals::<Test>::contains_key(0));
		assert_ok!(LiquidStaking::approve_deposit(gov(), BSC, 0));
		assert_eq!(wbnb(40), MAX_DEPOSIT + 1 + UNIT);
	});
}

// ----- reports -----

#[test]
fn attested_rewards_are_minted_into_the_pool_and_bounded() {
	new_test(|| {
		stake(ALICE, 100 * UNIT, TokenKind::Bond);
		run_to_block(1 + REPORT_INTERVAL);
		let p0 = pool();
		let held0 = wbnb(pool_account());
		let bound = default_params().max_reward_per_report.mul_floor(p0.total_pooled);
		// One over the bound: the threshold is reached but nothing changes.
		let over = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: bound + 1 };
		assert_ok!(attest(RELAYER_1, BSC, &over));
		assert_ok!(attest(RELAYER_2, BSC, &over));
		assert!(events().contains(&Event::MessageFailed {
			chain: BSC,
			key: over.key(),
			message_hash: LiquidStaking::message_hash(BSC, &over),
			error: Error::<Test>::RewardAboveBound.into(),
		}));
		assert_eq!(pool(), p0);
		assert_eq!(wbnb(pool_account()), held0);
		assert_eq!(chain(BSC).minted, 0);
		// At the bound: minted into the pool account, P grows by it.
		let ok = BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: bound };
		attested(BSC, &ok);
		assert_eq!(pool().total_pooled, p0.total_pooled + bound);
		assert_eq!(wbnb(pool_account()), held0 + bound);
		assert_eq!(chain(BSC).minted, bound);
		// The epoch is spent, for rewards and for slashes.
		assert_noop!(attest(RELAYER_3, BSC, &ok), Error::<Test>::AlreadyExecuted);
		let slash = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: UNIT };
		assert_noop!(attest(RELAYER_1, BSC, &slash), Error::<Test>::AlreadyExecuted);
		// Too early for the next epoch: kept, executed later by anyone.
		let next = BridgeMessage::Rewards { pool: POOL, epoch: 2, amount: UNIT / 100 };
		assert_ok!(attest(RELAYER_1, BSC, &next));
		assert_ok!(attest(RELAYER_2, BSC, &next));
		assert!(!executed(BSC, &next));
		run_to_block(1 + 2 * REPORT_INTERVAL);
		assert_ok!(LiquidStaking::execute_message(RuntimeOrigin::signed(STRANGER), BSC, next));
		assert_eq!(pool().last_epoch, 2);
	});
}

#[test]
fn an_attested_slash_burns_the_wrapped_coin_from_the_pool() {
	new_test(|| {
		stake(ALICE, 100 * UNIT, TokenKind::Bond);
		run_to_block(1 + REPORT_INTERVAL);
		let p0 = pool();
		let held0 = wbnb(pool_account());
		let too_big = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: p0.total_pooled + 1 };
		assert_ok!(attest(RELAYER_1, BSC, &too_big));
		assert_ok!(attest(RELAYER_2, BSC, &too_big));
		assert_eq!(pool(), p0);
		let slash = BridgeMessage::Slash { pool: POOL, epoch: 1, amount: UNIT / 2 };
		attested(BSC, &slash);
		assert_eq!(pool().total_pooled, p0.total_pooled - UNIT / 2);
		assert_eq!(wbnb(pool_account()), held0 - UNIT / 2);
		assert_eq!(chain(BSC).burned, UNIT / 2);
	});
}

#[test]
fn attested_delegations_feed_the_allocation_plan() {
	new_test(|| {
		let (a, b) = (evm(1), evm(2));
		// Staked before the pool had an allocation: its block ends with nothing to plan.
		stake(ALICE, 40 * UNIT, TokenKind::Bond);
		end_of_block();
		assert_ok!(LiquidStaking::set_allocation(
			gov(),
			POOL,
			vec![(a, Perbill::from_percent(50)), (b, Perbill::from_percent(50))]
		));
		let report = BridgeMessage::Delegations {
			pool: POOL,
			epoch: 1,
			delegations: vec![(a, 30 * UNIT), (b, 10 * UNIT)],
		};
		attested(BSC, &report);
		let books = crate::Validators::<Test>::get(POOL);
		let of = |v: ValidatorId| books.iter().find(|x| x.validator == v).unwrap().delegated;
		assert_eq!((of(a), of(b)), (30 * UNIT, 10 * UNIT));
		assert_noop!(attest(RELAYER_3, BSC, &report), Error::<Test>::AlreadyExecuted);
		// The next stake goes to the validator under its target: 60 in all, 30 each.
		stake(ALICE, 20 * UNIT, TokenKind::Bond);
		end_of_block();
		assert!(events().contains(&Event::AllocationPlanned {
			pool: POOL,
			direction: PlanDirection::Delegate,
			amount: 20 * UNIT,
			moves: vec![(b, 20 * UNIT)],
		}));
	});
}

// ----- withdrawals -----

/// The wrapped coin's minimum balance is `WBNB_MIN`: a withdrawal that would leave less than it
/// (and more than nothing) is refused, since the asset would burn that rest and nobody would
/// receive it on the remote chain. All of it, or leaving the minimum, is fine.
#[test]
fn a_withdrawal_never_leaves_dust_behind() {
	new_test(|| {
		attested(BSC, &deposit(1, 40, 10 * UNIT));
		let issuance = Assets::total_issuance(WBNB);
		let w = |amount| {
			LiquidStaking::withdraw_to_remote(RuntimeOrigin::signed(40), BSC, amount, evm(1))
		};
		assert_noop!(w(10 * UNIT - 1), Error::<Test>::WithdrawalLeavesDust);
		assert_noop!(w(10 * UNIT - (WBNB_MIN - 1)), Error::<Test>::WithdrawalLeavesDust);
		assert_ok!(w(10 * UNIT - WBNB_MIN));
		assert_eq!(wbnb(40), WBNB_MIN);
		assert_ok!(w(WBNB_MIN));
		assert_eq!(wbnb(40), 0);
		assert_eq!(Assets::total_issuance(WBNB), issuance - 10 * UNIT);
		assert_eq!(chain(BSC).withdrawn, 10 * UNIT);
	});
}

#[test]
fn a_withdrawal_is_burned_and_settled_exactly_once() {
	new_test(|| {
		attested(BSC, &deposit(1, 40, 10 * UNIT));
		let w = |who, amount, to| {
			LiquidStaking::withdraw_to_remote(RuntimeOrigin::signed(who), BSC, amount, to)
		};
		assert_noop!(w(40, 0, evm(1)), Error::<Test>::ZeroAmount);
		assert_noop!(w(40, UNIT, H160::zero()), Error::<Test>::ZeroRecipient);
		assert_noop!(w(40, 10 * UNIT + 1, evm(1)), Error::<Test>::InsufficientWrapped);
		assert_noop!(w(40, u128::MAX, evm(1)), Error::<Test>::InsufficientWrapped);
		assert_noop!(
			LiquidStaking::withdraw_to_remote(RuntimeOrigin::signed(40), 1, UNIT, evm(1)),
			Error::<Test>::ChainNotFound
		);
		assert_ok!(w(40, 4 * UNIT, evm(7)));
		assert_eq!(wbnb(40), 6 * UNIT);
		assert_eq!(chain(BSC).withdrawn, 4 * UNIT);
		assert!(events().contains(&Event::WithdrawalRequested {
			id: 0,
			chain: BSC,
			who: 40,
			recipient: evm(7),
			amount: 4 * UNIT,
		}));
		// Settled by the relayers of its own chain only.
		let released = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(5) };
		assert_noop!(attest(RELAYER_1, POLYGON, &released), Error::<Test>::WrongChain);
		attested(BSC, &released);
		assert_eq!(chain(BSC).released, 4 * UNIT);
		// Never twice, whether released or failed.
		assert_noop!(attest(RELAYER_3, BSC, &released), Error::<Test>::AlreadyExecuted);
		let failed = BridgeMessage::WithdrawalFailed { id: 0 };
		assert_noop!(attest(RELAYER_1, BSC, &failed), Error::<Test>::AlreadyExecuted);
		let again = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(6) };
		assert_noop!(attest(RELAYER_1, BSC, &again), Error::<Test>::AlreadyExecuted);
		// A failed withdrawal is refunded.
		assert_ok!(w(40, 6 * UNIT, evm(7)));
		assert_eq!(wbnb(40), 0);
		attested(BSC, &BridgeMessage::WithdrawalFailed { id: 1 });
		assert_eq!(wbnb(40), 6 * UNIT);
		assert_eq!(chain(BSC).refunded, 6 * UNIT);
		assert!(events().contains(&Event::WithdrawalRefunded {
			id: 1,
			chain: BSC,
			who: 40,
			amount: 6 * UNIT
		}));
	});
}

#[test]
fn relayers_reach_no_governance_call() {
	new_test(|| {
		let r = RuntimeOrigin::signed(RELAYER_1);
		assert_noop!(
			LiquidStaking::set_relayers(r.clone(), BSC, vec![RELAYER_1], 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			LiquidStaking::set_chain_limits(r.clone(), BSC, limits()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			LiquidStaking::set_allocation(r.clone(), POOL, vec![(evm(1), Perbill::one())]),
			DispatchError::BadOrigin
		);
		assert_noop!(
			LiquidStaking::set_pool_params(r.clone(), POOL, default_params()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			LiquidStaking::report_rewards(r.clone(), POOL, 1, UNIT),
			DispatchError::BadOrigin
		);
		assert_noop!(LiquidStaking::approve_deposit(r, BSC, 0), DispatchError::BadOrigin);
	});
}

// ----- the whole flow -----

/// Every unit of the wrapped BNB, at every step: the bridge's books against the coin's
/// issuance, and the pool's underlying against what it owes.
fn conserved() {
	let c = chain(BSC);
	assert_eq!(
		Assets::total_issuance(WBNB),
		c.issuance_base + c.minted + c.refunded - c.burned - c.withdrawn
	);
	let p = pool();
	assert!(wbnb(pool_account()) >= p.total_pooled + p.claimable);
	LiquidStaking::do_try_state().unwrap();
}

#[test]
fn from_a_bsc_deposit_to_a_withdrawal_back_to_bsc() {
	new_test(|| {
		const USER: AccountId = 70;
		stake(ALICE, 1_000 * UNIT, TokenKind::Bond);
		conserved();
		// 1. Deposit on BSC, staked as cert at once.
		attested(BSC, &deposit_staked(1, USER, 100 * UNIT, TokenKind::Cert));
		let certs = cert(USER);
		assert_eq!(certs, 100 * UNIT);
		conserved();
		// 2. Rewards reported by the relayers.
		run_to_block(1 + REPORT_INTERVAL);
		let reward = default_params().max_reward_per_report.mul_floor(pool().total_pooled);
		attested(BSC, &BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: reward });
		let (_, value) = LiquidStaking::cert_value_of(POOL, &USER);
		assert!(value > 100 * UNIT);
		conserved();
		// 3. Unstake everything.
		assert_ok!(LiquidStaking::unstake(
			RuntimeOrigin::signed(USER),
			POOL,
			certs,
			TokenKind::Cert
		));
		assert_eq!(cert(USER), 0);
		conserved();
		// 4. Released after the period by the scheduler, 5. claimed.
		let release = (1 + REPORT_INTERVAL + PERIOD).div_ceil(BUCKET) * BUCKET;
		run_to_block(release - 1);
		assert_noop!(
			LiquidStaking::claim(RuntimeOrigin::signed(USER), POOL, USER),
			Error::<Test>::NothingToClaim
		);
		run_to_block(release);
		conserved();
		assert_ok!(LiquidStaking::claim(RuntimeOrigin::signed(USER), POOL, USER));
		let paid = wbnb(USER);
		assert!(paid >= value - 1 && paid <= value + 1, "paid {paid}, value {value}");
		conserved();
		// 6. Withdraw to BSC, 7. released there.
		assert_ok!(LiquidStaking::withdraw_to_remote(
			RuntimeOrigin::signed(USER),
			BSC,
			paid,
			evm(0xb5c)
		));
		assert_eq!(wbnb(USER), 0);
		conserved();
		attested(BSC, &BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(2) });
		let c = chain(BSC);
		assert_eq!(c.released, paid);
		assert_eq!(c.withdrawn, paid);
		assert_eq!(c.minted, 100 * UNIT + reward);
		assert!(Withdrawals::<Test>::iter().next().is_none());
		conserved();
		assert!(Pools::<Test>::get(POOL).is_some());
	});
}
