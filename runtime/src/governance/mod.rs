//! OpenGov: referenda voted with conviction, on a track per kind of decision.
//!
//! | track | origin | decides |
//! | --- | --- | --- |
//! | 0 `root` | Root | anything |
//! | 1 `liquid_staking_admin` | `LiquidStakingAdmin` | pools and their parameters, oracle members |
//! | 2 `validator_allocation` | `ValidatorAllocation` | the pools' validator allocations |
//! | 3 `bridge_admin` | `BridgeAdmin` | remote chains, relayers, limits, unpausing |
//! | 4 `referendum_canceller` | `ReferendumCanceller` | cancelling a referendum |
//! | 5 `referendum_killer` | `ReferendumKiller` | killing a referendum |
//!
//! The origins and the tracks are here; the configuration of the pallets (conviction voting,
//! referenda, the custom origins) is in [`crate::configs::governance`].

pub mod origins;
pub use origins::pallet_custom_origins;
pub mod tracks;

pub use origins::{
	BridgeAdmin, LiquidStakingAdmin, ReferendumCanceller, ReferendumKiller, ValidatorAllocation,
};

pub use crate::configs::governance::VOTE_LOCKING_PERIOD;
