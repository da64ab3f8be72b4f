//! Helpers for the integration tests: a chain of the real runtime, run natively, whose blocks are
//! produced the way a node produces them (initialise, inherents, extrinsics, finalise).

use codec::Encode;
use frame_support::traits::{Get, Time};
use liquid_staking_runtime::{
	AccountId, Block, BlockNumber, Executive, Header, Runtime, RuntimeCall, RuntimeEvent,
	SignedPayload, System, Timestamp, TxExtension, UncheckedExtrinsic, MILLI_SECS_PER_BLOCK,
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::Era,
	traits::{Block as BlockT, Header as HeaderT},
	ApplyExtrinsicResult, BuildStorage,
};

/// A fresh chain built from one of the runtime's genesis presets.
pub fn new_chain(preset: &str) -> sp_io::TestExternalities {
	let patch = liquid_staking_runtime::genesis_config_presets::get_preset(&preset.into())
		.expect("the runtime has this preset");
	let mut config = serde_json::to_value(liquid_staking_runtime::RuntimeGenesisConfig::default())
		.expect("the default genesis config serialises");
	let patch: serde_json::Value = serde_json::from_slice(&patch).expect("a preset is JSON");
	json_merge(&mut config, patch);
	let config: liquid_staking_runtime::RuntimeGenesisConfig =
		serde_json::from_value(config).expect("the patched genesis config deserialises");
	let storage = config.build_storage().expect("genesis storage builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(0));
	ext
}

fn json_merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (k, v) in patch {
				json_merge(base.entry(k).or_insert(serde_json::Value::Null), v);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The transaction extensions of a signed transaction from an account with `nonce`.
pub fn tx_extension(nonce: u32) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		frame_system::WeightReclaim::<Runtime>::new(),
	)
}

/// A transaction signed by `signer` with its current nonce.
pub fn signed(signer: Sr25519Keyring, call: RuntimeCall) -> UncheckedExtrinsic {
	let who: AccountId = signer.to_account_id();
	signed_with_nonce(signer, call, System::account_nonce(&who))
}

/// Transactions signed by `signer` with consecutive nonces from its current one, to go in one
/// block.
pub fn signed_all(signer: Sr25519Keyring, calls: Vec<RuntimeCall>) -> Vec<UncheckedExtrinsic> {
	let first = System::account_nonce(signer.to_account_id());
	calls
		.into_iter()
		.enumerate()
		.map(|(i, call)| signed_with_nonce(signer, call, first + i as u32))
		.collect()
}

/// A transaction signed by `signer` with `nonce`.
pub fn signed_with_nonce(
	signer: Sr25519Keyring,
	call: RuntimeCall,
	nonce: u32,
) -> UncheckedExtrinsic {
	let who: AccountId = signer.to_account_id();
	let extension = tx_extension(nonce);
	let payload = SignedPayload::new(call.clone(), extension.clone())
		.expect("the extensions' implicit data is available");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	UncheckedExtrinsic::new_signed(call, who.into(), signature.into(), extension)
}

/// Produces blocks as a node does: each block is initialised, gets the timestamp inherent, the
/// given extrinsics, and is finalised.
pub struct Chain;

impl Chain {
	/// Starts the next block: `on_initialize` of every pallet and the timestamp inherent.
	pub fn begin_block() -> BlockNumber {
		let number = System::block_number() + 1;
		let parent_hash = if number > 1 { System::parent_hash() } else { H256::zero() };
		let header = Header::new(
			number,
			Default::default(),
			Default::default(),
			parent_hash,
			Default::default(),
		);
		Executive::initialize_block(&header);
		let now = u64::from(number) * MILLI_SECS_PER_BLOCK;
		let inherent =
			UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set {
				now,
			}));
		Executive::apply_extrinsic(inherent)
			.expect("the timestamp inherent is valid")
			.expect("the timestamp inherent dispatches");
		number
	}

	/// Applies one extrinsic to the block being built.
	pub fn apply(xt: UncheckedExtrinsic) -> ApplyExtrinsicResult {
		Executive::apply_extrinsic(xt)
	}

	/// Finalises the block being built; returns its header.
	pub fn end_block() -> <Block as BlockT>::Header {
		Executive::finalize_block()
	}

	/// Produces `n` blocks with no extrinsics but the inherents.
	pub fn advance(n: BlockNumber) {
		for _ in 0..n {
			Self::begin_block();
			Self::end_block();
		}
	}

	/// Skips to block `n` - 1, so that the next block produced is `n`, as if the blocks between
	/// had been empty. Only allowed when no scheduler agenda falls in the skipped blocks, which is
	/// checked: what is skipped is exactly what empty blocks would have done.
	pub fn skip_to(n: BlockNumber) {
		let now = System::block_number();
		assert!(n > now + 1, "skip forward only");
		let skipped = now + 1..n;
		assert!(
			pallet_scheduler::Agenda::<Runtime>::iter_keys().all(|when| !skipped.contains(&when)),
			"a scheduler agenda falls in the skipped blocks"
		);
		System::set_block_number(n - 1);
		pallet_scheduler::IncompleteSince::<Runtime>::put(n);
	}

	/// Produces blocks up to and including block `n`: every block in which the scheduler has an
	/// agenda is produced, the empty stretches between them are skipped. Returns the events of
	/// the blocks produced.
	pub fn run_to(n: BlockNumber) -> Vec<RuntimeEvent> {
		let mut events = Vec::new();
		while System::block_number() < n {
			let now = System::block_number();
			let next = pallet_scheduler::Agenda::<Runtime>::iter_keys()
				.filter(|when| *when > now && *when <= n)
				.min()
				.unwrap_or(n);
			if next > now + 1 {
				Self::skip_to(next);
			}
			Self::advance(1);
			events.extend(System::events().into_iter().map(|r| r.event));
		}
		events
	}

	/// Produces one block holding `xts`; returns each extrinsic's apply result.
	pub fn block_with(xts: Vec<UncheckedExtrinsic>) -> Vec<ApplyExtrinsicResult> {
		Self::begin_block();
		let results = xts.into_iter().map(Self::apply).collect();
		Self::end_block();
		results
	}
}

/// The minimum period between two timestamps, as the runtime configures it.
pub fn minimum_period() -> u64 {
	<Runtime as pallet_timestamp::Config>::MinimumPeriod::get()
}

/// The current timestamp.
pub fn now() -> u64 {
	Timestamp::now()
}

/// The fees `who` paid in the events so far (the last block produced), each with its tip.
pub fn fees_paid_by(who: &AccountId) -> Vec<(u128, u128)> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid {
					who: payer,
					actual_fee,
					tip,
				},
			) if payer == *who => Some((actual_fee, tip)),
			_ => None,
		})
		.collect()
}
