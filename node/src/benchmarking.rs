//! What the node's `benchmark` subcommand needs beyond frame-benchmarking-cli (built with the
//! `runtime-benchmarks` feature):
//!
//! - [`benchmark_spec`], the chain `--chain benchmark`: the `development` preset with
//!   [`BENCH_ACCOUNTS`] more accounts, each holding the native token and WBNB, a bond and a cert
//!   stake in pool 0 and an unbonding request of pool 0 (made at genesis), and
//!   [`FILLER_ACCOUNTS`] accounts holding the native token alone, so that the state a benchmark
//!   reads and the proofs it records are those of a chain in use, not of a near-empty genesis
//!   (`--chain benchmark-<n>`: `n` accounts of each kind, for quick checks);
//! - the extrinsic builders of `benchmark extrinsic` ([`factory`]): `stake` (bond and cert),
//!   `unstake`, `claim`, a relayer's vote (`attest`), `transfer_keep_alive` and `remark`, each
//!   signed by a different account of the benchmark chain (its first transaction), as a block of
//!   real users' transactions is, except the votes, which the three relayers (Alice, Bob,
//!   Charlie) send in turn with consecutive nonces, and the remarks (Alice's);
//! - [`block_inputs`], the inherents and Aura pre-digest of a block on the mocked relay chain
//!   (as the dev node builds them), at relay block [`BENCH_RELAY_SLOT`]: 30 days after genesis,
//!   when the genesis requests' buckets are due;
//! - [`block_capacity`]: a block filled with one builder's transactions as a collator fills it
//!   (the storage proof recorded, `cumulus-pallet-weight-reclaim` refunding each transaction the
//!   proof it did not record), checked to have dispatched every transaction successfully, and
//!   how many of them a block holds by its compute and by its proof, estimated and recorded.

use crate::{chain_spec, parachain, service::FullClient};
use codec::{Decode, Encode};
use frame_benchmarking_cli::{ExtrinsicBuilder, ExtrinsicFactory};
use frame_support::dispatch::{DispatchClass, GetDispatchInfo, PerDispatchClass};
use liquid_staking_runtime::{
	genesis_config_presets::COIN, opaque::Block, AccountId, Runtime, RuntimeCall, RuntimeEvent,
	SignedPayload, TxExtension, UncheckedExtrinsic, DAYS, UNIT, VERSION,
};
use sc_block_builder::BlockBuilderBuilder;
use serde_json::{json, Value};
use sp_api::ProofRecorder;
use sp_blockchain::HeaderBackend;
use sp_core::{sr25519, Pair, H256};
use sp_inherents::{InherentData, InherentDataProvider};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::Era,
	traits::{BlakeTwo256, Header as _},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	Digest, DigestItem, MultiSignature, OpaqueExtrinsic,
};
use sp_trie::proof_size_extension::ProofSizeExt;
use std::sync::Arc;

/// The accounts of the benchmark chain that sign the builders' transactions: more than any of
/// them fits in a block.
pub const BENCH_ACCOUNTS: u32 = 16_000;
/// The accounts of the benchmark chain that only hold the native token.
pub const FILLER_ACCOUNTS: u32 = 50_000;
/// The relay block (and slot) the benchmarks' blocks are built on: 30 days after genesis.
pub const BENCH_RELAY_SLOT: u64 = 30 * DAYS as u64;
/// The pool the builders stake into, unstake from and claim from: BNB (its coin WBNB).
const POOL: u32 = 0;
/// WBNB's asset id.
const WBNB: u32 = 1;
/// The chains the relayers' votes are about: BNB Smart Chain, Ethereum, Polygon.
const VOTE_CHAINS: [u64; 3] = [56, 1, 137];

/// The key of benchmark account `i`.
pub fn bench_pair(i: u32) -> sr25519::Pair {
	sr25519::Pair::from_seed(&sp_crypto_hashing::blake2_256(
		&(b"liquid-staking/benchmark-account", i).encode(),
	))
}

/// Benchmark account `i`.
pub fn bench_account(i: u32) -> AccountId {
	bench_pair(i).public().into()
}

/// Filler account `i` (no key: it only holds the native token).
fn filler_account(i: u32) -> AccountId {
	sp_crypto_hashing::blake2_256(&(b"liquid-staking/filler-account", i).encode()).into()
}

fn json<T: serde::Serialize>(value: T) -> Result<Value, String> {
	serde_json::to_value(value).map_err(|e| e.to_string())
}

/// Appends `items` to the array at `pointer` of `patch` (created if absent).
fn append(patch: &mut Value, pointer: &str, items: Vec<Value>) -> Result<(), String> {
	if patch.pointer(pointer).is_none() {
		let (parent, name) = pointer.rsplit_once('/').ok_or("not a JSON pointer")?;
		patch
			.pointer_mut(parent)
			.and_then(Value::as_object_mut)
			.ok_or_else(|| format!("the preset has no {parent}"))?
			.insert(name.into(), Value::Array(vec![]));
	}
	patch
		.pointer_mut(pointer)
		.and_then(Value::as_array_mut)
		.ok_or_else(|| format!("{pointer} is not an array"))?
		.extend(items);
	Ok(())
}

/// The genesis config patch of a benchmark chain: the `development` preset's, with `accounts`
/// benchmark accounts and `fillers` filler accounts added.
pub fn benchmark_genesis(accounts: u32, fillers: u32) -> Result<Value, String> {
	let preset = liquid_staking_runtime::genesis_config_presets::get_preset(
		&sp_genesis_builder::DEV_RUNTIME_PRESET.into(),
	)
	.ok_or("the runtime has no development preset")?;
	let mut patch: Value = serde_json::from_slice(&preset).map_err(|e| e.to_string())?;
	let (mut balances, mut assets, mut stakes, mut unstakes) =
		(Vec::new(), Vec::new(), Vec::new(), Vec::new());
	for i in 0..accounts {
		let who = json(bench_account(i))?;
		balances.push(json((&who, 1_000 * UNIT))?);
		assets.push(json((WBNB, &who, 1_000 * COIN))?);
		stakes.push(json((&who, POOL, 100 * COIN, "Bond"))?);
		stakes.push(json((&who, POOL, 100 * COIN, "Cert"))?);
		unstakes.push(json((&who, POOL, 10 * COIN, "Cert"))?);
	}
	for i in 0..fillers {
		balances.push(json((filler_account(i), UNIT))?);
	}
	append(&mut patch, "/balances/balances", balances)?;
	append(&mut patch, "/assets/accounts", assets)?;
	append(&mut patch, "/dexGenesis/stakes", stakes)?;
	append(&mut patch, "/dexGenesis/unstakes", unstakes)?;
	Ok(patch)
}

/// Whether `id` names a benchmark chain: `benchmark` or `benchmark-<n>`.
pub fn is_benchmark_chain(id: &str) -> bool {
	id == "benchmark"
		|| id
			.strip_prefix("benchmark-")
			.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The benchmark and filler accounts of the benchmark chain `id`: [`BENCH_ACCOUNTS`] and
/// [`FILLER_ACCOUNTS`] for `benchmark`, `n` of each for `benchmark-<n>` (at most
/// [`BENCH_ACCOUNTS`]).
pub fn accounts_of(id: &str) -> Result<(u32, u32), String> {
	match id.strip_prefix("benchmark-") {
		None if id == "benchmark" => Ok((BENCH_ACCOUNTS, FILLER_ACCOUNTS)),
		Some(n) => {
			let n: u32 = n.parse().map_err(|_| format!("not a number of accounts: {n}"))?;
			if n == 0 || n > BENCH_ACCOUNTS {
				return Err(format!("from 1 to {BENCH_ACCOUNTS} benchmark accounts"));
			}
			Ok((n, n))
		},
		None => Err(format!("not a benchmark chain: {id}")),
	}
}

/// `--chain benchmark` or `--chain benchmark-<n>` (see [`accounts_of`]).
pub fn benchmark_spec(id: &str) -> Result<chain_spec::ChainSpec, String> {
	let (accounts, fillers) = accounts_of(id)?;
	chain_spec::with_patch(
		"Liquid staking benchmark",
		id,
		sc_service::ChainType::Development,
		benchmark_genesis(accounts, fillers)?,
	)
}

/// A call of the benchmarks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bench {
	/// `LiquidStaking::stake` of 1 WBNB as bond.
	StakeBond,
	/// `LiquidStaking::stake` of 1 WBNB as cert.
	StakeCert,
	/// `LiquidStaking::unstake` of 1 cert.
	Unstake,
	/// `LiquidStaking::claim` of the signer's own matured request.
	Claim,
	/// `LiquidStakingBridge::attest`: a relayer's vote on a deposit (pending: the threshold is 2
	/// and no two votes are on the same message).
	Vote,
	/// `Balances::transfer_keep_alive` of 1 UNIT to another benchmark account.
	TransferKeepAlive,
	/// `System::remark` with nothing, by Alice.
	Remark,
}

impl Bench {
	/// Every call, in the order of the README's table.
	pub const ALL: [Bench; 7] = [
		Bench::StakeBond,
		Bench::StakeCert,
		Bench::Unstake,
		Bench::Claim,
		Bench::Vote,
		Bench::TransferKeepAlive,
		Bench::Remark,
	];

	/// The `--pallet` of `benchmark extrinsic` (lowercase).
	pub fn pallet(self) -> &'static str {
		match self {
			Bench::StakeBond | Bench::StakeCert | Bench::Unstake | Bench::Claim => "liquidstaking",
			Bench::Vote => "liquidstakingbridge",
			Bench::TransferKeepAlive => "balances",
			Bench::Remark => "system",
		}
	}

	/// The `--extrinsic` of `benchmark extrinsic`.
	pub fn extrinsic(self) -> &'static str {
		match self {
			Bench::StakeBond => "stake_bond",
			Bench::StakeCert => "stake_cert",
			Bench::Unstake => "unstake",
			Bench::Claim => "claim",
			Bench::Vote => "attest",
			Bench::TransferKeepAlive => "transfer_keep_alive",
			Bench::Remark => "remark",
		}
	}

	/// The signer and nonce of the `n`th transaction on a chain of `accounts` benchmark
	/// accounts, and its call.
	fn transaction(
		self,
		n: u32,
		accounts: u32,
	) -> Result<(sr25519::Pair, u32, RuntimeCall), &'static str> {
		use pallet_liquid_staking::TokenKind;
		let account = |n: u32| {
			if n < accounts {
				Ok(bench_pair(n))
			} else {
				Err("more transactions fit in a block than the benchmark chain has accounts")
			}
		};
		let stake = |kind| {
			RuntimeCall::LiquidStaking(pallet_liquid_staking::Call::stake {
				pool: POOL,
				amount: COIN,
				kind,
			})
		};
		Ok(match self {
			Bench::StakeBond => (account(n)?, 0, stake(TokenKind::Bond)),
			Bench::StakeCert => (account(n)?, 0, stake(TokenKind::Cert)),
			Bench::Unstake => (
				account(n)?,
				0,
				RuntimeCall::LiquidStaking(pallet_liquid_staking::Call::unstake {
					pool: POOL,
					amount: COIN,
					kind: TokenKind::Cert,
				}),
			),
			Bench::Claim => {
				let pair = account(n)?;
				let owner = pair.public().into();
				(
					pair,
					0,
					RuntimeCall::LiquidStaking(pallet_liquid_staking::Call::claim {
						pool: POOL,
						owner,
					}),
				)
			},
			Bench::TransferKeepAlive => (
				account(n)?,
				0,
				RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
					dest: bench_account((n + accounts / 2) % accounts).into(),
					value: UNIT,
				}),
			),
			Bench::Vote => {
				// The three relayers in turn, each over the three chains in turn, each on the
				// deposit nonces the bridge has open (its window): 1,152 first votes, then
				// changes of a relayer's vote to another message of the same nonce, which read
				// and write the same items. Every message differs (its remote transaction), so
				// no two relayers agree and none executes: each is a vote.
				let relayer = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
					[(n % 3) as usize];
				let own = n / 3;
				let chain = VOTE_CHAINS[(own % 3) as usize];
				let deposit = pallet_liquid_staking_bridge::Deposit {
					nonce: u64::from(own / 3) % pallet_liquid_staking_bridge::NONCE_WINDOW,
					tx_hash: H256(sp_crypto_hashing::blake2_256(&n.encode())),
					beneficiary: bench_account(n % accounts),
					amount: COIN,
					stake: None,
				};
				(
					relayer.pair(),
					own,
					RuntimeCall::LiquidStakingBridge(pallet_liquid_staking_bridge::Call::attest {
						chain,
						message: pallet_liquid_staking_bridge::BridgeMessage::Deposit(deposit),
					}),
				)
			},
			Bench::Remark => (
				Sr25519Keyring::Alice.pair(),
				n,
				RuntimeCall::System(frame_system::Call::remark { remark: vec![] }),
			),
		})
	}
}

/// Signs `call` by `pair` with `nonce`, immortal, paying its fee in the native token.
fn sign(pair: &sr25519::Pair, nonce: u32, call: RuntimeCall, genesis: H256) -> UncheckedExtrinsic {
	let extension: TxExtension = (
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_asset_conversion_tx_payment::ChargeAssetTxPayment::<Runtime>::from(0, None),
	)
		.into();
	let implicit =
		((), VERSION.spec_version, VERSION.transaction_version, genesis, genesis, (), (), ());
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| pair.sign(bytes));
	let who: AccountId = pair.public().into();
	UncheckedExtrinsic::new_signed(call, who.into(), MultiSignature::from(signature), extension)
}

/// The extrinsic builder of one [`Bench`], for transactions in a block on the genesis of a
/// benchmark chain of `accounts` benchmark accounts.
pub struct Builder {
	bench: Bench,
	genesis: H256,
	accounts: u32,
}

impl ExtrinsicBuilder for Builder {
	fn pallet(&self) -> &str {
		self.bench.pallet()
	}

	fn extrinsic(&self) -> &str {
		self.bench.extrinsic()
	}

	fn build(&self, nonce: u32) -> Result<OpaqueExtrinsic, &'static str> {
		let (pair, nonce, call) = self.bench.transaction(nonce, self.accounts)?;
		Ok(sign(&pair, nonce, call, self.genesis).into())
	}
}

/// The builders of every [`Bench`], for the benchmark chain `chain` (its id).
pub fn factory(client: &Arc<FullClient>, chain: &str) -> Result<ExtrinsicFactory, String> {
	let genesis = client.info().genesis_hash;
	let (accounts, _) = accounts_of(chain)?;
	Ok(ExtrinsicFactory(
		Bench::ALL
			.into_iter()
			.map(|bench| {
				Box::new(Builder { bench, genesis, accounts }) as Box<dyn ExtrinsicBuilder>
			})
			.collect(),
	))
}

/// The inherent data and the digest of a block built on the best block at relay block
/// [`BENCH_RELAY_SLOT`], as the dev node builds its blocks (see [`crate::parachain`]).
pub fn block_inputs(client: &Arc<FullClient>) -> Result<(InherentData, Vec<DigestItem>), String> {
	let parent = client.info().best_hash;
	let providers = parachain::providers_at(client, parent, BENCH_RELAY_SLOT)?;
	let mut data = InherentData::new();
	futures::executor::block_on(providers.provide_inherent_data(&mut data))
		.map_err(|e| e.to_string())?;
	let millis = BENCH_RELAY_SLOT * parachain::RELAY_SLOT_MILLIS;
	let slot = sp_consensus_aura::Slot::from(millis / liquid_staking_runtime::SLOT_DURATION);
	Ok((data, vec![DigestItem::PreRuntime(sp_consensus_aura::AURA_ENGINE_ID, slot.encode())]))
}

/// A block built on the best block, as a collator builds it.
struct Filled {
	/// The transactions of the builder it holds.
	count: u32,
	/// Their encoded length.
	length: u64,
	/// The storage proof recorded while building it (encoded).
	proof: u64,
	/// That proof in the compact form a collator puts in the proof of validity.
	compact_proof: u64,
	/// The weight each class consumed, as the runtime counted it.
	weight: PerDispatchClass<frame_support::weights::Weight>,
	/// Whether the block is full (the runtime refused the next transaction).
	full: bool,
}

fn storage_key(pallet: &str, item: &str) -> Vec<u8> {
	[sp_crypto_hashing::twox_128(pallet.as_bytes()), sp_crypto_hashing::twox_128(item.as_bytes())]
		.concat()
}

/// Builds a block of the inherents and as many transactions of `builder` as fit (at most
/// `max`), recording the storage proof with the proof-size extension (weight reclaim sees it).
/// Fails if any transaction did not dispatch successfully.
fn fill(
	client: &Arc<FullClient>,
	builder: Option<&dyn ExtrinsicBuilder>,
	max: u32,
	inherents: &InherentData,
	digest: &[DigestItem],
) -> Result<Filled, String> {
	let info = client.info();
	let parent = client
		.header(info.best_hash)
		.map_err(|e| e.to_string())?
		.ok_or("the best block has no header")?;
	let recorder = ProofRecorder::<Block>::default();
	let mut block = BlockBuilderBuilder::new(&**client)
		.on_parent_block(info.best_hash)
		.with_parent_block_number(info.best_number)
		.with_inherent_digests(Digest { logs: digest.to_vec() })
		.with_proof_recorder(Some(recorder.clone()))
		.with_extra_extensions(ProofSizeExt::new(recorder.clone()))
		.build()
		.map_err(|e| e.to_string())?;
	for inherent in block.create_inherents(inherents.clone()).map_err(|e| e.to_string())? {
		block.push(inherent).map_err(|e| format!("an inherent failed: {e}"))?;
	}
	let (mut count, mut length, mut full) = (0u32, 0u64, false);
	if let Some(builder) = builder {
		while count < max {
			let extrinsic = builder.build(count)?;
			let len = extrinsic.encoded_size() as u64;
			match block.push(extrinsic) {
				Ok(()) => {
					count += 1;
					length += len;
				},
				Err(sp_blockchain::Error::ApplyExtrinsicFailed(
					sp_blockchain::ApplyExtrinsicFailed::Validity(
						TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources),
					),
				)) => {
					full = true;
					break;
				},
				Err(e) => return Err(format!("transaction {count} was refused: {e}")),
			}
		}
	}
	let built = block.build().map_err(|e| e.to_string())?;
	let proof = recorder.drain_storage_proof();
	let encoded = proof.encoded_size() as u64;
	let compact = proof
		.into_compact_proof::<BlakeTwo256>(*parent.state_root())
		.map_err(|e| format!("the proof does not compact: {e:?}"))?
		.encoded_size() as u64;
	let changes = &built.storage_changes.main_storage_changes;
	let value = |key: Vec<u8>| {
		changes
			.iter()
			.find(|(k, _)| *k == key)
			.and_then(|(_, v)| v.clone())
			.unwrap_or_default()
	};
	type Events = Vec<frame_system::EventRecord<RuntimeEvent, H256>>;
	let events = Events::decode(&mut &value(storage_key("System", "Events"))[..])
		.map_err(|e| format!("the block's events do not decode: {e}"))?;
	for record in &events {
		if let RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
			dispatch_error, ..
		}) = &record.event
		{
			return Err(format!("a transaction failed in the block: {dispatch_error:?}"));
		}
	}
	let weight = PerDispatchClass::decode(&mut &value(storage_key("System", "BlockWeight"))[..])
		.map_err(|e| format!("the block's weight does not decode: {e}"))?;
	Ok(Filled { count, length, proof: encoded, compact_proof: compact, weight, full })
}

/// How many transactions of `builder` a block holds, as a JSON object.
///
/// Fills a block as a collator does (see [`fill`]; at most `max` transactions), then gives, per
/// transaction:
/// - `charged_ref_time_ns`: the compute the runtime charged (its weight with the transaction's
///   base and extensions, after any refund the call itself makes), and `estimated_ref_time_ns`,
///   what it charged before dispatch;
/// - `estimated_proof`: the proof size charged before dispatch (the benchmarks' estimate, with
///   the base and the length); `charged_proof`: what the runtime counted after weight reclaim
///   replaced the estimate of the call and its extensions by the proof they recorded (the base
///   and the length stay); `recorded_proof`: the growth of the block's recorded proof over a
///   block of inherents alone, divided by the transactions (what the proof of validity carries);
/// - `per_block_ref_time`, `per_block_proof_estimated`, `per_block_proof_charged`,
///   `per_block_proof_recorded`: the normal class's share of a block divided by each of those;
/// - `block_proof`, `block_compact_proof`, `empty_block_proof`: the recorded proofs of the
///   block (encoded, and compact as a collator sends it) and of the block of inherents alone.
pub fn block_capacity(
	client: &Arc<FullClient>,
	builder: &dyn ExtrinsicBuilder,
	max: Option<u32>,
	inherents: &InherentData,
	digest: &[DigestItem],
) -> Result<Value, String> {
	let empty = fill(client, None, 0, inherents, digest)?;
	let filled = fill(client, Some(builder), max.unwrap_or(u32::MAX), inherents, digest)?;
	let n = u64::from(filled.count.max(1));
	let limits = liquid_staking_runtime::configs::RuntimeBlockWeights::get();
	let normal = limits.get(DispatchClass::Normal);
	let max = normal.max_total.unwrap_or(limits.max_block);
	let sample = builder.build(0)?;
	let len = sample.encoded_size() as u64;
	let extrinsic = UncheckedExtrinsic::decode(&mut &sample.encode()[..])
		.map_err(|e| format!("a built transaction does not decode: {e}"))?;
	let estimate = extrinsic
		.get_dispatch_info()
		.total_weight()
		.saturating_add(normal.base_extrinsic);
	let estimated_proof = estimate.proof_size() + len;
	let consumed = *filled.weight.get(DispatchClass::Normal);
	let charged_ref_ns = consumed.ref_time() / n / 1_000;
	let max_ref_ns = max.ref_time() / 1_000;
	let charged_proof = consumed.proof_size().div_ceil(n);
	let recorded_proof = filled.proof.saturating_sub(empty.proof).div_ceil(n);
	Ok(json!({
		"pallet": builder.pallet(),
		"extrinsic": builder.extrinsic(),
		"in_block": filled.count,
		"block_full": filled.full,
		"length": filled.length / n,
		"charged_ref_time_ns": charged_ref_ns,
		"estimated_ref_time_ns": estimate.ref_time() / 1_000,
		"estimated_proof": estimated_proof,
		"charged_proof": charged_proof,
		"recorded_proof": recorded_proof,
		"block_proof": filled.proof,
		"block_compact_proof": filled.compact_proof,
		"empty_block_proof": empty.proof,
		"per_block_ref_time": max_ref_ns / charged_ref_ns.max(1),
		"per_block_proof_estimated": max.proof_size() / estimated_proof.max(1),
		"per_block_proof_charged": max.proof_size() / charged_proof.max(1),
		"per_block_proof_recorded": max.proof_size() / recorded_proof.max(1),
		"normal_max_ref_time_ns": max_ref_ns,
		"normal_max_proof": max.proof_size(),
	}))
}
