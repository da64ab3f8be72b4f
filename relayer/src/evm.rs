//! A remote chain, through alloy: its vault and the vault's staking adapter.

use alloy::{
	eips::BlockId,
	network::EthereumWallet,
	primitives::{Address, B256, U256},
	providers::{DynProvider, Provider, ProviderBuilder},
	signers::local::PrivateKeySigner,
};
use std::time::Duration;

use anyhow::{anyhow, Context};
use liquid_staking_contracts::bindings::{
	IStakingAdapter,
	LiquidStakingVault::{self, LiquidStakingVaultErrors, LiquidStakingVaultInstance},
};

/// An event of the vault's inbound sequence (a deposit, a cert return or a cert redemption),
/// with its nonce.
#[derive(Clone, Debug)]
pub struct VaultInbound {
	/// The vault's inbound nonce.
	pub nonce: u64,
	/// The transaction that made it.
	pub tx_hash: B256,
	/// The block it is in.
	pub block: u64,
	/// What it is.
	pub event: InboundEvent,
}

/// What an inbound event asks of the appchain.
#[derive(Clone, Debug)]
pub enum InboundEvent {
	/// `Deposited`: coin locked for an appchain account.
	Deposit {
		/// Who receives it on the appchain.
		beneficiary: [u8; 32],
		/// How much.
		amount: U256,
		/// The pool it is to be staked into.
		pool: u32,
		/// 0: not staked; 1: bond; 2: cert.
		stake_as: u8,
	},
	/// `CertReturned`: cert burned for an appchain account.
	CertReturned {
		/// Who receives it on the appchain.
		beneficiary: [u8; 32],
		/// How much cert.
		amount: U256,
		/// The cert's pool.
		pool: u32,
	},
	/// `CertRedeemed`: cert burned to be paid back in the coin on this chain.
	CertRedeemed {
		/// Who is paid here.
		recipient: Address,
		/// How much cert.
		amount: U256,
		/// The cert's pool.
		pool: u32,
	},
}

/// How long a sent transaction may take to be mined before the poll gives up on it (it is
/// looked at again at the next poll: a mined vote is seen through `voted`).
const RECEIPT_TIMEOUT: Duration = Duration::from_secs(60);

/// A vote mined: whether it carried the action out (reached the threshold), and its gas.
#[derive(Clone, Copy, Debug)]
pub struct Mined {
	/// Whether the vote reached the threshold and the action ran.
	pub done: bool,
	/// The gas it used.
	pub gas: u64,
}

/// The gas limit a vote is sent with: the estimate, plus a quarter, plus a storage write. The
/// vault's release window writes a new checkpoint when the second changes, so an estimate made
/// in the second of the window's last checkpoint is short by that write.
fn gas_limit(estimate: u64) -> u64 {
	estimate + estimate / 4 + 25_000
}

/// Why the vault refused a call: the custom error's name, or the node's message.
#[derive(Debug)]
pub struct Reverted(pub String);

impl std::fmt::Display for Reverted {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "the vault refused: {}", self.0)
	}
}
impl std::error::Error for Reverted {}

/// Reads the EVM key: a hex private key on the file's first line.
pub fn read_key(path: &std::path::Path) -> anyhow::Result<PrivateKeySigner> {
	let text = std::fs::read_to_string(path)
		.with_context(|| format!("reading the EVM key {}", path.display()))?;
	text.trim()
		.parse::<PrivateKeySigner>()
		.map_err(|e| anyhow!("the EVM key {} is not a hex private key: {e}", path.display()))
}

/// A remote chain's client.
#[derive(Clone)]
pub struct Evm {
	/// The provider, signing with the relayer's key.
	pub provider: DynProvider,
	/// The vault.
	pub vault: LiquidStakingVaultInstance<DynProvider>,
	/// The relayer's address.
	pub me: Address,
	/// The chain id.
	pub chain_id: u64,
}

impl Evm {
	/// A client of the chain at `url` whose vault is `vault`.
	pub fn new(
		url: &str,
		chain_id: u64,
		vault: Address,
		key: PrivateKeySigner,
	) -> anyhow::Result<Self> {
		let me = key.address();
		let url = url.parse().with_context(|| format!("the endpoint {url}"))?;
		// The nonce is read from the chain for every transaction (no cache that a refused or
		// dropped transaction could leave ahead of the chain).
		let provider = ProviderBuilder::new()
			.disable_recommended_fillers()
			.with_gas_estimation()
			.with_simple_nonce_management()
			.fetch_chain_id()
			.wallet(EthereumWallet::from(key))
			.connect_http(url)
			.erased();
		let vault = LiquidStakingVault::new(vault, provider.clone());
		Ok(Self { provider, vault, me, chain_id })
	}

	/// Checks that the endpoint serves the configured chain.
	pub async fn check_chain(&self) -> anyhow::Result<()> {
		let id = self.provider.get_chain_id().await?;
		if id != self.chain_id {
			return Err(anyhow!("the endpoint serves chain {id}, not {}", self.chain_id));
		}
		Ok(())
	}

	/// The latest block number.
	pub async fn head(&self) -> anyhow::Result<u64> {
		Ok(self.provider.get_block_number().await?)
	}

	/// The hash and timestamp of block `n`.
	pub async fn block(&self, n: u64) -> anyhow::Result<(B256, u64)> {
		let b = self
			.provider
			.get_block_by_number(n.into())
			.await?
			.ok_or_else(|| anyhow!("block {n} not found"))?;
		Ok((b.header.hash, b.header.timestamp))
	}

	/// The vault's inbound events (deposits, cert returns, cert redemptions) in blocks
	/// `from..=to`, by nonce.
	pub async fn inbound(&self, from: u64, to: u64) -> anyhow::Result<Vec<VaultInbound>> {
		fn at(log: &alloy::rpc::types::Log) -> anyhow::Result<(B256, u64)> {
			Ok((
				log.transaction_hash.ok_or_else(|| anyhow!("a log without its transaction"))?,
				log.block_number.ok_or_else(|| anyhow!("a log without its block"))?,
			))
		}
		let mut out = Vec::new();
		let v = &self.vault;
		for (e, log) in v.Deposited_filter().from_block(from).to_block(to).query().await? {
			let (tx_hash, block) = at(&log)?;
			let event = InboundEvent::Deposit {
				beneficiary: e.beneficiary.0,
				amount: e.amount,
				pool: e.pool,
				stake_as: e.stakeAs,
			};
			out.push(VaultInbound { nonce: e.nonce, tx_hash, block, event });
		}
		for (e, log) in v.CertReturned_filter().from_block(from).to_block(to).query().await? {
			let (tx_hash, block) = at(&log)?;
			let event = InboundEvent::CertReturned {
				beneficiary: e.beneficiary.0,
				amount: e.amount,
				pool: e.pool,
			};
			out.push(VaultInbound { nonce: e.nonce, tx_hash, block, event });
		}
		for (e, log) in v.CertRedeemed_filter().from_block(from).to_block(to).query().await? {
			let (tx_hash, block) = at(&log)?;
			let event = InboundEvent::CertRedeemed {
				recipient: e.recipient,
				amount: e.amount,
				pool: e.pool,
			};
			out.push(VaultInbound { nonce: e.nonce, tx_hash, block, event });
		}
		out.sort_by_key(|d| d.nonce);
		Ok(out)
	}

	/// The cert mints the vault made in blocks `from..=to`: (transfer id, minting transaction).
	pub async fn cert_mints(&self, from: u64, to: u64) -> anyhow::Result<Vec<(u64, B256)>> {
		let logs = self.vault.CertMinted_filter().from_block(from).to_block(to).query().await?;
		logs.into_iter()
			.map(|(e, log)| {
				Ok((
					e.id,
					log.transaction_hash.ok_or_else(|| anyhow!("a log without its transaction"))?,
				))
			})
			.collect()
	}

	/// Whether cert transfer `id` is minted, at block `at`.
	pub async fn is_cert_minted(&self, id: u64, at: u64) -> anyhow::Result<bool> {
		Ok(self.vault.certMinted(id).block(BlockId::number(at)).call().await?)
	}

	/// The vault's cert token and its pool and rate epoch, if it has one.
	pub async fn cert_token(&self) -> anyhow::Result<Option<(Address, u32, u64)>> {
		let token = self.vault.certToken().call().await?;
		if token == Address::ZERO {
			return Ok(None);
		}
		let cert = liquid_staking_contracts::bindings::LiquidCertToken::new(token, &self.provider);
		Ok(Some((token, cert.pool().call().await?, cert.rateEpoch().call().await?)))
	}

	/// Votes to mint the cert `m`, as [`Self::approve_release`]; whether it was minted.
	pub async fn approve_cert_mint(
		&self,
		m: LiquidStakingVault::CertMint,
	) -> anyhow::Result<Mined> {
		let receipt = send_vote(self.vault.approveCertMint(m)).await?;
		Ok(Mined {
			done: !liquid_staking_contracts::events::<LiquidStakingVault::CertMinted>(&receipt)
				.is_empty(),
			gas: receipt.gas_used,
		})
	}

	/// Votes for the cert rate `r`, as [`Self::approve_release`]; whether it was set.
	pub async fn approve_cert_rate(
		&self,
		r: LiquidStakingVault::CertRate,
	) -> anyhow::Result<Mined> {
		let receipt = send_vote(self.vault.approveCertRate(r)).await?;
		Ok(Mined {
			done: !liquid_staking_contracts::events::<
				liquid_staking_contracts::bindings::LiquidCertToken::RateUpdated,
			>(&receipt)
			.is_empty(),
			gas: receipt.gas_used,
		})
	}

	/// The withdrawals the vault paid in blocks `from..=to`: (id, paying transaction).
	pub async fn releases(&self, from: u64, to: u64) -> anyhow::Result<Vec<(u64, B256)>> {
		let logs = self.vault.Released_filter().from_block(from).to_block(to).query().await?;
		logs.into_iter()
			.map(|(e, log)| {
				Ok((
					e.id,
					log.transaction_hash.ok_or_else(|| anyhow!("a log without its transaction"))?,
				))
			})
			.collect()
	}

	/// Whether withdrawal `id` is paid, at block `at`.
	pub async fn is_released(&self, id: u64, at: u64) -> anyhow::Result<bool> {
		Ok(self.vault.released(id).block(BlockId::number(at)).call().await?)
	}

	/// Whether this relayer already voted for `key` with the current relayer set.
	pub async fn voted(&self, key: B256) -> anyhow::Result<bool> {
		Ok(self.vault.voted(key, self.me).call().await?)
	}

	/// Votes to release `r`: simulated first, then sent; the vault's refusal as [`Reverted`].
	/// Returns whether the vote paid it, and its gas.
	pub async fn approve_release(&self, r: LiquidStakingVault::Release) -> anyhow::Result<Mined> {
		let receipt = send_vote(self.vault.approveRelease(r)).await?;
		Ok(Mined {
			done: !liquid_staking_contracts::events::<LiquidStakingVault::Released>(&receipt)
				.is_empty(),
			gas: receipt.gas_used,
		})
	}

	/// Votes for staking operation `op`, as [`Self::approve_release`]; whether it ran.
	pub async fn approve_staking_op(
		&self,
		op: LiquidStakingVault::StakingOp,
	) -> anyhow::Result<Mined> {
		let receipt = send_vote(self.vault.approveStakingOp(op)).await?;
		Ok(Mined {
			done: !liquid_staking_contracts::events::<LiquidStakingVault::StakingOpExecuted>(
				&receipt,
			)
			.is_empty(),
			gas: receipt.gas_used,
		})
	}

	/// Pauses the vault (any relayer may).
	pub async fn pause(&self) -> anyhow::Result<()> {
		if self.vault.paused().call().await? {
			return Ok(());
		}
		let call = self.vault.pause();
		if let Err(e) = call.call().await {
			return Err(reverted(&e).into());
		}
		call.send().await?.with_timeout(Some(RECEIPT_TIMEOUT)).get_receipt().await?;
		Ok(())
	}

	/// The vault's adapter at block `at` (zero when none).
	pub async fn adapter(&self, at: u64) -> anyhow::Result<Address> {
		Ok(self.vault.adapter().block(BlockId::number(at)).call().await?)
	}

	/// The vault's next staking-operation nonce at block `at`.
	pub async fn next_staking_op(&self, at: u64) -> anyhow::Result<u64> {
		Ok(self.vault.nextStakingOpNonce().block(BlockId::number(at)).call().await?)
	}

	/// The vault's coin at block `at`.
	pub async fn liquidity(&self, at: u64) -> anyhow::Result<U256> {
		Ok(self.vault.liquidity().block(BlockId::number(at)).call().await?)
	}

	/// An adapter's position with `validator` at block `at`: (staked, unbonding, rewards).
	pub async fn position(
		&self,
		adapter: Address,
		validator: Address,
		at: u64,
	) -> anyhow::Result<(U256, U256, U256)> {
		let a = IStakingAdapter::new(adapter, self.provider.clone());
		let at = BlockId::number(at);
		Ok((
			a.staked(validator).block(at).call().await?,
			a.unbonding(validator).block(at).call().await?,
			a.rewards(validator).block(at).call().await?,
		))
	}

	/// What the vault would receive by claiming from `validator` at block `at` (the adapter's
	/// `claim`, simulated as called by the vault).
	pub async fn claimable(
		&self,
		adapter: Address,
		validator: Address,
		at: u64,
	) -> anyhow::Result<U256> {
		let a = IStakingAdapter::new(adapter, self.provider.clone());
		Ok(a.claim(validator)
			.from(*self.vault.address())
			.block(BlockId::number(at))
			.call()
			.await
			.unwrap_or_default())
	}

	/// The adapter's delegations and claims in blocks `from..=to`: (validator, delegated),
	/// (validator, claimed).
	pub async fn adapter_flows(
		&self,
		adapter: Address,
		from: u64,
		to: u64,
	) -> anyhow::Result<(Vec<(Address, U256)>, Vec<(Address, U256)>)> {
		let a = IStakingAdapter::new(adapter, self.provider.clone());
		let delegated = a.Delegated_filter().from_block(from).to_block(to).query().await?;
		let claimed = a.Claimed_filter().from_block(from).to_block(to).query().await?;
		Ok((
			delegated.into_iter().map(|(e, _)| (e.validator, e.amount)).collect(),
			claimed.into_iter().map(|(e, _)| (e.validator, e.amount)).collect(),
		))
	}
}

/// A vote: simulated (the vault's refusal as [`Reverted`], nothing sent), sent with a gas
/// margin over the estimate, and mined within [`RECEIPT_TIMEOUT`].
async fn send_vote<C: alloy::sol_types::SolCall>(
	call: alloy::contract::SolCallBuilder<&DynProvider, C>,
) -> anyhow::Result<alloy::rpc::types::TransactionReceipt> {
	if let Err(e) = call.call().await {
		return Err(reverted(&e).into());
	}
	let estimate = call.estimate_gas().await.map_err(|e| reverted(&e))?;
	let receipt = call
		.gas(gas_limit(estimate))
		.send()
		.await
		.map_err(|e| Reverted(format!("not sent: {e}")))?
		.with_timeout(Some(RECEIPT_TIMEOUT))
		.get_receipt()
		.await?;
	if !receipt.status() {
		return Err(Reverted("reverted on chain".into()).into());
	}
	Ok(receipt)
}

/// The vault's refusal of a call: its custom error's name.
pub fn reverted(e: &alloy::contract::Error) -> Reverted {
	Reverted(liquid_staking_contracts::revert_name::<LiquidStakingVaultErrors>(e))
}
