//! The bridge's tests, by topic, over the mock runtime (`crate::mock`): real pallet-balances and
//! pallet-assets, and a small staking side (`MockStaking`) with two pools.
//!
//! - `chains`: registering chains, relayer sets, limits, pause, and chains sharing a coin;
//! - `messages`: votes, thresholds, replay keys, and the pool reports (rewards, slashes,
//!   delegations);
//! - `deposits`: deposits paid or staked, the limits, their windows and the queue;
//! - `withdrawals`: withdrawals back, their settlement, and a whole flow;
//! - `cert`: a pool's cert on the remote chains: routes, transfers out, returns, redemptions,
//!   their limits, pause, and the rate recorded with each report;
//! - `hardening`: the bounds on what relayers, governance and users can make the bridge do:
//!   free votes and open keys, slashes while paused, approvals within the window, the fewest
//!   relayers, the withdrawal minimum and timeout, and parked deposits.
//!
//! Every test that moves a coin checks [`conserved`]: each wrapped coin's issuance against the
//! bridge's books.

mod cert;
mod chains;
mod deposits;
mod hardening;
mod messages;
mod withdrawals;

use crate::{
	mock::*, BridgeMessage, ChainId, ChainInfoOf, Chains, DelegationsOf, Deposit, Event, MessageOf,
	PoolId, RelayersOf, StakingInterface, TokenKind, ValidatorId, WrappedCoins,
};
use frame_support::{assert_ok, dispatch::DispatchResultWithPostInfo, traits::fungibles::Inspect};
use sp_core::{H160, H256};

/// A message of the mock runtime.
type Message = MessageOf<Test>;

/// The bridge's admin origin.
fn gov() -> RuntimeOrigin {
	RuntimeOrigin::signed(GOVERNANCE)
}

/// A remote transaction hash, never zero.
fn tx(n: u64) -> H256 {
	let mut hash = H256::from_low_u64_be(n);
	hash.0[0] = 0x7a;
	hash
}

/// An EVM address.
fn evm(n: u64) -> H160 {
	H160::from_low_u64_be(n)
}

/// A relayer set.
fn set(v: Vec<AccountId>) -> RelayersOf<Test> {
	v.try_into().expect("within MaxRelayers")
}

/// A delegation report's list.
fn delegations(v: Vec<(ValidatorId, Balance)>) -> DelegationsOf<Test> {
	v.try_into().expect("within MaxDelegations")
}

/// A deposit of `amount` for `beneficiary`, paid as the wrapped coin.
fn deposit(n: u64, beneficiary: AccountId, amount: Balance) -> Message {
	BridgeMessage::Deposit(Deposit { nonce: n, tx_hash: tx(n), beneficiary, amount, stake: None })
}

/// A deposit of `amount` for `beneficiary`, to be staked into `pool` as `kind`.
fn deposit_into(
	n: u64,
	beneficiary: AccountId,
	amount: Balance,
	pool: PoolId,
	kind: TokenKind,
) -> Message {
	BridgeMessage::Deposit(Deposit {
		nonce: n,
		tx_hash: tx(n),
		beneficiary,
		amount,
		stake: Some((pool, kind)),
	})
}

/// A deposit to be staked into [`POOL`] (the wrapped BNB's).
fn deposit_staked(n: u64, beneficiary: AccountId, amount: Balance, kind: TokenKind) -> Message {
	deposit_into(n, beneficiary, amount, POOL, kind)
}

/// `relayer` attests `message` of `chain`.
fn attest(relayer: AccountId, chain: ChainId, message: &Message) -> DispatchResultWithPostInfo {
	Bridge::attest(RuntimeOrigin::signed(relayer), chain, message.clone())
}

/// Two of the three relayers attest: the message reaches its threshold.
fn attested(chain: ChainId, message: &Message) {
	assert_ok!(attest(RELAYER_1, chain, message));
	assert_ok!(attest(RELAYER_2, chain, message));
}

/// Anyone executes an attested message.
fn execute(chain: ChainId, message: &Message) -> sp_runtime::DispatchResult {
	Bridge::execute_message(RuntimeOrigin::signed(STRANGER), chain, message.clone())
}

/// A registered chain.
fn chain(id: ChainId) -> ChainInfoOf<Test> {
	Chains::<Test>::get(id).expect("chain registered")
}

/// The account that holds a pool's coin.
fn pool_account(pool: PoolId) -> AccountId {
	<MockStaking as StakingInterface<AccountId>>::pool_account(pool)
}

/// Whether deposit nonce `n` of `chain` is executed.
fn nonce_executed(chain: ChainId, n: u64) -> bool {
	crate::DepositNonces::<Test>::get(chain).check(n) == Err(crate::NonceCheck::Executed)
}

/// Whether `message` of `chain` executed.
fn executed(chain: ChainId, message: &Message) -> bool {
	events().contains(&Event::MessageExecuted {
		chain,
		key: message.key(),
		message_hash: Bridge::message_hash(chain, message),
	})
}

/// Whether `message` of `chain` reached its threshold and failed. Errors of the staking side
/// are `DispatchError::Other`, whose text is not encoded: read back from the events, it is
/// empty, so only the failure is checked here (its reason is checked with `execute_message`,
/// which returns the error itself).
fn failed(chain: ChainId, message: &Message) -> bool {
	let hash = Bridge::message_hash(chain, message);
	events().iter().any(|e| {
		matches!(
			e,
			Event::MessageFailed { chain: c, key, message_hash, .. }
				if *c == chain && *key == message.key() && *message_hash == hash
		)
	})
}

/// No coin created or lost: each wrapped coin's total issuance is what it was when its first
/// chain was registered plus, over the chains that share it, what the bridge minted (deposits,
/// rewards) and refunded, less what it burned (slashes) and withdrew. Then the bridge's own
/// invariants, and the mock pools' backing.
fn conserved() {
	let coins: Vec<(u32, Balance)> = WrappedCoins::<Test>::iter().collect();
	assert!(!coins.is_empty(), "the bridge serves at least one coin");
	for (coin, base) in coins {
		let (plus, minus) = Chains::<Test>::iter_values()
			.filter(|c| c.wrapped == coin)
			.fold((0u128, 0u128), |(plus, minus), c| {
				(plus + c.minted + c.refunded, minus + c.burned + c.withdrawn)
			});
		assert_eq!(
			Assets::total_issuance(coin),
			base + plus - minus,
			"the issuance of coin {coin} against the bridge's books"
		);
	}
	Bridge::do_try_state().expect("the bridge's invariants hold");
	MockStaking::try_state().expect("the mock pools are backed");
}
