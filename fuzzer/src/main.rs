//! Random calls from random origins against `pallet-liquid-staking` and
//! `pallet-liquid-staking-bridge` together, in the fuzzer's own runtime (`runtime.rs`: the two
//! pallets wired to each other as a runtime wires them, around real pallet-assets,
//! pallet-balances, pallet-scheduler and pallet-preimage), with random block advances across
//! unbonding periods, buckets and report intervals.
//!
//! Callers are stakers, relayers, governance, root and strangers; amounts are zero, dust, exact
//! balances, one over, random and huge. After every call:
//! - the `do_try_state()` of both pallets holds;
//! - the weight the call used is within the weight it declared;
//! - a refused call changed no storage (checked on a sample of calls: the state root);
//! - no call was refused with a defensive error (`Error::Defensive` of either pallet), and no
//!   bridge message, staked deposit or scheduled task failed with one.
//!
//! Every `CHECK_EVERY` calls and at the end, conservation: every unit of the underlying that came
//! in (genesis balances, bridged deposits, rewards the bridge minted into the pool account) minus
//! what the bridge burned for slashes is in an account (the pool's included) or was withdrawn to
//! the remote chain, and the bridge's books of the chain agree with what its events said; the
//! pool account holds its pooled coins P plus what is claimable (rounding dust aside, never
//! less); and what all holders of bond, cert and unbonding requests could take out fits in P,
//! within one unit per holder.
//!
//! Coverage: every outcome, a call that succeeded or a call refused with a given error, is
//! recorded with the number of the call that first reached it (a call is named by its bare name,
//! whichever pallet it belongs to). `--write-coverage FILE` writes them, tab-separated;
//! `--expect-coverage FILE` fails the run unless it reached every outcome the file lists
//! (`fuzzer/coverage.txt`: the outcomes that 60,000 calls with seed 0 reach).
//!
//! ```text
//! liquid-staking-fuzzer [--calls N] [--seed S] [--write-coverage FILE] [--expect-coverage FILE]
//! ```
//! `--calls 0` runs until stopped. Default: 100,000 calls, seed 0. A failure prints the seed and
//! the call number, so a run can be replayed.

mod runtime;

use frame_support::{
	dispatch::GetDispatchInfo,
	pallet_prelude::Decode,
	traits::{
		fungibles::Inspect, GetCallMetadata, GetCallName, OnFinalize, OnIdle, OnInitialize,
		PalletInfoAccess,
	},
	weights::Weight,
};
use pallet_liquid_staking::*;
use pallet_liquid_staking_bridge::{
	BridgeMessage, Chains, Deposit, DepositNonces, DepositOf, DepositQueue, MessageOf,
	ParkedDeposits, QueuedDepositId, Votes, WithdrawalId, Withdrawals, WrappedCoins, NONCE_WINDOW,
};
use rand::{rngs::StdRng, seq::SliceRandom, Rng, SeedableRng};
use runtime::*;
use sp_core::{H160, H256};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, traits::Dispatchable, DispatchError,
	Perbill, Rounding, StateVersion,
};
use std::collections::BTreeMap;

/// The calls and events of each pallet.
type StakingCall = pallet_liquid_staking::Call<Test>;
type BridgeCall = pallet_liquid_staking_bridge::Call<Test>;
type BridgeEvent = pallet_liquid_staking_bridge::Event<Test>;

/// Accounts that hold, stake and receive: the first three start with the underlying.
const USERS: [AccountId; 6] = [ALICE, BOB, CHARLIE, 4, 5, 6];
/// Accounts with no role and no coins.
const STRANGERS: [AccountId; 2] = [STRANGER, 77];
const RELAYERS: [AccountId; 3] = [RELAYER_1, RELAYER_2, RELAYER_3];
/// How often the conservation and pool-book checks run.
const CHECK_EVERY: u64 = 10_000;
/// How often the storage changes are committed to the backend.
const COMMIT_EVERY: u64 = 1_000;
/// One refused call in this many has its state root compared before and after.
const ROOT_SAMPLE: u64 = 16;

struct Fuzzer {
	rng: StdRng,
	seed: u64,
	calls: u64,
	limit: u64,
	succeeded: BTreeMap<&'static str, u64>,
	refused: BTreeMap<&'static str, u64>,
	/// Every outcome reached, `(call, "ok" or the error)`, and the call that first reached it.
	outcomes: BTreeMap<(&'static str, &'static str), u64>,
	/// What the bridge minted of the underlying: deposits, and rewards into the pool account.
	came_in: u128,
	/// What the bridge burned from the pool account for slashes.
	slashed: u128,
	/// Withdrawn to the remote chain and not refunded.
	withdrawn: u128,
	/// Total issuance of the underlying at genesis.
	initial: u128,
	/// The next remote transaction hash, reward epoch, delegation epoch.
	next_tx: u64,
	next_epoch: u64,
	next_delegation_epoch: u64,
	/// Deposits already executed, replayed now and then.
	seen_deposits: Vec<DepositOf<Test>>,
	/// The vault's deposits by nonce, until executed: honest relayers attest each of them in
	/// the end, or the nonce window would stop.
	vault: BTreeMap<u64, DepositOf<Test>>,
	/// Messages that got fewer votes than the threshold, voted on again later (as relayers
	/// catch up), so that votes do not pile up without end.
	short_of_votes: Vec<MessageOf<Test>>,
	/// Cert returns and redemptions the vault emitted, by nonce, until executed (they share
	/// the deposits' nonces, so honest relayers attest each of them in the end).
	cert_inbound: BTreeMap<u64, MessageOf<Test>>,
	largest_p: u128,
	longest_block: BlockNumber,
}

fn main() {
	let mut calls = 100_000u64;
	let mut seed = 0u64;
	let mut write_coverage = None;
	let mut expect_coverage = None;
	let mut args = std::env::args().skip(1);
	while let Some(arg) = args.next() {
		let value = |v: Option<String>| -> u64 {
			v.and_then(|v| v.replace('_', "").parse().ok()).unwrap_or_else(|| usage())
		};
		match arg.as_str() {
			"--calls" => calls = value(args.next()),
			"--seed" => seed = value(args.next()),
			"--write-coverage" => write_coverage = Some(args.next().unwrap_or_else(|| usage())),
			"--expect-coverage" => expect_coverage = Some(args.next().unwrap_or_else(|| usage())),
			_ => usage(),
		}
	}
	// Read before the run, so that a missing file fails at once.
	let expected = expect_coverage.map(|path| {
		let text = std::fs::read_to_string(&path)
			.unwrap_or_else(|e| panic!("cannot read the coverage file {path}: {e}"));
		(path, parse_coverage(&text))
	});
	let mut ext = runtime::build();
	let mut f = ext.execute_with(|| Fuzzer::new(seed, calls));
	loop {
		let finished = ext.execute_with(|| f.run_chunk());
		// Moves the changes into the backend, so that reading and iterating storage stays as
		// fast after a million calls as after the first.
		ext.commit_all().expect("the changes commit");
		if finished {
			break;
		}
	}
	ext.execute_with(|| f.report());
	if let Some(path) = write_coverage {
		std::fs::write(&path, f.coverage())
			.unwrap_or_else(|e| panic!("cannot write the coverage file {path}: {e}"));
		println!("  coverage: {} outcomes written to {path}", f.outcomes.len());
	}
	if let Some((path, expected)) = expected {
		let reached: BTreeMap<(String, String), u64> = f
			.outcomes
			.iter()
			.map(|((call, outcome), first)| ((call.to_string(), outcome.to_string()), *first))
			.collect();
		let missing: Vec<_> =
			expected.iter().filter(|outcome| !reached.contains_key(*outcome)).collect();
		if !missing.is_empty() {
			for (call, outcome) in &missing {
				eprintln!("  not reached: {call} {outcome}");
			}
			eprintln!(
				"seed {}: {} of the {} outcomes of {path} not reached in {} calls",
				f.seed,
				missing.len(),
				expected.len(),
				f.calls
			);
			std::process::exit(1);
		}
		println!(
			"  coverage: all {} outcomes of {path} reached ({} in all), the last first reached at \
			 call {}",
			expected.len(),
			reached.len(),
			expected.iter().filter_map(|o| reached.get(o)).max().unwrap_or(&0)
		);
	}
}

fn usage() -> ! {
	eprintln!(
		"usage: liquid-staking-fuzzer [--calls N (0: until stopped)] [--seed S] \
		 [--write-coverage FILE] [--expect-coverage FILE]"
	);
	std::process::exit(2)
}

/// The outcomes of a coverage file: one `call<TAB>outcome<TAB>first-call` per line (an error's
/// name may have spaces), `#` comments.
fn parse_coverage(text: &str) -> Vec<(String, String)> {
	text.lines()
		.filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
		.map(|line| {
			let mut fields = line.split('\t');
			match (fields.next(), fields.next()) {
				(Some(call), Some(outcome)) => (call.to_string(), outcome.to_string()),
				_ => panic!("a coverage line is `call<TAB>outcome<TAB>first-call`: {line}"),
			}
		})
		.collect()
}

/// The bare name of a call (`stake`, `attest`), whichever pallet it belongs to.
fn call_name(call: &RuntimeCall) -> &'static str {
	match call {
		RuntimeCall::LiquidStaking(call) => call.get_call_name(),
		RuntimeCall::LiquidStakingBridge(call) => call.get_call_name(),
		other => other.get_call_metadata().function_name,
	}
}

fn error_name(e: &DispatchError) -> &'static str {
	match e {
		DispatchError::Module(m) => m.message.unwrap_or("Module"),
		other => (*other).into(),
	}
}

/// If `e` is the `Error::Defensive` of either pallet, which pallet and which `DefensiveError`.
fn defensive_error(e: &DispatchError) -> Option<String> {
	let DispatchError::Module(m) = e else { return None };
	if m.message != Some("Defensive") {
		return None;
	}
	// The error's encoding: the variant's index, then the `DefensiveError` it carries.
	let inner = &mut &m.error[1..];
	let index = m.index as usize;
	let what = if index == <LiquidStaking as PalletInfoAccess>::index() {
		pallet_liquid_staking::DefensiveError::decode(inner)
			.map(|d| format!("pallet-liquid-staking: Defensive({d:?})"))
			.ok()
	} else if index == <LiquidStakingBridge as PalletInfoAccess>::index() {
		pallet_liquid_staking_bridge::DefensiveError::decode(inner)
			.map(|d| format!("pallet-liquid-staking-bridge: Defensive({d:?})"))
			.ok()
	} else {
		None
	};
	Some(what.unwrap_or_else(|| format!("{m:?}")))
}

fn value_of(shares: u128, pooled: u128, total: u128) -> u128 {
	if total == 0 {
		return 0;
	}
	multiply_by_rational_with_rounding(shares, pooled, total, Rounding::Down).expect("s ≤ S")
}

impl Fuzzer {
	fn new(seed: u64, limit: u64) -> Self {
		System::reset_events();
		Self {
			rng: StdRng::seed_from_u64(seed),
			seed,
			calls: 0,
			limit,
			succeeded: BTreeMap::new(),
			refused: BTreeMap::new(),
			outcomes: BTreeMap::new(),
			came_in: 0,
			slashed: 0,
			withdrawn: 0,
			initial: Assets::total_issuance(WBNB),
			next_tx: 0,
			next_epoch: 1,
			next_delegation_epoch: 1,
			seen_deposits: Vec::new(),
			vault: BTreeMap::new(),
			short_of_votes: Vec::new(),
			cert_inbound: BTreeMap::new(),
			largest_p: 0,
			longest_block: 0,
		}
	}

	/// Runs `COMMIT_EVERY` calls (or what is left of the run); whether the run is over.
	fn run_chunk(&mut self) -> bool {
		let end = self.calls + COMMIT_EVERY;
		while self.calls < end {
			if self.limit != 0 && self.calls >= self.limit {
				self.check_books();
				return true;
			}
			let before = self.calls;
			self.step();
			if before / CHECK_EVERY != self.calls / CHECK_EVERY {
				self.check_books();
			}
			if self.limit == 0 && before / 100_000 != self.calls / 100_000 {
				self.report();
			}
		}
		false
	}

	/// The coverage file's text: every outcome reached and the call that first reached it.
	fn coverage(&self) -> String {
		let mut text = format!(
			"# Outcomes reached by {} calls with seed {}, tab-separated: the call, its outcome (ok \
			 or the error), the call that first reached it.\n",
			self.calls, self.seed
		);
		for ((call, outcome), first) in &self.outcomes {
			text.push_str(&format!("{call}\t{outcome}\t{first}\n"));
		}
		text
	}

	fn report(&self) {
		println!(
			"seed {}: {} calls ({} succeeded, {} refused), block {}, largest P {}",
			self.seed,
			self.calls,
			self.succeeded.values().sum::<u64>(),
			self.refused.values().sum::<u64>(),
			self.longest_block,
			self.largest_p,
		);
		println!("  succeeded: {:?}", self.succeeded);
		println!("  refused:   {:?}", self.refused);
		println!(
			"  underlying: genesis {} + bridged in {} − slashed {} = held {} + withdrawn {}",
			self.initial,
			self.came_in,
			self.slashed,
			Assets::total_issuance(WBNB),
			self.withdrawn
		);
	}

	// ----- choices -----

	fn user(&mut self) -> AccountId {
		*USERS.choose(&mut self.rng).unwrap()
	}

	/// Mostly a user; sometimes a stranger, a relayer or governance.
	fn anyone(&mut self) -> AccountId {
		match self.rng.gen_range(0..10) {
			0 => *STRANGERS.choose(&mut self.rng).unwrap(),
			1 => *RELAYERS.choose(&mut self.rng).unwrap(),
			2 => GOVERNANCE,
			3 => pool_account(),
			_ => self.user(),
		}
	}

	/// The right origin most of the time, a wrong one otherwise.
	fn origin_or_wrong(&mut self, right: RuntimeOrigin) -> RuntimeOrigin {
		if self.rng.gen_ratio(9, 10) {
			right
		} else {
			match self.rng.gen_range(0..3) {
				0 => RuntimeOrigin::signed(*STRANGERS.choose(&mut self.rng).unwrap()),
				1 => RuntimeOrigin::signed(self.user()),
				_ => RuntimeOrigin::none(),
			}
		}
	}

	/// An amount around `hint`: zero, dust, exact, half, one over, random below, large, huge.
	fn amount(&mut self, hint: u128) -> u128 {
		match self.rng.gen_range(0..12) {
			0 => 0,
			1 => self.rng.gen_range(1..=20),
			2 | 3 => hint,
			4 => hint / 2,
			5 => hint.saturating_add(1),
			6..=8 => self.rng.gen_range(0..=hint.max(1)),
			9 => self.rng.gen_range(0..=1_000 * UNIT),
			10 => self.rng.gen_range(0..=100_000 * UNIT),
			_ => self.rng.gen::<u128>() >> self.rng.gen_range(0..128),
		}
	}

	fn kind(&mut self) -> TokenKind {
		if self.rng.gen() {
			TokenKind::Bond
		} else {
			TokenKind::Cert
		}
	}

	fn bond_of(who: AccountId) -> u128 {
		let info = pool();
		value_of(BondShares::<Test>::get(POOL, who), info.total_pooled, info.total_shares)
	}

	// ----- one call -----

	fn step(&mut self) {
		match self.rng.gen_range(0..100) {
			0..=14 => {
				let who = self.user();
				let amount = self.amount(wbnb(who));
				let kind = self.kind();
				self.call(
					RuntimeOrigin::signed(who),
					RuntimeCall::LiquidStaking(StakingCall::stake { pool: POOL, amount, kind }),
				);
			},
			15..=20 => {
				let who = self.user();
				let amount = self.amount(Self::bond_of(who));
				self.call(
					RuntimeOrigin::signed(who),
					RuntimeCall::LiquidStaking(StakingCall::bond_to_cert { pool: POOL, amount }),
				);
			},
			21..=25 => {
				let who = self.user();
				let amount = self.amount(cert(who));
				self.call(
					RuntimeOrigin::signed(who),
					RuntimeCall::LiquidStaking(StakingCall::cert_to_bond { pool: POOL, amount }),
				);
			},
			26..=31 => {
				let who = self.user();
				let dest = self.anyone();
				let amount = self.amount(Self::bond_of(who));
				self.call(
					RuntimeOrigin::signed(who),
					RuntimeCall::LiquidStaking(StakingCall::transfer_bond {
						pool: POOL,
						dest,
						amount,
					}),
				);
			},
			32..=43 => {
				let who = self.user();
				let kind = self.kind();
				let hint = match kind {
					TokenKind::Bond => Self::bond_of(who),
					TokenKind::Cert => cert(who),
				};
				let amount = self.amount(hint);
				// One unstake in ten is an exit to BSC (now and then to the zero address, or to
				// a chain that is not the pool's coin's), whose claims withdraw there.
				let call = if self.rng.gen_ratio(1, 10) {
					let chain = if self.rng.gen_ratio(1, 20) { BSC + 1 } else { BSC };
					let recipient = if self.rng.gen_ratio(1, 20) {
						H160::zero()
					} else {
						H160::from_low_u64_be(self.rng.gen_range(1..=3))
					};
					StakingCall::unstake_to_remote { pool: POOL, amount, kind, chain, recipient }
				} else {
					StakingCall::unstake { pool: POOL, amount, kind }
				};
				self.call(RuntimeOrigin::signed(who), RuntimeCall::LiquidStaking(call));
			},
			44..=50 => {
				let caller = self.anyone();
				let owner = self.anyone();
				self.call(
					RuntimeOrigin::signed(caller),
					RuntimeCall::LiquidStaking(StakingCall::claim { pool: POOL, owner }),
				);
			},
			51..=54 => {
				let buckets: Vec<BlockNumber> = Buckets::<Test>::iter_key_prefix(POOL).collect();
				let bucket = match buckets.choose(&mut self.rng) {
					Some(b) if self.rng.gen_ratio(4, 5) => *b,
					_ => self.rng.gen_range(0..=System::block_number() + 2 * BUCKET),
				};
				let origin = if self.rng.gen_ratio(1, 10) {
					RuntimeOrigin::root()
				} else {
					RuntimeOrigin::signed(self.anyone())
				};
				self.call(
					origin,
					RuntimeCall::LiquidStaking(StakingCall::mature { pool: POOL, bucket }),
				);
			},
			55..=62 => self.relay_rewards_or_slash(),
			63..=67 => self.relay_deposit(),
			68..=71 => self.catch_up(),
			72..=75 => {
				let who = self.user();
				let amount = self.amount(wbnb(who));
				let recipient =
					if self.rng.gen_ratio(1, 20) { H160::zero() } else { H160::repeat_byte(7) };
				self.call(
					RuntimeOrigin::signed(who),
					RuntimeCall::LiquidStakingBridge(BridgeCall::withdraw_to_remote {
						chain: BSC,
						amount,
						recipient,
					}),
				);
			},
			76..=79 => self.relay_withdrawal(),
			80..=81 => self.relay_delegations(),
			82..=83 => self.govern(),
			84..=85 => self.queue(),
			86 => {
				// The oracle path is for local pools: pool 0 is BSC's, so it is refused
				// (`ReportedByRelayers`).
				let amount = self.amount(UNIT);
				let epoch = self.next_epoch;
				self.call(
					RuntimeOrigin::signed(ORACLE),
					RuntimeCall::LiquidStaking(StakingCall::report_rewards {
						pool: POOL,
						epoch,
						amount,
					}),
				);
			},
			87..=90 => self.cert_bridge(),
			_ => self.advance(),
		}
	}

	/// Dispatches `call` from `origin` and checks what must hold after any call.
	fn call(&mut self, origin: RuntimeOrigin, call: RuntimeCall) -> bool {
		let name = call_name(&call);
		// Only the bridge mints and burns the underlying: a reward or slash applied by one of
		// its calls was minted into (burned from) the pool account.
		let by_bridge = matches!(call, RuntimeCall::LiquidStakingBridge(_));
		let described = call.clone();
		let declared = call.get_dispatch_info().call_weight;
		let root_before = self
			.calls
			.is_multiple_of(ROOT_SAMPLE)
			.then(|| sp_io::storage::root(StateVersion::V1));
		self.calls += 1;
		let result = call.dispatch(origin);
		let outcome = match &result {
			Ok(_) => "ok",
			Err(e) => error_name(&e.error),
		};
		self.outcomes.entry((name, outcome)).or_insert(self.calls);
		let (ok, actual) = match &result {
			Ok(post) => {
				*self.succeeded.entry(name).or_default() += 1;
				(true, post.actual_weight)
			},
			Err(e) => {
				*self.refused.entry(error_name(&e.error)).or_default() += 1;
				if let Some(what) = defensive_error(&e.error) {
					self.fail(&format!("{described:?}"), &format!("refused defensively: {what}"));
				}
				if let Some(root) = root_before {
					self.check(
						root == sp_io::storage::root(StateVersion::V1),
						&format!("{described:?}"),
						"a refused call changed storage",
					);
				}
				(false, e.post_info.actual_weight)
			},
		};
		if let Some(actual) = actual {
			if !actual.all_lte(declared) {
				self.fail(&format!("{described:?}"), "used more weight than declared");
			}
		}
		if let Err(e) = LiquidStaking::do_try_state() {
			self.fail(&format!("{described:?}"), &format!("try_state: {e:?}"));
		}
		if let Err(e) = LiquidStakingBridge::do_try_state() {
			self.fail(&format!("{described:?}"), &format!("the bridge's try_state: {e:?}"));
		}
		if let Err(what) = self.tally_events(by_bridge) {
			self.fail(&format!("{described:?}"), &what);
		}
		ok
	}

	fn check(&self, holds: bool, call: &str, what: &str) {
		if !holds {
			self.fail(call, what);
		}
	}

	fn fail(&self, call: &str, what: &str) -> ! {
		panic!(
			"seed {} call {} at block {}: {what}\n  call: {call}",
			self.seed,
			self.calls,
			System::block_number()
		);
	}

	/// Counts what the bridge minted and burned of the underlying, from the events of the last
	/// call (`by_bridge`: a call of the bridge) or block advance; an error if a message, a
	/// staked deposit or a scheduled task failed with a defensive error.
	fn tally_events(&mut self, by_bridge: bool) -> Result<(), String> {
		let mut defensive = None;
		for record in System::events() {
			match record.event {
				RuntimeEvent::LiquidStaking(event) => match event {
					// The bridge minted the reward into the pool account, then applied it.
					Event::RewardsReported { pool, amount, .. } if by_bridge && pool == POOL => {
						self.came_in += amount
					},
					// The bridge applied the slash, then burned it from the pool account.
					Event::Slashed { pool, amount, .. } if by_bridge && pool == POOL => {
						self.slashed += amount
					},
					_ => {},
				},
				RuntimeEvent::LiquidStakingBridge(event) => match event {
					// Minted to the beneficiary, or into the pool account and staked.
					BridgeEvent::Deposited { chain, amount, .. } if chain == BSC => {
						self.came_in += amount
					},
					// A deposit parked for want of an account, paid later.
					BridgeEvent::ParkedDepositPaid { chain, amount, .. } if chain == BSC => {
						self.came_in += amount
					},
					BridgeEvent::WithdrawalRequested { chain, amount, .. } if chain == BSC => {
						self.withdrawn += amount
					},
					BridgeEvent::WithdrawalRefunded { chain, amount, .. } if chain == BSC => {
						self.withdrawn -= amount
					},
					BridgeEvent::MessageFailed { error, .. }
					| BridgeEvent::DepositStakeFailed { error, .. } => {
						if let Some(what) = defensive_error(&error) {
							defensive =
								Some(format!("a message or a staked deposit failed: {what}"));
						}
					},
					_ => {},
				},
				RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched {
					result: Err(error),
					..
				}) => {
					if let Some(what) = defensive_error(&error) {
						defensive = Some(format!("a scheduled task failed: {what}"));
					}
				},
				_ => {},
			}
		}
		System::reset_events();
		match defensive {
			Some(what) => Err(what),
			None => Ok(()),
		}
	}

	// ----- the bridge -----

	/// Relayers (and now and then a stranger) attest `message` until it executes or they run out.
	fn attest(&mut self, message: MessageOf<Test>) {
		let mut relayers = RELAYERS.to_vec();
		relayers.shuffle(&mut self.rng);
		// Mostly every relayer votes; now and then one or two are late.
		let votes = match self.rng.gen_range(0..10) {
			0 => 1,
			1..=3 => 2,
			_ => 3,
		};
		for relayer in relayers.into_iter().take(votes) {
			let who = if self.rng.gen_ratio(1, 20) {
				*STRANGERS.choose(&mut self.rng).unwrap()
			} else {
				relayer
			};
			let call = BridgeCall::attest { chain: BSC, message: message.clone() };
			self.call(RuntimeOrigin::signed(who), RuntimeCall::LiquidStakingBridge(call));
		}
		// Still waiting: short of votes, or voted through and failed.
		if !Votes::<Test>::get(BSC, message.key()).is_empty() {
			self.short_of_votes.push(message);
			if self.short_of_votes.len() > 256 {
				self.short_of_votes.remove(0);
			}
		}
	}

	/// The relayers that had not voted for a message vote now.
	fn catch_up(&mut self) {
		// The oldest of the vault's deposits not yet executed, attested by every relayer.
		let window = DepositNonces::<Test>::get(BSC);
		self.vault.retain(|n, _| window.check(*n).is_ok());
		self.cert_inbound.retain(|n, _| window.check(*n).is_ok());
		if self.rng.gen_ratio(1, 4) {
			if let Some(message) = self.cert_inbound.values().next().cloned() {
				for relayer in RELAYERS {
					let call = BridgeCall::attest { chain: BSC, message: message.clone() };
					self.call(
						RuntimeOrigin::signed(relayer),
						RuntimeCall::LiquidStakingBridge(call),
					);
				}
				if Votes::<Test>::get(BSC, message.key()).len() >= 2 {
					let anyone = self.anyone();
					let call = BridgeCall::execute_message { chain: BSC, message };
					self.call(
						RuntimeOrigin::signed(anyone),
						RuntimeCall::LiquidStakingBridge(call),
					);
				}
				return;
			}
		}
		if self.rng.gen_ratio(1, 3) {
			if let Some(d) = self.vault.values().next().cloned() {
				let message = BridgeMessage::Deposit(d);
				for relayer in RELAYERS {
					let call = BridgeCall::attest { chain: BSC, message: message.clone() };
					self.call(
						RuntimeOrigin::signed(relayer),
						RuntimeCall::LiquidStakingBridge(call),
					);
				}
				if !Votes::<Test>::get(BSC, message.key()).is_empty() {
					self.short_of_votes.push(message);
				}
				return;
			}
		}
		if self.short_of_votes.is_empty() {
			return self.relay_deposit();
		}
		let i = self.rng.gen_range(0..self.short_of_votes.len());
		let message = self.short_of_votes.swap_remove(i);
		if Votes::<Test>::get(BSC, message.key()).len() >= 2 {
			// Voted through but failed (a full queue, a bound): anyone retries it.
			let anyone = self.anyone();
			let call = BridgeCall::execute_message { chain: BSC, message: message.clone() };
			self.call(RuntimeOrigin::signed(anyone), RuntimeCall::LiquidStakingBridge(call));
		} else {
			for relayer in RELAYERS {
				let call = BridgeCall::attest { chain: BSC, message: message.clone() };
				self.call(RuntimeOrigin::signed(relayer), RuntimeCall::LiquidStakingBridge(call));
			}
		}
		if !Votes::<Test>::get(BSC, message.key()).is_empty() {
			self.short_of_votes.push(message);
		}
	}

	fn relay_rewards_or_slash(&mut self) {
		let info = pool();
		let epoch = match self.rng.gen_range(0..40) {
			0 => self.next_epoch.saturating_sub(1),
			1 => self.next_epoch + 1,
			_ => self.next_epoch,
		};
		let bound = info.params.max_reward_per_report.mul_floor(info.total_pooled);
		let message = if self.rng.gen_ratio(4, 5) {
			let amount = match self.rng.gen_range(0..5) {
				0 => bound.saturating_add(1),
				1 => bound,
				_ => self.rng.gen_range(0..=bound.max(1)),
			};
			BridgeMessage::Rewards { pool: POOL, epoch, amount }
		} else {
			let slash_bound = info.params.max_slash_per_report.mul_floor(info.total_pooled);
			let amount = match self.rng.gen_range(0..6) {
				0 => slash_bound.saturating_add(1),
				1 => slash_bound,
				_ => self.rng.gen_range(0..=slash_bound.max(1)),
			};
			BridgeMessage::Slash { pool: POOL, epoch, amount }
		};
		self.attest(message);
		self.next_epoch = pool().last_epoch + 1;
	}

	fn relay_deposit(&mut self) {
		if !self.seen_deposits.is_empty() && self.rng.gen_ratio(1, 10) {
			let replay = self.seen_deposits.choose(&mut self.rng).unwrap().clone();
			return self.attest(BridgeMessage::Deposit(replay));
		}
		let stake = match self.rng.gen_range(0..4) {
			0 => None,
			1 => Some((POOL, TokenKind::Bond)),
			2 => Some((POOL, TokenKind::Cert)),
			_ => Some((self.rng.gen_range(0..3), self.kind())),
		};
		// Mostly within the limits; now and then over them (queued) or odd; never over the
		// per-period limit, which no one could pay without raising the limits.
		let mut amount = if self.rng.gen_ratio(1, 5) {
			self.amount(MAX_DEPOSIT).min(2 * MAX_DEPOSIT)
		} else {
			self.rng.gen_range(1..=MAX_DEPOSIT / 20)
		};
		let beneficiary = match self.rng.gen_range(0..20) {
			0 => pool_account(),
			// A new account and less than the coin's minimum: the deposit is parked.
			1 => {
				amount = self.rng.gen_range(1..WBNB_MIN);
				*STRANGERS.choose(&mut self.rng).unwrap()
			},
			_ => self.user(),
		};
		// Mostly the vault's next nonce; now and then one further on (out of order) or beyond
		// the window.
		let (nonce, from_vault) = match self.rng.gen_range(0..40) {
			0 => (self.next_tx + NONCE_WINDOW + self.rng.gen_range(0..4), false),
			1..=3 => (self.next_tx + self.rng.gen_range(1..4), false),
			_ => {
				self.next_tx += 1;
				(self.next_tx - 1, true)
			},
		};
		let mut deposit = Deposit {
			nonce,
			tx_hash: H256::from_low_u64_be(nonce + 1),
			beneficiary,
			amount,
			stake,
		};
		if from_vault {
			// A vault takes no deposit of nothing: its events have an amount.
			deposit.amount = deposit.amount.max(1);
			self.vault.insert(nonce, deposit.clone());
		}
		self.seen_deposits.push(deposit.clone());
		if self.seen_deposits.len() > 64 {
			self.seen_deposits.remove(0);
		}
		self.attest(BridgeMessage::Deposit(deposit));
	}

	/// Pool 0's cert on BNB Smart Chain: sent there, its mint settled (or not), returned,
	/// redeemed, and redemptions completed.
	fn cert_bridge(&mut self) {
		use pallet_liquid_staking_bridge::{CertRoutes, CertTransfers, Redemptions};
		let route = CertRoutes::<Test>::get(BSC, POOL).expect("opened at genesis");
		// What returns and redemptions not executed yet will take of what is out there.
		let reserved: u128 = self
			.cert_inbound
			.values()
			.map(|m| match m {
				BridgeMessage::CertReturned { amount, .. }
				| BridgeMessage::CertRedeemed { amount, .. } => *amount,
				_ => 0,
			})
			.sum();
		let out = route.outstanding.saturating_sub(reserved).min(route.limits.max_transfer);
		match self.rng.gen_range(0..10) {
			0..=2 => {
				let who = self.user();
				let amount = self.amount(cert(who));
				let recipient =
					if self.rng.gen_ratio(1, 20) { H160::zero() } else { H160::repeat_byte(7) };
				self.call(
					RuntimeOrigin::signed(who),
					RuntimeCall::LiquidStakingBridge(BridgeCall::send_cert {
						chain: BSC,
						pool: POOL,
						amount,
						recipient,
					}),
				);
			},
			3..=4 => {
				let pending: Vec<u64> = CertTransfers::<Test>::iter_keys().collect();
				let id = match pending.choose(&mut self.rng) {
					Some(id) if self.rng.gen_ratio(19, 20) => *id,
					_ => self.rng.gen_range(0..100),
				};
				let message = if self.rng.gen_ratio(4, 5) {
					BridgeMessage::CertMinted { id, tx_hash: H256::repeat_byte(5) }
				} else {
					BridgeMessage::CertMintFailed { id }
				};
				self.attest(message);
			},
			5..=7 => {
				// Mostly what is out there, from the vault's next nonce; now and then more than
				// is out there, from a nonce the vault never gave (it fails and is dropped).
				let least = cert_limits().min_transfer;
				let honest = out >= least && self.rng.gen_ratio(9, 10);
				let (nonce, amount) = if honest {
					self.next_tx += 1;
					(self.next_tx - 1, self.rng.gen_range(least..=out))
				} else {
					(self.next_tx + NONCE_WINDOW + 1, self.amount(route.outstanding + 1))
				};
				let tx_hash = H256::from_low_u64_be(nonce + 1);
				let mut message = if self.rng.gen() {
					let beneficiary = self.anyone();
					BridgeMessage::CertReturned { nonce, tx_hash, pool: POOL, beneficiary, amount }
				} else {
					let recipient = H160::repeat_byte(9);
					BridgeMessage::CertRedeemed { nonce, tx_hash, pool: POOL, recipient, amount }
				};
				if honest {
					// A redemption the pool cannot unstake (below its minimum) would hold its
					// nonce for ever: the vault's limits keep them above it; so does this.
					let info = pool();
					let value = value_of(amount, info.total_pooled, info.total_shares);
					if let BridgeMessage::CertRedeemed { .. } = message {
						if value < info.params.min_unstake.max(UNIT / 100) {
							message = BridgeMessage::CertReturned {
								nonce,
								tx_hash,
								pool: POOL,
								beneficiary: self.user(),
								amount,
							};
						}
					}
					self.cert_inbound.insert(nonce, message.clone());
				}
				self.attest(message);
			},
			_ => {
				let open: Vec<u64> = Redemptions::<Test>::iter_key_prefix(BSC).collect();
				let nonce = match open.choose(&mut self.rng) {
					Some(n) if self.rng.gen_ratio(9, 10) => *n,
					_ => self.rng.gen_range(0..self.next_tx + 2),
				};
				let anyone = self.anyone();
				self.call(
					RuntimeOrigin::signed(anyone),
					RuntimeCall::LiquidStakingBridge(BridgeCall::complete_redemption {
						chain: BSC,
						nonce,
					}),
				);
			},
		}
	}

	fn relay_withdrawal(&mut self) {
		let pending: Vec<WithdrawalId> = Withdrawals::<Test>::iter_keys().collect();
		let id = match pending.choose(&mut self.rng) {
			Some(id) if self.rng.gen_ratio(39, 40) => *id,
			_ => self.rng.gen_range(0..1_000),
		};
		if self.rng.gen_ratio(1, 4) {
			// Not settled: its owner (or someone else, or governance) asks for a refund.
			let origin = match self.rng.gen_range(0..6) {
				0 => RuntimeOrigin::signed(GOVERNANCE),
				1 => RuntimeOrigin::signed(self.anyone()),
				_ => RuntimeOrigin::signed(
					Withdrawals::<Test>::get(id).map_or(self.anyone(), |w| w.who),
				),
			};
			let call = BridgeCall::refund_withdrawal { id };
			self.call(origin, RuntimeCall::LiquidStakingBridge(call));
			return;
		}
		let message = if self.rng.gen_ratio(3, 4) {
			BridgeMessage::WithdrawalReleased { id, tx_hash: H256::repeat_byte(9) }
		} else {
			BridgeMessage::WithdrawalFailed { id }
		};
		self.attest(message);
	}

	fn relay_delegations(&mut self) {
		// Now and then more than the pool can have delegated.
		let p = pool().total_pooled * if self.rng.gen_ratio(1, 10) { 3 } else { 1 };
		let n = self.rng.gen_range(0..=4u64);
		let delegations: Vec<_> = (1..=n)
			.map(|v| (H160::from_low_u64_be(v), self.rng.gen_range(0..=p / n.max(1) as u128)))
			.collect();
		let delegations: pallet_liquid_staking_bridge::DelegationsOf<Test> =
			delegations.try_into().expect("4 delegations are within MaxDelegations");
		let epoch = self.next_delegation_epoch;
		self.attest(BridgeMessage::Delegations { pool: POOL, epoch, delegations });
		self.next_delegation_epoch = Pools::<Test>::get(POOL).unwrap().delegation_epoch + 1;
	}

	/// Releases or approves a queued deposit, pays a parked one, or retries a message that
	/// failed.
	fn queue(&mut self) {
		if self.rng.gen_ratio(1, 4) {
			let parked: Vec<(u64, AccountId)> = ParkedDeposits::<Test>::iter_prefix(BSC)
				.map(|(n, d)| (n, d.beneficiary))
				.collect();
			let (nonce, beneficiary) = parked
				.choose(&mut self.rng)
				.copied()
				.unwrap_or((self.rng.gen_range(0..10), self.anyone()));
			let (origin, call) = if self.rng.gen_ratio(2, 3) {
				let who = if self.rng.gen_ratio(4, 5) { beneficiary } else { self.anyone() };
				(RuntimeOrigin::signed(who), BridgeCall::claim_parked_deposit { chain: BSC, nonce })
			} else {
				let to = self.user();
				(
					self.origin_or_wrong(RuntimeOrigin::signed(GOVERNANCE)),
					BridgeCall::redirect_parked_deposit { chain: BSC, nonce, to },
				)
			};
			self.call(origin, RuntimeCall::LiquidStakingBridge(call));
			return;
		}
		let queued: Vec<QueuedDepositId> = DepositQueue::<Test>::iter_key_prefix(BSC).collect();
		let id = queued.choose(&mut self.rng).copied().unwrap_or(self.rng.gen_range(0..10));
		if self.rng.gen_ratio(2, 3) {
			let anyone = self.anyone();
			self.call(
				RuntimeOrigin::signed(anyone),
				RuntimeCall::LiquidStakingBridge(BridgeCall::release_deposit { chain: BSC, id }),
			);
		} else {
			let origin = self.origin_or_wrong(RuntimeOrigin::signed(GOVERNANCE));
			self.call(
				origin,
				RuntimeCall::LiquidStakingBridge(BridgeCall::approve_deposit { chain: BSC, id }),
			);
		}
	}

	// ----- governance -----

	fn govern(&mut self) {
		match self.rng.gen_range(0..12) {
			0..=2 => {
				// Within `MaxValidators`: a longer allocation cannot be encoded into the call.
				let n = self.rng.gen_range(0..=MAX_VALIDATORS);
				let mut parts: Vec<u32> =
					(0..n).map(|_| self.rng.gen_range(0..=600_000_000)).collect();
				// Mostly whole: the last part takes what the others leave.
				if n > 0 && self.rng.gen_ratio(3, 4) {
					let rest: u32 =
						parts[..n as usize - 1].iter().fold(0u32, |a, p| a.saturating_add(*p));
					parts[n as usize - 1] = 1_000_000_000u32.saturating_sub(rest);
				}
				let allocation: Vec<_> = parts
					.into_iter()
					.enumerate()
					.map(|(i, p)| {
						(
							H160::from_low_u64_be(self.rng.gen_range(1..=i as u64 + 2)),
							Perbill::from_parts(p),
						)
					})
					.collect();
				let allocation: AllocationOf<Test> =
					allocation.try_into().expect("at most MaxValidators validators");
				let origin = self.origin_or_wrong(RuntimeOrigin::signed(GOVERNANCE));
				self.call(
					origin,
					RuntimeCall::LiquidStaking(StakingCall::set_allocation {
						pool: POOL,
						allocation,
					}),
				);
			},
			3 => {
				let who = if self.rng.gen() {
					GOVERNANCE
				} else {
					*RELAYERS.choose(&mut self.rng).unwrap()
				};
				let origin = self.origin_or_wrong(RuntimeOrigin::signed(who));
				self.call(
					origin,
					RuntimeCall::LiquidStakingBridge(BridgeCall::pause_chain { chain: BSC }),
				);
			},
			4..=5 => {
				let origin = self.origin_or_wrong(RuntimeOrigin::signed(GOVERNANCE));
				self.call(
					origin,
					RuntimeCall::LiquidStakingBridge(BridgeCall::unpause_chain { chain: BSC }),
				);
			},
			6..=7 => {
				let paused = PauseFlags {
					staking: self.rng.gen_ratio(1, 3),
					unstaking: self.rng.gen_ratio(1, 3),
				};
				let origin = self.origin_or_wrong(RuntimeOrigin::root());
				self.call(
					origin,
					RuntimeCall::LiquidStaking(StakingCall::set_paused { pool: POOL, paused }),
				);
			},
			_ => {
				let mut params = pool().params;
				params.commission = Perbill::from_percent(self.rng.gen_range(0..=25));
				params.conversion_fee = Perbill::from_parts(self.rng.gen_range(0..=20_000_000));
				params.max_reward_per_report =
					Perbill::from_parts(self.rng.gen_range(0..=12_000_000));
				params.min_report_interval = self.rng.gen_range(0..=2 * REPORT_INTERVAL);
				params.unbonding_period =
					*[PERIOD, BUCKET, 3 * BUCKET, 0].choose(&mut self.rng).unwrap();
				params.stake_cap =
					self.rng.gen_ratio(1, 5).then(|| self.rng.gen_range(0..=10_000_000 * UNIT));
				let origin = self.origin_or_wrong(RuntimeOrigin::root());
				self.call(
					origin,
					RuntimeCall::LiquidStaking(StakingCall::set_pool_params { pool: POOL, params }),
				);
			},
		}
	}

	// ----- time -----

	/// Moves to a later block, running the hooks of every block that has scheduled tasks on the
	/// way (blocks with none are skipped: nothing happens in them).
	fn advance(&mut self) {
		let n: BlockNumber = match self.rng.gen_range(0..100) {
			0 => PERIOD + BUCKET,
			1..=10 => self.rng.gen_range(BUCKET..=5 * BUCKET),
			_ => self.rng.gen_range(1..=REPORT_INTERVAL),
		};
		let now = System::block_number();
		let target = now + n;
		let mut stops: Vec<BlockNumber> = pallet_scheduler::Agenda::<Test>::iter_keys()
			.filter(|b| *b > now && *b < target)
			.collect();
		stops.sort();
		stops.push(target);
		for block in stops {
			let previous = System::block_number();
			<AllPalletsWithSystem as OnIdle<BlockNumber>>::on_idle(previous, Weight::MAX);
			<AllPalletsWithSystem as OnFinalize<BlockNumber>>::on_finalize(previous);
			System::set_block_number(block);
			pallet_scheduler::IncompleteSince::<Test>::put(block);
			<AllPalletsWithSystem as OnInitialize<BlockNumber>>::on_initialize(block);
		}
		self.longest_block = target;
		let context = format!("advance to block {target}");
		if let Err(e) = LiquidStaking::do_try_state() {
			self.fail(&context, &format!("try_state: {e:?}"));
		}
		if let Err(e) = LiquidStakingBridge::do_try_state() {
			self.fail(&context, &format!("the bridge's try_state: {e:?}"));
		}
		if let Err(what) = self.tally_events(false) {
			self.fail(&context, &what);
		}
	}

	// ----- the end checks -----

	fn check_books(&mut self) {
		let context = format!("books after {} calls", self.calls);
		// Conservation of the underlying.
		let held: u128 =
			pallet_assets::Account::<Test>::iter_prefix(WBNB).map(|(_, a)| a.balance).sum();
		self.check(held == Assets::total_issuance(WBNB), &context, "accounts differ from issuance");
		self.check(
			held + self.withdrawn == self.initial + self.came_in - self.slashed,
			&context,
			"underlying created or lost",
		);
		// The bridge's books of the chain say what its events said: it minted the deposits and
		// rewards, burned the slashes, and holds as withdrawn what was not refunded.
		let books = Chains::<Test>::get(BSC).expect("BSC is registered at genesis");
		self.check(books.minted == self.came_in, &context, "the bridge's minted differs");
		self.check(books.burned == self.slashed, &context, "the bridge's burned differs");
		self.check(
			books.withdrawn.checked_sub(books.refunded) == Some(self.withdrawn),
			&context,
			"the bridge's withdrawn less refunded differs",
		);
		self.check(
			WrappedCoins::<Test>::get(WBNB) == Some(self.initial),
			&context,
			"the bridge recorded another genesis issuance",
		);
		// The pool account holds P + claimable, plus dust never taken out.
		let info = pool();
		self.largest_p = self.largest_p.max(info.total_pooled);
		let in_pool = wbnb(pool_account());
		let owed = info.total_pooled + info.claimable;
		self.check(in_pool >= owed, &context, "the pool account holds less than it owes");
		// What every holder could take out fits in P, within one unit per holder.
		let (p, s) = (info.total_pooled, info.total_shares);
		let mut claims = 0u128;
		let mut terms = 0u128;
		for (_, shares) in BondShares::<Test>::iter_prefix(POOL) {
			claims += value_of(shares, p, s);
			terms += 1;
		}
		for (_, account) in pallet_assets::Account::<Test>::iter_prefix(info.cert) {
			claims += value_of(account.balance, p, s);
			terms += 1;
		}
		for (_, bucket) in Buckets::<Test>::iter_prefix(POOL) {
			if bucket.matured.is_none() {
				claims += value_of(bucket.shares, p, s);
				terms += 1;
			}
		}
		self.check(claims <= p, &context, "holders could take out more than P");
		self.check(p - claims <= terms, &context, "more than one unit per holder is unaccounted");
	}
}
