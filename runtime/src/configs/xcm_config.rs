//! XCM: what a parachain needs to be upgraded and governed from the relay chain and to receive
//! the relay chain's token, and nothing more.
//!
//! - **The relay chain's token** is the pallet-assets asset [`RELAY_TOKEN`], reserve-backed by
//!   the relay chain: the relay chain (and only it) may deposit it (`ReserveAssetDeposited`), and
//!   its holders may send it back (pallet-xcm's `transfer_assets`, the relay chain being the
//!   reserve). No asset is teleported, and no other asset is transacted: the native token, the
//!   wrapped coins and the bond and cert tokens never leave through XCM (the wrapped coins and
//!   the cert leave through the bridge).
//! - **Governance from the relay chain**: a `Transact` from the relay chain with the `Superuser`
//!   origin kind is dispatched as root (`ParentAsSuperuser`), and the relay chain and its
//!   executive body execute unpaid. The relay chain can replace the parachain's code anyway, so
//!   this adds no trust.
//! - Execution is paid in the relay token or the native token; messages delivered to the relay
//!   chain and to siblings carry no extra delivery price. The fee in the relay token is not
//!   minted here: it stays in the parachain's sovereign account on the relay chain, so every
//!   relay token here stays backed.
//! - Local accounts may not execute raw XCM (`XcmExecuteFilter = Nothing`) and only root (a
//!   referendum) sends arbitrary XCM; anyone may `transfer_assets` the relay token back.

use crate::{
	AccountId, AllPalletsWithSystem, AssetId, Assets, Balance, Balances, ParachainInfo,
	ParachainSystem, PolkadotXcm, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, XcmpQueue,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains, Disabled, Equals, Everything, Nothing},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess};
use pallet_xcm::XcmPassthrough;
use polkadot_parachain_primitives::primitives::Sibling;
use polkadot_runtime_common::xcm_sender::NoPriceForMessageDelivery;
use sp_runtime::traits::{Identity, MaybeEquivalence};
use xcm::latest::prelude::*;
use xcm_builder::{
	AccountId32Aliases, AllowExplicitUnpaidExecutionFrom, AllowKnownQueryResponses,
	AllowSubscriptionsFrom, AllowTopLevelPaidExecutionFrom, Case, DenyRecursively,
	DenyReserveTransferToRelayChain, DenyThenTry, EnsureXcmOrigin, FixedRateOfFungible,
	FixedWeightBounds, FrameTransactionalProcessor, FungiblesAdapter, IsConcrete,
	MatchedConvertedConcreteId, NoChecking, ParentAsSuperuser, ParentIsPreset, RelayChainAsNative,
	SiblingParachainAsNative, SiblingParachainConvertsVia, SignedAccountId32AsNative,
	SignedToAccountId32, SovereignSignedViaLocation, TakeWeightCredit, TrailingSetTopicAsId,
	UsingComponents, WithComputedOrigin, WithUniqueTopic,
};
use xcm_executor::XcmExecutor;

/// The pallet-assets id of the relay chain's token (created by both genesis presets).
pub const RELAY_TOKEN: AssetId = 3;

parameter_types! {
	pub const RelayLocation: Location = Location::parent();
	pub const HereLocation: Location = Location::here();
	pub const RelayNetwork: Option<NetworkId> = None;
	pub RelayChainOrigin: RuntimeOrigin = cumulus_pallet_xcm::Origin::Relay.into();
	pub UniversalLocation: InteriorLocation = Parachain(ParachainInfo::parachain_id().into()).into();
	/// The relay token, deposited by the relay chain only.
	pub RelayTokenFromRelay: (AssetFilter, Location) =
		(Wild(AllOf { id: AssetId(Location::parent()), fun: WildFungible }), Location::parent());
	/// Execution paid in the relay token: 1 token (10 decimals) per second of ref time and a
	/// tenth of a token per MB of proof.
	pub RelayTokenPerSecond: (xcm::latest::AssetId, u128, u128) =
		(AssetId(Location::parent()), 10_000_000_000, 1_000_000_000);
	/// The account that would count teleported assets: none are teleported.
	pub CheckingAccount: AccountId = PolkadotXcm::check_account();
}

/// The relay token's location ↔ its pallet-assets id.
pub struct RelayTokenId;
impl MaybeEquivalence<Location, AssetId> for RelayTokenId {
	fn convert(location: &Location) -> Option<AssetId> {
		(*location == Location::parent()).then_some(RELAY_TOKEN)
	}
	fn convert_back(id: &AssetId) -> Option<Location> {
		(*id == RELAY_TOKEN).then(Location::parent)
	}
}

/// How a location becomes an account: the relay chain's and the siblings' sovereign accounts,
/// and local 32-byte accounts as themselves.
pub type LocationToAccountId = (
	ParentIsPreset<AccountId>,
	SiblingParachainConvertsVia<Sibling, AccountId>,
	AccountId32Aliases<RelayNetwork, AccountId>,
);

/// The only asset XCM moves: the relay token, in pallet-assets.
pub type RelayTokenTransactor = FungiblesAdapter<
	Assets,
	MatchedConvertedConcreteId<AssetId, Balance, Equals<RelayLocation>, RelayTokenId, Identity>,
	LocationToAccountId,
	AccountId,
	NoChecking,
	CheckingAccount,
>;

/// How an XCM origin becomes a local origin for `Transact`.
pub type XcmOriginToTransactDispatchOrigin = (
	SovereignSignedViaLocation<LocationToAccountId, RuntimeOrigin>,
	RelayChainAsNative<RelayChainOrigin, RuntimeOrigin>,
	SiblingParachainAsNative<cumulus_pallet_xcm::Origin, RuntimeOrigin>,
	// The relay chain's `Superuser` is root here (see the module's docs).
	ParentAsSuperuser<RuntimeOrigin>,
	SignedAccountId32AsNative<RelayNetwork, RuntimeOrigin>,
	XcmPassthrough<RuntimeOrigin>,
);

parameter_types! {
	/// One instruction: 1 ms of ref time and 64 KiB of proof, a conservative bound.
	pub UnitWeightCost: Weight = Weight::from_parts(1_000_000_000, 64 * 1024);
	pub const MaxInstructions: u32 = 100;
	pub const MaxAssetsIntoHolding: u32 = 64;
}

/// The relay chain and its executive body.
pub struct ParentOrParentsExecutivePlurality;
impl Contains<Location> for ParentOrParentsExecutivePlurality {
	fn contains(location: &Location) -> bool {
		matches!(location.unpack(), (1, []) | (1, [Plurality { id: BodyId::Executive, .. }]))
	}
}

/// The relay chain and the sibling parachains.
pub struct ParentOrSiblings;
impl Contains<Location> for ParentOrSiblings {
	fn contains(location: &Location) -> bool {
		matches!(location.unpack(), (1, []) | (1, [Parachain(_)]))
	}
}

/// Paid execution from anyone, free execution for the relay chain and its executive, the
/// answers to our queries and version subscriptions; never a reserve transfer to the relay
/// chain of an asset it is not the reserve of.
pub type Barrier = TrailingSetTopicAsId<
	DenyThenTry<
		DenyRecursively<DenyReserveTransferToRelayChain>,
		(
			TakeWeightCredit,
			WithComputedOrigin<
				(
					AllowTopLevelPaidExecutionFrom<Everything>,
					AllowExplicitUnpaidExecutionFrom<ParentOrParentsExecutivePlurality>,
					AllowKnownQueryResponses<PolkadotXcm>,
					AllowSubscriptionsFrom<ParentOrSiblings>,
				),
				UniversalLocation,
				ConstU32<8>,
			>,
		),
	>,
>;

/// The XCM executor's configuration.
pub struct XcmConfig;
impl xcm_executor::Config for XcmConfig {
	type RuntimeCall = RuntimeCall;
	type XcmSender = XcmRouter;
	type XcmEventEmitter = PolkadotXcm;
	type AssetTransactor = RelayTokenTransactor;
	type OriginConverter = XcmOriginToTransactDispatchOrigin;
	/// The relay token, from the relay chain.
	type IsReserve = Case<RelayTokenFromRelay>;
	/// No teleports.
	type IsTeleporter = ();
	type UniversalLocation = UniversalLocation;
	type Barrier = Barrier;
	type Weigher = FixedWeightBounds<UnitWeightCost, RuntimeCall, MaxInstructions>;
	/// Execution paid in the relay token, or in the native token (burned).
	type Trader = (
		FixedRateOfFungible<RelayTokenPerSecond, ()>,
		UsingComponents<super::WeightToFee, HereLocation, AccountId, Balances, ()>,
	);
	type ResponseHandler = PolkadotXcm;
	type AssetTrap = PolkadotXcm;
	type SubscriptionService = PolkadotXcm;
	type PalletInstancesInfo = AllPalletsWithSystem;
	type MaxAssetsIntoHolding = MaxAssetsIntoHolding;
	type AssetLocker = ();
	type AssetExchanger = ();
	type FeeManager = ();
	type MessageExporter = ();
	type UniversalAliases = Nothing;
	type CallDispatcher = RuntimeCall;
	type SafeCallFilter = Everything;
	type Aliasers = Nothing;
	type TransactionalProcessor = FrameTransactionalProcessor;
	type HrmpNewChannelOpenRequestHandler = ();
	type HrmpChannelAcceptedHandler = ();
	type HrmpChannelClosingHandler = ();
	type XcmRecorder = PolkadotXcm;
}

/// A local signed origin as an XCM location.
pub type LocalOriginToLocation = SignedToAccountId32<RuntimeOrigin, AccountId, RelayNetwork>;

/// Messages to the relay chain go up (UMP), to the siblings through the XCMP queue.
pub type XcmRouter = WithUniqueTopic<(
	cumulus_primitives_utility::ParentAsUmp<
		ParachainSystem,
		PolkadotXcm,
		NoPriceForMessageDelivery<()>,
	>,
	XcmpQueue,
)>;

impl pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Only root sends arbitrary messages (as the parachain itself).
	type SendXcmOrigin = EnsureRootWithSuccess<AccountId, HereLocation>;
	type XcmRouter = XcmRouter;
	/// Signed accounts transfer the relay token (`transfer_assets`).
	type ExecuteXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
	type XcmExecuteFilter = Nothing;
	type XcmExecutor = XcmExecutor<XcmConfig>;
	type XcmTeleportFilter = Nothing;
	type XcmReserveTransferFilter = Everything;
	type Weigher = FixedWeightBounds<UnitWeightCost, RuntimeCall, MaxInstructions>;
	type UniversalLocation = UniversalLocation;
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeCall = RuntimeCall;
	const VERSION_DISCOVERY_QUEUE_SIZE: u32 = 100;
	type AdvertisedXcmVersion = pallet_xcm::CurrentXcmVersion;
	type Currency = Balances;
	type CurrencyMatcher = IsConcrete<HereLocation>;
	type TrustedLockers = ();
	type SovereignAccountOf = LocationToAccountId;
	type MaxLockers = ConstU32<8>;
	type WeightInfo = pallet_xcm::TestWeightInfo;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxRemoteLockConsumers = ConstU32<0>;
	type RemoteLockConsumerIdentifier = ();
	type AuthorizedAliasConsideration = Disabled;
}

impl cumulus_pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type XcmExecutor = XcmExecutor<XcmConfig>;
}

impl cumulus_pallet_xcmp_queue::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ChannelInfo = ParachainSystem;
	type VersionWrapper = PolkadotXcm;
	type XcmpQueue = frame_support::traits::TransformOrigin<
		crate::MessageQueue,
		cumulus_primitives_core::AggregateMessageOrigin,
		cumulus_primitives_core::ParaId,
		parachains_common::message_queue::ParaIdToSibling,
	>;
	type MaxInboundSuspended = ConstU32<1_000>;
	type MaxActiveOutboundChannels = ConstU32<128>;
	type MaxPageSize = ConstU32<{ 103 * 1024 }>;
	type ControllerOrigin = EnsureRoot<AccountId>;
	type ControllerOriginConverter = XcmOriginToTransactDispatchOrigin;
	type WeightInfo = cumulus_pallet_xcmp_queue::weights::SubstrateWeight<Runtime>;
	type PriceForSiblingDelivery = NoPriceForMessageDelivery<cumulus_primitives_core::ParaId>;
}
