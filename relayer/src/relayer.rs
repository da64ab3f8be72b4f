//! The relayer's work, per remote chain, at every poll: deposits, withdrawals, reports and the
//! staking plan. Every input is read at an agreed block (a confirmed remote block, a finalized
//! appchain block), so honest relayers compute the same messages and operations.

use std::{
	collections::BTreeMap,
	sync::Arc,
	time::{Duration, Instant},
};

use alloy::primitives::{Address, U256};
use anyhow::{anyhow, Context};
use codec::Encode as _;
use liquid_staking_contracts::bindings::LiquidStakingVault;
use serde::{Deserialize, Serialize};
use subxt::utils::{AccountId32, H160, H256};
use tokio::sync::Mutex;

use crate::{
	appchain::{
		Appchain, AtBlock, BridgeMessage, ChainInfo, Deposit, PoolInfo, Refused, TokenKind,
	},
	config::ChainConfig,
	db::Db,
	evm::{Evm, Reverted},
	metrics::Metrics,
};

/// The vault's `StakingOpKind.Delegate`.
pub const DELEGATE: u8 = 0;
/// The vault's `StakingOpKind.Undelegate`.
pub const UNDELEGATE: u8 = 1;
/// The vault's `StakingOpKind.Claim`.
pub const CLAIM: u8 = 2;

/// How long a relayer waits before asking again for the execution of a message whose votes
/// reached the threshold but whose execution failed.
const EXECUTE_RETRY: Duration = Duration::from_secs(20);

/// The last processed block of a chain's deposits.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Checkpoint {
	block: u64,
	hash: alloy::primitives::B256,
}

/// A pool's last reward/slash report: its epoch, the boundary it was computed at, what the
/// stake had earned in total at that boundary; and the last boundary looked at since.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct RewardsState {
	epoch: u64,
	boundary: u64,
	earned: String,
	scanned: u64,
}

/// What the adapter did up to a block: delegated and claimed in total, and every validator it
/// ever delegated to.
#[derive(Clone, Debug, Default)]
struct Flows {
	delegated: U256,
	claimed: U256,
	validators: Vec<Address>,
}

/// One remote chain's worker.
pub struct ChainWorker {
	cfg: ChainConfig,
	evm: Evm,
	app: Appchain,
	db: Arc<Db>,
	metrics: Metrics,
	/// Appchain transactions are sent one at a time (one account, one nonce sequence).
	submit: Arc<Mutex<()>>,
	plan_every: u64,
	/// Cumulative adapter flows by adapter and block (a cache: logs are read once).
	flows: BTreeMap<(Address, u64), Flows>,
	/// When `execute_message` was last asked for a key.
	executed_at: BTreeMap<String, Instant>,
	/// When each message not voted yet was first seen (for the vote stagger).
	first_seen: BTreeMap<H256, Instant>,
	stagger: Duration,
	warned_not_relayer: bool,
}

impl ChainWorker {
	/// A worker for the chain `cfg` of the configuration `top`.
	pub fn new(
		cfg: ChainConfig,
		top: &crate::config::Config,
		evm: Evm,
		app: Appchain,
		db: Arc<Db>,
		metrics: Metrics,
		submit: Arc<Mutex<()>>,
	) -> Self {
		Self {
			cfg,
			evm,
			app,
			db,
			metrics,
			submit,
			plan_every: top.appchain.plan_every,
			flows: BTreeMap::new(),
			executed_at: BTreeMap::new(),
			first_seen: BTreeMap::new(),
			stagger: top.vote_stagger(),
			warned_not_relayer: false,
		}
	}

	fn name(&self) -> &str {
		&self.cfg.name
	}

	fn id(&self) -> u64 {
		self.cfg.chain_id
	}

	/// One poll: everything the chain needs now.
	pub async fn poll(&mut self) -> anyhow::Result<()> {
		let fin = self.app.finalized().await.context("reading the appchain")?;
		self.metrics.appchain_finalized.set(fin.block_number() as i64);
		let info = Appchain::chain(&fin, self.id())
			.await?
			.ok_or_else(|| anyhow!("chain {} is not registered with the bridge", self.id()))?;
		if !info.relayers.contains(&self.app.account) {
			if !self.warned_not_relayer {
				tracing::warn!(chain = self.name(), account = %self.app.account, "this account is not one of the chain's relayers: nothing to do");
				self.warned_not_relayer = true;
			}
			return Ok(());
		}
		let head = self.evm.head().await.context("reading the remote chain")?;
		self.metrics.head.with_label_values(&[self.name()]).set(head as i64);
		let confirmed = head.saturating_sub(self.cfg.confirmations);
		let mut pending = 0;
		pending += self.deposits(&fin, &info, head, confirmed).await?;
		pending += self.outbound(&fin, &info, confirmed).await?;
		pending += self.cert_rate(&fin).await?;
		pending += self.redemptions(&fin, &info).await?;
		pending += self.pools(&fin, &info, confirmed).await?;
		self.metrics.pending_votes.with_label_values(&[self.name()]).set(pending as i64);
		Ok(())
	}

	// ---------------------------------------------------------------------------------------
	// Appchain votes
	// ---------------------------------------------------------------------------------------

	/// Attests `message` unless this relayer's vote for it is already recorded; asks for its
	/// execution when its votes reached the threshold but it did not execute. Returns whether
	/// the vote waits for other relayers.
	async fn vote(
		&mut self,
		fin: &AtBlock,
		info: &ChainInfo,
		message: BridgeMessage,
	) -> anyhow::Result<bool> {
		let chain = self.id();
		let key = message.key();
		let hash = message.hash(chain);
		let votes = Appchain::votes(fin, chain, key).await?;
		let mine = votes.iter().find(|(who, _)| *who == self.app.account).map(|(_, h)| *h);
		if mine == Some(hash) {
			let agreeing = votes
				.iter()
				.filter(|(who, h)| *h == hash && info.relayers.contains(who))
				.count() as u32;
			// While the chain is paused only slashes execute.
			let may_execute = !info.paused || matches!(message, BridgeMessage::Slash { .. });
			if agreeing >= info.threshold && may_execute {
				let tag = format!("{chain}/{key:?}");
				if self.executed_at.get(&tag).is_none_or(|t| t.elapsed() > EXECUTE_RETRY) {
					self.executed_at.insert(tag, Instant::now());
					let _guard = self.submit.lock().await;
					match self.app.execute_message(chain, &message).await {
						Ok(included) => {
							let done = included.emitted;
							self.fees("execute", included.fee);
							self.metrics.votes.with_label_values(&[self.name(), "execute"]).inc();
							tracing::info!(
								chain = self.name(),
								?key,
								executed = done,
								"asked for the execution of a message at its threshold"
							);
						},
						Err(e) => {
							if let Some(r) = e.downcast_ref::<Refused>() {
								self.fees("execute", r.fee);
							}
							self.refused(&e, "execute_message", &key)
						},
					}
				}
			}
			return Ok(true);
		}
		// The vote stagger: the relayer at position r waits r × stagger.
		// A changed vote waits one stagger more: the message it replaces may be executing.
		let rank = info.relayers.iter().position(|r| *r == self.app.account).unwrap_or(0) as u32
			+ u32::from(mine.is_some());
		let seen = *self.first_seen.entry(hash).or_insert_with(Instant::now);
		if seen.elapsed() < self.stagger * rank {
			return Ok(true);
		}
		if self.first_seen.len() > 10_000 {
			self.first_seen.retain(|_, t| t.elapsed() < Duration::from_secs(3_600));
		}
		let kind = message.kind();
		let _guard = self.submit.lock().await;
		// The best block may have settled it since the finalized one, or hold this vote.
		let best = self.app.best().await?;
		if Appchain::settled(&best, chain, &message).await? {
			return Ok(false);
		}
		let best_votes = Appchain::votes(&best, chain, key).await?;
		if best_votes.iter().any(|(who, h)| *who == self.app.account && *h == hash) {
			return Ok(true);
		}
		match self.app.attest(chain, &message).await {
			Ok(included) => {
				let executed = included.emitted;
				self.fees(kind, included.fee);
				self.db.record_vote(&format!("{chain}/{hash:?}"))?;
				self.metrics.votes.with_label_values(&[self.name(), kind]).inc();
				tracing::info!(chain = self.name(), ?key, kind, executed, "attested");
				Ok(!executed)
			},
			Err(e) if e.is::<Refused>() => {
				if let Some(r) = e.downcast_ref::<Refused>() {
					self.fees(kind, r.fee);
				}
				self.refused(&e, kind, &key);
				Ok(false)
			},
			Err(e) => Err(e),
		}
	}

	fn fees(&self, kind: &str, fee: u128) {
		self.metrics
			.appchain_fees
			.with_label_values(&[self.name(), kind])
			.inc_by(u64::try_from(fee).unwrap_or(u64::MAX));
	}

	fn refused(&self, e: &anyhow::Error, what: &str, key: &dyn std::fmt::Debug) {
		self.metrics.failures.with_label_values(&[self.name(), "refused"]).inc();
		tracing::warn!(chain = self.name(), ?key, what, error = %e, "the appchain refused the call");
	}

	// ---------------------------------------------------------------------------------------
	// Deposits
	// ---------------------------------------------------------------------------------------

	/// Attests the vault's deposits in confirmed blocks, from the checkpoint on.
	async fn deposits(
		&mut self,
		fin: &AtBlock,
		info: &ChainInfo,
		head: u64,
		confirmed: u64,
	) -> anyhow::Result<usize> {
		let key = format!("deposits/{}", self.id());
		let checkpoint: Option<Checkpoint> = self.db.get(&key)?;
		if let Some(cp) = &checkpoint {
			let (hash, _) = self.evm.block(cp.block).await?;
			if hash != cp.hash {
				self.deep_reorg(cp.block, cp.hash, hash).await;
				self.db.put(&key, &Checkpoint { block: cp.block, hash })?;
			}
		}
		let from = checkpoint.as_ref().map_or(self.cfg.start_block, |c| c.block + 1);
		let mut pending = self.open_deposits(fin, info, from).await?;
		if confirmed < from {
			self.metrics
				.lag
				.with_label_values(&[self.name()])
				.set(head.saturating_sub(from.saturating_sub(1)) as i64);
			return Ok(pending);
		}
		let to = confirmed.min(from + self.cfg.max_log_span - 1);
		// The withdrawals the vault paid and the cert it minted in these blocks, for their
		// settlement.
		for (id, tx) in self.evm.releases(from, to).await? {
			self.db.put(&Outbound::Withdrawal.done_key(self.id(), id), &tx)?;
		}
		for (id, tx) in self.evm.cert_mints(from, to).await? {
			self.db.put(&Outbound::CertTransfer.done_key(self.id(), id), &tx)?;
		}
		let nonces = Appchain::deposit_nonces(fin, self.id()).await?;
		for d in self.evm.inbound(from, to).await? {
			if nonces.executed(d.nonce) {
				continue;
			}
			if d.nonce >= nonces.next + 128 {
				// Beyond the appchain's nonce window: wait for the nonces before it.
				let block = d.block - 1;
				let (hash, _) = self.evm.block(block).await?;
				self.db.put(&key, &Checkpoint { block, hash })?;
				return Ok(pending);
			}
			let message = inbound_message(&d)?;
			if self.vote(fin, info, message).await? {
				// Looked at again at every poll until it executes (see `open_deposits`).
				self.db.put(&format!("open/{}/{:020}", self.id(), d.nonce), &d.block)?;
				pending += 1;
			}
		}
		let (hash, _) = self.evm.block(to).await?;
		self.db.put(&key, &Checkpoint { block: to, hash })?;
		self.metrics.processed.with_label_values(&[self.name()]).set(to as i64);
		self.metrics
			.lag
			.with_label_values(&[self.name()])
			.set(head.saturating_sub(to) as i64);
		Ok(pending)
	}

	/// The deposits behind the checkpoint that this relayer voted for and that did not execute
	/// yet (their votes may still be short of the threshold, or their execution failed): each
	/// is read again from its block and voted on again (which asks for its execution once its
	/// votes reached the threshold). Returns how many still wait.
	async fn open_deposits(
		&mut self,
		fin: &AtBlock,
		info: &ChainInfo,
		before: u64,
	) -> anyhow::Result<usize> {
		let prefix = format!("open/{}/", self.id());
		let open = self.db.keys_with_prefix(&prefix)?;
		if open.is_empty() {
			return Ok(0);
		}
		let nonces = Appchain::deposit_nonces(fin, self.id()).await?;
		let mut waiting = 0;
		for key in open {
			let nonce: u64 = key[prefix.len()..].parse()?;
			let Some(block) = self.db.get::<u64>(&key)? else { continue };
			if nonces.executed(nonce) || block >= before {
				if nonces.executed(nonce) {
					self.db.remove(&key)?;
				}
				continue;
			}
			let Some(d) =
				self.evm.inbound(block, block).await?.into_iter().find(|d| d.nonce == nonce)
			else {
				// Gone from its block: a reorg deeper than the confirmations (reported as such).
				self.db.remove(&key)?;
				continue;
			};
			if self.vote(fin, info, inbound_message(&d)?).await? {
				waiting += 1;
			}
		}
		Ok(waiting)
	}

	/// A processed block is no longer on the chain: the reorg was deeper than the
	/// confirmations. Alerts and votes to pause the chain on both sides.
	async fn deep_reorg(
		&self,
		block: u64,
		was: alloy::primitives::B256,
		now: alloy::primitives::B256,
	) {
		self.metrics.deep_reorgs.with_label_values(&[self.name()]).inc();
		tracing::error!(
			chain = self.name(),
			block,
			%was,
			%now,
			confirmations = self.cfg.confirmations,
			"ALERT: a reorg deeper than the confirmations replaced a processed block; voting to pause the chain on the appchain and the vault"
		);
		let _guard = self.submit.lock().await;
		if let Err(e) = self.app.pause_chain(self.id()).await.map(|i| self.fees("pause", i.fee)) {
			tracing::error!(chain = self.name(), error = %e, "the pause vote on the appchain failed");
		}
		if let Err(e) = self.evm.pause().await {
			tracing::error!(chain = self.name(), error = %e, "the pause of the vault failed");
		}
	}

	// ---------------------------------------------------------------------------------------
	// Withdrawals
	// ---------------------------------------------------------------------------------------

	/// Gets what the appchain sends out to this chain carried out by the vault (withdrawals
	/// released, cert transfers minted), and settles each on the appchain once carried out (or
	/// once it can no longer be).
	async fn outbound(
		&mut self,
		fin: &AtBlock,
		info: &ChainInfo,
		confirmed: u64,
	) -> anyhow::Result<usize> {
		let mut items: Vec<OutboundItem> = Vec::new();
		for (id, w) in Appchain::pending_withdrawals(fin, self.id()).await? {
			items.push(OutboundItem {
				kind: Outbound::Withdrawal,
				pool: None,
				id,
				requested_at: w.requested_at,
				recipient: w.recipient,
				amount: w.amount,
			});
		}
		for (id, t) in Appchain::pending_cert_transfers(fin, self.id()).await? {
			items.push(OutboundItem {
				kind: Outbound::CertTransfer,
				pool: Some(t.pool),
				id,
				requested_at: t.requested_at,
				recipient: t.recipient,
				amount: t.amount,
			});
		}
		if items.is_empty() {
			return Ok(0);
		}
		let (_, confirmed_time) = self.evm.block(confirmed).await?;
		let mut waiting = 0;
		for item in items {
			let (kind, id) = (item.kind, item.id);
			let deadline = match self.deadline(fin, kind, id, item.requested_at).await {
				Ok(d) => d,
				Err(e) => {
					self.metrics.failures.with_label_values(&[self.name(), "rpc"]).inc();
					tracing::warn!(chain = self.name(), kind = kind.name(), id, error = %format!("{e:#}"), "cannot read the request time (is the appchain node pruning its state?); skipping it for now");
					continue;
				},
			};
			let done: Option<alloy::primitives::B256> =
				self.db.get(&kind.done_key(self.id(), id))?;
			if let Some(tx) = done {
				if self.vote(fin, info, kind.settled(id, H256(tx.0))).await? {
					waiting += 1;
				}
				continue;
			}
			if self.is_done(kind, id, confirmed).await? {
				// Carried out in a confirmed block the checkpoint has not reached yet.
				waiting += 1;
				continue;
			}
			if confirmed_time > deadline {
				// Past its deadline in a confirmed block and not carried out: it never will be.
				if self.vote(fin, info, kind.failed(id)).await? {
					waiting += 1;
				}
				continue;
			}
			if info.paused {
				continue;
			}
			let (vault, chain_id) = (*self.evm.vault.address(), U256::from(self.id()));
			let (recipient, amount) = (Address::from(item.recipient.0), U256::from(item.amount));
			let head = self.evm.head().await?;
			let sent = match kind {
				Outbound::Withdrawal => {
					let r = LiquidStakingVault::Release {
						chainId: chain_id,
						vault,
						id,
						recipient,
						amount,
						deadline,
					};
					let key = self.evm.vault.releaseKey(r.clone()).call().await?;
					if self.is_done(kind, id, head).await? || self.evm.voted(key).await? {
						waiting += 1;
						continue;
					}
					self.evm.approve_release(r).await
				},
				Outbound::CertTransfer => {
					// The vault mints one pool's cert: a transfer of another pool is never
					// minted here, and is settled as failed at its deadline (its cert goes back).
					let token_pool = self.evm.cert_token().await?.map(|(_, pool, _)| pool);
					if token_pool.is_none() || token_pool != item.pool {
						tracing::warn!(chain = self.name(), id, pool = ?item.pool, vault_pool = ?token_pool, "a cert transfer of a pool the vault's cert token is not of: not minted");
						continue;
					}
					let m = LiquidStakingVault::CertMint {
						chainId: chain_id,
						vault,
						id,
						recipient,
						amount,
						deadline,
					};
					let key = self.evm.vault.certMintKey(m.clone()).call().await?;
					if self.is_done(kind, id, head).await? || self.evm.voted(key).await? {
						waiting += 1;
						continue;
					}
					self.evm.approve_cert_mint(m).await
				},
			};
			let what = kind.name();
			match sent {
				Ok(mined) => {
					self.metrics.gas.with_label_values(&[self.name(), what]).inc_by(mined.gas);
					self.db.record_vote(&format!("{what}/{}/{id}", self.id()))?;
					self.metrics.votes.with_label_values(&[self.name(), what]).inc();
					tracing::info!(chain = self.name(), kind = what, id, done = mined.done, recipient = %item.recipient, amount = item.amount, deadline, "voted on the vault");
					waiting += 1;
				},
				Err(e) if e.is::<Reverted>() => {
					self.metrics.failures.with_label_values(&[self.name(), "reverted"]).inc();
					tracing::warn!(chain = self.name(), kind = what, id, error = %e, "vote refused; retrying later");
				},
				Err(e) => return Err(e),
			}
		}
		Ok(waiting)
	}

	/// Whether the vault carried out `kind` `id` by block `at`.
	async fn is_done(&self, kind: Outbound, id: u64, at: u64) -> anyhow::Result<bool> {
		match kind {
			Outbound::Withdrawal => self.evm.is_released(id, at).await,
			Outbound::CertTransfer => self.evm.is_cert_minted(id, at).await,
		}
	}

	/// An outbound request's deadline on the vault: the timestamp of the appchain block that
	/// made the request (the first whose relay-chain clock reached the request's
	/// `requested_at`) plus the release window. Kept in the database: the request's block state
	/// may be pruned later.
	async fn deadline(
		&self,
		fin: &AtBlock,
		kind: Outbound,
		id: u64,
		requested_at: u32,
	) -> anyhow::Result<u64> {
		let key = kind.deadline_key(self.id(), id);
		if let Some(d) = self.db.get::<u64>(&key)? {
			return Ok(d);
		}
		let at = self.app.first_at_clock(requested_at.into(), fin.block_number()).await?;
		let d = Appchain::timestamp_secs(&at).await? + self.cfg.release_window_secs;
		self.db.put(&key, &d)?;
		Ok(d)
	}

	// ---------------------------------------------------------------------------------------
	// Cert: its rate, and redemptions paid at maturity
	// ---------------------------------------------------------------------------------------

	/// Carries the latest rate of the vault's cert pool from the appchain to the cert token.
	/// Returns whether a vote waits.
	async fn cert_rate(&mut self, fin: &AtBlock) -> anyhow::Result<usize> {
		let Some((_, pool, there)) = self.evm.cert_token().await? else { return Ok(0) };
		let Some(rate) = Appchain::cert_rate(fin, pool).await? else { return Ok(0) };
		if rate.epoch <= there {
			return Ok(0);
		}
		let r = LiquidStakingVault::CertRate {
			chainId: U256::from(self.id()),
			vault: *self.evm.vault.address(),
			pool,
			epoch: rate.epoch,
			pooled: U256::from(rate.pooled),
			shares: U256::from(rate.shares),
		};
		let key = self.evm.vault.certRateKey(r.clone()).call().await?;
		if self.evm.voted(key).await? {
			return Ok(1);
		}
		match self.evm.approve_cert_rate(r).await {
			Ok(mined) => {
				self.metrics
					.gas
					.with_label_values(&[self.name(), "cert_rate"])
					.inc_by(mined.gas);
				self.metrics.votes.with_label_values(&[self.name(), "cert_rate"]).inc();
				tracing::info!(
					chain = self.name(),
					pool,
					epoch = rate.epoch,
					pooled = rate.pooled,
					shares = rate.shares,
					set = mined.done,
					"voted for the cert's rate"
				);
				Ok(usize::from(!mined.done))
			},
			Err(e) if e.is::<Reverted>() => {
				self.metrics.failures.with_label_values(&[self.name(), "reverted"]).inc();
				tracing::warn!(chain = self.name(), pool, epoch = rate.epoch, error = %e, "rate vote refused; retrying later");
				Ok(0)
			},
			Err(e) => Err(e),
		}
	}

	/// Completes the redemptions from this chain whose unbonding matured (and sends again one
	/// whose withdrawal was refunded): the coin is withdrawn to the recipient, which
	/// [`Self::outbound`] then gets released. The relayers take turns by rank (the stagger), and
	/// a completion that succeeds is free. Returns how many wait.
	async fn redemptions(&mut self, fin: &AtBlock, info: &ChainInfo) -> anyhow::Result<usize> {
		let chain = self.id();
		let mut waiting = 0;
		let now = Appchain::now(fin).await?;
		for (nonce, r) in Appchain::redemptions(fin, chain).await? {
			if let Some(id) = r.withdrawal {
				if Appchain::withdrawal_pending(fin, id).await? {
					continue;
				}
			}
			waiting += 1;
			if r.release_at > now || info.paused {
				continue;
			}
			// A completion the appchain refused is asked again at most every `EXECUTE_RETRY`.
			let tag = format!("redeem/{chain}/{nonce}/{:?}", r.withdrawal);
			if self.executed_at.get(&tag).is_some_and(|t| t.elapsed() < EXECUTE_RETRY) {
				continue;
			}
			let rank = info.relayers.iter().position(|a| *a == self.app.account).unwrap_or(0);
			let seen = *self
				.first_seen
				.entry(H256(sp_crypto_hashing::blake2_256(&(chain, nonce, r.withdrawal).encode())))
				.or_insert_with(Instant::now);
			if seen.elapsed() < self.stagger * rank as u32 {
				continue;
			}
			let _guard = self.submit.lock().await;
			// Another relayer may have completed it in a block not finalized yet.
			let best = self.app.best().await?;
			let again = Appchain::redemptions(&best, chain).await?;
			let Some((_, now)) = again.iter().find(|(n, _)| *n == nonce) else { continue };
			if now.withdrawal != r.withdrawal {
				continue;
			}
			self.executed_at.insert(tag, Instant::now());
			match self.app.complete_redemption(chain, nonce).await {
				Ok(included) => {
					self.fees("complete_redemption", included.fee);
					self.metrics
						.votes
						.with_label_values(&[self.name(), "complete_redemption"])
						.inc();
					tracing::info!(chain = self.name(), nonce, recipient = %r.recipient, "completed a redemption");
				},
				Err(e) if e.is::<Refused>() => {
					if let Some(x) = e.downcast_ref::<Refused>() {
						self.fees("complete_redemption", x.fee);
					}
					self.refused(&e, "complete_redemption", &nonce);
				},
				Err(e) => return Err(e),
			}
		}
		Ok(waiting)
	}

	// ---------------------------------------------------------------------------------------
	// Pools: reports and the staking plan
	// ---------------------------------------------------------------------------------------

	/// Reports the pools staked on this chain and carries out their staking plan, at the latest
	/// confirmed epoch boundary.
	async fn pools(
		&mut self,
		fin: &AtBlock,
		info: &ChainInfo,
		confirmed: u64,
	) -> anyhow::Result<usize> {
		let pools = Appchain::pools_on(fin, self.id()).await?;
		let Some((pool, pool_info)) = pools.first().cloned() else { return Ok(0) };
		if pools.len() > 1 {
			tracing::warn!(chain = self.name(), "several pools stake on this chain: only pool {pool} is reported (one vault, one pool)");
		}
		let k_now = self.cfg.boundary_index(confirmed);
		if k_now == 0 {
			return Ok(0);
		}
		let b_now = self.cfg.boundary(k_now);
		let adapter = self.evm.adapter(b_now).await?;
		if adapter == Address::ZERO {
			return Ok(0);
		}
		let mut waiting = 0;
		if let Some(m) = self.rewards_report(pool, &pool_info, adapter, k_now).await? {
			if self.vote(fin, info, m).await? {
				waiting += 1;
			}
		}
		if let Some(m) = self.delegations_report(fin, pool, &pool_info, adapter, k_now).await? {
			if self.vote(fin, info, m).await? {
				waiting += 1;
			}
		}
		if !info.paused {
			self.staking(pool, adapter, k_now, b_now).await?;
		}
		Ok(waiting)
	}

	/// The adapter's cumulative flows up to block `b` (logs read once, cached).
	async fn flows_at(&mut self, adapter: Address, b: u64) -> anyhow::Result<Flows> {
		let (mut from, mut acc) = match self.flows.range((adapter, 0)..=(adapter, b)).next_back() {
			Some(((_, blk), f)) => (blk + 1, f.clone()),
			None => (self.cfg.start_block, Flows::default()),
		};
		while from <= b {
			let to = b.min(from + self.cfg.max_log_span - 1);
			let (delegated, claimed) = self.evm.adapter_flows(adapter, from, to).await?;
			for (v, amount) in delegated {
				acc.delegated += amount;
				if !acc.validators.contains(&v) {
					acc.validators.push(v);
				}
			}
			for (_, amount) in claimed {
				acc.claimed += amount;
			}
			from = to + 1;
		}
		acc.validators.sort();
		self.flows.insert((adapter, b), acc.clone());
		Ok(acc)
	}

	/// What the pool's stake has earned in total at boundary `k`: its value (staked, unbonding,
	/// rewards not claimed, over every validator ever delegated to) plus what was claimed, minus
	/// what was delegated.
	async fn earned_at(&mut self, adapter: Address, k: u64) -> anyhow::Result<i128> {
		let b = self.cfg.boundary(k);
		let flows = self.flows_at(adapter, b).await?;
		let mut value = U256::ZERO;
		for v in &flows.validators {
			let (s, u, r) = self.evm.position(adapter, *v, b).await?;
			value += s + u + r;
		}
		let plus =
			i128::try_from(value + flows.claimed).map_err(|_| anyhow!("value above i128"))?;
		let minus = i128::try_from(flows.delegated).map_err(|_| anyhow!("value above i128"))?;
		Ok(plus - minus)
	}

	/// What the adapter has delegated to each validator at boundary `k` (non-zero, by address).
	async fn picture_at(
		&mut self,
		adapter: Address,
		k: u64,
	) -> anyhow::Result<Vec<(Address, u128)>> {
		let b = self.cfg.boundary(k);
		let flows = self.flows_at(adapter, b).await?;
		let mut out = Vec::new();
		for v in &flows.validators {
			let (s, _, _) = self.evm.position(adapter, *v, b).await?;
			if !s.is_zero() {
				out.push((*v, u128::try_from(s).map_err(|_| anyhow!("a stake above u128"))?));
			}
		}
		Ok(out)
	}

	/// The next reward or slash report of `pool`, if a boundary since its last one shows a
	/// change of at least `min_report`. Epoch `e` is the `e`-th such boundary since the origin,
	/// so every relayer numbers them alike (a relayer that lost its database replays them).
	async fn rewards_report(
		&mut self,
		pool: u32,
		info: &PoolInfo,
		adapter: Address,
		k_now: u64,
	) -> anyhow::Result<Option<BridgeMessage>> {
		let key = format!("report/{}/{pool}/rewards", self.id());
		let mut st: RewardsState = match self.db.get(&key)? {
			Some(s) => s,
			None => RewardsState { earned: "0".into(), ..Default::default() },
		};
		if st.epoch > info.last_epoch {
			// The database is ahead of the chain (another chain, or one reset): replay.
			st = RewardsState { earned: "0".into(), ..Default::default() };
		}
		let min = self.cfg.min_report as i128;
		let found = advance_rewards(
			&mut st,
			info.last_epoch,
			k_now,
			min,
			&mut AdapterEarnings { worker: self, adapter },
		)
		.await?;
		self.db.put(&key, &st)?;
		if st.epoch != info.last_epoch {
			tracing::warn!(
				chain = self.name(),
				pool,
				appchain = info.last_epoch,
				replayed = st.epoch,
				"the pool's reports are ahead of what the boundaries so far explain; waiting"
			);
			return Ok(None);
		}
		let epoch = info.last_epoch + 1;
		Ok(found.map(|delta| {
			if delta > 0 {
				BridgeMessage::Rewards { pool, epoch, amount: delta as u128 }
			} else {
				BridgeMessage::Slash { pool, epoch, amount: delta.unsigned_abs() }
			}
		}))
	}

	/// The delegation report of `pool`, when what the adapter stakes per validator at the latest
	/// confirmed boundary differs from what the pool's books say: the pool's next delegation
	/// epoch, with that picture (all of it: the books are replaced by it).
	async fn delegations_report(
		&mut self,
		fin: &AtBlock,
		pool: u32,
		info: &PoolInfo,
		adapter: Address,
		k_now: u64,
	) -> anyhow::Result<Option<BridgeMessage>> {
		let picture = self.picture_at(adapter, k_now).await?;
		let books = Appchain::validator_books(fin, pool).await?;
		let mut booked: Vec<(Address, u128)> = books
			.iter()
			.filter(|b| b.delegated != 0)
			.map(|b| (Address::from(b.validator.0), b.delegated))
			.collect();
		booked.sort();
		if picture == booked {
			return Ok(None);
		}
		let delegations = picture.into_iter().map(|(v, amount)| (H160(v.0 .0), amount)).collect();
		Ok(Some(BridgeMessage::Delegations { pool, epoch: info.delegation_epoch + 1, delegations }))
	}

	/// The staking operation of boundary `k_now`: claim what can be claimed, undelegate what
	/// the pool no longer stakes, delegate what it stakes and the vault holds, toward the
	/// allocation's targets. One operation per boundary, voted when the vault's operation
	/// nonce is still the one at the boundary.
	async fn staking(
		&mut self,
		pool: u32,
		adapter: Address,
		k_now: u64,
		b: u64,
	) -> anyhow::Result<()> {
		let nonce = self.evm.next_staking_op(b).await?;
		let head = self.evm.head().await?;
		if self.evm.next_staking_op(head).await? != nonce {
			return Ok(());
		}
		// The appchain's side, at the latest finalized block that is a multiple of plan_every.
		let fin = self.app.finalized().await?;
		let plan_block = fin.block_number() / self.plan_every * self.plan_every;
		let at = self.app.at(plan_block).await?;
		let plan = Appchain::allocation_plan(&at, pool).await?;
		let Some(pool_info) = Appchain::pools_on(&at, self.id())
			.await?
			.into_iter()
			.find(|(p, _)| *p == pool)
			.map(|(_, i)| i)
		else {
			return Ok(());
		};
		let Some(chain) = Appchain::chain(&at, self.id()).await? else { return Ok(()) };
		let op = self.plan_op(&plan, &pool_info, &chain, adapter, b).await?;
		let Some((kind, validator, amount)) = op else { return Ok(()) };
		let op = LiquidStakingVault::StakingOp {
			chainId: U256::from(self.id()),
			vault: *self.evm.vault.address(),
			nonce,
			adapter,
			kind,
			validator,
			amount,
		};
		let key = self.evm.vault.stakingOpKey(op.clone()).call().await?;
		if self.evm.voted(key).await? {
			return Ok(());
		}
		match self.evm.approve_staking_op(op).await {
			Ok(mined) => {
				let ran = mined.done;
				self.metrics
					.gas
					.with_label_values(&[self.name(), "staking_op"])
					.inc_by(mined.gas);
				self.metrics.votes.with_label_values(&[self.name(), "staking_op"]).inc();
				tracing::info!(chain = self.name(), pool, boundary = k_now, nonce, kind, %validator, %amount, ran, "voted for a staking operation");
			},
			Err(e) if e.is::<Reverted>() => {
				self.metrics.failures.with_label_values(&[self.name(), "reverted"]).inc();
				tracing::warn!(chain = self.name(), nonce, error = %e, "staking operation refused");
			},
			Err(e) => return Err(e),
		}
		Ok(())
	}

	/// The operation the plan calls for at block `b`: (kind, validator, amount).
	async fn plan_op(
		&mut self,
		plan: &[crate::appchain::PlanLine],
		pool: &PoolInfo,
		chain: &ChainInfo,
		adapter: Address,
		b: u64,
	) -> anyhow::Result<Option<(u8, Address, U256)>> {
		let flows = self.flows_at(adapter, b).await?;
		let mut validators: Vec<Address> = flows.validators.clone();
		for line in plan {
			let v = Address::from(line.validator.0);
			if !validators.contains(&v) {
				validators.push(v);
			}
		}
		validators.sort();
		let mut positions = Vec::with_capacity(validators.len());
		for v in validators {
			let target =
				plan.iter().find(|l| Address::from(l.validator.0) == v).map_or(0, |l| l.target);
			let (staked, unbonding, claimable) = if flows.validators.contains(&v) {
				let (s, u, _) = self.evm.position(adapter, v, b).await?;
				(s, u, self.evm.claimable(adapter, v, b).await?)
			} else {
				(U256::ZERO, U256::ZERO, U256::ZERO)
			};
			positions.push(Position { validator: v, target, staked, unbonding, claimable });
		}
		Ok(choose_op(&PlanInput {
			positions,
			want: U256::from(pool.to_stake()),
			backing: U256::from(
				chain.minted.saturating_sub(chain.burned).saturating_sub(chain.released),
			),
			liquidity: self.evm.liquidity(b).await?,
			min_delegation: U256::from(self.cfg.min_delegation.max(1)),
			min_report: U256::from(self.cfg.min_report),
		}))
	}
}

/// The appchain message of a vault's inbound event.
fn inbound_message(d: &crate::evm::VaultInbound) -> anyhow::Result<BridgeMessage> {
	use crate::evm::InboundEvent;
	let amount = |a: U256| u128::try_from(a).map_err(|_| anyhow!("inbound {} above u128", d.nonce));
	let (nonce, tx_hash) = (d.nonce, H256(d.tx_hash.0));
	Ok(match &d.event {
		InboundEvent::Deposit { beneficiary, amount: a, pool, stake_as } => {
			let stake = match stake_as {
				1 => Some((*pool, TokenKind::Bond)),
				2 => Some((*pool, TokenKind::Cert)),
				_ => None,
			};
			BridgeMessage::Deposit(Deposit {
				nonce,
				tx_hash,
				beneficiary: AccountId32(*beneficiary),
				amount: amount(*a)?,
				stake,
			})
		},
		InboundEvent::CertReturned { beneficiary, amount: a, pool } => {
			BridgeMessage::CertReturned {
				nonce,
				tx_hash,
				pool: *pool,
				beneficiary: AccountId32(*beneficiary),
				amount: amount(*a)?,
			}
		},
		InboundEvent::CertRedeemed { recipient, amount: a, pool } => BridgeMessage::CertRedeemed {
			nonce,
			tx_hash,
			pool: *pool,
			recipient: H160(recipient.0 .0),
			amount: amount(*a)?,
		},
	})
}

/// What the appchain sends out to a remote chain for its vault to carry out.
#[derive(Clone, Copy, Debug)]
enum Outbound {
	/// A withdrawal, released by the vault.
	Withdrawal,
	/// A cert transfer, minted by the vault.
	CertTransfer,
}

impl Outbound {
	/// For logs and metrics.
	fn name(self) -> &'static str {
		match self {
			Self::Withdrawal => "release",
			Self::CertTransfer => "cert_mint",
		}
	}

	/// Where the vault's transaction that carried `id` out is kept.
	fn done_key(self, chain: u64, id: u64) -> String {
		match self {
			Self::Withdrawal => format!("released/{chain}/{id}"),
			Self::CertTransfer => format!("cert-minted/{chain}/{id}"),
		}
	}

	/// Where `id`'s deadline is kept.
	fn deadline_key(self, chain: u64, id: u64) -> String {
		match self {
			Self::Withdrawal => format!("deadline/{chain}/{id}"),
			Self::CertTransfer => format!("cert-deadline/{chain}/{id}"),
		}
	}

	/// The appchain message that settles `id` as carried out in `tx_hash`.
	fn settled(self, id: u64, tx_hash: H256) -> BridgeMessage {
		match self {
			Self::Withdrawal => BridgeMessage::WithdrawalReleased { id, tx_hash },
			Self::CertTransfer => BridgeMessage::CertMinted { id, tx_hash },
		}
	}

	/// The appchain message that settles `id` as never carried out.
	fn failed(self, id: u64) -> BridgeMessage {
		match self {
			Self::Withdrawal => BridgeMessage::WithdrawalFailed { id },
			Self::CertTransfer => BridgeMessage::CertMintFailed { id },
		}
	}
}

/// One outbound request read from the appchain.
struct OutboundItem {
	kind: Outbound,
	/// A cert transfer's pool.
	pool: Option<u32>,
	id: u64,
	requested_at: u32,
	recipient: H160,
	amount: u128,
}

/// What a pool's stake has earned in total at an epoch boundary.
trait EarnedAt {
	/// At boundary `k`.
	fn earned_at(&mut self, k: u64) -> impl std::future::Future<Output = anyhow::Result<i128>>;
}

/// The adapter's earnings, read from the remote chain.
struct AdapterEarnings<'a> {
	worker: &'a mut ChainWorker,
	adapter: Address,
}

impl EarnedAt for AdapterEarnings<'_> {
	async fn earned_at(&mut self, k: u64) -> anyhow::Result<i128> {
		self.worker.earned_at(self.adapter, k).await
	}
}

/// The epoch rule of reward and slash reports. Epoch `e` is the `e`-th boundary at which what
/// the stake earned moved by at least `min` since the previous such boundary (epoch 0 is the
/// origin, where nothing was earned). Moves `st` past the epochs the appchain already has
/// (`last_epoch`) and returns the change at the next such boundary up to `k_now`, if any and if
/// `st` caught up with the appchain. `st.scanned` records the boundaries looked at without a
/// change, so they are read once; the boundary found is looked at again until reported.
async fn advance_rewards(
	st: &mut RewardsState,
	last_epoch: u64,
	k_now: u64,
	min: i128,
	earnings: &mut impl EarnedAt,
) -> anyhow::Result<Option<i128>> {
	let mut earned_then: i128 = st.earned.parse()?;
	let mut k = st.scanned.max(st.boundary) + 1;
	while k <= k_now {
		let earned = earnings.earned_at(k).await?;
		let delta = earned - earned_then;
		if delta.abs() >= min.max(1) {
			if st.epoch < last_epoch {
				// Reported already (by this relayer or the others): move past it.
				*st = RewardsState {
					epoch: st.epoch + 1,
					boundary: k,
					earned: earned.to_string(),
					scanned: k,
				};
				earned_then = earned;
			} else {
				return Ok(Some(delta));
			}
		}
		st.scanned = k;
		k += 1;
	}
	Ok(None)
}

/// A validator's position, as the staking plan sees it.
#[derive(Clone, Debug)]
pub struct Position {
	/// The validator.
	pub validator: Address,
	/// Its target part of the pool's stake, in parts per billion.
	pub target: u32,
	/// What the adapter stakes with it.
	pub staked: U256,
	/// What is unbonding from it.
	pub unbonding: U256,
	/// What a claim would bring back now.
	pub claimable: U256,
}

/// What the staking plan decides from.
#[derive(Clone, Debug)]
pub struct PlanInput {
	/// Every validator tracked (delegated to, or in the allocation).
	pub positions: Vec<Position>,
	/// What the pool should stake: its pooled coin but what is unbonding.
	pub want: U256,
	/// What the vault backs: the chain's `minted − burned − released` (pending withdrawals
	/// included).
	pub backing: U256,
	/// The vault's coin.
	pub liquidity: U256,
	/// The smallest delegation (and claim) worth an operation.
	pub min_delegation: U256,
	/// The smallest change reported.
	pub min_report: U256,
}

/// The staking operation the plan calls for: (kind, validator, amount).
/// 1. Claim from a validator that pays at least `min_delegation` now.
/// 2. Else, when the adapter stakes more than `want` (by more than the minimums), undelegate
///    the excess from the validator furthest over its target (at most what it stakes).
/// 3. Else delegate toward the validator furthest under its target: at most its gap, the
///    pool's gap, and what the vault can spare. The vault keeps liquid (or unbonding) what it
///    backs that the pool does not stake, `backing − want`.
pub fn choose_op(p: &PlanInput) -> Option<(u8, Address, U256)> {
	if let Some(c) = p.positions.iter().find(|c| c.claimable >= p.min_delegation) {
		return Some((CLAIM, c.validator, U256::ZERO));
	}
	let total_staked: U256 = p.positions.iter().map(|c| c.staked).sum();
	let total_unbonding: U256 = p.positions.iter().map(|c| c.unbonding).sum();
	let share = |c: &Position| p.want * U256::from(c.target) / U256::from(1_000_000_000u64);
	if total_staked > p.want + p.min_delegation.max(p.min_report) {
		let c = p.positions.iter().max_by_key(|c| c.staked.saturating_sub(share(c)))?;
		let amount = c.staked.saturating_sub(share(c)).min(total_staked - p.want).min(c.staked);
		return (!amount.is_zero()).then_some((UNDELEGATE, c.validator, amount));
	}
	let liquid_needed = p.backing.saturating_sub(p.want.min(p.backing));
	let free = (p.liquidity + total_unbonding).saturating_sub(liquid_needed).min(p.liquidity);
	let gap = p.want.saturating_sub(total_staked);
	let c = p.positions.iter().max_by_key(|c| share(c).saturating_sub(c.staked))?;
	let amount = share(c).saturating_sub(c.staked).min(gap).min(free);
	(amount >= p.min_delegation).then_some((DELEGATE, c.validator, amount))
}

#[cfg(test)]
mod tests {
	use super::*;

	fn v(n: u8) -> Address {
		Address::from([n; 20])
	}

	fn pos(n: u8, target_percent: u32, staked: u64) -> Position {
		Position {
			validator: v(n),
			target: target_percent * 10_000_000,
			staked: U256::from(staked),
			unbonding: U256::ZERO,
			claimable: U256::ZERO,
		}
	}

	fn input(positions: Vec<Position>, want: u64, backing: u64, liquidity: u64) -> PlanInput {
		PlanInput {
			positions,
			want: U256::from(want),
			backing: U256::from(backing),
			liquidity: U256::from(liquidity),
			min_delegation: U256::from(2),
			min_report: U256::from(1),
		}
	}

	impl EarnedAt for Vec<i128> {
		async fn earned_at(&mut self, k: u64) -> anyhow::Result<i128> {
			Ok(self[k as usize])
		}
	}

	fn fresh() -> RewardsState {
		RewardsState { earned: "0".into(), ..Default::default() }
	}

	/// Runs the rule as a relayer polling at `k_now` with the appchain at `last_epoch`.
	fn report(st: &mut RewardsState, last_epoch: u64, k_now: u64, earned: &[i128]) -> Option<i128> {
		let mut earned = earned.to_vec();
		tokio::runtime::Builder::new_current_thread()
			.build()
			.unwrap()
			.block_on(advance_rewards(st, last_epoch, k_now, 2, &mut earned))
			.unwrap()
	}

	#[test]
	fn epochs_are_the_boundaries_where_the_stake_moved_and_every_relayer_numbers_them_alike() {
		// What the stake had earned at boundaries 0 to 8 (a move of 1 is below the minimum 2).
		let earned = [0, 0, 5, 5, 6, 9, 9, 3, 3];
		let mut a = fresh();
		assert_eq!(report(&mut a, 0, 1, &earned), None, "nothing moved yet");
		assert_eq!(report(&mut a, 0, 3, &earned), Some(5), "epoch 1: boundary 2");
		assert_eq!(report(&mut a, 0, 8, &earned), Some(5), "the same until it is reported");
		// Epoch 1 executed: epoch 2 is boundary 5 (4 since boundary 2; boundary 4 moved 1).
		assert_eq!(report(&mut a, 1, 8, &earned), Some(4));
		assert_eq!(report(&mut a, 2, 8, &earned), Some(-6), "epoch 3 is a slash of 6");
		assert_eq!(report(&mut a, 3, 8, &earned), None);
		assert_eq!((a.epoch, a.boundary, a.scanned), (3, 7, 8));
		// A relayer without its database, joining at epoch 2, replays to the same report.
		let mut b = fresh();
		assert_eq!(report(&mut b, 2, 8, &earned), Some(-6));
		// One that polls before the others' boundary is confirmed reports nothing new.
		let mut c = fresh();
		assert_eq!(report(&mut c, 2, 6, &earned), None);
		assert_eq!(c.epoch, 2);
	}

	#[test]
	fn claims_come_first_once_worth_a_delegation() {
		let mut p = input(vec![pos(1, 60, 0), pos(2, 40, 0)], 100, 100, 100);
		p.positions[1].claimable = U256::from(1);
		assert_eq!(choose_op(&p).map(|o| o.0), Some(DELEGATE), "a claim of 1 waits");
		p.positions[1].claimable = U256::from(2);
		assert_eq!(choose_op(&p), Some((CLAIM, v(2), U256::ZERO)));
	}

	#[test]
	fn delegates_toward_the_furthest_under_target_within_what_the_vault_spares() {
		// 60/40 of 100: validator 1 is 60 under.
		let p = input(vec![pos(1, 60, 0), pos(2, 40, 0)], 100, 100, 100);
		assert_eq!(choose_op(&p), Some((DELEGATE, v(1), U256::from(60))));
		// Validator 1 done: validator 2 next.
		let p = input(vec![pos(1, 60, 60), pos(2, 40, 0)], 100, 100, 40);
		assert_eq!(choose_op(&p), Some((DELEGATE, v(2), U256::from(40))));
		// The vault backs 130 of which the pool stakes 100: 30 stay liquid.
		let p = input(vec![pos(1, 60, 0), pos(2, 40, 0)], 100, 130, 50);
		assert_eq!(choose_op(&p), Some((DELEGATE, v(1), U256::from(20))));
		// Unbonding coin counts toward what stays liquid.
		let mut p = input(vec![pos(1, 60, 0), pos(2, 40, 0)], 100, 130, 50);
		p.positions[1].unbonding = U256::from(30);
		assert_eq!(choose_op(&p), Some((DELEGATE, v(1), U256::from(50))));
		// Below the minimum: nothing.
		let p = input(vec![pos(1, 60, 59), pos(2, 40, 40)], 100, 100, 1);
		assert_eq!(choose_op(&p), None);
		// Everything at target: nothing.
		let p = input(vec![pos(1, 60, 60), pos(2, 40, 40)], 100, 100, 0);
		assert_eq!(choose_op(&p), None);
	}

	#[test]
	fn undelegates_the_excess_from_the_furthest_over_target() {
		// The pool now stakes 50 (the rest unbonds): 60/40 of 50 is 30/20.
		let p = input(vec![pos(1, 60, 60), pos(2, 40, 40)], 50, 100, 0);
		assert_eq!(choose_op(&p), Some((UNDELEGATE, v(1), U256::from(30))));
		let p = input(vec![pos(1, 60, 30), pos(2, 40, 40)], 50, 100, 0);
		assert_eq!(choose_op(&p), Some((UNDELEGATE, v(2), U256::from(20))));
		// A validator out of the allocation (target 0) is emptied first.
		let p = input(vec![pos(1, 100, 50), pos(3, 0, 10)], 50, 60, 0);
		assert_eq!(choose_op(&p), Some((UNDELEGATE, v(3), U256::from(10))));
		// Within the minimums of the target: nothing.
		let p = input(vec![pos(1, 60, 31), pos(2, 40, 21)], 50, 52, 0);
		assert_eq!(choose_op(&p), None);
	}
}
