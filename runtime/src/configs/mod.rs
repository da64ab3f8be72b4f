//! The configuration of each pallet of the runtime.

use crate::{
	deposit, AccountId, AssetId, Assets, Balance, Balances, Block, BlockNumber, Hash, Nonce,
	OriginCaller, PalletInfo, Preimage, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason, RuntimeOrigin, RuntimeTask, Scheduler, System, DAYS, EXISTENTIAL_DEPOSIT,
	MILLI_SECS_PER_BLOCK, MILLI_UNIT, VERSION,
};
use frame_support::{
	derive_impl, parameter_types,
	traits::{
		fungible::{HoldConsideration, NativeFromLeft, NativeOrWithId, UnionOf},
		AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64, ConstU8, EitherOf,
		EqualPrivilegeOnly, Equals, LinearStoragePrice, VariantCountOf,
	},
	weights::{
		constants::{RocksDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		IdentityFee, Weight,
	},
	PalletId,
};
use frame_system::{
	limits::{BlockLength, BlockWeights},
	EnsureRoot, EnsureSigned,
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::{
	traits::{AccountIdConversion, One},
	Perbill,
};

const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: sp_version::RuntimeVersion = VERSION;

	/// 2 seconds of compute per block, 75 % of it for normal transactions.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(frame_support::dispatch::DispatchClass::Normal, |m| {
			*m = NORMAL_DISPATCH_RATIO * *m
		})
		.build();
	pub const SS58Prefix: u8 = 42;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	type DbWeight = RocksDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<{ MILLI_SECS_PER_BLOCK / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = IdentityFee<Balance>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const AssetDeposit: Balance = 10 * MILLI_UNIT * 1_000;
	pub const AssetAccountDeposit: Balance = deposit(1, 16);
	pub const ApprovalDeposit: Balance = EXISTENTIAL_DEPOSIT;
	pub const AssetsStringLimit: u32 = 50;
	pub const MetadataDepositBase: Balance = deposit(1, 68);
	pub const MetadataDepositPerByte: Balance = deposit(0, 1);
}

impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = AssetsStringLimit;
	type Holder = ();
	type Freezer = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeEvent = RuntimeEvent;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	pub const PreimageBaseDeposit: Balance = deposit(2, 64);
	pub const PreimageByteDeposit: Balance = deposit(0, 1);
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	pub const LiquidStakingPalletId: PalletId = PalletId(*b"py/lqstk");
	/// The account the genesis pools pay their commission to.
	pub LiquidStakingFeeAccount: AccountId = PalletId(*b"py/lqfee").into_account_truncating();
	pub const LiquidStakingMaxCommission: Perbill = Perbill::from_percent(20);
	/// 0.1 % of the pool per report at most, whatever a pool's own bound says.
	pub const LiquidStakingMaxRewardPerReport: Perbill = Perbill::from_parts(1_000_000);
}

/// Reports rewards and slashes of local pools (remote pools' come from their relayers): root.
pub type LiquidStakingOracle = EnsureRoot<AccountId>;

/// An underlying coin of a pool: the chain's own coin or a pallet-assets asset (the wrapped
/// coins).
pub type UnderlyingCoin = NativeOrWithId<AssetId>;

parameter_types! {
	/// The chain's own coin, as an underlying coin.
	pub const NativeCoin: UnderlyingCoin = NativeOrWithId::Native;
}

impl pallet_liquid_staking::Config for Runtime {
	type Balance = Balance;
	type UnderlyingAssetId = UnderlyingCoin;
	/// Pallet-balances for the chain's own coin, pallet-assets for the others.
	type Underlying = UnionOf<Balances, Assets, NativeFromLeft, UnderlyingCoin, AccountId>;
	type NativeUnderlying = Equals<NativeCoin>;
	type CertAssetId = AssetId;
	type Certs = Assets;
	type PalletId = LiquidStakingPalletId;
	type AdminOrigin = EitherOf<EnsureRoot<AccountId>, crate::governance::LiquidStakingAdmin>;
	type OracleOrigin = LiquidStakingOracle;
	type AllocationOrigin = EitherOf<EnsureRoot<AccountId>, crate::governance::ValidatorAllocation>;
	/// BSC has 45 elected validators and Polygon about 100; a pool spreads over up to 32.
	type MaxValidators = ConstU32<32>;
	type BridgeOrigin = EitherOf<EnsureRoot<AccountId>, crate::governance::BridgeAdmin>;
	/// Relayer sets of up to 16 operators.
	type MaxRelayers = ConstU32<16>;
	type MaxQueuedDeposits = ConstU32<64>;
	type Scheduler = Scheduler;
	type Preimages = Preimage;
	/// A millionth of a unit of an 18-decimal coin.
	type DeadShares = ConstU128<1_000_000_000_000>;
	type MaxUnbondingRequests = ConstU32<16>;
	// Three buckets per claim keep its proof under 16 KB.
	type MaxClaimsPerCall = ConstU32<3>;
	type MaxRateHistory = ConstU32<30>;
	type MaxUnbondingPeriod = ConstU32<{ 28 * DAYS }>;
	type MaxCommission = LiquidStakingMaxCommission;
	type MaxRewardPerReport = LiquidStakingMaxRewardPerReport;
	type BlocksPerYear = ConstU32<{ 365 * DAYS }>;
	type StringLimit = AssetsStringLimit;
	type WeightInfo = pallet_liquid_staking::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = LiquidStakingBenchmarkHelper;
}

/// Creates the wrapped coins the liquid-staking benchmarks stake.
#[cfg(feature = "runtime-benchmarks")]
pub struct LiquidStakingBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_liquid_staking::BenchmarkHelper<Runtime> for LiquidStakingBenchmarkHelper {
	fn assets(n: u32) -> (UnderlyingCoin, AssetId) {
		use frame_support::traits::fungibles::{Create, Inspect};
		let underlying = 10_000 + n;
		if !<Assets as Inspect<AccountId>>::asset_exists(underlying) {
			let owner: AccountId = sp_runtime::AccountId32::new([0u8; 32]);
			<Assets as Create<AccountId>>::create(underlying, owner, true, 1).expect("creates");
		}
		(NativeOrWithId::WithId(underlying), 20_000 + n)
	}
	fn native() -> (UnderlyingCoin, AssetId) {
		(NativeOrWithId::Native, 29_999)
	}
	fn fund(coin: &UnderlyingCoin, who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate;
		<<Runtime as pallet_liquid_staking::Config>::Underlying as Mutate<AccountId>>::mint_into(
			coin.clone(),
			who,
			amount,
		)
		.expect("mints");
	}
}
