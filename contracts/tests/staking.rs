//! The staking adapters against the stand-ins of the chains' staking contracts: BNB delegated
//! with BNB Smart Chain's StakeHub, POL (and, in the adapter's MATIC mode, MATIC) with Polygon
//! PoS's ValidatorShare contracts on Ethereum, following an allocation plan, each operation approved by the relayers' threshold;
//! rewards, unbonding delays and claims; and the coin conserved at every step (what the vault
//! holds + what is staked + what is unbonding = deposits + rewards).

mod common;

use alloy::{
	primitives::{Address, U256},
	providers::DynProvider,
};
use common::*;
use liquid_staking_contracts::{
	bindings::{
		BscStakeHubAdapter::{self, BscStakeHubAdapterErrors},
		LiquidStakingVault::{self, LiquidStakingVaultErrors as E, LiquidStakingVaultInstance},
		PolygonStakeAdapter::{self, PolygonStakeAdapterErrors},
		StakeHubStandIn, StakeManagerStandIn, TestToken, ValidatorShareStandIn,
	},
	chain_ids, event, expect_revert, LocalChain,
};

const DELEGATE: u8 = 0;
const UNDELEGATE: u8 = 1;
const CLAIM: u8 = 2;

/// Runs a staking operation: the first relayer's vote changes nothing, the second's runs it.
async fn run_op(
	chain: &LocalChain,
	vault: &LiquidStakingVaultInstance<DynProvider>,
	kind: u8,
	validator: Address,
	amount: U256,
) -> U256 {
	let r = roles(chain);
	let nonce = vault.nextStakingOpNonce().call().await.unwrap();
	let op = LiquidStakingVault::StakingOp {
		chainId: U256::from(chain.anvil.chain_id()),
		vault: *vault.address(),
		nonce,
		adapter: vault.adapter().call().await.unwrap(),
		kind,
		validator,
		amount,
	};
	mined(vault.approveStakingOp(op.clone()).from(r.relayers[0])).await;
	assert_eq!(vault.nextStakingOpNonce().call().await.unwrap(), nonce, "one vote runs nothing");
	let receipt = mined(vault.approveStakingOp(op.clone()).from(r.relayers[1])).await;
	assert_eq!(vault.nextStakingOpNonce().call().await.unwrap(), nonce + 1);
	// The operation runs once: the third vote comes too late.
	expect_revert!(E, vault.approveStakingOp(op).from(r.relayers[2]), "WrongNonce");
	let emitted = event::<LiquidStakingVault::StakingOpExecuted>(&receipt);
	assert_eq!(
		(emitted.nonce, emitted.kind, emitted.validator, emitted.amount),
		(nonce, kind, validator, amount)
	);
	emitted.result
}

/// Checkpoints of 30 minutes, as Polygon PoS's StakeManager stand-in counts epochs.
const CHECKPOINT: u64 = 1_800;

/// Deploys a StakeManager stand-in of `token`: checkpoints of 30 minutes, 80 of them before an
/// unbonding can be claimed, as on mainnet.
async fn deploy_stake_manager(
	chain: &LocalChain,
	token: Address,
) -> StakeManagerStandIn::StakeManagerStandInInstance<DynProvider> {
	StakeManagerStandIn::deploy(
		chain.provider.clone(),
		token,
		U256::from(CHECKPOINT),
		U256::from(80),
	)
	.await
	.unwrap()
}

/// Adds a validator to a StakeManager stand-in; returns its ValidatorShare.
async fn add_share(
	manager: &StakeManagerStandIn::StakeManagerStandInInstance<DynProvider>,
) -> Address {
	let share = manager.addValidator().call().await.unwrap();
	mined(manager.addValidator()).await;
	share
}

/// A POL vault on Ethereum with its StakeManager stand-in and a Polygon adapter in the given
/// mode, set by the threshold; the user holds 1,000 POL.
struct Polygon {
	token: TestToken::TestTokenInstance<DynProvider>,
	manager: StakeManagerStandIn::StakeManagerStandInInstance<DynProvider>,
	vault: LiquidStakingVaultInstance<DynProvider>,
	adapter: PolygonStakeAdapter::PolygonStakeAdapterInstance<DynProvider>,
}

async fn polygon(eth: &LocalChain, pol: bool) -> Polygon {
	let r = roles(eth);
	let token = deploy_token(eth, r.user, coins(1_000)).await;
	let manager = deploy_stake_manager(eth, *token.address()).await;
	let vault = deploy_vault(eth, *token.address()).await;
	let adapter = PolygonStakeAdapter::deploy(
		eth.provider.clone(),
		*vault.address(),
		*token.address(),
		*manager.address(),
		pol,
	)
	.await
	.unwrap();
	assert_eq!(adapter.pol().call().await.unwrap(), pol);
	assert_eq!(adapter.stakeManager().call().await.unwrap(), *manager.address());
	set_adapter(eth, &vault, *adapter.address()).await;
	Polygon { token, manager, vault, adapter }
}

#[tokio::test]
async fn bnb_is_delegated_rewarded_unbonded_and_claimed_with_the_stakehub() {
	let bsc = LocalChain::start(chain_ids::BSC).await;
	let r = roles(&bsc);
	let p = bsc.provider.clone();
	// The StakeHub with BNB Smart Chain's parameters: 7 days of unbonding, 1 BNB at least.
	let hub = StakeHubStandIn::deploy(p.clone(), U256::from(7 * DAY), coins(1)).await.unwrap();
	let (v1, v2) = (r.stranger, r.new_relayers[0]);
	mined(hub.addValidator(v1)).await;
	mined(hub.addValidator(v2)).await;
	let vault = deploy_vault(&bsc, Address::ZERO).await;
	let adapter = BscStakeHubAdapter::deploy(p.clone(), *vault.address(), *hub.address())
		.await
		.unwrap();
	// Another vault's adapter is refused; this vault's is set by the threshold.
	let other = deploy_vault(&bsc, Address::ZERO).await;
	let settings = LiquidStakingVault::Settings {
		chainId: U256::from(chain_ids::BSC),
		vault: *other.address(),
		nonce: 0,
		limits: limits(),
		guardian: r.guardian,
		adapter: *adapter.address(),
	};
	expect_revert!(E, other.approveSettings(settings).from(r.relayers[0]), "WrongAdapter");
	set_adapter(&bsc, &vault, *adapter.address()).await;
	let base = LiquidStakingVault::StakingOp {
		chainId: U256::from(chain_ids::BSC),
		vault: *vault.address(),
		nonce: 0,
		adapter: *adapter.address(),
		kind: DELEGATE,
		validator: v1,
		amount: coins(1),
	};
	// An operation approved for another adapter never runs through this one.
	let elsewhere = LiquidStakingVault::StakingOp {
		adapter: r.stranger,
		kind: CLAIM,
		amount: U256::ZERO,
		..base.clone()
	};
	expect_revert!(E, vault.approveStakingOp(elsewhere).from(r.relayers[0]), "WrongAdapter");

	for _ in 0..2 {
		mined(vault.deposit(account(1), coins(50), 0, CERT).value(coins(50)).from(r.user)).await;
	}
	let deposits = coins(100);

	// Bad operations are refused at the first vote, by the vault's own checks, and run nothing.
	for (op, why) in [
		(
			LiquidStakingVault::StakingOp {
				chainId: U256::from(chain_ids::ETHEREUM),
				..base.clone()
			},
			"WrongChain",
		),
		(LiquidStakingVault::StakingOp { vault: *other.address(), ..base.clone() }, "WrongVault"),
		(LiquidStakingVault::StakingOp { nonce: 1, ..base.clone() }, "WrongNonce"),
		(LiquidStakingVault::StakingOp { validator: Address::ZERO, ..base.clone() }, "ZeroAddress"),
		(LiquidStakingVault::StakingOp { amount: U256::ZERO, ..base.clone() }, "ZeroAmount"),
		(
			LiquidStakingVault::StakingOp { kind: UNDELEGATE, amount: U256::ZERO, ..base.clone() },
			"ZeroAmount",
		),
		(LiquidStakingVault::StakingOp { kind: CLAIM, ..base.clone() }, "ZeroAmount"),
	] {
		expect_revert!(E, vault.approveStakingOp(op).from(r.relayers[0]), why);
	}
	expect_revert!(E, vault.approveStakingOp(base.clone()).from(r.stranger), "NotRelayer");
	mined(vault.pause().from(r.guardian)).await;
	expect_revert!(E, vault.approveStakingOp(base.clone()).from(r.relayers[0]), "IsPaused");
	for relayer in &r.relayers[..2] {
		mined(
			vault
				.approveUnpause(U256::from(chain_ids::BSC), *vault.address(), 1)
				.from(*relayer),
		)
		.await;
	}
	assert_eq!(vault.nextStakingOpNonce().call().await.unwrap(), 0);
	assert_eq!(
		vault
			.votes(vault.stakingOpKey(base.clone()).call().await.unwrap())
			.call()
			.await
			.unwrap(),
		U256::ZERO
	);
	assert_eq!(bsc.balance(*vault.address()).await, deposits);

	let books = || async {
		let liquid = bsc.balance(*vault.address()).await;
		let mut staked = U256::ZERO;
		let mut unbonding = U256::ZERO;
		for v in [v1, v2] {
			staked += adapter.staked(v).call().await.unwrap();
			unbonding += adapter.unbonding(v).call().await.unwrap();
		}
		(liquid, staked, unbonding)
	};

	// The plan: 60 to the first validator, 30 to the second, 10 stay liquid for withdrawals.
	run_op(&bsc, &vault, DELEGATE, v1, coins(60)).await;
	run_op(&bsc, &vault, DELEGATE, v2, coins(30)).await;
	assert_eq!(adapter.staked(v1).call().await.unwrap(), coins(60));
	assert_eq!(adapter.staked(v2).call().await.unwrap(), coins(30));
	assert_eq!(books().await, (coins(10), coins(90), U256::ZERO));
	// More than the vault holds: refused at the threshold, nothing moves.
	let nonce = vault.nextStakingOpNonce().call().await.unwrap();
	let too_much = LiquidStakingVault::StakingOp { nonce, amount: coins(11), ..base.clone() };
	mined(vault.approveStakingOp(too_much.clone()).from(r.relayers[0])).await;
	expect_revert!(
		E,
		vault.approveStakingOp(too_much).from(r.relayers[1]),
		"InsufficientLiquidity"
	);
	// Below the StakeHub's minimum: the StakeHub's refusal reverts the vote.
	let tiny =
		LiquidStakingVault::StakingOp { nonce, amount: U256::from(COIN / 2), ..base.clone() };
	mined(vault.approveStakingOp(tiny.clone()).from(r.relayers[0])).await;
	expect_revert!(
		StakeHubStandIn::StakeHubStandInErrors,
		vault.approveStakingOp(tiny).from(r.relayers[1]),
		"DelegationAmountTooSmall"
	);
	assert_eq!(vault.nextStakingOpNonce().call().await.unwrap(), nonce);
	assert_eq!(books().await, (coins(10), coins(90), U256::ZERO));
	// The coin is where the books say: the adapter holds none, the validators' credit contracts
	// hold what is staked with them.
	let credit = |v: Address| hub.getValidatorCreditContract(v);
	assert_eq!(bsc.balance(*adapter.address()).await, U256::ZERO);
	assert_eq!(
		bsc.balance(credit(v1).call().await.unwrap()).await
			+ bsc.balance(credit(v2).call().await.unwrap()).await,
		coins(90)
	);

	// The validator earns 6 BNB: the adapter's stake with it grows (BSC compounds rewards).
	mined(hub.distributeReward(v1).value(coins(6)).from(r.deployer)).await;
	assert_eq!(adapter.staked(v1).call().await.unwrap(), coins(66));
	assert_eq!(adapter.rewards(v1).call().await.unwrap(), U256::ZERO);
	let rewards = coins(6);

	// Unbond 33 of the 66: claimable after 7 days only.
	run_op(&bsc, &vault, UNDELEGATE, v1, coins(33)).await;
	let (liquid, staked, unbonding) = books().await;
	assert_eq!(liquid, coins(10));
	assert!(unbonding >= coins(33) - U256::from(1) && unbonding <= coins(33));
	assert_eq!(liquid + staked + unbonding, deposits + rewards, "conserved while unbonding");
	assert_eq!(
		run_op(&bsc, &vault, CLAIM, v1, U256::ZERO).await,
		U256::ZERO,
		"nothing matured yet"
	);
	bsc.advance(7 * DAY + 1).await;
	let claimed = run_op(&bsc, &vault, CLAIM, v1, U256::ZERO).await;
	assert_eq!(claimed, unbonding);
	let (liquid, staked, unbonding) = books().await;
	assert_eq!(unbonding, U256::ZERO);
	assert_eq!(liquid, coins(10) + claimed);
	assert_eq!(liquid + staked, deposits + rewards, "conserved after the claim");

	// Only the vault operates its adapter.
	expect_revert!(
		BscStakeHubAdapterErrors,
		adapter.delegate(v1, coins(1)).value(coins(1)).from(r.relayers[0]),
		"NotVault"
	);
	expect_revert!(
		BscStakeHubAdapterErrors,
		adapter.undelegate(v1, coins(1)).from(r.relayers[0]),
		"NotVault"
	);
	expect_revert!(BscStakeHubAdapterErrors, adapter.claim(v1).from(r.user), "NotVault");
	// A coin sent straight to the adapter is refused.
	assert_eq!(
		bsc.send_value_refused::<BscStakeHubAdapterErrors>(r.user, *adapter.address(), coins(1))
			.await,
		"UnexpectedSender"
	);
	let (liquid, staked, unbonding) = books().await;
	assert_eq!(liquid + staked + unbonding, deposits + rewards);
	assert_eq!(bsc.balance(*adapter.address()).await, U256::ZERO);

	// An amount above the second validator's stake undelegates all the adapter's shares with it,
	// and after 7 days the claim brings all of it back: nothing stays with the validator.
	let left = adapter.staked(v2).call().await.unwrap();
	run_op(&bsc, &vault, UNDELEGATE, v2, left + coins(1)).await;
	assert_eq!(adapter.staked(v2).call().await.unwrap(), U256::ZERO);
	assert_eq!(adapter.unbonding(v2).call().await.unwrap(), left);
	bsc.advance(7 * DAY + 1).await;
	let claimed = run_op(&bsc, &vault, CLAIM, v2, U256::ZERO).await;
	assert_eq!(claimed, left);
	assert_eq!(adapter.staked(v2).call().await.unwrap(), U256::ZERO);
	assert_eq!(adapter.unbonding(v2).call().await.unwrap(), U256::ZERO);
	let (liquid, staked, unbonding) = books().await;
	assert_eq!(unbonding, U256::ZERO);
	assert_eq!(staked, adapter.staked(v1).call().await.unwrap());
	assert_eq!(
		liquid + adapter.staked(v1).call().await.unwrap(),
		deposits + rewards,
		"conserved after undelegating everything"
	);
}

#[tokio::test]
async fn matic_is_delegated_rewarded_unbonded_and_claimed_with_validator_shares() {
	let eth = LocalChain::start(chain_ids::ETHEREUM).await;
	let r = roles(&eth);
	let p = eth.provider.clone();
	let Polygon { token, manager, vault, adapter } = polygon(&eth, true).await;
	let checkpoint = CHECKPOINT;
	let share1 = add_share(&manager).await;
	let share2 = add_share(&manager).await;
	let s1 = ValidatorShareStandIn::new(share1, p.clone());

	mined(token.approve(*vault.address(), coins(100)).from(r.user)).await;
	mined(vault.deposit(account(2), coins(100), 0, CERT).from(r.user)).await;
	let deposits = coins(100);

	// A ValidatorShare of another StakeManager is refused at the threshold, and nothing moves.
	let other_manager = deploy_stake_manager(&eth, *token.address()).await;
	let foreign = add_share(&other_manager).await;
	let foreign_op = LiquidStakingVault::StakingOp {
		chainId: U256::from(chain_ids::ETHEREUM),
		vault: *vault.address(),
		nonce: vault.nextStakingOpNonce().call().await.unwrap(),
		adapter: *adapter.address(),
		kind: DELEGATE,
		validator: foreign,
		amount: coins(10),
	};
	mined(vault.approveStakingOp(foreign_op.clone()).from(r.relayers[0])).await;
	expect_revert!(
		PolygonStakeAdapterErrors,
		vault.approveStakingOp(foreign_op).from(r.relayers[1]),
		"UnknownValidator"
	);
	assert_eq!(vault.nextStakingOpNonce().call().await.unwrap(), 0);
	assert_eq!(token.balanceOf(*vault.address()).call().await.unwrap(), deposits, "nothing moved");
	assert_eq!(token.balanceOf(*adapter.address()).call().await.unwrap(), U256::ZERO);
	let books = || async {
		let liquid = token.balanceOf(*vault.address()).call().await.unwrap();
		let mut staked = U256::ZERO;
		let mut unbonding = U256::ZERO;
		let mut rewards = U256::ZERO;
		for v in [share1, share2] {
			staked += adapter.staked(v).call().await.unwrap();
			unbonding += adapter.unbonding(v).call().await.unwrap();
			rewards += adapter.rewards(v).call().await.unwrap();
		}
		(liquid, staked, unbonding, rewards)
	};

	run_op(&eth, &vault, DELEGATE, share1, coins(70)).await;
	run_op(&eth, &vault, DELEGATE, share2, coins(20)).await;
	assert_eq!(adapter.staked(share1).call().await.unwrap(), coins(70));
	assert_eq!(books().await, (coins(10), coins(90), U256::ZERO, U256::ZERO));
	assert_eq!(
		token.balanceOf(*adapter.address()).call().await.unwrap(),
		U256::ZERO,
		"the adapter keeps no coin"
	);

	// The validator earns 7 POL of rewards, paid out (not compounded) on Polygon.
	mined(token.approve(share1, coins(7)).from(r.user)).await;
	mined(s1.addReward(coins(7)).from(r.user)).await;
	assert_eq!(adapter.rewards(share1).call().await.unwrap(), coins(7));
	let rewards = coins(7);
	let (liquid, staked, unbonding, pending) = books().await;
	assert_eq!(liquid + staked + unbonding + pending, deposits + rewards);

	// Claim brings the rewards to the vault.
	assert_eq!(run_op(&eth, &vault, CLAIM, share1, U256::ZERO).await, coins(7));
	assert_eq!(books().await, (coins(17), coins(90), U256::ZERO, U256::ZERO));

	// Unbond 30: claimable after 80 checkpoints only.
	run_op(&eth, &vault, UNDELEGATE, share1, coins(30)).await;
	assert_eq!(books().await, (coins(17), coins(60), coins(30), U256::ZERO));
	eth.advance(40 * checkpoint).await;
	assert_eq!(run_op(&eth, &vault, CLAIM, share1, U256::ZERO).await, U256::ZERO, "not matured");
	assert_eq!(books().await, (coins(17), coins(60), coins(30), U256::ZERO));
	eth.advance(41 * checkpoint).await;
	assert_eq!(run_op(&eth, &vault, CLAIM, share1, U256::ZERO).await, coins(30));
	let (liquid, staked, unbonding, pending) = books().await;
	assert_eq!(
		(liquid, staked, unbonding, pending),
		(coins(47), coins(60), U256::ZERO, U256::ZERO)
	);
	assert_eq!(liquid + staked, deposits + rewards, "conserved");

	// The relayers pay a withdrawal from what came back.
	let rel = release(&eth, *vault.address(), 1, r.recipient, coins(40), eth.now().await + DAY);
	mined(vault.approveRelease(rel.clone()).from(r.relayers[0])).await;
	mined(vault.approveRelease(rel).from(r.relayers[2])).await;
	assert_eq!(token.balanceOf(r.recipient).call().await.unwrap(), coins(40));
	assert_eq!(token.balanceOf(*vault.address()).call().await.unwrap(), coins(7));

	// Only the vault operates its adapter.
	expect_revert!(
		PolygonStakeAdapterErrors,
		adapter.undelegate(share1, coins(1)).from(r.relayers[0]),
		"NotVault"
	);
	expect_revert!(
		PolygonStakeAdapterErrors,
		adapter.claim(share1).from(r.relayers[1]),
		"NotVault"
	);
	assert_eq!(adapter.staked(share1).call().await.unwrap(), coins(40));

	// In POL mode the adapter called only the ValidatorShare's POL functions.
	let families: Vec<bool> = s1
		.TokenFamily_filter()
		.from_block(0u64)
		.query()
		.await
		.unwrap()
		.into_iter()
		.map(|(e, _)| e.pol)
		.collect();
	assert!(
		!families.is_empty() && families.iter().all(|pol| *pol),
		"POL functions only: {families:?}"
	);
}

#[tokio::test]
async fn a_matic_mode_adapter_calls_the_matic_functions() {
	let eth = LocalChain::start(chain_ids::ETHEREUM).await;
	let r = roles(&eth);
	let Polygon { token, manager, vault, adapter } = polygon(&eth, false).await;
	let checkpoint = CHECKPOINT;
	let share = add_share(&manager).await;
	let s = ValidatorShareStandIn::new(share, eth.provider.clone());

	mined(token.approve(*vault.address(), coins(50)).from(r.user)).await;
	mined(vault.deposit(account(3), coins(50), 0, CERT).from(r.user)).await;
	let deposits = coins(50);
	let books = || async {
		(
			token.balanceOf(*vault.address()).call().await.unwrap(),
			adapter.staked(share).call().await.unwrap(),
			adapter.unbonding(share).call().await.unwrap(),
			adapter.rewards(share).call().await.unwrap(),
		)
	};

	run_op(&eth, &vault, DELEGATE, share, coins(40)).await;
	assert_eq!(books().await, (coins(10), coins(40), U256::ZERO, U256::ZERO));
	run_op(&eth, &vault, UNDELEGATE, share, coins(15)).await;
	assert_eq!(books().await, (coins(10), coins(25), coins(15), U256::ZERO));

	// Rewards earned while unbonding: the claim withdraws them with the matured unbonding.
	mined(token.approve(share, coins(5)).from(r.user)).await;
	mined(s.addReward(coins(5)).from(r.user)).await;
	let rewards = coins(5);
	assert_eq!(books().await, (coins(10), coins(25), coins(15), coins(5)));
	eth.advance(81 * checkpoint).await;
	assert_eq!(run_op(&eth, &vault, CLAIM, share, U256::ZERO).await, coins(20));
	let (liquid, staked, unbonding, pending) = books().await;
	assert_eq!(
		(liquid, staked, unbonding, pending),
		(coins(30), coins(25), U256::ZERO, U256::ZERO)
	);
	assert_eq!(liquid + staked, deposits + rewards, "conserved");
	assert_eq!(
		token.balanceOf(*adapter.address()).call().await.unwrap(),
		U256::ZERO,
		"the adapter keeps no coin"
	);

	// buyVoucher, sellVoucher_new, unstakeClaimTokens_new and withdrawRewards: no POL function.
	let families: Vec<bool> = s
		.TokenFamily_filter()
		.from_block(0u64)
		.query()
		.await
		.unwrap()
		.into_iter()
		.map(|(e, _)| e.pol)
		.collect();
	assert_eq!(families, vec![false; 4], "the MATIC functions only");
}
