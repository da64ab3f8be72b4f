//! The oracle of local pools: `OracleMembership` (`pallet_membership`, `Instance1`), the accounts
//! that report the rewards, slashes and delegations of the liquid-staking pools staked on this
//! chain, and [`LocalPoolOracle`], the origin of those reports.
//!
//! A local pool's rewards must be reported as they accrue, at most once per its
//! `min_report_interval`: a referendum takes days, a member's signed transaction one block.
//! Governance chooses the members (at most [`MaxOracleMembers`]): root or the
//! `LiquidStakingAdmin` track adds, removes, swaps and resets them and sets the prime member
//! (the prime has no other role here); a member may hand its seat to another account
//! (`change_key`). A member's reports are checked as any report is: a reward is bounded per
//! report and per year and must already be held by the pool account, and a slash above the
//! pool's per-report bound pauses the pool. The `development` preset starts with Alice as the
//! only member; the `local_testnet` preset with none (root reports until governance adds
//! members).
//!
//! Remote pools are not reported through this origin: their reports come from their validator
//! chain's relayers, through `LiquidStakingBridge`.

use crate::{AccountId, OracleMembership, Runtime, RuntimeEvent};
use frame_support::traits::{ConstU32, EitherOf, MapSuccess};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::traits::ReplaceWithDefault;

/// The instance of `pallet_membership` that holds the oracle's members.
pub type OracleMembershipInstance = pallet_membership::Instance1;

/// The most members the oracle can have.
pub type MaxOracleMembers = ConstU32<16>;

/// Manages the oracle's members: root or the `LiquidStakingAdmin` track.
pub type OracleMembershipAdmin =
	EitherOf<EnsureRoot<AccountId>, crate::governance::LiquidStakingAdmin>;

/// A signed origin whose account is a member of `OracleMembership` (succeeds with `()`).
pub type OracleMember =
	MapSuccess<EnsureSignedBy<OracleMembership, AccountId>, ReplaceWithDefault<()>>;

/// Reports the rewards, slashes and delegations of local pools: root or an oracle member.
pub type LocalPoolOracle = EitherOf<EnsureRoot<AccountId>, OracleMember>;

impl pallet_membership::Config<OracleMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = OracleMembershipAdmin;
	type RemoveOrigin = OracleMembershipAdmin;
	type SwapOrigin = OracleMembershipAdmin;
	type ResetOrigin = OracleMembershipAdmin;
	type PrimeOrigin = OracleMembershipAdmin;
	type MembershipInitialized = ();
	type MembershipChanged = ();
	type MaxMembers = MaxOracleMembers;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}
