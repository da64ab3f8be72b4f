//! A pool's cert on the remote chains: routes, transfers out and their settlement, returns,
//! redemptions paid back on the remote chain, the limits, pause, and the rate carried with each
//! report. Every step checks [`cert_conserved`] and [`conserved`].

use super::*;
use crate::{
	CertLimits, CertLimitsOf, CertRate, CertRates, CertRoutes, CertTransfer, CertTransfers, Error,
	Redemption, RedemptionWithdrawals, Redemptions, Withdrawals,
};
use frame_support::{assert_noop, dispatch::Pays};
use sp_runtime::DispatchError;

const MIN_CERT: Balance = UNIT;
const MAX_CERT: Balance = 100 * UNIT;
const CERT_PERIOD_LIMIT: Balance = 150 * UNIT;

fn cert_limits() -> CertLimitsOf<Test> {
	CertLimits {
		min_transfer: MIN_CERT,
		max_transfer: MAX_CERT,
		max_per_period: CERT_PERIOD_LIMIT,
		period: WINDOW,
	}
}

fn open_route(chain: ChainId, pool: PoolId) {
	assert_ok!(Bridge::set_cert_route(gov(), chain, pool, true, cert_limits()));
}

/// What `who` holds of [`POOL`]'s cert.
fn cert(who: AccountId) -> Balance {
	MockStaking::shares(POOL, who, TokenKind::Cert)
}

fn send(who: AccountId, amount: Balance, to: H160) -> sp_runtime::DispatchResult {
	Bridge::send_cert(RuntimeOrigin::signed(who), BSC, POOL, amount, to)
}

fn cert_minted(id: u64) -> Message {
	BridgeMessage::CertMinted { id, tx_hash: tx(10_000 + id) }
}

fn cert_returned(nonce: u64, beneficiary: AccountId, amount: Balance) -> Message {
	BridgeMessage::CertReturned { nonce, tx_hash: tx(nonce), pool: POOL, beneficiary, amount }
}

fn cert_redeemed(nonce: u64, recipient: H160, amount: Balance) -> Message {
	BridgeMessage::CertRedeemed { nonce, tx_hash: tx(nonce), pool: POOL, recipient, amount }
}

/// ALICE holds `amount` of [`POOL`]'s cert, staked by a deposit of nonce 0 from BNB Smart Chain,
/// and the pool's route to BNB Smart Chain is open.
fn alice_holds_cert(amount: Balance) {
	attested(BSC, &deposit_staked(0, ALICE, amount, TokenKind::Cert));
	assert_eq!(cert(ALICE), amount);
	open_route(BSC, POOL);
}

/// No cert created or lost by the bridge: per pool, what the bridge's account locks is exactly
/// the cert outstanding on the remote chains plus the transfers not yet minted; and the pool's
/// shares are what its stakers, the locked cert and nothing else hold.
fn cert_conserved() {
	for pool in [POOL, MATIC_POOL] {
		let books: Balance = CertRoutes::<Test>::iter()
			.filter(|(_, p, _)| *p == pool)
			.map(|(_, _, r)| r.outstanding + r.pending)
			.sum();
		assert_eq!(Bridge::locked_cert(pool), books, "the locked cert of pool {pool}");
		let pending: Balance = CertTransfers::<Test>::iter_values()
			.filter(|t| t.pool == pool)
			.map(|t| t.amount)
			.sum();
		let route_pending: Balance = CertRoutes::<Test>::iter()
			.filter(|(_, p, _)| *p == pool)
			.map(|(_, _, r)| r.pending)
			.sum();
		assert_eq!(pending, route_pending, "the pending transfers of pool {pool}");
	}
	conserved();
}

#[test]
fn only_governance_opens_a_cert_route_to_a_chain_of_the_pool_s_coin() {
	new_test(|| {
		let set =
			|origin, chain, pool, limits| Bridge::set_cert_route(origin, chain, pool, true, limits);
		assert_noop!(
			set(RuntimeOrigin::signed(RELAYER_1), BSC, POOL, cert_limits()),
			DispatchError::BadOrigin
		);
		assert_noop!(set(gov(), 10, POOL, cert_limits()), Error::<Test>::ChainNotFound);
		assert_noop!(set(gov(), BSC, 9, cert_limits()), Error::<Test>::PoolNotFound);
		// The BNB pool's cert goes to BNB Smart Chain only; the MATIC pool's to Ethereum and
		// Polygon.
		assert_noop!(set(gov(), ETHEREUM, POOL, cert_limits()), Error::<Test>::NotThePoolsCoin);
		assert_noop!(set(gov(), BSC, MATIC_POOL, cert_limits()), Error::<Test>::NotThePoolsCoin);
		for bad in [
			CertLimits { min_transfer: 0, ..cert_limits() },
			CertLimits { max_transfer: MIN_CERT - 1, ..cert_limits() },
			CertLimits { max_per_period: MAX_CERT - 1, ..cert_limits() },
			CertLimits { period: 0, ..cert_limits() },
		] {
			assert_noop!(set(gov(), BSC, POOL, bad), Error::<Test>::InvalidLimits);
		}
		assert_ok!(set(gov(), BSC, POOL, cert_limits()));
		assert_ok!(set(gov(), ETHEREUM, MATIC_POOL, cert_limits()));
		assert_ok!(set(gov(), POLYGON, MATIC_POOL, cert_limits()));
		let route = Bridge::cert_route(BSC, POOL).expect("route opened");
		assert!(route.enabled);
		assert_eq!((route.limits, route.outstanding, route.pending), (cert_limits(), 0, 0));
		assert!(events().contains(&Event::CertRouteSet {
			chain: POLYGON,
			pool: MATIC_POOL,
			enabled: true,
			limits: cert_limits()
		}));
		cert_conserved();
	});
}

#[test]
fn cert_goes_out_is_minted_there_and_comes_back() {
	new_test(|| {
		attested(BSC, &deposit_staked(0, ALICE, 50 * UNIT, TokenKind::Cert));
		// No route yet.
		assert_noop!(send(ALICE, 10 * UNIT, evm(7)), Error::<Test>::CertRouteNotFound);
		assert_ok!(Bridge::set_cert_route(gov(), BSC, POOL, false, cert_limits()));
		assert_noop!(send(ALICE, 10 * UNIT, evm(7)), Error::<Test>::CertRouteDisabled);
		open_route(BSC, POOL);
		assert_noop!(send(ALICE, 10 * UNIT, H160::zero()), Error::<Test>::ZeroRecipient);
		assert_noop!(send(ALICE, MIN_CERT - 1, evm(7)), Error::<Test>::CertTransferTooSmall);
		assert_noop!(send(ALICE, MAX_CERT + 1, evm(7)), Error::<Test>::CertTransferTooLarge);
		assert_noop!(send(ALICE, 50 * UNIT + 1, evm(7)), Error::<Test>::InsufficientCert);
		assert_noop!(send(BOB, MIN_CERT, evm(7)), Error::<Test>::InsufficientCert);
		assert_noop!(
			Bridge::send_cert(RuntimeOrigin::signed(ALICE), 10, POOL, UNIT, evm(7)),
			Error::<Test>::ChainNotFound
		);

		// Out: locked here, pending until the relayers attest the mint there.
		let shares_before = MockStaking::total_shares(POOL);
		assert_ok!(send(ALICE, 30 * UNIT, evm(7)));
		assert_eq!(cert(ALICE), 20 * UNIT);
		assert_eq!(Bridge::locked_cert(POOL), 30 * UNIT);
		assert_eq!(
			CertTransfers::<Test>::get(0),
			Some(CertTransfer {
				chain: BSC,
				pool: POOL,
				who: ALICE,
				recipient: evm(7),
				amount: 30 * UNIT,
				requested_at: 1
			})
		);
		assert!(events().contains(&Event::CertSent {
			id: 0,
			chain: BSC,
			pool: POOL,
			who: ALICE,
			recipient: evm(7),
			amount: 30 * UNIT
		}));
		let route = Bridge::cert_route(BSC, POOL).unwrap();
		assert_eq!((route.outstanding, route.pending), (0, 30 * UNIT));
		cert_conserved();

		// A mint attested by one relayer is not enough; by two it settles, exactly once.
		assert_ok!(attest(RELAYER_1, BSC, &cert_minted(0)));
		assert!(CertTransfers::<Test>::contains_key(0));
		assert_ok!(attest(RELAYER_2, BSC, &cert_minted(0)));
		assert!(executed(BSC, &cert_minted(0)));
		assert!(CertTransfers::<Test>::get(0).is_none());
		let route = Bridge::cert_route(BSC, POOL).unwrap();
		assert_eq!((route.outstanding, route.pending), (30 * UNIT, 0));
		assert_noop!(attest(RELAYER_3, BSC, &cert_minted(0)), Error::<Test>::AlreadyExecuted);
		assert_noop!(attest(RELAYER_3, BSC, &cert_minted(1)), Error::<Test>::CertTransferNotFound);
		// A transfer of BNB Smart Chain is settled only by its relayers' attestations for it.
		assert_ok!(send(ALICE, 5 * UNIT, evm(7)));
		assert_noop!(attest(RELAYER_1, ETHEREUM, &cert_minted(1)), Error::<Test>::WrongChain);
		cert_conserved();

		// Back: 12 burned there for BOB comes out of the lock to BOB, with the vault's inbound
		// nonce (deposit 0 came first).
		assert_noop!(
			attest(RELAYER_1, BSC, &cert_returned(0, BOB, 12 * UNIT)),
			Error::<Test>::AlreadyExecuted
		);
		attested(BSC, &cert_returned(1, BOB, 12 * UNIT));
		assert_eq!(cert(BOB), 12 * UNIT);
		assert_eq!(Bridge::cert_route(BSC, POOL).unwrap().outstanding, 18 * UNIT);
		assert!(events().contains(&Event::CertReturned {
			chain: BSC,
			nonce: 1,
			pool: POOL,
			beneficiary: BOB,
			amount: 12 * UNIT
		}));
		assert_noop!(
			attest(RELAYER_3, BSC, &cert_returned(1, BOB, 12 * UNIT)),
			Error::<Test>::AlreadyExecuted
		);
		// More than is outstanding there cannot come back: the message fails, nothing moves.
		let too_much = cert_returned(2, BOB, 19 * UNIT);
		attested(BSC, &too_much);
		assert!(failed(BSC, &too_much));
		assert_noop!(execute(BSC, &too_much), Error::<Test>::InsufficientRemoteCert);
		assert_eq!(cert(BOB), 12 * UNIT);
		// Bridging moves cert between holders; it never makes or burns shares.
		assert_eq!(MockStaking::total_shares(POOL), shares_before);
		cert_conserved();
	});
}

#[test]
fn a_cert_transfer_not_minted_comes_back_exactly_once() {
	new_test(|| {
		alice_holds_cert(50 * UNIT);
		assert_ok!(send(ALICE, 10 * UNIT, evm(7)));
		assert_ok!(send(ALICE, 20 * UNIT, evm(7)));
		// The relayers attest that transfer 0 was not minted before its deadline.
		attested(BSC, &BridgeMessage::CertMintFailed { id: 0 });
		assert_eq!(cert(ALICE), 30 * UNIT);
		assert!(events().contains(&Event::CertTransferRefunded {
			id: 0,
			chain: BSC,
			pool: POOL,
			who: ALICE,
			amount: 10 * UNIT
		}));
		assert_noop!(attest(RELAYER_3, BSC, &cert_minted(0)), Error::<Test>::AlreadyExecuted);
		cert_conserved();

		// Transfer 1 is settled by nobody: its sender or governance refunds it after the timeout.
		let refund = |who| Bridge::refund_cert_transfer(RuntimeOrigin::signed(who), 1);
		assert_noop!(refund(ALICE), Error::<Test>::CertTransferNotExpired);
		assert_ok!(attest(RELAYER_1, BSC, &cert_minted(1)));
		run_to_block(1 + WITHDRAWAL_TIMEOUT);
		assert_noop!(refund(STRANGER), Error::<Test>::NotCertTransferOwner);
		assert_ok!(refund(ALICE));
		assert_eq!(cert(ALICE), 50 * UNIT);
		assert_noop!(refund(ALICE), Error::<Test>::CertTransferNotFound);
		// The vote cast before the refund is gone, and the key is spent.
		assert_noop!(attest(RELAYER_2, BSC, &cert_minted(1)), Error::<Test>::AlreadyExecuted);
		assert_eq!(Bridge::cert_route(BSC, POOL).unwrap().pending, 0);
		cert_conserved();

		// Governance may refund too.
		assert_ok!(send(ALICE, 10 * UNIT, evm(7)));
		run_to_block(1 + 2 * WITHDRAWAL_TIMEOUT);
		assert_ok!(Bridge::refund_cert_transfer(gov(), 2));
		assert_eq!(cert(ALICE), 50 * UNIT);
		cert_conserved();
	});
}

#[test]
fn returns_are_bounded_per_message_and_per_window() {
	new_test(|| {
		alice_holds_cert(300 * UNIT);
		for id in 0..3 {
			assert_ok!(send(ALICE, MAX_CERT, evm(7)));
			attested(BSC, &cert_minted(id));
		}
		assert_eq!(Bridge::cert_route(BSC, POOL).unwrap().outstanding, 300 * UNIT);
		// Over the per-message limit: refused at execution, whatever the relayers say.
		let big = cert_returned(1, BOB, MAX_CERT + 1);
		attested(BSC, &big);
		assert_noop!(execute(BSC, &big), Error::<Test>::CertTransferTooLarge);
		// 100 + 50 fill the window; 10 more waits until the window has room.
		attested(BSC, &cert_returned(2, BOB, MAX_CERT));
		attested(BSC, &cert_returned(3, BOB, 50 * UNIT));
		let waits = cert_returned(4, BOB, 10 * UNIT);
		attested(BSC, &waits);
		assert!(failed(BSC, &waits));
		assert_noop!(execute(BSC, &waits), Error::<Test>::CertOverLimit);
		assert_eq!(cert(BOB), 150 * UNIT);
		cert_conserved();
		run_to_block(1 + WINDOW + WINDOW / 8);
		assert_ok!(execute(BSC, &waits));
		assert_eq!(cert(BOB), 160 * UNIT);
		cert_conserved();
	});
}

#[test]
fn a_paused_chain_holds_cert_in_both_directions() {
	new_test(|| {
		alice_holds_cert(50 * UNIT);
		assert_ok!(send(ALICE, 20 * UNIT, evm(7)));
		assert_ok!(Bridge::pause_chain(gov(), BSC));
		assert_noop!(send(ALICE, 10 * UNIT, evm(7)), Error::<Test>::ChainPaused);
		attested(BSC, &cert_minted(0));
		assert!(!executed(BSC, &cert_minted(0)));
		assert_noop!(execute(BSC, &cert_minted(0)), Error::<Test>::ChainPaused);
		assert_ok!(Bridge::unpause_chain(gov(), BSC));
		assert_ok!(execute(BSC, &cert_minted(0)));
		assert_eq!(Bridge::cert_route(BSC, POOL).unwrap().outstanding, 20 * UNIT);
		// A closed route takes no new transfer, but what is out there still comes back.
		assert_ok!(Bridge::set_cert_route(gov(), BSC, POOL, false, cert_limits()));
		assert_noop!(send(ALICE, 10 * UNIT, evm(7)), Error::<Test>::CertRouteDisabled);
		attested(BSC, &cert_returned(1, ALICE, 20 * UNIT));
		assert_eq!(cert(ALICE), 50 * UNIT);
		cert_conserved();
	});
}

#[test]
fn a_redemption_unstakes_there_and_pays_the_coin_back_at_maturity() {
	new_test(|| {
		alice_holds_cert(50 * UNIT);
		assert_ok!(send(ALICE, 40 * UNIT, evm(7)));
		attested(BSC, &cert_minted(0));
		// A reward makes 1 cert worth more than 1 coin.
		attested(BSC, &BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: UNIT / 2 });
		let pooled = MockStaking::pool(POOL).total;
		let value = 30 * UNIT * pooled / MockStaking::total_shares(POOL);
		assert!(value > 30 * UNIT);
		let wbnb_issued = Assets::total_issuance(WBNB);

		// 30 cert burned on BNB Smart Chain to be redeemed to evm(9).
		let redeem = cert_redeemed(1, evm(9), 30 * UNIT);
		assert_noop!(
			attest(RELAYER_1, BSC, &cert_redeemed(1, H160::zero(), 30 * UNIT)),
			Error::<Test>::ZeroRecipient
		);
		attested(BSC, &redeem);
		let account = Bridge::redemption_account(BSC, 1);
		let release_at = 1 + UNBONDING;
		assert_eq!(
			Redemptions::<Test>::get(BSC, 1),
			Some(Redemption {
				pool: POOL,
				recipient: evm(9),
				cert: 30 * UNIT,
				value,
				release_at,
				withdrawal: None
			})
		);
		assert!(events().contains(&Event::CertRedeemed {
			chain: BSC,
			nonce: 1,
			pool: POOL,
			recipient: evm(9),
			cert: 30 * UNIT,
			value,
			release_at
		}));
		assert_eq!(MockStaking::pool(POOL).requests.get(&account), Some(&(value, release_at)));
		assert_eq!(Bridge::cert_route(BSC, POOL).unwrap().outstanding, 10 * UNIT);
		assert_eq!(Bridge::locked_cert(POOL), 10 * UNIT);
		cert_conserved();

		// Not before maturity.
		let complete = || Bridge::complete_redemption(RuntimeOrigin::signed(STRANGER), BSC, 1);
		assert_noop!(complete(), DispatchError::Other("nothing to claim"));
		assert_noop!(
			Bridge::complete_redemption(RuntimeOrigin::signed(STRANGER), BSC, 2),
			Error::<Test>::RedemptionNotFound
		);
		run_to_block(release_at);
		// The chain's minimum withdrawal does not hold a redemption back (a slash may leave it
		// below): the vault's least return bounds redemptions.
		let mut l = limits();
		l.min_withdrawal = 1_000 * UNIT;
		assert_ok!(Bridge::set_chain_limits(gov(), BSC, l));
		let post = complete().expect("matured");
		assert_eq!(post.pays_fee, Pays::No);
		// The coin is burned here and owed on BNB Smart Chain to evm(9), as a withdrawal.
		let w = Withdrawals::<Test>::get(0).expect("a withdrawal");
		assert_eq!((w.chain, w.who, w.recipient, w.amount), (BSC, account, evm(9), value));
		assert_eq!(Assets::total_issuance(WBNB), wbnb_issued - value);
		assert_eq!(RedemptionWithdrawals::<Test>::get(0), Some((BSC, 1)));
		assert!(events().contains(&Event::RedemptionCompleted {
			chain: BSC,
			nonce: 1,
			withdrawal: 0,
			amount: value
		}));
		assert_noop!(complete(), Error::<Test>::RedemptionInProgress);
		cert_conserved();

		// It failed there: the coin comes back to the redemption's account and is sent again.
		attested(BSC, &BridgeMessage::WithdrawalFailed { id: 0 });
		assert_eq!(wbnb(account), value);
		assert!(RedemptionWithdrawals::<Test>::get(0).is_none());
		cert_conserved();
		assert_ok!(complete());
		assert_eq!(
			Withdrawals::<Test>::get(1).map(|w| (w.recipient, w.amount)),
			Some((evm(9), value))
		);
		assert_eq!(wbnb(account), 0);
		cert_conserved();

		// Released there: the redemption is closed.
		attested(BSC, &BridgeMessage::WithdrawalReleased { id: 1, tx_hash: tx(77) });
		assert!(Redemptions::<Test>::get(BSC, 1).is_none());
		assert!(RedemptionWithdrawals::<Test>::get(1).is_none());
		assert_noop!(complete(), Error::<Test>::RedemptionNotFound);
		cert_conserved();
	});
}

#[test]
fn each_report_records_the_rate_the_relayers_carry() {
	new_test(|| {
		alice_holds_cert(100 * UNIT);
		assert!(CertRates::<Test>::get(POOL).is_none());
		attested(BSC, &BridgeMessage::Rewards { pool: POOL, epoch: 1, amount: UNIT });
		let rate = CertRate { epoch: 1, pooled: 101 * UNIT, shares: 100 * UNIT };
		assert_eq!(Bridge::cert_rate(POOL), Some(rate));
		assert!(events().contains(&Event::CertRateRecorded {
			pool: POOL,
			epoch: 1,
			pooled: 101 * UNIT,
			shares: 100 * UNIT
		}));
		attested(BSC, &BridgeMessage::Slash { pool: POOL, epoch: 2, amount: 3 * UNIT });
		assert_eq!(
			Bridge::cert_rate(POOL),
			Some(CertRate { epoch: 2, pooled: 98 * UNIT, shares: 100 * UNIT })
		);
		// A report that fails records nothing.
		let bad = BridgeMessage::Rewards { pool: POOL, epoch: 3, amount: 50 * UNIT };
		attested(BSC, &bad);
		assert!(failed(BSC, &bad));
		assert_eq!(Bridge::cert_rate(POOL).map(|r| r.epoch), Some(2));
		cert_conserved();
	});
}
