//! The bridge and liquid staking together in the real runtime:
//! - a pool staked on a remote chain must stake that chain's wrapped coin (`create_pool` asks the
//!   bridge), and the bridge then takes deposits into it from every chain of that coin and reports
//!   only from the pool's validator chain;
//! - delegations attested by the relayers feed the pool's allocation plan;
//! - a deposit attested on BSC by two of the three relayers is staked as cert at once, earns the
//!   rewards the relayers report, is unstaked, released by the scheduler, claimed, and withdrawn
//!   back to BSC, where the relayers attest its release; every unit of the wrapped coins is
//!   accounted for at every step;
//! - an account that arrived from BSC with WBNB alone does all that paying its fees in WBNB.

use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect as _, NativeOrWithId},
		fungibles,
	},
};
use liquid_staking_integration_tests::{
	asset_fees_paid_by, fees_paid_by, new_chain, signed, signed_paying_in, Chain,
};
use liquid_staking_runtime::{
	dex::DexAsset,
	genesis_config_presets::{
		allocation, pool_params, BSC_CHAIN_ID, CBNB, COIN, ETHEREUM_CHAIN_ID, POLYGON_CHAIN_ID,
		WBNB, WMATIC,
	},
	xcm_config::RELAY_TOKEN,
	AccountId, AssetConversion, Assets, Balances, Executive, LiquidStaking, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, System,
};
use pallet_liquid_staking::{
	Call as StakingCall, CertMetadata, CertMetadataOf, PlanDirection, Pools, RemoteDestination,
	TokenKind, Unbonding, Validators,
};
use pallet_liquid_staking_bridge::{
	BridgeMessage, Call as BridgeCall, Chains, Deposit, MessageOf, NextWithdrawalId, Withdrawals,
	WrappedCoins,
};
use sp_core::{H160, H256};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, One};
use sp_runtime::transaction_validity::{
	InvalidTransaction, TransactionSource, TransactionValidityError,
};
use sp_runtime::{DispatchResult, Perbill};

type Message = MessageOf<Runtime>;
/// The coins the bridge mints and burns.
type BridgeCoins = <Runtime as pallet_liquid_staking_bridge::Config>::Assets;

fn staking(call: StakingCall<Runtime>) -> RuntimeCall {
	RuntimeCall::LiquidStaking(call)
}

fn bridge(call: BridgeCall<Runtime>) -> RuntimeCall {
	RuntimeCall::LiquidStakingBridge(call)
}

/// `who` signs `call` in a block of its own; returns the dispatch's outcome.
fn dispatched(who: Sr25519Keyring, call: RuntimeCall) -> DispatchResult {
	let mut results = Chain::block_with(vec![signed(who, call)]);
	results.remove(0).expect("the transaction is valid")
}

/// `who` attests `message` of `chain` in a block of its own.
fn attest(who: Sr25519Keyring, chain: u64, message: &Message) -> DispatchResult {
	dispatched(who, bridge(BridgeCall::attest { chain, message: message.clone() }))
}

/// Relayers Alice and Bob attest `message` of `chain` in one block: it reaches the threshold.
fn attested(chain: u64, message: &Message) {
	let vote = |who| signed(who, bridge(BridgeCall::attest { chain, message: message.clone() }));
	for r in Chain::block_with(vec![vote(Alice), vote(Bob)]) {
		assert_ok!(r.expect("the transaction is valid"));
	}
	let executed = System::events().iter().any(|e| {
		matches!(
			&e.event,
			RuntimeEvent::LiquidStakingBridge(pallet_liquid_staking_bridge::Event::MessageExecuted {
				chain: c,
				key,
				..
			}) if *c == chain && *key == message.key()
		)
	});
	assert!(executed, "the attested message executed");
}

/// A deposit on a remote chain for `beneficiary`, staked into `stake` if given.
fn deposit(
	n: u8,
	beneficiary: &AccountId,
	amount: u128,
	stake: Option<(u32, TokenKind)>,
) -> Message {
	BridgeMessage::Deposit(Deposit {
		nonce: n.into(),
		tx_hash: H256::repeat_byte(n),
		beneficiary: beneficiary.clone(),
		amount,
		stake,
	})
}

/// The bridge's books against every wrapped coin's issuance: what it was when the coin's first
/// chain was registered, plus what the bridge minted (deposits, rewards) and refunded over the
/// chains that share the coin, less what it burned (slashes) and withdrew. Then both pallets'
/// invariants (liquid staking's include that each pool holds what it owes).
fn conserved() {
	let coins: Vec<_> = WrappedCoins::<Runtime>::iter().collect();
	assert!(coins.len() >= 2, "the wrapped BNB and MATIC are served");
	for (coin, base) in coins {
		let (plus, minus) = Chains::<Runtime>::iter_values()
			.filter(|c| c.wrapped == coin)
			.fold((0u128, 0u128), |(plus, minus), c| {
				(plus + c.minted + c.refunded, minus + c.burned + c.withdrawn)
			});
		assert_eq!(
			<BridgeCoins as fungibles::Inspect<AccountId>>::total_issuance(coin.clone()),
			base + plus - minus,
			"the issuance of {coin:?} against the bridge's books"
		);
	}
	LiquidStaking::do_try_state().expect("liquid staking's invariants hold");
	#[cfg(feature = "try-runtime")]
	liquid_staking_runtime::LiquidStakingBridge::do_try_state()
		.expect("the bridge's invariants hold");
}

fn metadata() -> CertMetadataOf<Runtime> {
	CertMetadata {
		name: b"Staked certificate".to_vec().try_into().unwrap(),
		symbol: b"cX".to_vec().try_into().unwrap(),
		decimals: 18,
		min_balance: 1,
	}
}

/// `create_pool` with a validator chain asks the bridge for that chain's wrapped coin: the pool
/// must stake it. Deposits of that coin from any of its chains may then be staked into the pool;
/// its reports come only from its validator chain's relayers.
#[test]
fn a_remote_pool_must_stake_its_chain_s_wrapped_coin() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let create = |underlying, cert, chain| {
			LiquidStaking::create_pool(
				RuntimeOrigin::root(),
				underlying,
				cert,
				metadata(),
				chain,
				pool_params(),
			)
		};
		let wbnb = NativeOrWithId::WithId(WBNB);
		let wmatic = NativeOrWithId::WithId(WMATIC);
		assert_noop!(
			create(wmatic.clone(), 300, Some(BSC_CHAIN_ID)),
			pallet_liquid_staking::Error::<Runtime>::UnderlyingNotWrapped
		);
		assert_noop!(
			create(wbnb.clone(), 300, Some(ETHEREUM_CHAIN_ID)),
			pallet_liquid_staking::Error::<Runtime>::UnderlyingNotWrapped
		);
		assert_noop!(
			create(NativeOrWithId::Native, 300, Some(BSC_CHAIN_ID)),
			pallet_liquid_staking::Error::<Runtime>::UnderlyingNotWrapped
		);
		// Optimism is no chain of the bridge.
		assert_noop!(
			create(wbnb.clone(), 300, Some(10)),
			pallet_liquid_staking::Error::<Runtime>::ChainNotFound
		);
		// MATIC staked with validators on Polygon: Polygon's coin is the wrapped MATIC.
		let next = pallet_liquid_staking::NextPoolId::<Runtime>::get();
		assert_ok!(create(wmatic.clone(), 300, Some(POLYGON_CHAIN_ID)));
		let info = Pools::<Runtime>::get(next).expect("the pool was created");
		assert_eq!(info.underlying, wmatic);
		assert_eq!(info.validator_chain, Some(POLYGON_CHAIN_ID));
		// A first staker, so that the deposit below is not the pool's first stake (which gives
		// the pool's dead shares).
		assert_ok!(dispatched(
			Charlie,
			staking(StakingCall::stake { pool: next, amount: COIN, kind: TokenKind::Bond })
		));
		conserved();

		// A deposit from Ethereum, of the same coin, is staked into it.
		let dave = Dave.to_account_id();
		attested(ETHEREUM_CHAIN_ID, &deposit(1, &dave, 5 * COIN, Some((next, TokenKind::Bond))));
		assert_eq!(LiquidStaking::bond_balance_of(next, &dave), 5 * COIN);
		conserved();
		// A deposit of BNB is not: it is paid in wrapped BNB instead (every deposit of a vault
		// executes, or its nonces would stop).
		let wbnb_before = Assets::balance(WBNB, &dave);
		attested(BSC_CHAIN_ID, &deposit(2, &dave, 5 * COIN, Some((next, TokenKind::Bond))));
		assert_eq!(Assets::balance(WBNB, &dave), wbnb_before + 5 * COIN);
		assert_eq!(LiquidStaking::bond_balance_of(next, &dave), 5 * COIN);
		assert!(System::events().iter().any(|e| e.event
			== RuntimeEvent::LiquidStakingBridge(
				pallet_liquid_staking_bridge::Event::DepositStakeFailed {
					chain: BSC_CHAIN_ID,
					pool: next,
					error: pallet_liquid_staking_bridge::Error::<Runtime>::NotThePoolsCoin.into(),
				}
			)));
		conserved();
		// Its reports come from Polygon's relayers only.
		let rewards = BridgeMessage::Rewards { pool: next, epoch: 1, amount: COIN / 10_000 };
		assert_eq!(
			attest(Alice, ETHEREUM_CHAIN_ID, &rewards),
			Err(pallet_liquid_staking_bridge::Error::<Runtime>::WrongChain.into())
		);
		let held = Assets::balance(WMATIC, LiquidStaking::pool_account(next));
		attested(POLYGON_CHAIN_ID, &rewards);
		assert_eq!(Pools::<Runtime>::get(next).unwrap().last_epoch, 1);
		assert_eq!(
			Assets::balance(WMATIC, LiquidStaking::pool_account(next)),
			held + COIN / 10_000
		);
		assert!(LiquidStaking::bond_balance_of(next, &dave) > 5 * COIN);
		conserved();
	});
}

/// What the relayers attest is delegated per validator replaces the pool's books, and the next
/// stakes are planned onto the validators furthest under their targets.
#[test]
fn attested_delegations_feed_the_allocation_plan() {
	new_chain("development").execute_with(|| {
		// The first block plans the genesis stakes.
		Chain::advance(1);
		assert_eq!(Pools::<Runtime>::get(0).unwrap().unplanned, 0);
		// Pool 0 spreads over five validators, 20 % each.
		let validators: Vec<_> = allocation(0xb5c).into_iter().map(|(v, _)| v).collect();
		assert_eq!(
			LiquidStaking::allocation_of(0),
			validators.iter().map(|v| (*v, Perbill::from_percent(20))).collect::<Vec<_>>()
		);
		let pooled = Pools::<Runtime>::get(0).unwrap().total_pooled;
		assert!(pooled >= 1_000 * COIN, "the development chain's pool 0 is seeded");

		// The relayers of BSC report the first four validators at their target, the fifth with
		// nothing.
		let reported: Vec<_> = validators[..4].iter().map(|v| (*v, pooled / 5)).collect();
		let report: Message = BridgeMessage::Delegations {
			pool: 0,
			epoch: 1,
			delegations: reported.try_into().expect("within MaxDelegations"),
		};
		// Not from Polygon's relayers: the pool's validators are on BSC.
		assert_eq!(
			attest(Alice, POLYGON_CHAIN_ID, &report),
			Err(pallet_liquid_staking_bridge::Error::<Runtime>::WrongChain.into())
		);
		attested(BSC_CHAIN_ID, &report);
		assert!(System::events().iter().any(|e| e.event
			== RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::DelegationsReported {
				pool: 0,
				epoch: 1,
				total: 4 * (pooled / 5),
			})));
		assert_eq!(Pools::<Runtime>::get(0).unwrap().delegation_epoch, 1);
		let books = Validators::<Runtime>::get(0);
		let of = |v: pallet_liquid_staking::ValidatorId| {
			books.iter().find(|b| b.validator == v).map(|b| (b.delegated, b.planned))
		};
		for v in &validators[..4] {
			assert_eq!(of(*v), Some((pooled / 5, pooled / 5)));
		}
		assert_eq!(of(validators[4]), Some((0, 0)));
		// The report is spent.
		assert_eq!(
			attest(Charlie, BSC_CHAIN_ID, &report),
			Err(pallet_liquid_staking_bridge::Error::<Runtime>::AlreadyExecuted.into())
		);
		conserved();

		// Dave's stake goes to the fifth validator, the one under its target, when the block
		// ends.
		let stake = 100 * COIN;
		assert_ok!(dispatched(
			Dave,
			staking(StakingCall::stake { pool: 0, amount: stake, kind: TokenKind::Bond })
		));
		assert!(System::events().iter().any(|e| e.event
			== RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::AllocationPlanned {
				pool: 0,
				direction: PlanDirection::Delegate,
				amount: stake,
				moves: vec![(validators[4], stake)],
			})));
		let books = Validators::<Runtime>::get(0);
		let fifth = books.iter().find(|b| b.validator == validators[4]).unwrap();
		assert_eq!((fifth.delegated, fifth.planned), (0, stake));
		conserved();
	});
}

/// From a deposit on BSC to a withdrawal back to BSC, through every pallet: the bridge mints
/// and stakes the deposit, the relayers report rewards, liquid staking unstakes, the scheduler
/// matures the bucket, Dave claims, and the bridge burns his withdrawal and records its
/// release. The books hold at every step.
#[test]
fn a_bsc_deposit_staked_as_cert_earns_and_comes_back_to_bsc() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let dave = Dave.to_account_id();
		let wbnb_before = Assets::balance(WBNB, &dave);
		let certs_before = Assets::balance(CBNB, &dave);
		let minted_before = Chains::<Runtime>::get(BSC_CHAIN_ID).unwrap().minted;
		// A first staker, so that Dave's stake is not the pool's first.
		assert_ok!(dispatched(
			Charlie,
			staking(StakingCall::stake { pool: 0, amount: 10 * COIN, kind: TokenKind::Bond })
		));
		conserved();

		// 1. 5 BNB deposited on BSC for Dave, staked as cert at once: no reward yet, one cert
		//    per coin.
		attested(BSC_CHAIN_ID, &deposit(0x0b, &dave, 5 * COIN, Some((0, TokenKind::Cert))));
		let certs = Assets::balance(CBNB, &dave) - certs_before;
		assert_eq!(certs, 5 * COIN);
		assert_eq!(Assets::balance(WBNB, &dave), wbnb_before);
		assert!(System::events().iter().any(|e| e.event
			== RuntimeEvent::LiquidStakingBridge(
				pallet_liquid_staking_bridge::Event::Deposited {
					chain: BSC_CHAIN_ID,
					nonce: 0x0b,
					beneficiary: dave.clone(),
					amount: 5 * COIN,
					staked: Some((0, TokenKind::Cert)),
				}
			)));
		conserved();

		// 2. The relayers report the pool's rewards, at its bound (the annualised one, 20 % a
		//    year, for the report interval: below the per-report one): minted into the pool
		//    account.
		let pool = Pools::<Runtime>::get(0).unwrap();
		let reward = pool
			.params
			.max_reward_per_report
			.mul_floor(pool.total_pooled)
			.min(LiquidStaking::annual_reward_bound(&pool));
		assert!(reward > 0);
		let epoch = pool.last_epoch + 1;
		let held = Assets::balance(WBNB, LiquidStaking::pool_account(0));
		attested(BSC_CHAIN_ID, &BridgeMessage::Rewards { pool: 0, epoch, amount: reward });
		assert_eq!(Assets::balance(WBNB, LiquidStaking::pool_account(0)), held + reward);
		let after = Pools::<Runtime>::get(0).unwrap();
		assert_eq!(after.last_epoch, epoch);
		assert_eq!(after.total_pooled, pool.total_pooled + reward);
		let (_, value) = LiquidStaking::cert_value_of(0, &dave);
		assert!(value > 5 * COIN, "Dave's cert earned");
		conserved();

		// 3. Dave unstakes his cert; 4. the scheduler matures its bucket.
		assert_ok!(dispatched(
			Dave,
			staking(StakingCall::unstake { pool: 0, amount: certs, kind: TokenKind::Cert })
		));
		assert_eq!(Assets::balance(CBNB, &dave), certs_before);
		conserved();
		let bucket = Unbonding::<Runtime>::get(0, &dave)[0].bucket;
		let events = Chain::run_to(bucket);
		assert!(events.iter().any(|e| matches!(
			e,
			RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::BucketMatured { .. })
		)));
		conserved();

		// 5. Dave claims what his cert was worth.
		assert_ok!(dispatched(Dave, staking(StakingCall::claim { pool: 0, owner: dave.clone() })));
		let claimed = Assets::balance(WBNB, &dave) - wbnb_before;
		assert!(claimed + 1 >= value && claimed <= value + 1, "claimed {claimed}, worth {value}");
		assert!(Unbonding::<Runtime>::get(0, &dave).is_empty());
		conserved();

		// 6. Dave withdraws what he claimed to his BSC address: burned here.
		let recipient = H160::repeat_byte(0xda);
		let id = NextWithdrawalId::<Runtime>::get();
		assert_ok!(dispatched(
			Dave,
			bridge(BridgeCall::withdraw_to_remote {
				chain: BSC_CHAIN_ID,
				amount: claimed,
				recipient,
			})
		));
		assert_eq!(Assets::balance(WBNB, &dave), wbnb_before);
		let pending = Withdrawals::<Runtime>::get(id).expect("a pending withdrawal");
		assert_eq!(
			(pending.who, pending.amount, pending.recipient),
			(dave.clone(), claimed, recipient)
		);
		conserved();

		// 7. The relayers attest its release on BSC.
		attested(
			BSC_CHAIN_ID,
			&BridgeMessage::WithdrawalReleased { id, tx_hash: H256::repeat_byte(0x7e) },
		);
		assert!(Withdrawals::<Runtime>::get(id).is_none());
		assert!(System::events().iter().any(|e| matches!(
			&e.event,
			RuntimeEvent::LiquidStakingBridge(pallet_liquid_staking_bridge::Event::WithdrawalReleased {
				recipient: r, amount, ..
			}) if *r == recipient && *amount == claimed
		)));
		// Settled once only.
		assert_eq!(
			attest(Charlie, BSC_CHAIN_ID, &BridgeMessage::WithdrawalFailed { id }),
			Err(pallet_liquid_staking_bridge::Error::<Runtime>::AlreadyExecuted.into())
		);
		let c = Chains::<Runtime>::get(BSC_CHAIN_ID).unwrap();
		assert_eq!(c.minted, minted_before + 5 * COIN + reward);
		assert_eq!((c.withdrawn, c.released, c.refunded, c.burned), (claimed, claimed, 0, 0));
		conserved();
	});
}

/// The cert that `pool`'s routes owe the remote chains: what is out there and what is on its way.
fn cert_out(pool: u32) -> u128 {
	pallet_liquid_staking_bridge::CertRoutes::<Runtime>::iter()
		.filter(|(_, p, _)| *p == pool)
		.map(|(_, _, r)| r.outstanding + r.pending)
		.sum()
}

/// The cert locked by the bridge is exactly what the routes owe the remote chains; then the
/// coins' books.
fn cert_conserved() {
	let locked = Assets::balance(CBNB, liquid_staking_runtime::LiquidStakingBridge::account_id());
	assert_eq!(locked, cert_out(0), "the locked cBNB against the routes' books");
	conserved();
}

/// cBNB goes to BSC and back, and a holder there redeems it for BNB on BSC in one step, through
/// every pallet: the bridge locks and releases the cert, records the rate each report sets,
/// unstakes the redeemed cert in liquid staking, the scheduler matures its bucket, anyone
/// completes the redemption, and the bridge burns the claimed coin as a withdrawal to the
/// redeemer's BSC address. The cert and the coins are accounted for at every step.
#[test]
fn cbnb_goes_to_bsc_comes_back_and_is_redeemed_from_bsc() {
	use pallet_liquid_staking_bridge::{CertRates, CertRoutes, CertTransfers, Redemptions};
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let (dave, charlie) = (Dave.to_account_id(), Charlie.to_account_id());
		assert!(CertRoutes::<Runtime>::get(BSC_CHAIN_ID, 0).is_some_and(|r| r.enabled));
		assert_ok!(dispatched(
			Charlie,
			staking(StakingCall::stake { pool: 0, amount: 10 * COIN, kind: TokenKind::Bond })
		));
		attested(BSC_CHAIN_ID, &deposit(3, &dave, 5 * COIN, Some((0, TokenKind::Cert))));
		let dave_cert = Assets::balance(CBNB, &dave);
		let issuance = || <Assets as fungibles::Inspect<AccountId>>::total_issuance(CBNB);
		cert_conserved();

		// 1. Dave sends 4 cBNB to his BSC address: locked here until its mint is attested.
		let bsc_dave = H160::repeat_byte(0xda);
		assert_ok!(dispatched(
			Dave,
			bridge(BridgeCall::send_cert {
				chain: BSC_CHAIN_ID,
				pool: 0,
				amount: 4 * COIN,
				recipient: bsc_dave
			})
		));
		assert_eq!(Assets::balance(CBNB, &dave), dave_cert - 4 * COIN);
		assert_eq!(CertTransfers::<Runtime>::get(0).map(|t| t.amount), Some(4 * COIN));
		cert_conserved();
		attested(
			BSC_CHAIN_ID,
			&BridgeMessage::CertMinted { id: 0, tx_hash: H256::repeat_byte(0xc1) },
		);
		assert_eq!(CertRoutes::<Runtime>::get(BSC_CHAIN_ID, 0).unwrap().outstanding, 4 * COIN);
		cert_conserved();

		// 2. A reward report records the rate the relayers carry to the cert on BSC.
		let pool = Pools::<Runtime>::get(0).unwrap();
		let reward = pool
			.params
			.max_reward_per_report
			.mul_floor(pool.total_pooled)
			.min(LiquidStaking::annual_reward_bound(&pool));
		let epoch = pool.last_epoch + 1;
		attested(BSC_CHAIN_ID, &BridgeMessage::Rewards { pool: 0, epoch, amount: reward });
		let after = Pools::<Runtime>::get(0).unwrap();
		let rate = CertRates::<Runtime>::get(0).expect("a rate");
		assert_eq!(
			(rate.epoch, rate.pooled, rate.shares),
			(epoch, after.total_pooled, after.total_shares)
		);
		cert_conserved();

		// 3. 1 cBNB burned on BSC for Charlie comes out of the lock to Charlie (inbound nonce 1:
		//    deposits, returns and redemptions share the vault's nonces).
		let charlie_cert = Assets::balance(CBNB, &charlie);
		// Bridging moves cert; it neither mints nor burns any.
		let issued = issuance();
		attested(
			BSC_CHAIN_ID,
			&BridgeMessage::CertReturned {
				nonce: 1,
				tx_hash: H256::repeat_byte(0xc2),
				pool: 0,
				beneficiary: charlie.clone(),
				amount: COIN,
			},
		);
		assert_eq!(Assets::balance(CBNB, &charlie), charlie_cert + COIN);
		assert_eq!(issuance(), issued);
		cert_conserved();

		// 4. 3 cBNB redeemed on BSC for `bsc_holder`: unstaked here at once, by the
		//    redemption's own account.
		let bsc_holder = H160::repeat_byte(0xb0);
		attested(
			BSC_CHAIN_ID,
			&BridgeMessage::CertRedeemed {
				nonce: 2,
				tx_hash: H256::repeat_byte(0xc3),
				pool: 0,
				recipient: bsc_holder,
				amount: 3 * COIN,
			},
		);
		let redemption = Redemptions::<Runtime>::get(BSC_CHAIN_ID, 2).expect("a redemption");
		assert!(redemption.value > 3 * COIN, "the cert earned the reward");
		let account =
			liquid_staking_runtime::LiquidStakingBridge::redemption_account(BSC_CHAIN_ID, 2);
		let request = Unbonding::<Runtime>::get(0, &account);
		assert_eq!(request.len(), 1);
		assert_eq!(u64::from(request[0].bucket), redemption.release_at);
		assert_eq!(
			<Assets as fungibles::Inspect<AccountId>>::total_issuance(CBNB),
			issued - 3 * COIN,
			"the redeemed cert is burned"
		);
		assert_eq!(cert_out(0), 0);
		cert_conserved();

		// 5. Not before its bucket matures; then anyone completes it: the coin it claimed is
		//    burned here as a withdrawal to `bsc_holder` on BSC.
		let complete = || {
			dispatched(
				Alice,
				bridge(BridgeCall::complete_redemption { chain: BSC_CHAIN_ID, nonce: 2 }),
			)
		};
		assert!(complete().is_err());
		Chain::run_to(request[0].bucket);
		let id = NextWithdrawalId::<Runtime>::get();
		assert_ok!(complete());
		let w = Withdrawals::<Runtime>::get(id).expect("the redemption's withdrawal");
		assert_eq!((w.recipient, w.who.clone()), (bsc_holder, account.clone()));
		assert!(w.amount + 1 >= redemption.value && w.amount <= redemption.value + 1);
		assert_eq!(Assets::balance(WBNB, &account), 0);
		cert_conserved();

		// 6. Its release on BSC closes the redemption.
		attested(
			BSC_CHAIN_ID,
			&BridgeMessage::WithdrawalReleased { id, tx_hash: H256::repeat_byte(0xc4) },
		);
		assert!(Redemptions::<Runtime>::get(BSC_CHAIN_ID, 2).is_none());
		cert_conserved();
	});
}

/// An account that arrived by a deposit from BSC holds WBNB and nothing of the native token:
/// it stakes, unstakes, claims and withdraws to BSC, paying every fee in WBNB through the DEX's
/// native/WBNB pool. Every unit of WBNB is accounted for: the account's, the pool's, what the
/// fee pool received and what went back to BSC.
#[test]
fn a_bridged_in_account_without_the_native_token_pays_its_fees_in_wbnb() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let who = One.to_account_id();
		assert_eq!(Balances::total_balance(&who), 0, "no native token");
		let wbnb = DexAsset::Asset(WBNB);
		let fee_pool = || AssetConversion::get_reserves(DexAsset::Native, wbnb).unwrap().1;
		let fee_pool_before = fee_pool();
		let mut fees = 0u128;
		// `who` signs `call`, paying in WBNB, in a block of its own; its fee is counted.
		let mut pay_in_wbnb = |call: RuntimeCall| {
			let xt = signed_paying_in(One, call, System::account_nonce(&who), Some(wbnb));
			let result = Chain::block_with(vec![xt]).remove(0).expect("the transaction is valid");
			assert_ok!(result);
			let [(coin, paid, 0)] = asset_fees_paid_by(&who)[..] else {
				panic!("one fee in WBNB expected")
			};
			assert_eq!(coin, wbnb);
			assert!(fees_paid_by(&who).is_empty(), "no fee in the native token");
			assert_eq!(Balances::total_balance(&who), 0, "still no native token");
			fees += paid;
		};

		// 10 BNB deposited on BSC for the account, not staked.
		attested(BSC_CHAIN_ID, &deposit(0x1e, &who, 10 * COIN, None));
		assert_eq!(Assets::balance(WBNB, &who), 10 * COIN);
		conserved();

		// A coin with no pool against the native token (the relay token) cannot pay: refused
		// before it is included.
		let nonce = System::account_nonce(&who);
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
		let xt = signed_paying_in(One, remark, nonce, Some(DexAsset::Asset(RELAY_TOKEN)));
		assert_eq!(
			Executive::validate_transaction(TransactionSource::External, xt, System::parent_hash())
				.map(|_| ()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);

		// It stakes 6 as bond, unstakes them, and claims them when the bucket matures.
		pay_in_wbnb(staking(StakingCall::stake {
			pool: 0,
			amount: 6 * COIN,
			kind: TokenKind::Bond,
		}));
		conserved();
		pay_in_wbnb(staking(StakingCall::unstake {
			pool: 0,
			amount: 6 * COIN,
			kind: TokenKind::Bond,
		}));
		conserved();
		let request = Unbonding::<Runtime>::get(0, &who)[0];
		Chain::run_to(request.bucket);
		pay_in_wbnb(staking(StakingCall::claim { pool: 0, owner: who.clone() }));
		assert!(Unbonding::<Runtime>::get(0, &who).is_empty());
		conserved();
		let claimed = match System::events().iter().find_map(|e| match &e.event {
			RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::Claimed {
				amount, ..
			}) => Some(*amount),
			_ => None,
		}) {
			Some(amount) => amount,
			None => panic!("a Claimed event"),
		};
		assert!(claimed + 1 >= 6 * COIN && claimed <= 6 * COIN, "claimed {claimed}");

		// It withdraws 9 BNB to its BSC address; the rest paid its fees.
		let recipient = H160::repeat_byte(0x1e);
		let id = NextWithdrawalId::<Runtime>::get();
		pay_in_wbnb(bridge(BridgeCall::withdraw_to_remote {
			chain: BSC_CHAIN_ID,
			amount: 9 * COIN,
			recipient,
		}));
		assert_eq!(Withdrawals::<Runtime>::get(id).expect("pending").amount, 9 * COIN);
		conserved();

		// Every unit of WBNB: what came from BSC = what it holds + what went back + its fees,
		// which the fee pool holds, + what the pool kept of the stake to rounding.
		assert!(fees > 0);
		assert_eq!(fee_pool(), fee_pool_before + fees);
		assert_eq!(Assets::balance(WBNB, &who) + 9 * COIN + fees + (6 * COIN - claimed), 10 * COIN);
	});
}

/// The way out in one step: an account that arrived from BSC with its deposit staked as cBNB,
/// and nothing else, unstakes naming its BSC address (paying the fee in cBNB); when the bucket
/// matures, anyone's claim sends the coin back to BSC as a withdrawal, which the relayers
/// release there. Every unit of WBNB is accounted for.
#[test]
fn an_unstake_to_bsc_comes_back_to_bsc_when_anyone_claims_it() {
	new_chain("development").execute_with(|| {
		Chain::advance(1);
		let who = One.to_account_id();
		let recipient = H160::repeat_byte(0x0e);
		// 10 BNB deposited on BSC, staked as cert on arrival: the account holds cBNB alone.
		attested(BSC_CHAIN_ID, &deposit(0x2e, &who, 10 * COIN, Some((0, TokenKind::Cert))));
		assert_eq!(Assets::balance(CBNB, &who), 10 * COIN);
		assert_eq!((Assets::balance(WBNB, &who), Balances::total_balance(&who)), (0, 0));
		conserved();

		// It unstakes 9 cBNB to its BSC address, paying the fee in cBNB.
		let unstake = staking(StakingCall::unstake_to_remote {
			pool: 0,
			amount: 9 * COIN,
			kind: TokenKind::Cert,
			chain: BSC_CHAIN_ID,
			recipient,
		});
		let xt = signed_paying_in(One, unstake, 0, Some(DexAsset::Asset(CBNB)));
		assert_ok!(Chain::block_with(vec![xt]).remove(0).expect("the transaction is valid"));
		let [(coin, fee, 0)] = asset_fees_paid_by(&who)[..] else { panic!("one fee paid") };
		assert_eq!(coin, DexAsset::Asset(CBNB));
		assert_eq!(Assets::balance(CBNB, &who), COIN - fee);
		let destination = RemoteDestination { chain: BSC_CHAIN_ID, recipient };
		let request = Unbonding::<Runtime>::get(0, &who)[0];
		assert_eq!(request.destination, Some(destination));
		assert!(System::events().iter().any(|e| e.event
			== RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::ExitRequested {
				pool: 0,
				who: who.clone(),
				release_at: request.bucket,
				destination,
			})));
		conserved();

		// Before the bucket matures, nothing can be claimed; then Charlie claims for it.
		assert_noop!(
			LiquidStaking::claim(RuntimeOrigin::signed(Charlie.to_account_id()), 0, who.clone()),
			pallet_liquid_staking::Error::<Runtime>::NothingToClaim
		);
		Chain::run_to(request.bucket);
		let id = NextWithdrawalId::<Runtime>::get();
		let withdrawn_before = Chains::<Runtime>::get(BSC_CHAIN_ID).unwrap().withdrawn;
		assert_ok!(dispatched(
			Charlie,
			staking(StakingCall::claim { pool: 0, owner: who.clone() })
		));
		let pending = Withdrawals::<Runtime>::get(id).expect("a withdrawal to BSC");
		assert_eq!((pending.who.clone(), pending.recipient), (who.clone(), recipient));
		let amount = pending.amount;
		assert!(amount + 1 >= 9 * COIN && amount <= 9 * COIN, "sent {amount}");
		assert!(System::events().iter().any(|e| e.event
			== RuntimeEvent::LiquidStaking(pallet_liquid_staking::Event::ExitSent {
				pool: 0,
				owner: who.clone(),
				destination,
				amount,
			})));
		// Nothing stayed here: the coin left as the withdrawal.
		assert_eq!(Assets::balance(WBNB, &who), 0);
		assert_eq!(
			Chains::<Runtime>::get(BSC_CHAIN_ID).unwrap().withdrawn,
			withdrawn_before + amount
		);
		assert!(Unbonding::<Runtime>::get(0, &who).is_empty());
		conserved();

		// The relayers release it on BSC.
		attested(
			BSC_CHAIN_ID,
			&BridgeMessage::WithdrawalReleased { id, tx_hash: H256::repeat_byte(0x2e) },
		);
		assert!(Withdrawals::<Runtime>::get(id).is_none());
		// What is left here: the cBNB the account kept, less the fee it paid in cBNB.
		assert_eq!(Assets::balance(CBNB, &who), COIN - fee);
		conserved();
	});
}
