//! The appchain, through subxt: what the relayer reads of the bridge and the pools, and the calls
//! it makes. Every value is encoded and decoded against the node's metadata (by name and type),
//! so a call or storage item whose shape changed is refused with a clear error rather than
//! misread.

use std::str::FromStr;

use anyhow::{anyhow, bail, Context};
use codec::{Decode, Encode};
use scale_decode::DecodeAsType;
use scale_encode::EncodeAsType;
use subxt::{
	dynamic,
	utils::{AccountId32, H160, H256},
	OnlineClient, SubstrateConfig,
};
use subxt_signer::{sr25519::Keypair, SecretUri};

/// The bridge pallet's name in the runtime.
pub const BRIDGE: &str = "LiquidStakingBridge";
/// The staking pallet's name in the runtime.
pub const STAKING: &str = "LiquidStaking";

/// A pool's token (`TokenKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, EncodeAsType, DecodeAsType)]
pub enum TokenKind {
	/// The rebasing token.
	Bond,
	/// The certificate token.
	Cert,
}

/// A deposit, as attested (`Deposit`).
#[derive(Clone, Debug, PartialEq, Eq, Encode, EncodeAsType, DecodeAsType)]
pub struct Deposit {
	/// The vault's nonce.
	pub nonce: u64,
	/// The remote transaction.
	pub tx_hash: H256,
	/// Who receives it here.
	pub beneficiary: AccountId32,
	/// How much.
	pub amount: u128,
	/// Stake it into this pool as this token.
	pub stake: Option<(u32, TokenKind)>,
}

/// A message relayers attest (`BridgeMessage`).
#[derive(Clone, Debug, PartialEq, Eq, Encode, EncodeAsType, DecodeAsType)]
pub enum BridgeMessage {
	/// A deposit.
	Deposit(Deposit),
	/// A pool's rewards.
	Rewards {
		/// The pool.
		pool: u32,
		/// The epoch.
		epoch: u64,
		/// The amount.
		amount: u128,
	},
	/// A pool's slash.
	Slash {
		/// The pool.
		pool: u32,
		/// The epoch.
		epoch: u64,
		/// The amount.
		amount: u128,
	},
	/// A pool's delegations.
	Delegations {
		/// The pool.
		pool: u32,
		/// The epoch.
		epoch: u64,
		/// (validator, amount).
		delegations: Vec<(H160, u128)>,
	},
	/// A withdrawal was paid.
	WithdrawalReleased {
		/// The withdrawal.
		id: u64,
		/// The paying transaction.
		tx_hash: H256,
	},
	/// A withdrawal cannot be paid.
	WithdrawalFailed {
		/// The withdrawal.
		id: u64,
	},
	/// A cert transfer was minted on the remote chain.
	CertMinted {
		/// The transfer.
		id: u64,
		/// The minting transaction.
		tx_hash: H256,
	},
	/// A cert transfer cannot be minted.
	CertMintFailed {
		/// The transfer.
		id: u64,
	},
	/// Cert burned on the remote chain for an appchain account.
	CertReturned {
		/// The vault's inbound nonce.
		nonce: u64,
		/// The burning transaction.
		tx_hash: H256,
		/// The pool.
		pool: u32,
		/// Who receives it here.
		beneficiary: AccountId32,
		/// How much.
		amount: u128,
	},
	/// Cert burned on the remote chain to be redeemed there.
	CertRedeemed {
		/// The vault's inbound nonce.
		nonce: u64,
		/// The burning transaction.
		tx_hash: H256,
		/// The pool.
		pool: u32,
		/// Who is paid the coin there.
		recipient: H160,
		/// How much.
		amount: u128,
	},
}

/// A message's replay key (`ReplayKey`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, EncodeAsType, DecodeAsType)]
pub enum ReplayKey {
	/// A deposit.
	Deposit {
		/// The nonce.
		nonce: u64,
	},
	/// A reward or slash report.
	Report {
		/// The pool.
		pool: u32,
		/// The epoch.
		epoch: u64,
	},
	/// A delegation report.
	Delegations {
		/// The pool.
		pool: u32,
		/// The epoch.
		epoch: u64,
	},
	/// A withdrawal's settlement.
	Withdrawal {
		/// The id.
		id: u64,
	},
	/// A cert transfer's settlement.
	CertTransfer {
		/// The id.
		id: u64,
	},
}

impl BridgeMessage {
	/// The message's replay key.
	pub fn key(&self) -> ReplayKey {
		match self {
			Self::Deposit(d) => ReplayKey::Deposit { nonce: d.nonce },
			Self::CertReturned { nonce, .. } | Self::CertRedeemed { nonce, .. } => {
				ReplayKey::Deposit { nonce: *nonce }
			},
			Self::CertMinted { id, .. } | Self::CertMintFailed { id } => {
				ReplayKey::CertTransfer { id: *id }
			},
			Self::Rewards { pool, epoch, .. } | Self::Slash { pool, epoch, .. } => {
				ReplayKey::Report { pool: *pool, epoch: *epoch }
			},
			Self::Delegations { pool, epoch, .. } => {
				ReplayKey::Delegations { pool: *pool, epoch: *epoch }
			},
			Self::WithdrawalReleased { id, .. } | Self::WithdrawalFailed { id } => {
				ReplayKey::Withdrawal { id: *id }
			},
		}
	}

	/// The hash votes hold: BLAKE2-256 of the SCALE-encoded `(chain, message)`.
	pub fn hash(&self, chain: u64) -> H256 {
		H256(sp_crypto_hashing::blake2_256(&(chain, self).encode()))
	}

	/// The kind, for logs and metrics.
	pub fn kind(&self) -> &'static str {
		match self {
			Self::Deposit(_) => "deposit",
			Self::Rewards { .. } => "rewards",
			Self::Slash { .. } => "slash",
			Self::Delegations { .. } => "delegations",
			Self::WithdrawalReleased { .. } => "withdrawal_released",
			Self::WithdrawalFailed { .. } => "withdrawal_failed",
			Self::CertMinted { .. } => "cert_minted",
			Self::CertMintFailed { .. } => "cert_mint_failed",
			Self::CertReturned { .. } => "cert_returned",
			Self::CertRedeemed { .. } => "cert_redeemed",
		}
	}
}

/// What the relayer reads of a registered chain (`ChainInfo`).
#[derive(Clone, Debug, DecodeAsType)]
pub struct ChainInfo {
	/// The relayers.
	pub relayers: Vec<AccountId32>,
	/// How many must agree.
	pub threshold: u32,
	/// Whether it is paused.
	pub paused: bool,
	/// Minted by deposits and rewards.
	pub minted: u128,
	/// Burned by slashes.
	pub burned: u128,
	/// Burned by withdrawals.
	pub withdrawn: u128,
	/// Withdrawals released.
	pub released: u128,
	/// Withdrawals refunded.
	pub refunded: u128,
}

/// A chain's executed deposit nonces (`NonceWindow`).
#[derive(Clone, Copy, Debug, Default, DecodeAsType)]
pub struct NonceWindow {
	/// The lowest nonce not executed.
	pub next: u64,
	/// Which nonces after it are executed.
	pub executed: u128,
}

impl NonceWindow {
	/// Whether `nonce` is executed.
	pub fn executed(&self, nonce: u64) -> bool {
		nonce < self.next
			|| (nonce - self.next < 128 && self.executed & (1u128 << (nonce - self.next)) != 0)
	}
}

/// A withdrawal waiting to be settled (`Withdrawal`).
#[derive(Clone, Debug, DecodeAsType)]
pub struct Withdrawal {
	/// The remote chain.
	pub chain: u64,
	/// Who burned the wrapped coin.
	pub who: AccountId32,
	/// The EVM recipient.
	pub recipient: H160,
	/// How much.
	pub amount: u128,
	/// The block it was requested at.
	pub requested_at: u32,
}

/// Cert sent to a remote chain, waiting for its mint there (`CertTransfer`).
#[derive(Clone, Debug, DecodeAsType)]
pub struct CertTransfer {
	/// The remote chain.
	pub chain: u64,
	/// The pool.
	pub pool: u32,
	/// The sender.
	pub who: AccountId32,
	/// The EVM recipient.
	pub recipient: H160,
	/// How much cert.
	pub amount: u128,
	/// The block it was sent at.
	pub requested_at: u32,
}

/// A pool's fair value at its latest report (`CertRate`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, DecodeAsType)]
pub struct CertRate {
	/// The report's epoch.
	pub epoch: u64,
	/// The pool's coin.
	pub pooled: u128,
	/// The pool's shares.
	pub shares: u128,
}

/// Cert redeemed from a remote chain (`Redemption`).
#[derive(Clone, Debug, DecodeAsType)]
pub struct Redemption {
	/// The pool.
	pub pool: u32,
	/// Who is paid the coin there.
	pub recipient: H160,
	/// The cert redeemed.
	pub cert: u128,
	/// Its value when unstaked.
	pub value: u128,
	/// The appchain block from which it can be claimed.
	pub release_at: u64,
	/// The withdrawal that pays it, once requested.
	pub withdrawal: Option<u64>,
}

/// What the relayer reads of a pool (`PoolInfo`).
#[derive(Clone, Debug, DecodeAsType)]
pub struct PoolInfo {
	/// The chain whose validators it stakes with.
	pub validator_chain: Option<u64>,
	/// Coin pooled (staked and unbonding, rewards included).
	pub total_pooled: u128,
	/// Shares.
	pub total_shares: u128,
	/// Shares unbonding.
	pub unbonding_shares: u128,
	/// The last reward or slash epoch.
	pub last_epoch: u64,
	/// The last delegation epoch.
	pub delegation_epoch: u64,
}

impl PoolInfo {
	/// What should be delegated: the pooled coin but what is unbonding.
	pub fn to_stake(&self) -> u128 {
		if self.total_shares == 0 {
			return 0;
		}
		use alloy::primitives::U256;
		let unbonding = U256::from(self.unbonding_shares) * U256::from(self.total_pooled)
			/ U256::from(self.total_shares);
		self.total_pooled
			.saturating_sub(u128::try_from(unbonding).unwrap_or(self.total_pooled))
	}
}

/// What the pool's books say is delegated to a validator (`ValidatorBooks`).
#[derive(Clone, Debug, DecodeAsType)]
pub struct ValidatorBooks {
	/// The validator.
	pub validator: H160,
	/// What the last delegation report said is delegated to it.
	pub delegated: u128,
}

/// A line of a pool's allocation plan (`PlanLine`).
#[derive(Clone, Debug, DecodeAsType)]
pub struct PlanLine {
	/// The validator.
	pub validator: H160,
	/// Its target part, in parts per billion.
	pub target: u32,
}

/// The appchain client: a subxt client and the relayer's account.
#[derive(Clone)]
pub struct Appchain {
	/// The subxt client.
	pub api: OnlineClient<SubstrateConfig>,
	/// The node's legacy RPC methods (the best block).
	rpc: subxt::rpcs::LegacyRpcMethods<subxt::config::RpcConfigFor<SubstrateConfig>>,
	signer: Keypair,
	/// The relayer's account.
	pub account: AccountId32,
}

/// frame-support's `ViewFunctionDispatchError`: why the runtime did not run a view function.
#[derive(Debug, Decode)]
enum ViewFunctionDispatchError {
	NotImplemented,
	NotFound(#[allow(dead_code)] [u8; 32]),
	Codec,
}

/// A finalized block the relayer reads at.
pub type AtBlock = subxt::client::ClientAtBlock<
	SubstrateConfig,
	subxt::client::OnlineClientAtBlockImpl<SubstrateConfig>,
>;

/// A transaction in a finalized block: whether it emitted the event looked for, and the fee
/// it paid (in the native token's smallest unit).
#[derive(Clone, Copy, Debug)]
pub struct Included {
	/// Whether the bridge emitted the event looked for.
	pub emitted: bool,
	/// The fee paid, tip included.
	pub fee: u128,
}

/// `TransactionPayment::TransactionFeePaid`.
#[derive(DecodeAsType)]
struct FeePaid {
	actual_fee: u128,
	tip: u128,
}

/// Why the appchain refused a call: the pallet's error name when it gave one; and the fee the
/// call paid all the same.
#[derive(Debug)]
pub struct Refused {
	/// The error's name.
	pub error: String,
	/// The fee the refused call paid.
	pub fee: u128,
}

impl std::fmt::Display for Refused {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(&self.error)
	}
}
impl std::error::Error for Refused {}

/// Reads the relayer's appchain key: a secret URI on the file's first line.
pub fn read_key(path: &std::path::Path) -> anyhow::Result<Keypair> {
	let text = std::fs::read_to_string(path)
		.with_context(|| format!("reading the appchain key {}", path.display()))?;
	let uri = SecretUri::from_str(text.trim())
		.map_err(|e| anyhow!("the appchain key {} is not a secret URI: {e}", path.display()))?;
	Keypair::from_uri(&uri).map_err(|e| anyhow!("the appchain key {}: {e}", path.display()))
}

impl Appchain {
	/// Connects to `url` and signs with `signer`. The connection is re-established whenever
	/// it drops (after 0.5 s, then doubling up to a minute); calls made meanwhile fail and are
	/// retried by the caller.
	pub async fn connect(url: &str, signer: Keypair) -> anyhow::Result<Self> {
		use subxt::rpcs::client::reconnecting_rpc_client::{ExponentialBackoff, RpcClient};
		let rpc = RpcClient::builder()
			.retry_policy(
				ExponentialBackoff::from_millis(500).max_delay(std::time::Duration::from_secs(60)),
			)
			.build(url)
			.await
			.with_context(|| format!("connecting to the appchain at {url}"))?;
		let api = OnlineClient::<SubstrateConfig>::from_rpc_client(rpc.clone())
			.await
			.with_context(|| format!("connecting to the appchain at {url}"))?;
		let rpc = subxt::rpcs::LegacyRpcMethods::new(rpc.into());
		let account = signer.public_key().to_account_id();
		Ok(Self { api, rpc, signer, account })
	}

	/// The latest finalized block.
	pub async fn finalized(&self) -> anyhow::Result<AtBlock> {
		Ok(self.api.at_current_block().await?)
	}

	/// The best block: what a vote about to be sent checks, so as not to vote on what a block
	/// not finalized yet has already settled (a refused vote pays a fee).
	pub async fn best(&self) -> anyhow::Result<AtBlock> {
		use subxt::config::Header;
		let header = self
			.rpc
			.chain_get_header(None)
			.await?
			.ok_or_else(|| anyhow!("the node has no best block"))?;
		Ok(self.api.at_block(header.number()).await?)
	}

	/// A pool.
	pub async fn pool(at: &AtBlock, pool: u32) -> anyhow::Result<Option<PoolInfo>> {
		let addr = dynamic::storage::<(u32,), PoolInfo>(STAKING, "Pools");
		Ok(match at.storage().try_fetch(addr, (pool,)).await? {
			Some(v) => Some(v.decode()?),
			None => None,
		})
	}

	/// Whether `message`'s key is settled at `at`: executed (or its withdrawal refunded), so a
	/// vote on it would be refused.
	pub async fn settled(
		at: &AtBlock,
		chain: u64,
		message: &BridgeMessage,
	) -> anyhow::Result<bool> {
		Ok(match message {
			BridgeMessage::Deposit(d) => Self::deposit_nonces(at, chain).await?.executed(d.nonce),
			BridgeMessage::Rewards { pool, epoch, .. }
			| BridgeMessage::Slash { pool, epoch, .. } => {
				Self::pool(at, *pool).await?.is_none_or(|p| p.last_epoch >= *epoch)
			},
			BridgeMessage::Delegations { pool, epoch, .. } => {
				Self::pool(at, *pool).await?.is_none_or(|p| p.delegation_epoch >= *epoch)
			},
			BridgeMessage::WithdrawalReleased { id, .. }
			| BridgeMessage::WithdrawalFailed { id } => {
				let addr = dynamic::storage::<(u64,), Withdrawal>(BRIDGE, "Withdrawals");
				at.storage().try_fetch(addr, (*id,)).await?.is_none()
			},
			BridgeMessage::CertMinted { id, .. } | BridgeMessage::CertMintFailed { id } => {
				let addr = dynamic::storage::<(u64,), CertTransfer>(BRIDGE, "CertTransfers");
				at.storage().try_fetch(addr, (*id,)).await?.is_none()
			},
			BridgeMessage::CertReturned { nonce, .. }
			| BridgeMessage::CertRedeemed { nonce, .. } => {
				Self::deposit_nonces(at, chain).await?.executed(*nonce)
			},
		})
	}

	/// The block `number` (finalized blocks only are asked for).
	pub async fn at(&self, number: u64) -> anyhow::Result<AtBlock> {
		Ok(self.api.at_block(number).await?)
	}

	/// A registered chain.
	pub async fn chain(at: &AtBlock, chain: u64) -> anyhow::Result<Option<ChainInfo>> {
		let addr = dynamic::storage::<(u64,), ChainInfo>(BRIDGE, "Chains");
		Ok(match at.storage().try_fetch(addr, (chain,)).await? {
			Some(v) => Some(v.decode()?),
			None => None,
		})
	}

	/// A chain's executed deposit nonces.
	pub async fn deposit_nonces(at: &AtBlock, chain: u64) -> anyhow::Result<NonceWindow> {
		let addr = dynamic::storage::<(u64,), NonceWindow>(BRIDGE, "DepositNonces");
		Ok(match at.storage().try_fetch(addr, (chain,)).await? {
			Some(v) => v.decode()?,
			None => NonceWindow::default(),
		})
	}

	/// The votes on a key: (relayer, message hash).
	pub async fn votes(
		at: &AtBlock,
		chain: u64,
		key: ReplayKey,
	) -> anyhow::Result<Vec<(AccountId32, H256)>> {
		let addr = dynamic::storage::<(u64, ReplayKey), Vec<(AccountId32, H256)>>(BRIDGE, "Votes");
		Ok(match at.storage().try_fetch(addr, (chain, key)).await? {
			Some(v) => v.decode()?,
			None => Vec::new(),
		})
	}

	/// The withdrawals to `chain` waiting to be settled, by id.
	pub async fn pending_withdrawals(
		at: &AtBlock,
		chain: u64,
	) -> anyhow::Result<Vec<(u64, Withdrawal)>> {
		let addr = dynamic::storage::<(u64,), Withdrawal>(BRIDGE, "Withdrawals");
		let mut iter = at.storage().iter(addr, ()).await?;
		let mut out = Vec::new();
		while let Some(kv) = iter.next().await {
			let kv = kv?;
			let (id,) = kv.key()?.decode()?;
			let w = kv.value().decode()?;
			if w.chain == chain {
				out.push((id, w));
			}
		}
		out.sort_by_key(|(id, _)| *id);
		Ok(out)
	}

	/// The cert transfers to `chain` waiting for their mint, by id.
	pub async fn pending_cert_transfers(
		at: &AtBlock,
		chain: u64,
	) -> anyhow::Result<Vec<(u64, CertTransfer)>> {
		let addr = dynamic::storage::<(u64,), CertTransfer>(BRIDGE, "CertTransfers");
		let mut iter = at.storage().iter(addr, ()).await?;
		let mut out = Vec::new();
		while let Some(kv) = iter.next().await {
			let kv = kv?;
			let (id,) = kv.key()?.decode()?;
			let t: CertTransfer = kv.value().decode()?;
			if t.chain == chain {
				out.push((id, t));
			}
		}
		out.sort_by_key(|(id, _)| *id);
		Ok(out)
	}

	/// A pool's fair value at its latest report.
	pub async fn cert_rate(at: &AtBlock, pool: u32) -> anyhow::Result<Option<CertRate>> {
		let addr = dynamic::storage::<(u32,), CertRate>(BRIDGE, "CertRates");
		Ok(match at.storage().try_fetch(addr, (pool,)).await? {
			Some(v) => Some(v.decode()?),
			None => None,
		})
	}

	/// The redemptions from `chain`, by inbound nonce.
	pub async fn redemptions(at: &AtBlock, chain: u64) -> anyhow::Result<Vec<(u64, Redemption)>> {
		let addr = dynamic::storage::<(u64, u64), Redemption>(BRIDGE, "Redemptions");
		let mut iter = at.storage().iter(addr, (chain,)).await?;
		let mut out = Vec::new();
		while let Some(kv) = iter.next().await {
			let kv = kv?;
			let (_, nonce) = kv.key()?.decode()?;
			out.push((nonce, kv.value().decode()?));
		}
		out.sort_by_key(|(nonce, _)| *nonce);
		Ok(out)
	}

	/// Whether withdrawal `id` is pending at `at`.
	pub async fn withdrawal_pending(at: &AtBlock, id: u64) -> anyhow::Result<bool> {
		let addr = dynamic::storage::<(u64,), Withdrawal>(BRIDGE, "Withdrawals");
		Ok(at.storage().try_fetch(addr, (id,)).await?.is_some())
	}

	/// Claims a matured redemption and withdraws its coin to its recipient.
	pub async fn complete_redemption(&self, chain: u64, nonce: u64) -> anyhow::Result<Included> {
		let tx = dynamic::transaction(BRIDGE, "complete_redemption", (chain, nonce));
		self.submit(tx, "RedemptionCompleted").await
	}

	/// The pools whose validators are on `chain`.
	pub async fn pools_on(at: &AtBlock, chain: u64) -> anyhow::Result<Vec<(u32, PoolInfo)>> {
		let addr = dynamic::storage::<(u32,), PoolInfo>(STAKING, "Pools");
		let mut iter = at.storage().iter(addr, ()).await?;
		let mut out = Vec::new();
		while let Some(kv) = iter.next().await {
			let kv = kv?;
			let (id,) = kv.key()?.decode()?;
			let p: PoolInfo = kv.value().decode()?;
			if p.validator_chain == Some(chain) {
				out.push((id, p));
			}
		}
		out.sort_by_key(|(id, _)| *id);
		Ok(out)
	}

	/// What a pool's books say is delegated, per validator.
	pub async fn validator_books(at: &AtBlock, pool: u32) -> anyhow::Result<Vec<ValidatorBooks>> {
		let addr = dynamic::storage::<(u32,), Vec<ValidatorBooks>>(STAKING, "Validators");
		Ok(match at.storage().try_fetch(addr, (pool,)).await? {
			Some(v) => v.decode()?,
			None => Vec::new(),
		})
	}

	/// A pool's allocation plan (the runtime API `LiquidStakingApi::allocation_plan`).
	pub async fn allocation_plan(at: &AtBlock, pool: u32) -> anyhow::Result<Vec<PlanLine>> {
		let call = dynamic::runtime_api_call::<_, Vec<PlanLine>>(
			"LiquidStakingApi",
			"allocation_plan",
			(pool,),
		);
		Ok(at.runtime_apis().call(call).await?)
	}

	/// The bridge pallet's clock at `at` (a parachain's relay block): a redemption released at
	/// or before it may be completed in the next block.
	pub async fn now(at: &AtBlock) -> anyhow::Result<u64> {
		// The runtime API takes `(ViewFunctionId, Vec<u8>)`: the input is a length-prefixed
		// `Vec<u8>` (empty here), encoded as such.
		let id = at
			.metadata_ref()
			.pallet_by_name(BRIDGE)
			.and_then(|p| p.view_function_by_name("clock"))
			.ok_or_else(|| anyhow!("the appchain's runtime has no view function {BRIDGE}::clock"))?
			.query_id()
			.to_owned();
		let out = at.view_functions().call_raw(Some(&(id, Vec::<u8>::new()).encode())).await?;
		match <Result<Vec<u8>, ViewFunctionDispatchError>>::decode(&mut &out[..])? {
			Ok(value) => Ok(u32::decode(&mut &value[..])?.into()),
			Err(e) => bail!("{BRIDGE}::clock refused: {e:?}"),
		}
	}

	/// The first block, among the first `upto`, whose clock (the relay-chain block the pallets
	/// count time in) has reached `clock`: where a request the bridge stamped with `clock` was
	/// made. Every relayer finds the same block: the clock never goes back, and blocks up to
	/// `upto` are final. A binary search, `log2(upto)` calls of the view function.
	pub async fn first_at_clock(&self, clock: u64, upto: u64) -> anyhow::Result<AtBlock> {
		let (mut lo, mut hi) = (0u64, upto);
		while lo < hi {
			let mid = lo + (hi - lo) / 2;
			if Self::now(&self.at(mid).await?).await? >= clock {
				hi = mid;
			} else {
				lo = mid + 1;
			}
		}
		self.at(lo).await
	}

	/// The block's timestamp, in seconds.
	pub async fn timestamp_secs(at: &AtBlock) -> anyhow::Result<u64> {
		let addr = dynamic::storage::<(), u64>("Timestamp", "Now");
		Ok(at.storage().fetch(addr, ()).await?.decode()? / 1_000)
	}

	/// Attests `message` for `chain`. Returns whether it executed in that block (the events
	/// of the block say `MessageExecuted` for it) and the fee paid, or the pallet's refusal as
	/// [`Refused`].
	pub async fn attest(&self, chain: u64, message: &BridgeMessage) -> anyhow::Result<Included> {
		let tx = dynamic::transaction(BRIDGE, "attest", (chain, message.clone()));
		self.submit(tx, "MessageExecuted").await
	}

	/// Executes a message whose votes reached the threshold but whose execution failed.
	pub async fn execute_message(
		&self,
		chain: u64,
		message: &BridgeMessage,
	) -> anyhow::Result<Included> {
		let tx = dynamic::transaction(BRIDGE, "execute_message", (chain, message.clone()));
		self.submit(tx, "MessageExecuted").await
	}

	/// Pauses `chain` (any of its relayers may).
	pub async fn pause_chain(&self, chain: u64) -> anyhow::Result<Included> {
		let tx = dynamic::transaction(BRIDGE, "pause_chain", (chain,));
		self.submit(tx, "ChainPaused").await
	}

	/// Signs and submits `tx`, waits for its block to be finalized; whether the bridge emitted
	/// `event` in it.
	async fn submit<Call: subxt::transactions::Payload>(
		&self,
		tx: Call,
		event: &str,
	) -> anyhow::Result<Included> {
		let at = self.api.at_current_block().await?;
		let mut progress =
			at.transactions().sign_and_submit_then_watch_default(&tx, &self.signer).await?;
		while let Some(status) = progress.next().await {
			let status = status?;
			let in_block = match &status {
				// Finalized: the next transaction's nonce is read at the finalized block.
				subxt::transactions::TransactionStatus::InFinalizedBlock(b) => b,
				subxt::transactions::TransactionStatus::Error { message }
				| subxt::transactions::TransactionStatus::Invalid { message }
				| subxt::transactions::TransactionStatus::Dropped { message } => {
					return Err(anyhow!("transaction not included: {message}"));
				},
				_ => continue,
			};
			// The fee is paid whether the call succeeds or is refused.
			let mut included = Included { emitted: false, fee: 0 };
			for e in in_block.fetch_events().await?.iter().filter_map(|e| e.ok()) {
				if e.pallet_name() == BRIDGE && e.event_name() == event {
					included.emitted = true;
				}
				if e.pallet_name() == "TransactionPayment" && e.event_name() == "TransactionFeePaid"
				{
					if let Ok(paid) = e.decode_fields_unchecked_as::<FeePaid>() {
						included.fee = paid.actual_fee.saturating_add(paid.tip);
					}
				}
			}
			return match in_block.wait_for_success().await {
				Ok(_) => Ok(included),
				Err(subxt::error::TransactionEventsError::ExtrinsicFailed(e)) => {
					Err(Refused { error: error_name(&e), fee: included.fee }.into())
				},
				Err(e) => Err(e.into()),
			};
		}
		Err(anyhow!("the transaction's status stream ended"))
	}
}

/// A dispatch error's name: `Pallet::Error` for a module error.
pub fn error_name(e: &subxt::error::DispatchError) -> String {
	match e {
		subxt::error::DispatchError::Module(m) => m.details_string(),
		other => format!("{other}"),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The messages encode as the pallet's own types do, so their hashes are the votes' hashes.
	#[test]
	fn messages_encode_as_the_pallet_s() {
		use pallet_liquid_staking_bridge as p;
		type PalletMessage =
			p::BridgeMessage<sp_core::crypto::AccountId32, u128, Vec<(sp_core::H160, u128)>>;
		let who = [7u8; 32];
		let pairs: Vec<(BridgeMessage, PalletMessage)> = vec![
			(
				BridgeMessage::Deposit(Deposit {
					nonce: 9,
					tx_hash: H256([1; 32]),
					beneficiary: AccountId32(who),
					amount: 5,
					stake: Some((1, TokenKind::Cert)),
				}),
				p::BridgeMessage::Deposit(p::Deposit {
					nonce: 9,
					tx_hash: sp_core::H256([1; 32]),
					beneficiary: who.into(),
					amount: 5,
					stake: Some((1, p::TokenKind::Cert)),
				}),
			),
			(
				BridgeMessage::Slash { pool: 2, epoch: 3, amount: 4 },
				p::BridgeMessage::Slash { pool: 2, epoch: 3, amount: 4 },
			),
			(
				BridgeMessage::Rewards { pool: 2, epoch: 3, amount: 4 },
				p::BridgeMessage::Rewards { pool: 2, epoch: 3, amount: 4 },
			),
			(
				BridgeMessage::Delegations {
					pool: 1,
					epoch: 2,
					delegations: vec![(H160([3; 20]), 6)],
				},
				p::BridgeMessage::Delegations {
					pool: 1,
					epoch: 2,
					delegations: vec![(sp_core::H160([3; 20]), 6)],
				},
			),
			(
				BridgeMessage::WithdrawalReleased { id: 8, tx_hash: H256([2; 32]) },
				p::BridgeMessage::WithdrawalReleased { id: 8, tx_hash: sp_core::H256([2; 32]) },
			),
			(
				BridgeMessage::WithdrawalFailed { id: 8 },
				p::BridgeMessage::WithdrawalFailed { id: 8 },
			),
			(
				BridgeMessage::CertMinted { id: 3, tx_hash: H256([4; 32]) },
				p::BridgeMessage::CertMinted { id: 3, tx_hash: sp_core::H256([4; 32]) },
			),
			(BridgeMessage::CertMintFailed { id: 3 }, p::BridgeMessage::CertMintFailed { id: 3 }),
			(
				BridgeMessage::CertReturned {
					nonce: 4,
					tx_hash: H256([5; 32]),
					pool: 1,
					beneficiary: AccountId32(who),
					amount: 7,
				},
				p::BridgeMessage::CertReturned {
					nonce: 4,
					tx_hash: sp_core::H256([5; 32]),
					pool: 1,
					beneficiary: who.into(),
					amount: 7,
				},
			),
			(
				BridgeMessage::CertRedeemed {
					nonce: 5,
					tx_hash: H256([6; 32]),
					pool: 1,
					recipient: H160([8; 20]),
					amount: 9,
				},
				p::BridgeMessage::CertRedeemed {
					nonce: 5,
					tx_hash: sp_core::H256([6; 32]),
					pool: 1,
					recipient: sp_core::H160([8; 20]),
					amount: 9,
				},
			),
		];
		for (ours, theirs) in pairs {
			assert_eq!((56u64, &ours).encode(), (56u64, &theirs).encode(), "{ours:?}");
			assert_eq!(ours.hash(56).0, sp_crypto_hashing::blake2_256(&(56u64, &theirs).encode()));
			assert_eq!(ours.key().encode(), theirs.key().encode());
		}
	}

	#[test]
	fn nonce_window_reads_as_the_pallet_writes() {
		let w = NonceWindow { next: 5, executed: 0b110 };
		assert!(w.executed(4));
		assert!(!w.executed(5));
		assert!(w.executed(6) && w.executed(7));
		assert!(!w.executed(8));
		assert!(!w.executed(5 + 200));
	}

	#[test]
	fn to_stake_leaves_out_what_unbonds() {
		let p = PoolInfo {
			validator_chain: Some(56),
			total_pooled: 1_000,
			total_shares: 500,
			unbonding_shares: 100,
			last_epoch: 0,
			delegation_epoch: 0,
		};
		assert_eq!(p.to_stake(), 800);
		assert_eq!(PoolInfo { total_shares: 0, ..p.clone() }.to_stake(), 0);
		// No overflow with large pools.
		let big = PoolInfo {
			total_pooled: 10u128.pow(30),
			total_shares: 10u128.pow(30),
			unbonding_shares: 10u128.pow(29),
			..p
		};
		assert_eq!(big.to_stake(), 9 * 10u128.pow(29));
	}
}
