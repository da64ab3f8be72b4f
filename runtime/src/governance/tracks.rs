//! The referendum tracks: one for root and one per custom origin.
//!
//! Built with the `fast-runtime` feature (for end-to-end tests only, never the default), every
//! period is a few blocks so that a referendum passes in a minute.

use super::origins;
use crate::{Balance, BlockNumber, RuntimeOrigin, UNIT};
#[cfg(not(feature = "fast-runtime"))]
use crate::{DAYS, HOURS, MINUTES};
use alloc::borrow::Cow;
use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{str_array as s, Perbill};

/// A track's periods, in blocks: prepare, decision, confirm, minimum enactment.
#[cfg(not(feature = "fast-runtime"))]
mod periods {
	use super::*;
	pub const ROOT: [BlockNumber; 4] = [2 * HOURS, 14 * DAYS, DAYS, DAYS];
	pub const ADMIN: [BlockNumber; 4] = [HOURS, 7 * DAYS, 3 * HOURS, HOURS];
	pub const ALLOCATION: [BlockNumber; 4] = [HOURS, 7 * DAYS, 3 * HOURS, 10 * MINUTES];
	pub const BRIDGE: [BlockNumber; 4] = [HOURS, 7 * DAYS, DAYS, HOURS];
	pub const CANCEL: [BlockNumber; 4] = [HOURS, 7 * DAYS, HOURS, 10 * MINUTES];
}

/// A track's periods, in blocks, for end-to-end tests: a referendum passes in a few blocks.
#[cfg(feature = "fast-runtime")]
mod periods {
	use super::*;
	pub const ROOT: [BlockNumber; 4] = [1, 20, 2, 1];
	pub const ADMIN: [BlockNumber; 4] = [1, 20, 2, 1];
	pub const ALLOCATION: [BlockNumber; 4] = [1, 20, 2, 1];
	pub const BRIDGE: [BlockNumber; 4] = [1, 20, 2, 1];
	pub const CANCEL: [BlockNumber; 4] = [1, 20, 2, 1];
}

/// Approval from 100 % down to `floor` over the decision period.
const fn approval(floor: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::from_percent(100),
		floor: Perbill::from_percent(floor),
		ceil: Perbill::from_percent(100),
	}
}

/// Support from `ceil` down to `floor` (in tenths of a percent) over the decision period.
const fn support(floor_permille: u32, ceil: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::from_percent(100),
		floor: Perbill::from_perthousand(floor_permille),
		ceil: Perbill::from_percent(ceil),
	}
}

const fn track(
	id: u16,
	name: &str,
	max_deciding: u32,
	decision_deposit: Balance,
	p: [BlockNumber; 4],
	min_approval: Curve,
	min_support: Curve,
) -> Track<u16, Balance, BlockNumber> {
	Track {
		id,
		info: TrackInfo {
			name: s(name),
			max_deciding,
			decision_deposit,
			prepare_period: p[0],
			decision_period: p[1],
			confirm_period: p[2],
			min_enactment_period: p[3],
			min_approval,
			min_support,
		},
	}
}

/// Track ids.
pub mod ids {
	pub const ROOT: u16 = 0;
	pub const LIQUID_STAKING_ADMIN: u16 = 1;
	pub const VALIDATOR_ALLOCATION: u16 = 2;
	pub const BRIDGE_ADMIN: u16 = 3;
	pub const REFERENDUM_CANCELLER: u16 = 4;
	pub const REFERENDUM_KILLER: u16 = 5;
}

static TRACKS: [Track<u16, Balance, BlockNumber>; 6] = [
	track(ids::ROOT, "root", 1, 100_000 * UNIT, periods::ROOT, approval(50), support(0, 50)),
	track(
		ids::LIQUID_STAKING_ADMIN,
		"liquid_staking_admin",
		10,
		5_000 * UNIT,
		periods::ADMIN,
		approval(60),
		support(10, 30),
	),
	track(
		ids::VALIDATOR_ALLOCATION,
		"validator_allocation",
		10,
		1_000 * UNIT,
		periods::ALLOCATION,
		approval(50),
		support(5, 20),
	),
	track(
		ids::BRIDGE_ADMIN,
		"bridge_admin",
		10,
		5_000 * UNIT,
		periods::BRIDGE,
		approval(60),
		support(10, 30),
	),
	track(
		ids::REFERENDUM_CANCELLER,
		"referendum_canceller",
		100,
		1_000 * UNIT,
		periods::CANCEL,
		approval(50),
		support(5, 10),
	),
	track(
		ids::REFERENDUM_KILLER,
		"referendum_killer",
		100,
		5_000 * UNIT,
		periods::CANCEL,
		approval(50),
		support(5, 10),
	),
];

/// The runtime's tracks.
pub struct TracksInfo;
impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = u16;
	type RuntimeOrigin = <RuntimeOrigin as frame_support::traits::OriginTrait>::PalletsOrigin;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
		TRACKS.iter().map(Cow::Borrowed)
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		if let Ok(frame_system::RawOrigin::Root) = frame_system::RawOrigin::try_from(origin.clone())
		{
			return Ok(ids::ROOT);
		}
		match origins::Origin::try_from(origin.clone()) {
			Ok(origins::Origin::LiquidStakingAdmin) => Ok(ids::LIQUID_STAKING_ADMIN),
			Ok(origins::Origin::ValidatorAllocation) => Ok(ids::VALIDATOR_ALLOCATION),
			Ok(origins::Origin::BridgeAdmin) => Ok(ids::BRIDGE_ADMIN),
			Ok(origins::Origin::ReferendumCanceller) => Ok(ids::REFERENDUM_CANCELLER),
			Ok(origins::Origin::ReferendumKiller) => Ok(ids::REFERENDUM_KILLER),
			Err(_) => Err(()),
		}
	}
}
