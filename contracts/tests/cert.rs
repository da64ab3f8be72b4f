//! The cert on the EVM chains against anvil: the cert token and its limits set by the relayers'
//! threshold, cert mints once per id within their deadline and window, the rate from the
//! appchain's reports (also while paused), cert returns and redemptions that burn the cert and
//! take the next inbound nonce, and that only the vault mints, burns and sets the rate. Every
//! refused call is also mined, and the test checks that it moved nothing.

mod common;

use alloy::primitives::{
	aliases::{U208, U48},
	Address, U256,
};
use common::*;
use liquid_staking_contracts::{
	bindings::{
		LiquidCertToken::{self, LiquidCertTokenErrors as TE},
		LiquidStakingVault::{self, LiquidStakingVaultErrors as E},
	},
	chain_ids, event, expect_revert, LocalChain,
};

#[tokio::test]
async fn the_cert_token_and_its_limits_are_set_by_the_threshold_and_the_token_never_changes() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	let cert = deploy_cert(&bsc, v).await;
	let c = *cert.address();
	assert_eq!(vault.certToken().call().await.unwrap(), Address::ZERO);

	// Without a cert token nothing of the cert works.
	let deadline = bsc.now().await + DAY;
	expect_revert!(
		E,
		vault
			.approveCertMint(cert_mint(&bsc, v, 1, r.recipient, coins(1), deadline))
			.from(r.relayers[0]),
		"NoCertToken"
	);
	expect_revert!(
		E,
		vault
			.approveCertRate(cert_rate(&bsc, v, 0, 1, coins(11), coins(10)))
			.from(r.relayers[0]),
		"NoCertToken"
	);
	expect_revert!(E, vault.returnCert(account(1), coins(1)).from(r.user), "NoCertToken");
	expect_revert!(E, vault.redeemCert(r.user, coins(1)).from(r.user), "NoCertToken");

	// A token of another vault, or an account, is not this vault's cert token.
	let twin = deploy_vault(&bsc, Address::ZERO).await;
	let foreign = deploy_cert(&bsc, *twin.address()).await;
	expect_revert!(
		E,
		vault
			.approveCertConfig(cert_config(&bsc, v, 0, *foreign.address(), cert_limits()))
			.from(r.relayers[0]),
		"WrongCertToken"
	);
	expect_revert!(
		E,
		vault
			.approveCertConfig(cert_config(&bsc, v, 0, r.stranger, cert_limits()))
			.from(r.relayers[0]),
		"WrongCertToken"
	);
	// Limits the vault refuses.
	let mut bad_limits = Vec::new();
	let mut l = cert_limits();
	l.minTransfer = U256::ZERO;
	bad_limits.push((l, "no least transfer"));
	let mut l = cert_limits();
	l.maxTransfer = l.minTransfer - U256::from(1);
	bad_limits.push((l, "most transfer below the least"));
	let mut l = cert_limits();
	l.maxTransfer = U256::from(u128::MAX) + U256::from(1);
	l.mintLimit = U208::MAX;
	l.burnLimit = U208::MAX;
	bad_limits.push((l, "most transfer above 2^128 - 1"));
	let mut l = cert_limits();
	l.mintWindow = U48::ZERO;
	bad_limits.push((l, "no mint window"));
	let mut l = cert_limits();
	l.burnWindow = U48::ZERO;
	bad_limits.push((l, "no burn window"));
	let mut l = cert_limits();
	l.mintLimit = U208::from(49 * COIN);
	bad_limits.push((l, "mint limit below the most transfer"));
	let mut l = cert_limits();
	l.burnLimit = U208::from(49 * COIN);
	bad_limits.push((l, "burn limit below the most transfer"));
	for (bad, why) in bad_limits {
		println!("refused: {why}");
		expect_revert!(
			E,
			vault.approveCertConfig(cert_config(&bsc, v, 0, c, bad)).from(r.relayers[0]),
			"InvalidLimits"
		);
	}
	expect_revert!(
		E,
		vault
			.approveCertConfig(cert_config(&bsc, v, 1, c, cert_limits()))
			.from(r.relayers[0]),
		"WrongNonce"
	);
	let config = cert_config(&bsc, v, 0, c, cert_limits());
	expect_revert!(E, vault.approveCertConfig(config.clone()).from(r.stranger), "NotRelayer");
	expect_revert!(E, vault.approveCertConfig(config.clone()).from(r.guardian), "NotRelayer");
	assert_eq!(vault.certToken().call().await.unwrap(), Address::ZERO);
	assert_eq!(vault.nextSettingsNonce().call().await.unwrap(), 0);

	// One vote changes nothing; the second sets the token and the limits, also while paused.
	mined(vault.pause().from(r.guardian)).await;
	mined(vault.approveCertConfig(config.clone()).from(r.relayers[0])).await;
	assert_eq!(vault.certToken().call().await.unwrap(), Address::ZERO, "one vote changes nothing");
	assert_eq!(vault.certLimits().call().await.unwrap().maxTransfer, U256::ZERO);
	assert_eq!(vault.nextSettingsNonce().call().await.unwrap(), 0);
	let receipt = mined(vault.approveCertConfig(config.clone()).from(r.relayers[2])).await;
	let changed = event::<LiquidStakingVault::CertConfigChanged>(&receipt);
	assert_eq!((changed.nonce, changed.token, changed.limits), (0, c, cert_limits()));
	assert_eq!(vault.certToken().call().await.unwrap(), c);
	assert_eq!(vault.certLimits().call().await.unwrap(), cert_limits());
	assert_eq!(vault.nextSettingsNonce().call().await.unwrap(), 1);
	let available = vault.certAvailable().call().await.unwrap();
	assert_eq!((available.mints, available.burns), (coins(100), coins(100)));
	// The late vote finds the nonce moved on.
	expect_revert!(E, vault.approveCertConfig(config).from(r.relayers[1]), "WrongNonce");

	// The settings nonce is one sequence for `Settings` and `CertConfig`.
	let settings = LiquidStakingVault::Settings {
		chainId: U256::from(chain_ids::BSC),
		vault: v,
		nonce: 0,
		limits: limits(),
		guardian: r.guardian,
		adapter: Address::ZERO,
	};
	expect_revert!(E, vault.approveSettings(settings).from(r.relayers[0]), "WrongNonce");

	// New limits for the same token apply at the threshold.
	let mut smaller = cert_limits();
	smaller.maxTransfer = coins(10);
	let next = cert_config(&bsc, v, 1, c, smaller.clone());
	mined(vault.approveCertConfig(next.clone()).from(r.relayers[0])).await;
	mined(vault.approveCertConfig(next).from(r.relayers[1])).await;
	assert_eq!(vault.certLimits().call().await.unwrap(), smaller);
	assert_eq!(vault.nextSettingsNonce().call().await.unwrap(), 2);

	// Another token, even one of this vault, is refused: the cert token never changes.
	let other = deploy_cert(&bsc, v).await;
	expect_revert!(
		E,
		vault
			.approveCertConfig(cert_config(&bsc, v, 2, *other.address(), cert_limits()))
			.from(r.relayers[0]),
		"CertTokenFixed"
	);
	expect_revert!(
		E,
		vault
			.approveCertConfig(cert_config(&bsc, v, 2, Address::ZERO, cert_limits()))
			.from(r.relayers[0]),
		"CertTokenFixed"
	);
	assert_eq!(vault.certToken().call().await.unwrap(), c);
	assert_eq!(vault.nextSettingsNonce().call().await.unwrap(), 2);
	assert_eq!(vault.certLimits().call().await.unwrap(), smaller);
}

#[tokio::test]
async fn a_cert_is_minted_at_the_threshold_once_within_its_deadline_and_window() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	let cert = deploy_cert(&bsc, v).await;
	set_cert(&bsc, &vault, *cert.address()).await;
	let deadline = bsc.now().await + DAY;
	let m = cert_mint(&bsc, v, 1, r.recipient, coins(10), deadline);

	// Threshold − 1 = one vote: nothing is minted.
	let first_vote = mined(vault.approveCertMint(m.clone()).from(r.relayers[0])).await;
	assert_eq!(cert.balanceOf(r.recipient).call().await.unwrap(), U256::ZERO);
	assert!(!vault.certMinted(1).call().await.unwrap());
	assert_eq!(
		vault
			.votes(vault.certMintKey(m.clone()).call().await.unwrap())
			.call()
			.await
			.unwrap(),
		U256::from(1)
	);
	expect_revert!(E, vault.approveCertMint(m.clone()).from(r.relayers[0]), "AlreadyVoted");

	// The threshold: minted, exactly the amount, once.
	let receipt = mined(vault.approveCertMint(m.clone()).from(r.relayers[1])).await;
	println!(
		"gas of a cert mint: a vote {}, the vote that mints {}",
		first_vote.gas_used, receipt.gas_used
	);
	let minted = event::<LiquidStakingVault::CertMinted>(&receipt);
	assert_eq!((minted.id, minted.recipient, minted.amount), (1, r.recipient, coins(10)));
	let transfer = event::<LiquidCertToken::Transfer>(&receipt);
	assert_eq!(
		(transfer.from, transfer.to, transfer.value),
		(Address::ZERO, r.recipient, coins(10))
	);
	assert_eq!(cert.balanceOf(r.recipient).call().await.unwrap(), coins(10));
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(10));
	assert!(vault.certMinted(1).call().await.unwrap());
	assert_eq!(vault.certAvailable().call().await.unwrap().mints, coins(90));

	// Replays: the late vote, the same id to another recipient or for another amount.
	expect_revert!(E, vault.approveCertMint(m.clone()).from(r.relayers[2]), "AlreadyMinted");
	let elsewhere = LiquidStakingVault::CertMint { recipient: r.stranger, ..m.clone() };
	expect_revert!(E, vault.approveCertMint(elsewhere).from(r.relayers[0]), "AlreadyMinted");
	let more = LiquidStakingVault::CertMint { amount: coins(20), ..m.clone() };
	expect_revert!(E, vault.approveCertMint(more).from(r.relayers[2]), "AlreadyMinted");

	// Bad mints: no recipient, no amount, another chain or vault, not a relayer.
	let bad = LiquidStakingVault::CertMint { id: 2, recipient: Address::ZERO, ..m.clone() };
	expect_revert!(E, vault.approveCertMint(bad).from(r.relayers[0]), "ZeroAddress");
	let bad = LiquidStakingVault::CertMint { id: 2, amount: U256::ZERO, ..m.clone() };
	expect_revert!(E, vault.approveCertMint(bad).from(r.relayers[0]), "ZeroAmount");
	let bad = LiquidStakingVault::CertMint {
		id: 2,
		chainId: U256::from(chain_ids::ETHEREUM),
		..m.clone()
	};
	expect_revert!(E, vault.approveCertMint(bad).from(r.relayers[0]), "WrongChain");
	let bad = LiquidStakingVault::CertMint { id: 2, vault: *cert.address(), ..m.clone() };
	expect_revert!(E, vault.approveCertMint(bad).from(r.relayers[0]), "WrongVault");
	let good = LiquidStakingVault::CertMint { id: 2, ..m.clone() };
	expect_revert!(E, vault.approveCertMint(good.clone()).from(r.stranger), "NotRelayer");
	expect_revert!(E, vault.approveCertMint(good).from(r.guardian), "NotRelayer");
	assert!(!vault.certMinted(2).call().await.unwrap());
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(10));

	// The mint window: 100 cert a day, 10 minted; a mint of 95 is refused at the threshold, keeps
	// its one vote, and mints once the window has moved.
	let big = cert_mint(&bsc, v, 3, r.user, coins(95), bsc.now().await + 2 * DAY);
	mined(vault.approveCertMint(big.clone()).from(r.relayers[0])).await;
	expect_revert!(
		E,
		vault.approveCertMint(big.clone()).from(r.relayers[1]),
		"CertMintLimitExceeded"
	);
	assert!(!vault.certMinted(3).call().await.unwrap());
	assert_eq!(cert.balanceOf(r.user).call().await.unwrap(), U256::ZERO);
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(10));
	assert_eq!(vault.certAvailable().call().await.unwrap().mints, coins(90));
	assert_eq!(
		vault
			.votes(vault.certMintKey(big.clone()).call().await.unwrap())
			.call()
			.await
			.unwrap(),
		U256::from(1)
	);
	bsc.advance(DAY + 1).await;
	mined(vault.approveCertMint(big).from(r.relayers[1])).await;
	assert_eq!(cert.balanceOf(r.user).call().await.unwrap(), coins(95));
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(105));
	assert_eq!(vault.certAvailable().call().await.unwrap().mints, coins(5));

	// After its deadline a cert is never minted.
	let late = cert_mint(&bsc, v, 4, r.recipient, coins(1), bsc.now().await + 100);
	mined(vault.approveCertMint(late.clone()).from(r.relayers[0])).await;
	bsc.advance(200).await;
	expect_revert!(E, vault.approveCertMint(late).from(r.relayers[1]), "ReleaseExpired");
	assert!(!vault.certMinted(4).call().await.unwrap());
	// Nor can a deadline be approved beyond `maxDeadlineAhead` (4 days here).
	let far = cert_mint(&bsc, v, 5, r.recipient, coins(1), bsc.now().await + 5 * DAY);
	expect_revert!(E, vault.approveCertMint(far).from(r.relayers[0]), "DeadlineTooFar");
	assert!(!vault.certMinted(5).call().await.unwrap());
	assert_eq!(cert.balanceOf(r.recipient).call().await.unwrap(), coins(10));

	// A pause stops the mints.
	let paused = cert_mint(&bsc, v, 6, r.recipient, coins(1), bsc.now().await + DAY);
	mined(vault.approveCertMint(paused.clone()).from(r.relayers[0])).await;
	mined(vault.pause().from(r.relayers[2])).await;
	expect_revert!(E, vault.approveCertMint(paused).from(r.relayers[1]), "IsPaused");
	assert!(!vault.certMinted(6).call().await.unwrap());
	assert_eq!(cert.balanceOf(r.recipient).call().await.unwrap(), coins(10));
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(105));
}

#[tokio::test]
async fn the_rate_follows_the_appchain_reports_by_the_threshold_also_while_paused() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	let cert = deploy_cert(&bsc, v).await;
	set_cert(&bsc, &vault, *cert.address()).await;
	let one = U256::from(COIN);

	// Before the first rate: one cert for one coin.
	assert_eq!(cert.rateEpoch().call().await.unwrap(), 0);
	assert_eq!(cert.totalPooled().call().await.unwrap(), U256::ZERO);
	assert_eq!(cert.totalShares().call().await.unwrap(), U256::ZERO);
	assert_eq!(cert.ratio().call().await.unwrap(), one);
	assert_eq!(cert.certToCoin(coins(3)).call().await.unwrap(), coins(3));
	assert_eq!(cert.coinToCert(coins(3)).call().await.unwrap(), coins(3));

	// Epoch 1: 110 coins for 100 cert. One vote changes nothing; the second sets the rate.
	let rate = cert_rate(&bsc, v, 0, 1, coins(110), coins(100));
	mined(vault.approveCertRate(rate.clone()).from(r.relayers[0])).await;
	assert_eq!(cert.rateEpoch().call().await.unwrap(), 0, "one vote changes nothing");
	assert_eq!(
		vault
			.votes(vault.certRateKey(rate.clone()).call().await.unwrap())
			.call()
			.await
			.unwrap(),
		U256::from(1)
	);
	let receipt = mined(vault.approveCertRate(rate.clone()).from(r.relayers[1])).await;
	let updated = event::<LiquidCertToken::RateUpdated>(&receipt);
	assert_eq!((updated.epoch, updated.pooled, updated.shares), (1, coins(110), coins(100)));
	assert_eq!(cert.rateEpoch().call().await.unwrap(), 1);
	assert_eq!(cert.totalPooled().call().await.unwrap(), coins(110));
	assert_eq!(cert.totalShares().call().await.unwrap(), coins(100));
	// One cert is worth 1.1 coins; one coin is worth 100/110 cert.
	assert_eq!(cert.certToCoin(one).call().await.unwrap(), U256::from(11 * COIN / 10));
	assert_eq!(cert.ratio().call().await.unwrap(), U256::from(909_090_909_090_909_090u128));
	assert_eq!(cert.coinToCert(one).call().await.unwrap(), U256::from(909_090_909_090_909_090u128));
	assert_eq!(cert.coinToCert(U256::from(11 * COIN / 10)).call().await.unwrap(), one);
	// Rounded down.
	assert_eq!(cert.certToCoin(U256::from(3)).call().await.unwrap(), U256::from(3));
	assert_eq!(cert.coinToCert(U256::from(1)).call().await.unwrap(), U256::ZERO);

	// Stale reports: the same epoch (whatever its numbers) or an earlier one.
	expect_revert!(E, vault.approveCertRate(rate.clone()).from(r.relayers[2]), "StaleRate");
	let same_epoch = cert_rate(&bsc, v, 0, 1, coins(120), coins(100));
	expect_revert!(E, vault.approveCertRate(same_epoch).from(r.relayers[0]), "StaleRate");
	let earlier = cert_rate(&bsc, v, 0, 0, coins(120), coins(100));
	expect_revert!(E, vault.approveCertRate(earlier).from(r.relayers[0]), "StaleRate");
	// No vote pushes the epoch out of reach: at most a million epochs a step.
	let too_far = cert_rate(&bsc, v, 0, 1 + 1_000_001, coins(120), coins(100));
	expect_revert!(E, vault.approveCertRate(too_far).from(r.relayers[0]), "EpochTooFar");
	let frozen = cert_rate(&bsc, v, 0, u64::MAX, coins(120), coins(100));
	expect_revert!(E, vault.approveCertRate(frozen).from(r.relayers[0]), "EpochTooFar");
	// Bad reports: another pool, no coin, no cert, another chain, not a relayer.
	let other_pool = cert_rate(&bsc, v, 1, 2, coins(120), coins(100));
	expect_revert!(E, vault.approveCertRate(other_pool).from(r.relayers[0]), "WrongPool");
	let no_coin = cert_rate(&bsc, v, 0, 2, U256::ZERO, coins(100));
	expect_revert!(E, vault.approveCertRate(no_coin).from(r.relayers[0]), "InvalidRate");
	let no_cert = cert_rate(&bsc, v, 0, 2, coins(120), U256::ZERO);
	expect_revert!(E, vault.approveCertRate(no_cert).from(r.relayers[0]), "InvalidRate");
	let elsewhere = LiquidStakingVault::CertRate {
		chainId: U256::from(chain_ids::ETHEREUM),
		..cert_rate(&bsc, v, 0, 2, coins(120), coins(100))
	};
	expect_revert!(E, vault.approveCertRate(elsewhere).from(r.relayers[0]), "WrongChain");
	let good = cert_rate(&bsc, v, 0, 2, coins(120), coins(100));
	expect_revert!(E, vault.approveCertRate(good).from(r.stranger), "NotRelayer");
	assert_eq!(cert.rateEpoch().call().await.unwrap(), 1);
	assert_eq!(cert.totalPooled().call().await.unwrap(), coins(110));
	assert_eq!(cert.totalShares().call().await.unwrap(), coins(100));

	// A vote for epoch 2; epoch 3 applies first; the vote for epoch 2 is stale now.
	let epoch2 = cert_rate(&bsc, v, 0, 2, coins(115), coins(100));
	mined(vault.approveCertRate(epoch2.clone()).from(r.relayers[0])).await;
	let epoch3 = cert_rate(&bsc, v, 0, 3, coins(120), coins(100));
	mined(vault.approveCertRate(epoch3.clone()).from(r.relayers[1])).await;
	mined(vault.approveCertRate(epoch3).from(r.relayers[2])).await;
	assert_eq!(cert.rateEpoch().call().await.unwrap(), 3);
	expect_revert!(E, vault.approveCertRate(epoch2).from(r.relayers[1]), "StaleRate");
	assert_eq!(cert.rateEpoch().call().await.unwrap(), 3);
	assert_eq!(cert.totalPooled().call().await.unwrap(), coins(120));

	// A slash reaches the holders during a pause: epoch 4, 99 coins for 100 cert.
	mined(vault.pause().from(r.guardian)).await;
	let slashed = cert_rate(&bsc, v, 0, 4, coins(99), coins(100));
	mined(vault.approveCertRate(slashed.clone()).from(r.relayers[0])).await;
	mined(vault.approveCertRate(slashed).from(r.relayers[1])).await;
	assert!(vault.paused().call().await.unwrap());
	assert_eq!(cert.rateEpoch().call().await.unwrap(), 4);
	assert_eq!(cert.certToCoin(one).call().await.unwrap(), U256::from(99 * COIN / 100));
	assert_eq!(cert.ratio().call().await.unwrap(), U256::from(1_010_101_010_101_010_101u128));
}

#[tokio::test]
async fn returns_and_redemptions_burn_the_cert_and_take_the_next_inbound_nonce() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	let cert = deploy_cert(&bsc, v).await;
	set_cert(&bsc, &vault, *cert.address()).await;

	// Deposit nonce 0, return nonce 1, redemption nonce 2, deposit nonce 3: one sequence.
	let receipt = deposit_native(&vault, r.user, coins(5)).await;
	assert_eq!(event::<LiquidStakingVault::Deposited>(&receipt).nonce, 0);
	mint_cert(&bsc, &vault, 1, r.user, coins(60)).await;
	assert_eq!(cert.balanceOf(r.user).call().await.unwrap(), coins(60));

	// No allowance: the vault burns its caller's cert.
	let receipt = mined(vault.returnCert(account(7), coins(20)).from(r.user)).await;
	println!("gas of a cert return: {}", receipt.gas_used);
	let returned = event::<LiquidStakingVault::CertReturned>(&receipt);
	assert_eq!(
		(returned.nonce, returned.sender, returned.beneficiary, returned.amount, returned.pool),
		(1, r.user, account(7), coins(20), 0)
	);
	let burned = event::<LiquidCertToken::Transfer>(&receipt);
	assert_eq!((burned.from, burned.to, burned.value), (r.user, Address::ZERO, coins(20)));
	assert_eq!(cert.balanceOf(r.user).call().await.unwrap(), coins(40));
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(40));

	let receipt = mined(vault.redeemCert(r.recipient, coins(15)).from(r.user)).await;
	println!("gas of a cert redemption: {}", receipt.gas_used);
	let redeemed = event::<LiquidStakingVault::CertRedeemed>(&receipt);
	assert_eq!(
		(redeemed.nonce, redeemed.sender, redeemed.recipient, redeemed.amount, redeemed.pool),
		(2, r.user, r.recipient, coins(15), 0)
	);
	assert_eq!(cert.balanceOf(r.user).call().await.unwrap(), coins(25));
	assert_eq!(cert.balanceOf(r.recipient).call().await.unwrap(), U256::ZERO);
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(25));
	assert_eq!(vault.nextDepositNonce().call().await.unwrap(), 3);
	let receipt = deposit_native(&vault, r.user, coins(1)).await;
	assert_eq!(event::<LiquidStakingVault::Deposited>(&receipt).nonce, 3);
	assert_eq!(vault.certAvailable().call().await.unwrap().burns, coins(65));

	// The cert is an ordinary ERC-20: whoever holds it returns it.
	mined(cert.transfer(r.stranger, coins(5)).from(r.user)).await;
	let receipt = mined(vault.returnCert(account(9), coins(5)).from(r.stranger)).await;
	let returned = event::<LiquidStakingVault::CertReturned>(&receipt);
	assert_eq!((returned.nonce, returned.sender, returned.amount), (4, r.stranger, coins(5)));
	assert_eq!(cert.balanceOf(r.stranger).call().await.unwrap(), U256::ZERO);
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(20));
	assert_eq!(vault.certAvailable().call().await.unwrap().burns, coins(60));

	// Refused returns and redemptions: each moves nothing and takes no nonce.
	let small = U256::from(COIN / 100);
	expect_revert!(E, vault.returnCert(account(7), small).from(r.user), "CertTransferTooSmall");
	expect_revert!(E, vault.redeemCert(r.user, small).from(r.user), "CertTransferTooSmall");
	expect_revert!(
		E,
		vault.returnCert(account(7), U256::ZERO).from(r.user),
		"CertTransferTooSmall"
	);
	expect_revert!(E, vault.redeemCert(r.user, U256::ZERO).from(r.user), "CertTransferTooSmall");
	expect_revert!(E, vault.returnCert(account(7), coins(51)).from(r.user), "CertTransferTooLarge");
	expect_revert!(E, vault.redeemCert(r.user, coins(51)).from(r.user), "CertTransferTooLarge");
	expect_revert!(E, vault.returnCert(account(0), coins(1)).from(r.user), "ZeroAddress");
	expect_revert!(E, vault.redeemCert(Address::ZERO, coins(1)).from(r.user), "ZeroAddress");
	// More than the caller holds: the token's error.
	expect_revert!(
		TE,
		vault.returnCert(account(7), coins(21)).from(r.user),
		"ERC20InsufficientBalance"
	);
	expect_revert!(
		TE,
		vault.redeemCert(r.stranger, coins(1)).from(r.stranger),
		"ERC20InsufficientBalance"
	);
	assert_eq!(cert.balanceOf(r.user).call().await.unwrap(), coins(20));
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(20));
	assert_eq!(vault.nextDepositNonce().call().await.unwrap(), 5);
	assert_eq!(vault.certAvailable().call().await.unwrap().burns, coins(60));

	// The burn window: 100 cert a day, 40 burned. 40 more mint (the mint window's last 40) and 50
	// return: 10 left in the window. A redemption of 11 is refused by the window before the
	// balance is looked at; one of 10 goes.
	mint_cert(&bsc, &vault, 2, r.user, coins(40)).await;
	assert_eq!(vault.certAvailable().call().await.unwrap().mints, U256::ZERO);
	mined(vault.returnCert(account(7), coins(50)).from(r.user)).await;
	assert_eq!(vault.certAvailable().call().await.unwrap().burns, coins(10));
	assert_eq!(cert.balanceOf(r.user).call().await.unwrap(), coins(10));
	expect_revert!(
		E,
		vault.redeemCert(r.recipient, coins(11)).from(r.user),
		"CertBurnLimitExceeded"
	);
	assert_eq!(cert.balanceOf(r.user).call().await.unwrap(), coins(10));
	assert_eq!(vault.nextDepositNonce().call().await.unwrap(), 6);
	let receipt = mined(vault.redeemCert(r.recipient, coins(10)).from(r.user)).await;
	assert_eq!(event::<LiquidStakingVault::CertRedeemed>(&receipt).nonce, 6);
	assert_eq!(vault.certAvailable().call().await.unwrap().burns, U256::ZERO);
	assert_eq!(cert.totalSupply().call().await.unwrap(), U256::ZERO);

	// A day later both windows have moved. A pause stops returns and redemptions.
	bsc.advance(DAY + 1).await;
	mint_cert(&bsc, &vault, 3, r.user, coins(3)).await;
	mined(vault.pause().from(r.relayers[0])).await;
	expect_revert!(E, vault.returnCert(account(7), coins(1)).from(r.user), "IsPaused");
	expect_revert!(E, vault.redeemCert(r.user, coins(1)).from(r.user), "IsPaused");
	assert_eq!(cert.balanceOf(r.user).call().await.unwrap(), coins(3));
	assert_eq!(vault.nextDepositNonce().call().await.unwrap(), 7);
	assert_eq!(vault.certAvailable().call().await.unwrap().burns, coins(100));

	// The supply is what was minted less what was burned.
	let minted = coins(60) + coins(40) + coins(3);
	let burned = coins(20) + coins(15) + coins(5) + coins(50) + coins(10);
	assert_eq!(cert.totalSupply().call().await.unwrap(), minted - burned);
}

#[tokio::test]
async fn only_the_vault_mints_burns_and_sets_the_rate_and_no_single_key_makes_it_mint() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let v = *vault.address();
	let cert = deploy_cert(&bsc, v).await;
	assert_eq!(cert.name().call().await.unwrap(), "Liquid staked BNB cert");
	assert_eq!(cert.symbol().call().await.unwrap(), "aBNBc");
	assert_eq!(cert.decimals().call().await.unwrap(), 18);
	assert_eq!(cert.vault().call().await.unwrap(), v);
	assert_eq!(cert.pool().call().await.unwrap(), 0);
	set_cert(&bsc, &vault, *cert.address()).await;
	mint_cert(&bsc, &vault, 1, r.user, coins(10)).await;

	// Not the deployer, a relayer, the guardian or a holder: only the vault.
	for key in [r.deployer, r.relayers[0], r.guardian, r.user] {
		expect_revert!(TE, cert.mint(key, coins(1)).from(key), "NotVault");
		expect_revert!(TE, cert.burn(r.user, coins(1)).from(key), "NotVault");
		expect_revert!(TE, cert.setRate(1, coins(11), coins(10)).from(key), "NotVault");
	}
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(10));
	assert_eq!(cert.balanceOf(r.user).call().await.unwrap(), coins(10));
	assert_eq!(cert.rateEpoch().call().await.unwrap(), 0);
	assert_eq!(cert.totalPooled().call().await.unwrap(), U256::ZERO);

	// Each key alone votes a mint to itself: a relayer's vote stays one vote, anyone else's is
	// refused; nothing is minted.
	let deadline = bsc.now().await + DAY;
	for key in r.relayers.iter().chain([&r.guardian, &r.deployer, &r.user]) {
		let grab = cert_mint(&bsc, v, 100, *key, coins(50), deadline);
		if r.relayers.contains(key) {
			mined(vault.approveCertMint(grab.clone()).from(*key)).await;
			expect_revert!(E, vault.approveCertMint(grab).from(*key), "AlreadyVoted");
		} else {
			expect_revert!(E, vault.approveCertMint(grab).from(*key), "NotRelayer");
		}
	}
	for key in &r.relayers {
		let grab = cert_mint(&bsc, v, 100, *key, coins(50), deadline);
		assert_eq!(
			vault.votes(vault.certMintKey(grab).call().await.unwrap()).call().await.unwrap(),
			U256::from(1)
		);
	}
	assert!(!vault.certMinted(100).call().await.unwrap());
	assert_eq!(cert.totalSupply().call().await.unwrap(), coins(10));
}
