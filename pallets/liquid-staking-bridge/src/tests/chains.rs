//! Chains and relayer sets: who registers them, what is refused, limits, pause, and chains that
//! share one wrapped coin.

use super::*;
use crate::{BridgeLimits, Error, LimitsOf, Votes, Withdrawals};
use codec::{Decode, Encode};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

/// A chain id no chain of the mock has.
const CHAIN_10: ChainId = 10;

#[test]
fn genesis_registers_the_chains_with_their_relayers() {
	new_test(|| {
		for (id, wrapped) in [(BSC, WBNB), (ETHEREUM, WMATIC), (POLYGON, WMATIC)] {
			let c = chain(id);
			assert_eq!(c.wrapped, wrapped);
			assert_eq!(c.threshold, 2);
			assert_eq!(c.limits, limits());
			assert_eq!(c.relayers.to_vec(), vec![RELAYER_1, RELAYER_2, RELAYER_3]);
			assert!(!c.paused);
			assert_eq!((c.window.total(), c.queued), (0, 0));
			assert_eq!((c.minted, c.burned, c.withdrawn, c.released, c.refunded), (0, 0, 0, 0, 0));
		}
		// Each coin is recorded once, with its issuance before the bridge: what Bob was given.
		let mut coins: Vec<(u32, Balance)> = WrappedCoins::<Test>::iter().collect();
		coins.sort();
		assert_eq!(coins, vec![(WBNB, 1_000 * UNIT), (WMATIC, 1_000 * UNIT)]);
		assert_eq!(Assets::total_issuance(WBNB), 1_000 * UNIT);
		assert_eq!(Assets::total_issuance(WMATIC), 1_000 * UNIT);
		assert!(!WrappedCoins::<Test>::contains_key(OTHER));
		conserved();
	});
}

#[test]
fn only_governance_registers_chains_and_sets_relayers_and_limits() {
	new_test(|| {
		for origin in [
			RuntimeOrigin::none(),
			RuntimeOrigin::root(),
			RuntimeOrigin::signed(STRANGER),
			RuntimeOrigin::signed(RELAYER_1),
			RuntimeOrigin::signed(ADMIN),
		] {
			assert_noop!(
				Bridge::register_chain(
					origin.clone(),
					CHAIN_10,
					OTHER,
					limits(),
					set(vec![1, 2, 3]),
					2
				),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Bridge::set_relayers(origin.clone(), BSC, set(vec![1, 2, 3]), 3),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Bridge::set_chain_limits(origin.clone(), BSC, limits()),
				DispatchError::BadOrigin
			);
			assert_noop!(Bridge::unpause_chain(origin.clone(), BSC), DispatchError::BadOrigin);
			assert_noop!(Bridge::approve_deposit(origin.clone(), BSC, 0), DispatchError::BadOrigin);
		}
		assert_ok!(Bridge::register_chain(gov(), CHAIN_10, OTHER, limits(), set(vec![1, 2, 3]), 2));
		assert!(events().contains(&Event::ChainRegistered {
			chain: CHAIN_10,
			wrapped: OTHER,
			limits: limits(),
			relayers: set(vec![1, 2, 3]),
			threshold: 2,
		}));
		// The coin had no issuance: that is its base.
		assert_eq!(WrappedCoins::<Test>::get(OTHER), Some(0));

		assert_ok!(Bridge::set_relayers(gov(), CHAIN_10, set(vec![1, 2, 3, 4, 5]), 3));
		assert_eq!(chain(CHAIN_10).relayers, set(vec![1, 2, 3, 4, 5]));
		assert_eq!(chain(CHAIN_10).threshold, 3);
		assert!(events().contains(&Event::RelayersSet {
			chain: CHAIN_10,
			relayers: set(vec![1, 2, 3, 4, 5]),
			threshold: 3,
		}));
		let mut l = limits();
		l.max_per_deposit = UNIT;
		assert_ok!(Bridge::set_chain_limits(gov(), CHAIN_10, l));
		assert_eq!(chain(CHAIN_10).limits, l);
		assert!(events().contains(&Event::ChainLimitsSet { chain: CHAIN_10, limits: l }));
		conserved();
	});
}

fn zero_limits() -> LimitsOf<Test> {
	BridgeLimits { max_per_deposit: 0, max_per_period: 0, period: 0, min_withdrawal: 0 }
}

#[test]
fn every_bad_chain_and_relayer_set_is_refused() {
	new_test(|| {
		let reg = |chain, wrapped, l, relayers: Vec<AccountId>, t| {
			Bridge::register_chain(gov(), chain, wrapped, l, set(relayers), t)
		};
		let r3 = || vec![1, 2, 3];
		assert_noop!(reg(0, OTHER, limits(), r3(), 2), Error::<Test>::InvalidChainId);
		assert_noop!(reg(BSC, OTHER, limits(), r3(), 2), Error::<Test>::ChainExists);
		assert_noop!(reg(POLYGON, WMATIC, limits(), r3(), 2), Error::<Test>::ChainExists);
		// A coin that does not exist.
		assert_noop!(reg(CHAIN_10, 8, limits(), r3(), 2), Error::<Test>::WrappedNotFound);
		let mut l = limits();
		l.max_per_deposit = 0;
		assert_noop!(reg(CHAIN_10, OTHER, l, r3(), 2), Error::<Test>::InvalidLimits);
		let mut l = limits();
		l.max_per_period = l.max_per_deposit - 1;
		assert_noop!(reg(CHAIN_10, OTHER, l, r3(), 2), Error::<Test>::InvalidLimits);
		let mut l = limits();
		l.period = 0;
		assert_noop!(reg(CHAIN_10, OTHER, l, r3(), 2), Error::<Test>::InvalidLimits);
		// Thresholds: 0, above the set, not more than half of it (Harmony's 2 of 5, 2 of 4),
		// and an empty set.
		assert_noop!(reg(CHAIN_10, OTHER, limits(), r3(), 0), Error::<Test>::InvalidThreshold);
		assert_noop!(reg(CHAIN_10, OTHER, limits(), r3(), 4), Error::<Test>::InvalidThreshold);
		assert_noop!(
			reg(CHAIN_10, OTHER, limits(), vec![1, 2, 3, 4, 5], 2),
			Error::<Test>::InvalidThreshold
		);
		assert_noop!(
			reg(CHAIN_10, OTHER, limits(), vec![1, 2, 3, 4], 2),
			Error::<Test>::InvalidThreshold
		);
		// Fewer relayers than `MinRelayers` (2 here): an empty set, and one key deciding alone.
		assert_noop!(reg(CHAIN_10, OTHER, limits(), vec![], 0), Error::<Test>::TooFewRelayers);
		assert_noop!(reg(CHAIN_10, OTHER, limits(), vec![1], 1), Error::<Test>::TooFewRelayers);
		assert_noop!(
			reg(CHAIN_10, OTHER, limits(), vec![1, 2, 1], 2),
			Error::<Test>::DuplicateRelayer
		);
		// More relayers than `MaxRelayers` cannot even be given to the call: the set does not
		// decode.
		let too_many: Vec<AccountId> = (1..=MAX_RELAYERS as AccountId + 1).collect();
		assert!(RelayersOf::<Test>::decode(&mut &too_many.encode()[..]).is_err());
		assert!(RelayersOf::<Test>::try_from(too_many).is_err());
		let most: Vec<AccountId> = (1..=MAX_RELAYERS as AccountId).collect();
		assert!(RelayersOf::<Test>::decode(&mut &most.encode()[..]).is_ok());
		// The same checks when the set is replaced or the limits are set.
		assert_noop!(
			Bridge::set_relayers(gov(), BSC, set(vec![1, 2, 3, 4]), 2),
			Error::<Test>::InvalidThreshold
		);
		assert_noop!(
			Bridge::set_relayers(gov(), BSC, set(vec![1, 2, 2]), 2),
			Error::<Test>::DuplicateRelayer
		);
		assert_noop!(
			Bridge::set_relayers(gov(), CHAIN_10, set(vec![1, 2, 3]), 2),
			Error::<Test>::ChainNotFound
		);
		assert_noop!(
			Bridge::set_chain_limits(gov(), BSC, zero_limits()),
			Error::<Test>::InvalidLimits
		);
		assert_noop!(
			Bridge::set_chain_limits(gov(), CHAIN_10, limits()),
			Error::<Test>::ChainNotFound
		);
		// 2 of 2, 3 of 5 and 5 of 5 are fine.
		assert_ok!(reg(CHAIN_10, OTHER, limits(), vec![1, 2], 2));
		assert_ok!(Bridge::set_relayers(gov(), CHAIN_10, set(vec![1, 2, 3, 4, 5]), 3));
		assert_ok!(Bridge::set_relayers(gov(), CHAIN_10, set(vec![1, 2, 3, 4, 5]), 5));
		conserved();
	});
}

/// Several chains may share one wrapped coin (MATIC from Ethereum and from Polygon): the coin's
/// issuance base is taken when its first chain is registered, and every chain's deposits and
/// withdrawals count in the one coin's books.
#[test]
fn several_chains_may_share_one_wrapped_coin() {
	new_test(|| {
		let base = WrappedCoins::<Test>::get(WBNB).expect("WBNB is served");
		assert_eq!(base, 1_000 * UNIT);
		attested(BSC, &deposit(1, 40, 10 * UNIT));
		conserved();

		// A second chain of the wrapped BNB: fine; the coin's base stays the first one.
		assert_ok!(Bridge::register_chain(
			gov(),
			CHAIN_10,
			WBNB,
			limits(),
			set(vec![RELAYER_1, RELAYER_2, RELAYER_3]),
			2
		));
		assert_eq!(chain(CHAIN_10).wrapped, WBNB);
		assert_eq!(WrappedCoins::<Test>::get(WBNB), Some(base));
		assert_eq!(WrappedCoins::<Test>::iter().count(), 2);
		conserved();

		// The same remote transaction on the other chain is another deposit, of the same coin.
		attested(CHAIN_10, &deposit(1, 41, 7 * UNIT));
		assert!(nonce_executed(BSC, 1));
		assert!(nonce_executed(CHAIN_10, 1));
		assert_eq!((wbnb(40), wbnb(41)), (10 * UNIT, 7 * UNIT));
		assert_eq!(chain(BSC).minted, 10 * UNIT);
		assert_eq!(chain(CHAIN_10).minted, 7 * UNIT);
		assert_eq!(Assets::total_issuance(WBNB), base + 17 * UNIT);
		conserved();

		// Withdrawals name their chain: each is counted in its own chain's books, and settled
		// only by that chain's relayers.
		assert_ok!(Bridge::withdraw_to_remote(RuntimeOrigin::signed(41), BSC, 2 * UNIT, evm(1)));
		assert_ok!(Bridge::withdraw_to_remote(
			RuntimeOrigin::signed(41),
			CHAIN_10,
			5 * UNIT,
			evm(1)
		));
		assert_eq!(chain(BSC).withdrawn, 2 * UNIT);
		assert_eq!(chain(CHAIN_10).withdrawn, 5 * UNIT);
		assert_eq!(wbnb(41), 0);
		conserved();
		let released = BridgeMessage::WithdrawalReleased { id: 1, tx_hash: tx(9) };
		assert_noop!(attest(RELAYER_1, BSC, &released), Error::<Test>::WrongChain);
		attested(CHAIN_10, &released);
		attested(BSC, &BridgeMessage::WithdrawalFailed { id: 0 });
		assert_eq!(wbnb(41), 2 * UNIT);
		assert_eq!((chain(BSC).refunded, chain(CHAIN_10).released), (2 * UNIT, 5 * UNIT));
		assert_eq!(Assets::total_issuance(WBNB), base + 17 * UNIT - 5 * UNIT);
		conserved();
	});
}

/// MATIC arrives from Ethereum and from Polygon and is staked into one pool, whose validators
/// live on Ethereum: a deposit from either chain may be staked into it, but its reports come
/// only from Ethereum's relayers.
#[test]
fn deposits_from_any_chain_of_a_coin_reports_only_from_the_validator_chain() {
	new_test(|| {
		// A deposit from Polygon, staked into the pool validated on Ethereum.
		attested(POLYGON, &deposit_into(1, 40, 100 * UNIT, MATIC_POOL, TokenKind::Bond));
		assert_eq!(MockStaking::shares(MATIC_POOL, 40, TokenKind::Bond), 100 * UNIT);
		assert_eq!(wmatic(40), 0);
		assert_eq!(wmatic(pool_account(MATIC_POOL)), 100 * UNIT);
		assert!(events().contains(&Event::Deposited {
			chain: POLYGON,
			nonce: 1,
			beneficiary: 40,
			amount: 100 * UNIT,
			staked: Some((MATIC_POOL, TokenKind::Bond)),
		}));
		assert_eq!(chain(POLYGON).minted, 100 * UNIT);
		// And one from Ethereum.
		attested(ETHEREUM, &deposit_into(1, 41, 50 * UNIT, MATIC_POOL, TokenKind::Cert));
		assert_eq!(MockStaking::shares(MATIC_POOL, 41, TokenKind::Cert), 50 * UNIT);
		assert_eq!(MockStaking::pool(MATIC_POOL).total, 150 * UNIT);
		conserved();

		// Reports of the pool from Polygon are refused, whatever they are.
		let rewards = BridgeMessage::Rewards { pool: MATIC_POOL, epoch: 1, amount: UNIT };
		let slash = BridgeMessage::Slash { pool: MATIC_POOL, epoch: 2, amount: UNIT / 2 };
		let report = BridgeMessage::Delegations {
			pool: MATIC_POOL,
			epoch: 1,
			delegations: delegations(vec![(evm(1), 100 * UNIT), (evm(2), 50 * UNIT)]),
		};
		for m in [&rewards, &slash, &report] {
			assert_noop!(attest(RELAYER_1, POLYGON, m), Error::<Test>::WrongChain);
		}
		// From Ethereum they are applied.
		attested(ETHEREUM, &rewards);
		assert!(executed(ETHEREUM, &rewards));
		assert_eq!(MockStaking::pool(MATIC_POOL).total, 151 * UNIT);
		assert_eq!(wmatic(pool_account(MATIC_POOL)), 151 * UNIT);
		assert_eq!(chain(ETHEREUM).minted, 50 * UNIT + UNIT);
		conserved();
		attested(ETHEREUM, &slash);
		assert!(executed(ETHEREUM, &slash));
		assert_eq!(MockStaking::pool(MATIC_POOL).total, 151 * UNIT - UNIT / 2);
		assert_eq!(wmatic(pool_account(MATIC_POOL)), 151 * UNIT - UNIT / 2);
		assert_eq!(chain(ETHEREUM).burned, UNIT / 2);
		assert_eq!(MockStaking::pool(MATIC_POOL).last_epoch, 2);
		conserved();
		attested(ETHEREUM, &report);
		assert!(executed(ETHEREUM, &report));
		let p = MockStaking::pool(MATIC_POOL);
		assert_eq!(p.delegations, vec![(evm(1), 100 * UNIT), (evm(2), 50 * UNIT)]);
		assert_eq!(p.delegation_epoch, 1);
		// Polygon's books took no report.
		assert_eq!((chain(POLYGON).minted, chain(POLYGON).burned), (100 * UNIT, 0));
		conserved();
	});
}

// ----- pause -----

#[test]
fn a_relayer_or_governance_pauses_only_governance_unpauses() {
	new_test(|| {
		assert_noop!(
			Bridge::pause_chain(RuntimeOrigin::signed(STRANGER), BSC),
			Error::<Test>::NotRelayer
		);
		assert_noop!(Bridge::pause_chain(RuntimeOrigin::none(), BSC), DispatchError::BadOrigin);
		assert_noop!(Bridge::pause_chain(RuntimeOrigin::root(), BSC), DispatchError::BadOrigin);
		assert_noop!(
			Bridge::pause_chain(RuntimeOrigin::signed(RELAYER_1), CHAIN_10),
			Error::<Test>::ChainNotFound
		);
		assert_ok!(Bridge::pause_chain(RuntimeOrigin::signed(RELAYER_3), BSC));
		assert!(chain(BSC).paused);
		assert!(events().contains(&Event::ChainPaused { chain: BSC, by: Some(RELAYER_3) }));
		assert_noop!(Bridge::pause_chain(gov(), BSC), Error::<Test>::ChainPaused);
		assert_noop!(
			Bridge::pause_chain(RuntimeOrigin::signed(RELAYER_1), BSC),
			Error::<Test>::ChainPaused
		);
		assert_noop!(
			Bridge::unpause_chain(RuntimeOrigin::signed(RELAYER_1), BSC),
			DispatchError::BadOrigin
		);
		assert_ok!(Bridge::unpause_chain(gov(), BSC));
		assert!(!chain(BSC).paused);
		assert!(events().contains(&Event::ChainUnpaused { chain: BSC }));
		assert_noop!(Bridge::unpause_chain(gov(), BSC), Error::<Test>::ChainNotPaused);
		assert_ok!(Bridge::pause_chain(gov(), POLYGON));
		assert!(events().contains(&Event::ChainPaused { chain: POLYGON, by: None }));
		// Pausing one chain leaves the others alone, even those of the same coin.
		attested(BSC, &deposit(1, 40, UNIT));
		assert_eq!(wbnb(40), UNIT);
		attested(ETHEREUM, &deposit(1, 40, UNIT));
		assert_eq!(wmatic(40), UNIT);
		conserved();
	});
}

#[test]
fn while_paused_nothing_executes_but_votes_and_the_queue_are_kept() {
	new_test(|| {
		attested(BSC, &deposit(1, 40, MAX_DEPOSIT + 1));
		attested(BSC, &deposit(2, 40, 2 * UNIT));
		assert_ok!(Bridge::withdraw_to_remote(RuntimeOrigin::signed(40), BSC, UNIT, evm(1)));
		assert_ok!(Bridge::pause_chain(RuntimeOrigin::signed(RELAYER_1), BSC));
		let m = deposit(3, 41, UNIT);
		assert_ok!(attest(RELAYER_1, BSC, &m));
		assert_ok!(attest(RELAYER_2, BSC, &m));
		assert_eq!(wbnb(41), 0);
		assert!(!executed(BSC, &m));
		assert_eq!(Votes::<Test>::get(BSC, m.key()).len(), 2);
		let released = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(9) };
		assert_ok!(attest(RELAYER_1, BSC, &released));
		assert_ok!(attest(RELAYER_2, BSC, &released));
		assert!(Withdrawals::<Test>::contains_key(0));
		assert_noop!(execute(BSC, &m), Error::<Test>::ChainPaused);
		assert_noop!(Bridge::approve_deposit(gov(), BSC, 0), Error::<Test>::ChainPaused);
		assert_noop!(
			Bridge::release_deposit(RuntimeOrigin::signed(STRANGER), BSC, 0),
			Error::<Test>::ChainPaused
		);
		assert_noop!(
			Bridge::withdraw_to_remote(RuntimeOrigin::signed(40), BSC, UNIT, evm(1)),
			Error::<Test>::ChainPaused
		);
		conserved();
		// Unpaused: the attested messages execute, the queue is still there.
		assert_ok!(Bridge::unpause_chain(gov(), BSC));
		assert_ok!(execute(BSC, &m));
		assert_eq!(wbnb(41), UNIT);
		assert!(executed(BSC, &m));
		assert_ok!(execute(BSC, &released));
		assert!(!Withdrawals::<Test>::contains_key(0));
		assert_eq!(chain(BSC).released, UNIT);
		assert_ok!(Bridge::approve_deposit(gov(), BSC, 0));
		assert_eq!(wbnb(40), MAX_DEPOSIT + 1 + UNIT);
		assert_eq!(Votes::<Test>::iter().count(), 0);
		conserved();
	});
}

#[test]
fn relayers_reach_no_governance_call() {
	new_test(|| {
		let r = RuntimeOrigin::signed(RELAYER_1);
		assert_noop!(
			Bridge::register_chain(r.clone(), CHAIN_10, OTHER, limits(), set(vec![RELAYER_1]), 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Bridge::set_relayers(r.clone(), BSC, set(vec![RELAYER_1]), 1),
			DispatchError::BadOrigin
		);
		assert_noop!(Bridge::set_chain_limits(r.clone(), BSC, limits()), DispatchError::BadOrigin);
		assert_noop!(Bridge::approve_deposit(r.clone(), BSC, 0), DispatchError::BadOrigin);
		// A relayer may pause its chain, never unpause it.
		assert_ok!(Bridge::pause_chain(r.clone(), BSC));
		assert_noop!(Bridge::unpause_chain(r, BSC), DispatchError::BadOrigin);
	});
}
