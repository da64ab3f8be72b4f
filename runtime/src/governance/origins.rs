//! The custom origins of OpenGov: one per kind of decision, each with its own track.

pub use pallet_custom_origins::*;

#[frame_support::pallet]
pub mod pallet_custom_origins {
	use frame_support::pallet_prelude::*;

	#[pallet::config]
	pub trait Config: frame_system::Config {}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The origins a referendum of each track dispatches its proposal with.
	#[derive(
		PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// Creates liquid-staking pools and sets their parameters and pause flags; manages the
		/// members of the local pools' oracle (`OracleMembership`).
		LiquidStakingAdmin,
		/// Sets the pools' validator allocations.
		ValidatorAllocation,
		/// Registers remote chains, sets their relayers, thresholds and limits, unpauses them
		/// and approves queued deposits.
		BridgeAdmin,
		/// Cancels an ongoing referendum (its deposits are returned).
		ReferendumCanceller,
		/// Kills an ongoing referendum (its deposits are slashed).
		ReferendumKiller,
	}

	macro_rules! decl_unit_ensures {
		( $( $name:ident ),* $(,)? ) => { $(
			#[doc = concat!("Ensures the `", stringify!($name), "` origin.")]
			pub struct $name;
			impl<O: OriginTrait + From<Origin>> EnsureOrigin<O> for $name
			where
				for<'a> &'a O::PalletsOrigin: TryInto<&'a Origin>,
			{
				type Success = ();
				fn try_origin(o: O) -> Result<Self::Success, O> {
					let matches = matches!(o.caller().try_into(), Ok(Origin::$name));
					if matches {
						Ok(())
					} else {
						Err(o)
					}
				}
				#[cfg(feature = "runtime-benchmarks")]
				fn try_successful_origin() -> Result<O, ()> {
					Ok(O::from(Origin::$name))
				}
			}
		)* };
	}
	decl_unit_ensures!(
		LiquidStakingAdmin,
		ValidatorAllocation,
		BridgeAdmin,
		ReferendumCanceller,
		ReferendumKiller,
	);
}
