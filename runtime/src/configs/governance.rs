//! OpenGov's pallets: `pallet_conviction_voting`, `pallet_referenda` and the custom origins. The
//! origins and the tracks are in [`crate::governance`].

use crate::{
	governance::{origins, tracks, ReferendumCanceller, ReferendumKiller},
	AccountId, Balances, BlockNumber, Preimage, Referenda, Runtime, RuntimeCall, RuntimeEvent,
	Scheduler, DAYS, UNIT,
};
use frame_support::traits::{ConstU128, ConstU32, EitherOf};
use frame_system::{EnsureRoot, EnsureSigned};

/// How long a vote with conviction 1x locks its coins.
#[cfg(not(feature = "fast-runtime"))]
pub const VOTE_LOCKING_PERIOD: BlockNumber = 7 * DAYS;
/// How long a vote with conviction 1x locks its coins: 10 blocks with `fast-runtime`.
#[cfg(feature = "fast-runtime")]
pub const VOTE_LOCKING_PERIOD: BlockNumber = 10;

impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_conviction_voting::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type VoteLockingPeriod = ConstU32<VOTE_LOCKING_PERIOD>;
	type MaxVotes = ConstU32<512>;
	type MaxTurnout =
		frame_support::traits::tokens::currency::ActiveIssuanceOf<Balances, AccountId>;
	type Polls = Referenda;
	/// The relay chain's blocks (the scheduler's clock too).
	type BlockNumberProvider = super::RelayClock;
	type VotingHooks = ();
}

impl origins::pallet_custom_origins::Config for Runtime {}

impl pallet_referenda::Config for Runtime {
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin = EnsureSigned<AccountId>;
	type CancelOrigin = EitherOf<EnsureRoot<AccountId>, ReferendumCanceller>;
	type KillOrigin = EitherOf<EnsureRoot<AccountId>, ReferendumKiller>;
	type Slash = ();
	type Votes = pallet_conviction_voting::VotesOf<Runtime>;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = ConstU128<{ 10 * UNIT }>;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = ConstU32<{ 14 * DAYS }>;
	type AlarmInterval = ConstU32<1>;
	type Tracks = tracks::TracksInfo;
	type Preimages = Preimage;
	/// The relay chain's blocks (the scheduler's clock too).
	type BlockNumberProvider = super::RelayClock;
}
