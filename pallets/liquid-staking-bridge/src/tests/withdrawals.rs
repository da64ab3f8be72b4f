//! Withdrawals back to a remote chain: dust, settlement exactly once, refunds; and the bridge's
//! side of a whole flow, from a staked deposit to a withdrawal back.

use super::*;
use crate::{Error, NextWithdrawalId, Withdrawal, Withdrawals};
use frame_support::assert_noop;

/// The wrapped coin's minimum balance is `WBNB_MIN`: a withdrawal that would leave less than it
/// (and more than nothing) is refused, since the asset would burn that rest and nobody would
/// receive it on the remote chain. All of it, or leaving the minimum, is fine.
#[test]
fn a_withdrawal_never_leaves_dust_behind() {
	new_test(|| {
		attested(BSC, &deposit(1, 40, 10 * UNIT));
		let issuance = Assets::total_issuance(WBNB);
		let w = |amount| Bridge::withdraw_to_remote(RuntimeOrigin::signed(40), BSC, amount, evm(1));
		assert_noop!(w(10 * UNIT - 1), Error::<Test>::WithdrawalLeavesDust);
		assert_noop!(w(10 * UNIT - (WBNB_MIN - 1)), Error::<Test>::WithdrawalLeavesDust);
		assert_ok!(w(10 * UNIT - WBNB_MIN));
		assert_eq!(wbnb(40), WBNB_MIN);
		conserved();
		assert_ok!(w(WBNB_MIN));
		assert_eq!(wbnb(40), 0);
		assert_eq!(Assets::total_issuance(WBNB), issuance - 10 * UNIT);
		assert_eq!(chain(BSC).withdrawn, 10 * UNIT);
		conserved();
	});
}

#[test]
fn a_withdrawal_is_burned_and_settled_exactly_once() {
	new_test(|| {
		attested(BSC, &deposit(1, 40, 10 * UNIT));
		let w = |who, amount, to| {
			Bridge::withdraw_to_remote(RuntimeOrigin::signed(who), BSC, amount, to)
		};
		assert_noop!(w(40, 0, evm(1)), Error::<Test>::ZeroAmount);
		assert_noop!(w(40, UNIT, H160::zero()), Error::<Test>::ZeroRecipient);
		assert_noop!(w(40, 10 * UNIT + 1, evm(1)), Error::<Test>::InsufficientWrapped);
		assert_noop!(w(40, u128::MAX, evm(1)), Error::<Test>::InsufficientWrapped);
		assert_noop!(w(STRANGER, UNIT, evm(1)), Error::<Test>::InsufficientWrapped);
		// The wrapped BNB cannot leave through a chain of another coin.
		assert_noop!(
			Bridge::withdraw_to_remote(RuntimeOrigin::signed(40), POLYGON, UNIT, evm(1)),
			Error::<Test>::InsufficientWrapped
		);
		assert_noop!(
			Bridge::withdraw_to_remote(RuntimeOrigin::signed(40), 10, UNIT, evm(1)),
			Error::<Test>::ChainNotFound
		);
		assert_ok!(w(40, 4 * UNIT, evm(7)));
		assert_eq!(wbnb(40), 6 * UNIT);
		assert_eq!(chain(BSC).withdrawn, 4 * UNIT);
		assert_eq!(
			Withdrawals::<Test>::get(0),
			Some(Withdrawal {
				chain: BSC,
				who: 40,
				recipient: evm(7),
				amount: 4 * UNIT,
				requested_at: 1
			})
		);
		assert_eq!(Bridge::withdrawal(0), Withdrawals::<Test>::get(0));
		assert_eq!(NextWithdrawalId::<Test>::get(), 1);
		assert!(events().contains(&Event::WithdrawalRequested {
			id: 0,
			chain: BSC,
			who: 40,
			recipient: evm(7),
			amount: 4 * UNIT,
		}));
		conserved();
		// Settled by the relayers of its own chain only.
		let released = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(5) };
		assert_noop!(attest(RELAYER_1, POLYGON, &released), Error::<Test>::WrongChain);
		attested(BSC, &released);
		assert!(executed(BSC, &released));
		assert!(!Withdrawals::<Test>::contains_key(0));
		assert_eq!(chain(BSC).released, 4 * UNIT);
		assert!(events().contains(&Event::WithdrawalReleased {
			id: 0,
			chain: BSC,
			recipient: evm(7),
			amount: 4 * UNIT,
			tx_hash: tx(5),
		}));
		// Nothing comes back here for a released withdrawal.
		assert_eq!(wbnb(40), 6 * UNIT);
		conserved();
		// Never twice, whether released or failed.
		assert_noop!(attest(RELAYER_3, BSC, &released), Error::<Test>::AlreadyExecuted);
		let failed = BridgeMessage::WithdrawalFailed { id: 0 };
		assert_noop!(attest(RELAYER_1, BSC, &failed), Error::<Test>::AlreadyExecuted);
		let again = BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(6) };
		assert_noop!(attest(RELAYER_1, BSC, &again), Error::<Test>::AlreadyExecuted);
		// An id not given yet.
		let unknown = BridgeMessage::WithdrawalFailed { id: 1 };
		assert_noop!(attest(RELAYER_1, BSC, &unknown), Error::<Test>::WithdrawalNotFound);
		// A failed withdrawal is refunded.
		assert_ok!(w(40, 6 * UNIT, evm(7)));
		assert_eq!(wbnb(40), 0);
		conserved();
		let failed = BridgeMessage::WithdrawalFailed { id: 1 };
		assert_noop!(attest(RELAYER_1, POLYGON, &failed), Error::<Test>::WrongChain);
		attested(BSC, &failed);
		assert_eq!(wbnb(40), 6 * UNIT);
		assert_eq!(chain(BSC).refunded, 6 * UNIT);
		assert_eq!(chain(BSC).withdrawn, 10 * UNIT);
		assert!(events().contains(&Event::WithdrawalRefunded {
			id: 1,
			chain: BSC,
			who: 40,
			amount: 6 * UNIT
		}));
		assert_noop!(attest(RELAYER_3, BSC, &failed), Error::<Test>::AlreadyExecuted);
		let late = BridgeMessage::WithdrawalReleased { id: 1, tx_hash: tx(7) };
		assert_noop!(attest(RELAYER_1, BSC, &late), Error::<Test>::AlreadyExecuted);
		assert!(Withdrawals::<Test>::iter().next().is_none());
		conserved();
	});
}

/// Coins issued before the bridge served them may leave through it too: they lower the
/// issuance below its base. A coin shared by two chains leaves through the one it names.
#[test]
fn coins_issued_before_the_bridge_may_leave_through_any_chain_of_the_coin() {
	new_test(|| {
		let base = WrappedCoins::<Test>::get(WMATIC).expect("WMATIC is served");
		assert_eq!(wmatic(BOB), 1_000 * UNIT);
		assert_ok!(Bridge::withdraw_to_remote(
			RuntimeOrigin::signed(BOB),
			POLYGON,
			100 * UNIT,
			evm(1)
		));
		assert_ok!(Bridge::withdraw_to_remote(
			RuntimeOrigin::signed(BOB),
			ETHEREUM,
			50 * UNIT,
			evm(2)
		));
		assert_eq!(wmatic(BOB), 850 * UNIT);
		assert_eq!((chain(POLYGON).withdrawn, chain(ETHEREUM).withdrawn), (100 * UNIT, 50 * UNIT));
		assert_eq!(Assets::total_issuance(WMATIC), base - 150 * UNIT);
		conserved();
		// Each is settled by its own chain's relayers.
		let polygon_failed = BridgeMessage::WithdrawalFailed { id: 0 };
		assert_noop!(attest(RELAYER_1, ETHEREUM, &polygon_failed), Error::<Test>::WrongChain);
		attested(POLYGON, &polygon_failed);
		attested(ETHEREUM, &BridgeMessage::WithdrawalReleased { id: 1, tx_hash: tx(1) });
		assert_eq!(wmatic(BOB), 950 * UNIT);
		assert_eq!((chain(POLYGON).refunded, chain(ETHEREUM).released), (100 * UNIT, 50 * UNIT));
		assert_eq!(Assets::total_issuance(WMATIC), base - 50 * UNIT);
		// The wrapped BNB did not move.
		assert_eq!(Assets::total_issuance(WBNB), WrappedCoins::<Test>::get(WBNB).unwrap());
		conserved();
	});
}

/// The bridge's side of a whole flow: a deposit on BSC staked at once, rewards reported by the
/// relayers, a plain deposit, a withdrawal back released on BSC and another that fails there
/// and is refunded. Every unit of the wrapped BNB is accounted for at every step. (Unstaking and
/// claiming through a real pool are in the runtime's integration tests.)
#[test]
fn from_a_bsc_deposit_to_a_withdrawal_back_to_bsc() {
	new_test(|| {
		const USER: AccountId = 70;
		let base = WrappedCoins::<Test>::get(WBNB).expect("WBNB is served");
		conserved();

		// 1. Alice's deposit, staked as bond: the pool's first stake.
		attested(BSC, &deposit_staked(1, ALICE, 900 * UNIT, TokenKind::Bond));
		conserved();
		// 2. The user's deposit on BSC, staked as cert at once.
		attested(BSC, &deposit_staked(2, USER, 100 * UNIT, TokenKind::Cert));
		assert_eq!(MockStaking::shares(POOL, USER, TokenKind::Cert), 100 * UNIT);
		assert_eq!(wbnb(USER), 0);
		assert_eq!(MockStaking::pool(POOL).total, 1_000 * UNIT);
		assert_eq!(wbnb(pool_account(POOL)), 1_000 * UNIT);
		conserved();

		// 3. Rewards reported by the relayers: 1 % of the pool, minted into its account.
		let reward = MockStaking::pool(POOL).total / 100;
		attested(BSC, &BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: reward });
		assert_eq!(MockStaking::pool(POOL).total, 1_000 * UNIT + reward);
		assert_eq!(wbnb(pool_account(POOL)), 1_000 * UNIT + reward);
		conserved();

		// 4. A plain deposit: the wrapped coin, to the user.
		attested(BSC, &deposit(3, USER, 50 * UNIT));
		assert_eq!(wbnb(USER), 50 * UNIT);
		conserved();

		// 5. The user withdraws it to BSC; 6. the relayers attest its release there.
		assert_ok!(Bridge::withdraw_to_remote(
			RuntimeOrigin::signed(USER),
			BSC,
			50 * UNIT,
			evm(0xb5c)
		));
		assert_eq!(wbnb(USER), 0);
		conserved();
		attested(BSC, &BridgeMessage::WithdrawalReleased { id: 0, tx_hash: tx(0xb5c) });
		assert!(Withdrawals::<Test>::get(0).is_none());
		conserved();

		// 7. Another deposit and withdrawal, which fails on BSC: refunded here.
		attested(BSC, &deposit(4, USER, 20 * UNIT));
		assert_ok!(Bridge::withdraw_to_remote(
			RuntimeOrigin::signed(USER),
			BSC,
			20 * UNIT,
			evm(0xb5c)
		));
		assert_eq!(wbnb(USER), 0);
		conserved();
		attested(BSC, &BridgeMessage::WithdrawalFailed { id: 1 });
		assert_eq!(wbnb(USER), 20 * UNIT);
		conserved();

		// The books: everything minted, withdrawn, released and refunded, and no withdrawal
		// left pending; the pool holds what its stakers own.
		let c = chain(BSC);
		assert_eq!(c.minted, 900 * UNIT + 100 * UNIT + reward + 50 * UNIT + 20 * UNIT);
		assert_eq!(
			(c.withdrawn, c.released, c.refunded, c.burned),
			(70 * UNIT, 50 * UNIT, 20 * UNIT, 0)
		);
		assert!(Withdrawals::<Test>::iter().next().is_none());
		assert_eq!(Assets::total_issuance(WBNB), base + 1_000 * UNIT + reward + 20 * UNIT);
		assert_eq!(wbnb(pool_account(POOL)), MockStaking::pool(POOL).total);
		assert_eq!(MockStaking::shares(POOL, USER, TokenKind::Cert), 100 * UNIT);
		conserved();
	});
}
