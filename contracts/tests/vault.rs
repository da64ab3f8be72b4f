//! The vault against anvil chains with the remote chains' ids: deposits, releases by the
//! relayers' threshold, the limits, the relayer set's rotation, pause and unpause, and that no
//! single key moves a coin. Every refused call is also mined, and the test checks that it moved
//! nothing.

mod common;

use alloy::{
	primitives::{Address, U256},
	providers::Provider,
};
use common::*;
use liquid_staking_contracts::{
	bindings::{
		BscStakeHubAdapter, FeeOnTransferToken,
		LiquidStakingVault::{self, LiquidStakingVaultErrors as E},
		StakeHubStandIn,
	},
	chain_ids, event, events, expect_revert, LocalChain,
};

#[tokio::test]
async fn deposits_of_each_kind_take_the_coin_and_emit_one_event_with_the_next_nonce() {
	// BNB on BNB Smart Chain: the native coin.
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let user_before = bsc.balance(r.user).await;
	let mut gas = U256::ZERO;
	for (nonce, (amount, pool, stake_as)) in
		[(coins(1), 0u32, NONE), (coins(2), 0, BOND), (coins(3), 1, CERT)]
			.into_iter()
			.enumerate()
	{
		let receipt =
			mined(vault.deposit(account(7), amount, pool, stake_as).value(amount).from(r.user))
				.await;
		gas += U256::from(receipt.gas_used) * U256::from(receipt.effective_gas_price);
		println!("gas of a native deposit: {}", receipt.gas_used);
		let emitted = event::<LiquidStakingVault::Deposited>(&receipt);
		assert_eq!(emitted.nonce, nonce as u64);
		assert_eq!(emitted.sender, r.user);
		assert_eq!(emitted.beneficiary, account(7));
		assert_eq!(emitted.amount, amount);
		assert_eq!(emitted.pool, pool);
		assert_eq!(emitted.stakeAs, stake_as);
	}
	assert_eq!(vault.nextDepositNonce().call().await.unwrap(), 3);
	assert_eq!(bsc.balance(*vault.address()).await, coins(6));
	assert_eq!(
		bsc.balance(r.user).await,
		user_before - coins(6) - gas,
		"the user paid the deposits and gas only"
	);

	// MATIC on Ethereum: an ERC-20, pulled from the depositor.
	let eth = LocalChain::start(chain_ids::ETHEREUM).await;
	let r = roles(&eth);
	let token = deploy_token(&eth, r.user, coins(50)).await;
	let vault = deploy_vault(&eth, *token.address()).await;
	mined(token.approve(*vault.address(), coins(50)).from(r.user)).await;
	let receipt = mined(vault.deposit(account(9), coins(20), 0, CERT).from(r.user)).await;
	let emitted = event::<LiquidStakingVault::Deposited>(&receipt);
	assert_eq!((emitted.nonce, emitted.amount, emitted.stakeAs), (0, coins(20), CERT));
	assert_eq!(token.balanceOf(*vault.address()).call().await.unwrap(), coins(20));
	assert_eq!(token.balanceOf(r.user).call().await.unwrap(), coins(30));

	// Polygon: POL is the native coin there.
	let polygon = LocalChain::start(chain_ids::POLYGON).await;
	let r = roles(&polygon);
	let vault = deploy_vault(&polygon, Address::ZERO).await;
	let receipt =
		mined(vault.deposit(account(3), coins(5), 0, NONE).value(coins(5)).from(r.user)).await;
	let emitted = event::<LiquidStakingVault::Deposited>(&receipt);
	assert_eq!(
		(emitted.nonce, emitted.beneficiary, emitted.amount, emitted.stakeAs),
		(0, account(3), coins(5), NONE)
	);
	assert_eq!(polygon.balance(*vault.address()).await, coins(5));
	assert_eq!(polygon.provider.get_chain_id().await.unwrap(), chain_ids::POLYGON);
}

#[tokio::test]
async fn bad_deposits_revert_with_their_reason_and_move_nothing() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	expect_revert!(
		E,
		vault.deposit(account(0), coins(1), 0, NONE).value(coins(1)).from(r.user),
		"ZeroAddress"
	);
	let small = U256::from(COIN / 100);
	expect_revert!(
		E,
		vault.deposit(account(1), small, 0, NONE).value(small).from(r.user),
		"DepositTooSmall"
	);
	expect_revert!(
		E,
		vault.deposit(account(1), U256::ZERO, 0, NONE).from(r.user),
		"DepositTooSmall"
	);
	expect_revert!(
		E,
		vault.deposit(account(1), coins(101), 0, NONE).value(coins(101)).from(r.user),
		"DepositTooLarge"
	);
	expect_revert!(
		E,
		vault.deposit(account(1), coins(2), 0, NONE).value(coins(1)).from(r.user),
		"WrongValue"
	);
	expect_revert!(
		E,
		vault.deposit(account(1), coins(2), 3, NONE).value(coins(2)).from(r.user),
		"StakeAsWithoutPool"
	);
	assert_eq!(bsc.balance(v).await, U256::ZERO);
	assert_eq!(vault.nextDepositNonce().call().await.unwrap(), 0);

	// The sliding window: 300 coins a day; the fourth deposit of 100 waits for the window to move.
	for _ in 0..3 {
		deposit_native(&vault, r.user, coins(100)).await;
	}
	expect_revert!(
		E,
		vault.deposit(account(1), coins(100), 0, NONE).value(coins(100)).from(r.user),
		"DepositLimitExceeded"
	);
	assert_eq!(bsc.balance(v).await, coins(300));
	assert_eq!(vault.nextDepositNonce().call().await.unwrap(), 3);
	bsc.advance(DAY + 1).await;
	deposit_native(&vault, r.user, coins(100)).await;
	assert_eq!(vault.nextDepositNonce().call().await.unwrap(), 4);

	// A coin sent to the vault without a deposit is refused: the vault holds only deposits.
	assert_eq!(bsc.send_value_refused::<E>(r.user, v, coins(1)).await, "UnexpectedSender");
	assert_eq!(bsc.balance(v).await, coins(400));

	// An ERC-20 vault takes no native coin with a deposit.
	let eth = LocalChain::start(chain_ids::ETHEREUM).await;
	let r = roles(&eth);
	let token = deploy_token(&eth, r.user, coins(10)).await;
	let vault = deploy_vault(&eth, *token.address()).await;
	mined(token.approve(*vault.address(), coins(10)).from(r.user)).await;
	expect_revert!(
		E,
		vault.deposit(account(1), coins(1), 0, NONE).value(coins(1)).from(r.user),
		"WrongValue"
	);
	assert_eq!(token.balanceOf(*vault.address()).call().await.unwrap(), U256::ZERO);
	assert_eq!(eth.balance(*vault.address()).await, U256::ZERO);

	// A token that keeps a fee on transfers: the vault would receive less than the deposit claims,
	// so it refuses the deposit.
	let fee_token = FeeOnTransferToken::deploy(eth.provider.clone()).await.unwrap();
	mined(fee_token.mint(r.user, coins(10))).await;
	let fee_vault = deploy_vault(&eth, *fee_token.address()).await;
	mined(fee_token.approve(*fee_vault.address(), coins(10)).from(r.user)).await;
	expect_revert!(
		E,
		fee_vault.deposit(account(1), coins(1), 0, NONE).from(r.user),
		"UnsupportedToken"
	);
	assert_eq!(fee_token.balanceOf(*fee_vault.address()).call().await.unwrap(), U256::ZERO);
	assert_eq!(fee_token.balanceOf(r.user).call().await.unwrap(), coins(10));
	assert_eq!(fee_vault.nextDepositNonce().call().await.unwrap(), 0);
}

#[tokio::test]
async fn a_release_is_paid_at_the_threshold_once_and_never_replayed() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	deposit_native(&vault, r.user, coins(50)).await;
	let deadline = bsc.now().await + DAY;
	let rel = release(&bsc, v, 7, r.recipient, coins(10), deadline);
	let before = bsc.balance(r.recipient).await;

	// Threshold − 1 = one vote: nothing is paid.
	let first_vote = mined(vault.approveRelease(rel.clone()).from(r.relayers[0])).await;
	assert_eq!(bsc.balance(r.recipient).await, before);
	assert!(!vault.released(7).call().await.unwrap());
	assert_eq!(
		vault
			.votes(vault.releaseKey(rel.clone()).call().await.unwrap())
			.call()
			.await
			.unwrap(),
		U256::from(1)
	);
	expect_revert!(E, vault.approveRelease(rel.clone()).from(r.relayers[0]), "AlreadyVoted");

	// A relayer voting for another amount does not add to these votes.
	let other = LiquidStakingVault::Release { amount: coins(40), ..rel.clone() };
	mined(vault.approveRelease(other.clone()).from(r.relayers[1])).await;
	assert_eq!(bsc.balance(r.recipient).await, before);

	// The threshold: paid, exactly the amount, once.
	let receipt = mined(vault.approveRelease(rel.clone()).from(r.relayers[2])).await;
	println!(
		"gas of a release: a vote {}, the vote that pays {}",
		first_vote.gas_used, receipt.gas_used
	);
	let paid = event::<LiquidStakingVault::Released>(&receipt);
	assert_eq!((paid.id, paid.recipient, paid.amount), (7, r.recipient, coins(10)));
	assert_eq!(bsc.balance(r.recipient).await, before + coins(10));
	assert_eq!(bsc.balance(v).await, coins(40));
	assert!(vault.released(7).call().await.unwrap());

	// Replays: the late vote, the other amount reaching its threshold, another recipient.
	expect_revert!(E, vault.approveRelease(rel.clone()).from(r.relayers[1]), "AlreadyReleased");
	expect_revert!(E, vault.approveRelease(other).from(r.relayers[0]), "AlreadyReleased");
	let elsewhere = LiquidStakingVault::Release { recipient: r.stranger, ..rel.clone() };
	expect_revert!(E, vault.approveRelease(elsewhere).from(r.relayers[0]), "AlreadyReleased");
	assert_eq!(bsc.balance(v).await, coins(40));
	assert_eq!(bsc.balance(r.recipient).await, before + coins(10));

	// Bad releases: no recipient, no amount, not a relayer.
	let bad = LiquidStakingVault::Release { id: 8, recipient: Address::ZERO, ..rel.clone() };
	expect_revert!(E, vault.approveRelease(bad).from(r.relayers[0]), "ZeroAddress");
	let bad = LiquidStakingVault::Release { id: 8, amount: U256::ZERO, ..rel.clone() };
	expect_revert!(E, vault.approveRelease(bad).from(r.relayers[0]), "ZeroAmount");
	let good = LiquidStakingVault::Release { id: 8, ..rel.clone() };
	expect_revert!(E, vault.approveRelease(good.clone()).from(r.stranger), "NotRelayer");
	expect_revert!(E, vault.approveRelease(good).from(r.guardian), "NotRelayer");
	assert_eq!(bsc.balance(v).await, coins(40));
}

#[tokio::test]
async fn approvals_for_another_chain_or_vault_are_refused() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let eth = LocalChain::start(chain_ids::ETHEREUM).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let twin = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	deposit_native(&vault, r.user, coins(50)).await;
	deposit_native(&twin, r.user, coins(50)).await;
	let deadline = bsc.now().await + DAY;

	// What the relayers approved for Ethereum (chain id 1) does not pay on BNB Smart Chain.
	let for_ethereum = LiquidStakingVault::Release {
		chainId: U256::from(chain_ids::ETHEREUM),
		..release(&bsc, v, 1, r.recipient, coins(5), deadline)
	};
	for relayer in &r.relayers[..2] {
		expect_revert!(E, vault.approveRelease(for_ethereum.clone()).from(*relayer), "WrongChain");
	}
	// What they approved for the twin vault does not pay from this one, and the reverse.
	let for_twin = release(&bsc, *twin.address(), 1, r.recipient, coins(5), deadline);
	for relayer in &r.relayers[..2] {
		expect_revert!(E, vault.approveRelease(for_twin.clone()).from(*relayer), "WrongVault");
	}
	let for_vault = release(&bsc, v, 1, r.recipient, coins(5), deadline);
	expect_revert!(E, twin.approveRelease(for_vault.clone()).from(r.relayers[0]), "WrongVault");
	assert_eq!(bsc.balance(v).await, coins(50));
	assert_eq!(bsc.balance(*twin.address()).await, coins(50));

	// Votes are the vault's own: the twin paid id 1 at its threshold, this vault still needs its own.
	mined(twin.approveRelease(for_twin.clone()).from(r.relayers[0])).await;
	mined(twin.approveRelease(for_twin).from(r.relayers[1])).await;
	assert_eq!(bsc.balance(*twin.address()).await, coins(45));
	mined(vault.approveRelease(for_vault.clone()).from(r.relayers[0])).await;
	assert_eq!(bsc.balance(v).await, coins(50), "one vote of its own does not pay");

	// The same vault code at the same address on Ethereum: the chain id tells them apart.
	let eth_vault = deploy_vault(&eth, Address::ZERO).await;
	assert_eq!(*eth_vault.address(), v, "the first contract of the same deployer");
	let er = roles(&eth);
	deposit_native(&eth_vault, er.user, coins(50)).await;
	let bsc_release = release(&bsc, *eth_vault.address(), 2, er.recipient, coins(5), deadline);
	expect_revert!(E, eth_vault.approveRelease(bsc_release).from(er.relayers[0]), "WrongChain");
	assert_eq!(eth.balance(*eth_vault.address()).await, coins(50));
}

#[tokio::test]
async fn releases_are_bounded_per_window_and_never_paid_after_their_deadline() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	for _ in 0..3 {
		deposit_native(&vault, r.user, coins(100)).await;
	}
	bsc.advance(DAY + 1).await;
	for _ in 0..2 {
		deposit_native(&vault, r.user, coins(100)).await;
	}
	let deadline = bsc.now().await + 3 * DAY;
	// 300 coins a day: 250 then 60 is over the limit; the refused vote records nothing.
	let first = release(&bsc, v, 1, r.recipient, coins(250), deadline);
	mined(vault.approveRelease(first.clone()).from(r.relayers[0])).await;
	mined(vault.approveRelease(first).from(r.relayers[1])).await;
	let second = release(&bsc, v, 2, r.recipient, coins(60), deadline);
	mined(vault.approveRelease(second.clone()).from(r.relayers[0])).await;
	expect_revert!(
		E,
		vault.approveRelease(second.clone()).from(r.relayers[1]),
		"ReleaseLimitExceeded"
	);
	assert_eq!(bsc.balance(v).await, coins(250));
	assert!(!vault.released(2).call().await.unwrap());
	let (_, left) = vault.available().call().await.map(|a| (a.deposits, a.releases)).unwrap();
	assert_eq!(left, coins(50));
	// A day later the window has moved: the same vote pays.
	bsc.advance(DAY + 1).await;
	mined(vault.approveRelease(second).from(r.relayers[1])).await;
	assert_eq!(bsc.balance(v).await, coins(190));

	// More than the vault holds: refused until the coin is back from staking.
	let too_much = release(&bsc, v, 3, r.recipient, coins(200), deadline);
	mined(vault.approveRelease(too_much.clone()).from(r.relayers[0])).await;
	expect_revert!(E, vault.approveRelease(too_much).from(r.relayers[1]), "InsufficientLiquidity");

	// After its deadline a release is never paid (the appchain refunds it after its timeout).
	let late = release(&bsc, v, 4, r.recipient, coins(1), bsc.now().await + 100);
	mined(vault.approveRelease(late.clone()).from(r.relayers[0])).await;
	bsc.advance(200).await;
	expect_revert!(E, vault.approveRelease(late).from(r.relayers[1]), "ReleaseExpired");
	// Nor can a deadline be approved beyond `maxDeadlineAhead` (4 days here): a release never
	// outlives the appchain's timeout, whatever the relayers approve.
	let far = release(&bsc, v, 5, r.recipient, coins(1), bsc.now().await + 5 * DAY);
	expect_revert!(E, vault.approveRelease(far).from(r.relayers[0]), "DeadlineTooFar");
	let mut bad = limits();
	bad.maxDeadlineAhead = alloy::primitives::aliases::U48::ZERO;
	let settings = LiquidStakingVault::Settings {
		chainId: U256::from(chain_ids::BSC),
		vault: v,
		nonce: 0,
		limits: bad,
		guardian: r.guardian,
		adapter: Address::ZERO,
	};
	expect_revert!(E, vault.approveSettings(settings).from(r.relayers[0]), "InvalidLimits");
	assert_eq!(bsc.balance(v).await, coins(190));
	assert!(!vault.released(4).call().await.unwrap());
}

#[tokio::test]
async fn the_relayer_set_changes_only_by_the_current_threshold() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	let chain_id = U256::from(chain_ids::BSC);
	deposit_native(&vault, r.user, coins(50)).await;
	let set =
		|set_id: u64, relayers: Vec<Address>, threshold: u64| LiquidStakingVault::RelayerSet {
			chainId: chain_id,
			vault: v,
			setId: set_id,
			relayers,
			threshold: U256::from(threshold),
		};

	// Sets no vote can install: a threshold of 1, at most half, above the size, repeated or zero
	// addresses, empty.
	for (bad, why) in [
		(set(1, vec![r.new_relayers[0]], 1), "a single key"),
		(set(1, r.new_relayers.clone(), 1), "threshold 1"),
		(
			set(1, vec![r.new_relayers[0], r.new_relayers[1], r.new_relayers[2], r.stranger], 2),
			"half",
		),
		(set(1, r.new_relayers.clone(), 4), "above the size"),
		(set(1, vec![r.new_relayers[0], r.new_relayers[0], r.new_relayers[1]], 2), "repeated"),
		(set(1, vec![r.new_relayers[0], Address::ZERO, r.new_relayers[1]], 2), "zero"),
		(set(1, vec![], 2), "empty"),
	] {
		println!("refused: {why}");
		expect_revert!(E, vault.approveRelayerSet(bad).from(r.relayers[0]), "InvalidRelayerSet");
	}
	// The next set: four relayers, threshold 3; two of the old set leave, one stays.
	let stays = r.relayers[1];
	let new_set = vec![r.new_relayers[0], r.new_relayers[1], stays, r.stranger];
	assert!(r.new_relayers.contains(&stays) && !new_set.contains(&r.relayers[0]));
	let next = set(1, new_set.clone(), 3);
	expect_revert!(
		E,
		vault.approveRelayerSet(set(2, new_set.clone(), 3)).from(r.relayers[0]),
		"WrongNonce"
	);
	// The new relayers cannot install themselves.
	expect_revert!(E, vault.approveRelayerSet(next.clone()).from(r.new_relayers[0]), "NotRelayer");
	expect_revert!(E, vault.approveRelayerSet(next.clone()).from(r.stranger), "NotRelayer");

	// A vote of the old set on a release; the guardian pauses; the rotation works while paused,
	// by the old set's threshold (2), not the new one's (3).
	let deadline = bsc.now().await + DAY;
	let rel = release(&bsc, v, 1, r.recipient, coins(5), deadline);
	mined(vault.approveRelease(rel.clone()).from(r.relayers[0])).await;
	mined(vault.pause().from(r.guardian)).await;
	mined(vault.approveRelayerSet(next.clone()).from(r.relayers[0])).await;
	assert!(!vault.isRelayer(r.new_relayers[0]).call().await.unwrap());
	assert_eq!(vault.relayerSetId().call().await.unwrap(), 0, "one vote does not rotate");
	mined(vault.approveRelayerSet(next.clone()).from(r.relayers[2])).await;
	assert_eq!(vault.relayerSetId().call().await.unwrap(), 1);
	assert_eq!(vault.relayers().call().await.unwrap(), new_set);
	assert_eq!(vault.threshold().call().await.unwrap(), U256::from(3));
	for gone in [r.relayers[0], r.relayers[2]] {
		assert!(!vault.isRelayer(gone).call().await.unwrap());
	}
	for relayer in &new_set {
		assert!(vault.isRelayer(*relayer).call().await.unwrap());
	}

	// Unpause by the new threshold: two votes of the new set do not unpause, the third does.
	let chain_id = U256::from(chain_ids::BSC);
	expect_revert!(E, vault.approveUnpause(chain_id, v, 1).from(r.relayers[0]), "NotRelayer");
	mined(vault.approveUnpause(chain_id, v, 1).from(new_set[0])).await;
	mined(vault.approveUnpause(chain_id, v, 1).from(new_set[1])).await;
	assert!(vault.paused().call().await.unwrap(), "two of the new set's three votes");
	mined(vault.approveUnpause(chain_id, v, 1).from(new_set[2])).await;
	assert!(!vault.paused().call().await.unwrap());

	// The old set's votes are void: a removed relayer votes and pauses no more, the rotation is
	// done, and the release the old set had one vote on needs the new threshold of 3.
	expect_revert!(E, vault.approveRelease(rel.clone()).from(r.relayers[0]), "NotRelayer");
	expect_revert!(E, vault.pause().from(r.relayers[2]), "NotPauser");
	expect_revert!(E, vault.approveRelayerSet(next).from(stays), "WrongNonce");
	let before = bsc.balance(r.recipient).await;
	mined(vault.approveRelease(rel.clone()).from(new_set[0])).await;
	mined(vault.approveRelease(rel.clone()).from(new_set[1])).await;
	assert_eq!(bsc.balance(r.recipient).await, before, "two votes of the new set do not pay");
	assert_eq!(
		vault
			.votes(vault.releaseKey(rel.clone()).call().await.unwrap())
			.call()
			.await
			.unwrap(),
		U256::from(2)
	);
	mined(vault.approveRelease(rel).from(stays)).await;
	assert_eq!(bsc.balance(r.recipient).await, before + coins(5));
	assert_eq!(bsc.balance(v).await, coins(45));
}

#[tokio::test]
async fn any_relayer_or_the_guardian_pauses_only_the_threshold_unpauses() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	let chain_id = U256::from(chain_ids::BSC);
	deposit_native(&vault, r.user, coins(50)).await;
	let rel = release(&bsc, v, 1, r.recipient, coins(5), bsc.now().await + DAY);
	mined(vault.approveRelease(rel.clone()).from(r.relayers[0])).await;

	expect_revert!(E, vault.pause().from(r.stranger), "NotPauser");
	expect_revert!(E, vault.pause().from(r.user), "NotPauser");
	expect_revert!(E, vault.approveUnpause(chain_id, v, 0).from(r.relayers[0]), "NotPaused");

	// A relayer pauses: deposits and releases stop, and nothing moves.
	mined(vault.pause().from(r.relayers[2])).await;
	assert!(vault.paused().call().await.unwrap());
	expect_revert!(E, vault.pause().from(r.guardian), "IsPaused");
	expect_revert!(
		E,
		vault.deposit(account(1), coins(1), 0, NONE).value(coins(1)).from(r.user),
		"IsPaused"
	);
	expect_revert!(E, vault.approveRelease(rel.clone()).from(r.relayers[1]), "IsPaused");
	assert_eq!(bsc.balance(v).await, coins(50));

	// Unpause: not by the guardian, not by one relayer, not for another pause; by the threshold.
	expect_revert!(E, vault.approveUnpause(chain_id, v, 1).from(r.guardian), "NotRelayer");
	expect_revert!(E, vault.approveUnpause(chain_id, v, 0).from(r.relayers[0]), "WrongNonce");
	mined(vault.approveUnpause(chain_id, v, 1).from(r.relayers[0])).await;
	assert!(vault.paused().call().await.unwrap(), "one relayer does not unpause");
	mined(vault.approveUnpause(chain_id, v, 1).from(r.relayers[1])).await;
	assert!(!vault.paused().call().await.unwrap());
	mined(vault.approveRelease(rel).from(r.relayers[1])).await;
	assert_eq!(bsc.balance(v).await, coins(45));

	// The guardian pauses too; an unpause vote of the earlier pause does not count for this one.
	mined(vault.pause().from(r.guardian)).await;
	assert_eq!(vault.pauses().call().await.unwrap(), 2);
	expect_revert!(E, vault.approveUnpause(chain_id, v, 1).from(r.relayers[2]), "WrongNonce");
	mined(vault.approveUnpause(chain_id, v, 2).from(r.relayers[2])).await;
	assert!(vault.paused().call().await.unwrap());
	mined(vault.approveUnpause(chain_id, v, 2).from(r.relayers[0])).await;
	assert!(!vault.paused().call().await.unwrap());
}

#[tokio::test]
async fn settings_change_only_by_the_threshold() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	let settings =
		|nonce: u64, limits: LiquidStakingVault::Limits, guardian: Address, adapter: Address| {
			LiquidStakingVault::Settings {
				chainId: U256::from(chain_ids::BSC),
				vault: v,
				nonce,
				limits,
				guardian,
				adapter,
			}
		};
	let mut bad = limits();
	bad.maxDeposit = bad.minDeposit - U256::from(1);
	expect_revert!(
		E,
		vault
			.approveSettings(settings(0, bad, r.guardian, Address::ZERO))
			.from(r.relayers[0]),
		"InvalidLimits"
	);
	let mut bad = limits();
	bad.depositWindow = alloy::primitives::aliases::U48::ZERO;
	expect_revert!(
		E,
		vault
			.approveSettings(settings(0, bad, r.guardian, Address::ZERO))
			.from(r.relayers[0]),
		"InvalidLimits"
	);
	// An adapter must be this vault's: an account or another vault's adapter is refused.
	expect_revert!(
		E,
		vault
			.approveSettings(settings(0, limits(), r.guardian, r.stranger))
			.from(r.relayers[0]),
		"WrongAdapter"
	);
	expect_revert!(
		E,
		vault
			.approveSettings(settings(1, limits(), r.guardian, Address::ZERO))
			.from(r.relayers[0]),
		"WrongNonce"
	);

	// Smaller deposits and a new guardian, by two relayers.
	let mut smaller = limits();
	smaller.maxDeposit = coins(10);
	let next = settings(0, smaller, r.stranger, Address::ZERO);
	mined(vault.approveSettings(next.clone()).from(r.relayers[0])).await;
	assert_eq!(
		vault.limits().call().await.unwrap().maxDeposit,
		coins(100),
		"one vote changes nothing"
	);
	mined(vault.approveSettings(next).from(r.relayers[2])).await;
	assert_eq!(vault.limits().call().await.unwrap().maxDeposit, coins(10));
	assert_eq!(vault.guardian().call().await.unwrap(), r.stranger);
	assert_eq!(vault.nextSettingsNonce().call().await.unwrap(), 1);
	expect_revert!(
		E,
		vault.deposit(account(1), coins(11), 0, NONE).value(coins(11)).from(r.user),
		"DepositTooLarge"
	);
	expect_revert!(E, vault.pause().from(r.guardian), "NotPauser");
	mined(vault.pause().from(r.stranger)).await;
}

#[tokio::test]
async fn no_single_key_moves_a_coin() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	let chain_id = U256::from(chain_ids::BSC);
	deposit_native(&vault, r.user, coins(50)).await;
	let deadline = bsc.now().await + DAY;

	// The vault's functions that change anything: deposits, cert returns and redemptions, votes
	// and pause. There is no owner, no upgrade, no sweep; a new function must be added to this
	// list and to these tests (the cert's in tests/cert.rs).
	let json: serde_json::Value =
		serde_json::from_str(include_str!("../out/LiquidStakingVault.json")).unwrap();
	let mut mutating: Vec<String> = json["abi"]
		.as_array()
		.unwrap()
		.iter()
		.filter(|item| {
			item["type"] == "function"
				&& item["stateMutability"] != "view"
				&& item["stateMutability"] != "pure"
		})
		.map(|item| item["name"].as_str().unwrap().to_string())
		.collect();
	mutating.sort();
	assert_eq!(
		mutating,
		[
			"approveCertConfig",
			"approveCertMint",
			"approveCertRate",
			"approveRelayerSet",
			"approveRelease",
			"approveSettings",
			"approveStakingOp",
			"approveUnpause",
			"deposit",
			"pause",
			"redeemCert",
			"returnCert"
		]
	);

	// The vault stakes through a real adapter (the StakeHub stand-in's), set by the threshold.
	let hub = StakeHubStandIn::deploy(bsc.provider.clone(), U256::from(7 * DAY), coins(1))
		.await
		.unwrap();
	mined(hub.addValidator(r.stranger)).await;
	let adapter = BscStakeHubAdapter::deploy(bsc.provider.clone(), v, *hub.address())
		.await
		.unwrap();
	set_adapter(&bsc, &vault, *adapter.address()).await;

	// Each key alone, on every path that can move the coin: a release to itself, a relayer set of
	// its own, a staking operation of its own.
	for (i, key) in r.relayers.iter().chain([&r.guardian, &r.deployer, &r.user]).enumerate() {
		let grab = release(&bsc, v, 100, *key, coins(50), deadline);
		let own_set = LiquidStakingVault::RelayerSet {
			chainId: chain_id,
			vault: v,
			setId: 1,
			relayers: vec![*key, r.stranger, r.new_relayers[0]],
			threshold: U256::from(2),
		};
		if r.relayers.contains(key) {
			let receipt = mined(vault.approveRelease(grab.clone()).from(*key)).await;
			assert!(events::<LiquidStakingVault::Released>(&receipt).is_empty());
			mined(vault.approveRelayerSet(own_set.clone()).from(*key)).await;
			assert_eq!(vault.relayerSetId().call().await.unwrap(), 0);
			// Its vote stays one vote: it cannot vote twice.
			expect_revert!(E, vault.approveRelease(grab).from(*key), "AlreadyVoted");
		} else {
			expect_revert!(E, vault.approveRelease(grab).from(*key), "NotRelayer");
			expect_revert!(E, vault.approveRelayerSet(own_set).from(*key), "NotRelayer");
		}
		// Each key's own operation (its own amount: votes for one operation would add up).
		let op = LiquidStakingVault::StakingOp {
			chainId: chain_id,
			vault: v,
			nonce: 0,
			adapter: *adapter.address(),
			kind: 0,
			validator: r.stranger,
			amount: coins(40) + U256::from(i),
		};
		if r.relayers.contains(key) {
			mined(vault.approveStakingOp(op.clone()).from(*key)).await;
			assert_eq!(
				vault.votes(vault.stakingOpKey(op).call().await.unwrap()).call().await.unwrap(),
				U256::from(1)
			);
		} else {
			expect_revert!(E, vault.approveStakingOp(op).from(*key), "NotRelayer");
		}
		assert_eq!(vault.nextStakingOpNonce().call().await.unwrap(), 0);
		assert_eq!(adapter.staked(r.stranger).call().await.unwrap(), U256::ZERO);
		assert_eq!(bsc.balance(v).await, coins(50));
	}
	// Votes of different relayers for different releases never add up: each has one vote.
	for key in &r.relayers {
		let grab = release(&bsc, v, 100, *key, coins(50), deadline);
		assert_eq!(
			vault.votes(vault.releaseKey(grab).call().await.unwrap()).call().await.unwrap(),
			U256::from(1)
		);
	}
	assert!(!vault.released(100).call().await.unwrap());
	assert_eq!(vault.relayerSetId().call().await.unwrap(), 0);
	assert_eq!(bsc.balance(v).await, coins(50));
}
