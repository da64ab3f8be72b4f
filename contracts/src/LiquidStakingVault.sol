// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {RateLimiter} from "@openzeppelin/contracts/utils/RateLimiter.sol";
import {IStakingAdapter} from "./interfaces/IStakingAdapter.sol";
import {LiquidCertToken} from "./LiquidCertToken.sol";

/// @title The bridge's vault of one coin on one remote chain
/// @notice Holds the coin (BNB on BNB Smart Chain, MATIC/POL on Ethereum and on Polygon) that stands
/// behind the wrapped coin, bond and cert on the appchain.
///
/// - Anyone deposits the coin for a 32-byte appchain account; each deposit takes the vault's next
///   inbound nonce (from 0) and emits one `Deposited` event that carries everything the appchain's
///   deposit message needs. Deposits are bounded per deposit and per sliding window.
/// - Withdrawals requested on the appchain are paid only when the threshold of the current relayer
///   set voted for exactly the same `Release` (chain id, vault, withdrawal id, recipient, amount,
///   deadline); each id is paid once, never after its deadline, and the releases of any sliding
///   window are bounded.
/// - The relayers' threshold also changes the relayer set, the limits, the guardian and the
///   staking adapter, unpauses, and runs the staking operations of the appchain's allocation plan
///   through the adapter.
/// - The cert of one appchain pool circulates on this chain as an ERC-20, `certToken`
///   (`LiquidCertToken`), which only this vault mints and burns. The threshold mints it for a cert
///   the appchain sent here (`CertMint`, once per id, never after its deadline, bounded per
///   sliding window) and sets its rate from the appchain's reports (`CertRate`). Its holders
///   return it to an appchain account (`returnCert`) or redeem it for the coin (`redeemCert`);
///   each return or redemption burns it, takes the next deposit nonce (one inbound sequence with
///   the deposits), is bounded per transfer and per sliding window, and emits one event for the
///   appchain.
/// - Any relayer, or the guardian, pauses; only the threshold unpauses.
///
/// There is no owner, no upgrade path, and no function by which fewer than `threshold` relayers
/// move a coin or mint a cert: the threshold is at least 2 and more than half of the set.
///
/// Votes are transactions: a relayer votes by calling an `approve*` function, and the vote that
/// reaches the threshold executes. Votes are counted per relayer set: a rotation voids the votes
/// of the previous set. A vote whose execution would fail reverts with the reason and records
/// nothing.
contract LiquidStakingVault is ReentrancyGuard {
    using SafeERC20 for IERC20;
    using RateLimiter for RateLimiter.SlidingWindow;

    /// @notice What the appchain does with a deposit.
    enum StakeAs {
        /// Pay the wrapped coin to the beneficiary.
        None,
        /// Stake it into the pool `pool` for the beneficiary, as bond.
        Bond,
        /// Stake it into the pool `pool` for the beneficiary, as cert.
        Cert
    }

    /// @notice A staking operation run through the adapter.
    enum StakingOpKind {
        /// Send `amount` to the adapter and delegate it to `validator`.
        Delegate,
        /// Start unbonding `amount` from `validator`.
        Undelegate,
        /// Bring back to the vault what `validator`'s staking contract pays now (`amount` is 0).
        Claim
    }

    /// @notice The deposit and release limits.
    struct Limits {
        /// The least one deposit takes.
        uint256 minDeposit;
        /// The most one deposit takes (at most the appchain's `max_per_deposit`).
        uint256 maxDeposit;
        /// The length of the deposits' sliding window, in seconds.
        uint48 depositWindow;
        /// The most all deposits take within any `depositWindow` seconds.
        uint208 depositLimit;
        /// The length of the releases' sliding window, in seconds.
        uint48 releaseWindow;
        /// The most all releases pay within any `releaseWindow` seconds.
        uint208 releaseLimit;
        /// The latest a release's deadline may be, in seconds after the current block: below the
        /// appchain's `WithdrawalTimeout`, so that no release can be paid after the appchain may
        /// have refunded it, whatever deadline the relayers approve.
        uint48 maxDeadlineAhead;
    }

    /// @notice A withdrawal requested on the appchain, as the relayers approve it.
    struct Release {
        /// The EVM chain id of the chain it is paid on.
        uint256 chainId;
        /// The vault that pays it.
        address vault;
        /// The appchain's withdrawal id.
        uint64 id;
        /// Who is paid.
        address recipient;
        /// How much, in the coin's smallest unit.
        uint256 amount;
        /// The last second (unix time) at which it may be paid.
        uint64 deadline;
    }

    /// @notice A staking operation, as the relayers approve it.
    struct StakingOp {
        uint256 chainId;
        address vault;
        /// The vault's next staking-operation nonce.
        uint64 nonce;
        /// The adapter it runs through: the vault's current one (an operation approved for an
        /// earlier adapter never runs through a later one).
        address adapter;
        StakingOpKind kind;
        /// The validator (BNB Smart Chain: its operator address; Ethereum: its ValidatorShare).
        address validator;
        uint256 amount;
    }

    /// @notice New settings, as the relayers approve them.
    struct Settings {
        uint256 chainId;
        address vault;
        /// The vault's next settings nonce.
        uint64 nonce;
        Limits limits;
        /// Who may pause besides the relayers (0: no one).
        address guardian;
        /// The staking adapter (0: none); its `vault()` must be this vault.
        address adapter;
    }

    /// @notice The limits of the cert on this chain.
    struct CertLimits {
        /// The least cert one return or redemption burns.
        uint256 minTransfer;
        /// The most cert one return or redemption burns.
        uint256 maxTransfer;
        /// The length of the mints' sliding window, in seconds.
        uint48 mintWindow;
        /// The most cert all mints create within any `mintWindow` seconds.
        uint208 mintLimit;
        /// The length of the burns' (returns' and redemptions') sliding window, in seconds.
        uint48 burnWindow;
        /// The most cert all returns and redemptions burn within any `burnWindow` seconds.
        uint208 burnLimit;
    }

    /// @notice The cert token and its limits, as the relayers approve them.
    struct CertConfig {
        uint256 chainId;
        address vault;
        /// The vault's next settings nonce (shared with `Settings`).
        uint64 nonce;
        /// The cert token: its `vault()` must be this vault; once set, it never changes.
        address token;
        CertLimits limits;
    }

    /// @notice A cert the appchain sent to this chain, as the relayers approve its mint.
    struct CertMint {
        uint256 chainId;
        address vault;
        /// The appchain's id of the transfer.
        uint64 id;
        /// Who receives the cert.
        address recipient;
        /// How much, in the cert's smallest unit.
        uint256 amount;
        /// The last second (unix time) at which it may be minted.
        uint64 deadline;
    }

    /// @notice The appchain's report of the cert's pool, as the relayers approve it.
    struct CertRate {
        uint256 chainId;
        address vault;
        /// The cert token's pool.
        uint32 pool;
        /// The appchain epoch of the report: after the token's `rateEpoch`.
        uint64 epoch;
        /// The pool's coin (P) at the report.
        uint256 pooled;
        /// The pool's cert supply (S) at the report.
        uint256 shares;
    }

    /// @notice A new relayer set, as the current set approves it.
    struct RelayerSet {
        uint256 chainId;
        address vault;
        /// The current set's id + 1.
        uint64 setId;
        address[] relayers;
        uint256 threshold;
    }

    /// @notice The most relayers a set has.
    uint256 public constant MAX_RELAYERS = 32;
    /// @notice The most a rate's epoch may move ahead of the token's in one step: the appchain
    /// numbers a pool's reports one by one (at most one per report interval), so a million is
    /// decades of reports, and 2^64 epochs cannot be reached.
    uint64 public constant MAX_RATE_EPOCH_STEP = 1_000_000;

    bytes32 private constant RELEASE = keccak256("Release");
    bytes32 private constant STAKING_OP = keccak256("StakingOp");
    bytes32 private constant SETTINGS = keccak256("Settings");
    bytes32 private constant RELAYER_SET = keccak256("RelayerSet");
    bytes32 private constant UNPAUSE = keccak256("Unpause");
    bytes32 private constant CERT_CONFIG = keccak256("CertConfig");
    bytes32 private constant CERT_MINT = keccak256("CertMint");
    bytes32 private constant CERT_RATE = keccak256("CertRate");

    /// @notice The coin: an ERC-20, or the chain's native coin when 0.
    IERC20 public immutable token;

    /// @notice The current relayers, and how many of them must vote for an action.
    address[] private _relayers;
    mapping(address => bool) public isRelayer;
    uint256 public threshold;
    /// @notice The id of the current relayer set (0 for the constructor's).
    uint64 public relayerSetId;

    /// @notice Who may pause besides the relayers.
    address public guardian;
    bool public paused;
    /// @notice How many times the vault was paused: an unpause approves the latest pause.
    uint64 public pauses;

    Limits private _limits;
    RateLimiter.SlidingWindow private _depositWindow;
    RateLimiter.SlidingWindow private _releaseWindow;

    /// @notice The nonce of the next deposit, cert return or cert redemption: one inbound
    /// sequence, from 0.
    uint64 public nextDepositNonce;
    /// @notice Whether a withdrawal id was paid.
    mapping(uint64 => bool) public released;

    IStakingAdapter public adapter;
    uint64 public nextStakingOpNonce;
    uint64 public nextSettingsNonce;

    /// @notice The votes per action key (see `voteKey`).
    mapping(bytes32 => uint256) public votes;
    mapping(bytes32 => mapping(address => bool)) public voted;

    /// @notice The cert token (0 until the first `CertConfig`; then fixed).
    LiquidCertToken public certToken;
    /// @notice Whether a cert mint id was minted.
    mapping(uint64 => bool) public certMinted;
    CertLimits private _certLimits;
    RateLimiter.SlidingWindow private _certMintWindow;
    RateLimiter.SlidingWindow private _certBurnWindow;

    /// @notice A deposit: the appchain credits `amount` to `beneficiary` (or stakes it).
    event Deposited(
        uint64 indexed nonce,
        address indexed sender,
        bytes32 indexed beneficiary,
        uint256 amount,
        uint32 pool,
        StakeAs stakeAs
    );
    /// @notice `relayer` voted for the action `key`, which has `count` votes now.
    event Voted(bytes32 indexed key, address indexed relayer, uint256 count);
    /// @notice The withdrawal `id` was paid.
    event Released(uint64 indexed id, address indexed recipient, uint256 amount);
    /// @notice A staking operation ran; `result` is what `Claim` brought back (0 otherwise).
    event StakingOpExecuted(
        uint64 indexed nonce, StakingOpKind kind, address indexed validator, uint256 amount, uint256 result
    );
    /// @notice New settings apply.
    event SettingsChanged(uint64 indexed nonce, Limits limits, address guardian, address adapter);
    /// @notice A new relayer set replaced the previous one.
    event RelayerSetChanged(uint64 indexed setId, address[] relayers, uint256 threshold);
    /// @notice The cert token and its limits apply.
    event CertConfigChanged(uint64 indexed nonce, address token, CertLimits limits);
    /// @notice The cert mint `id` was minted.
    event CertMinted(uint64 indexed id, address indexed recipient, uint256 amount);
    /// @notice A cert return: the appchain credits `amount` cert of `pool` to `beneficiary`.
    event CertReturned(
        uint64 indexed nonce, address indexed sender, bytes32 indexed beneficiary, uint256 amount, uint32 pool
    );
    /// @notice A cert redemption: the appchain unstakes `amount` cert of `pool` and, at maturity,
    /// pays the coin to `recipient` on this chain as a withdrawal.
    event CertRedeemed(
        uint64 indexed nonce, address indexed sender, address indexed recipient, uint256 amount, uint32 pool
    );
    event Paused(address indexed by);
    event Unpaused(uint64 indexed pauses);

    error NotRelayer();
    error NotPauser();
    error AlreadyVoted();
    error IsPaused();
    error NotPaused();
    error WrongChain();
    error WrongVault();
    error WrongNonce();
    error ZeroAddress();
    error ZeroAmount();
    error DepositTooSmall();
    error DepositTooLarge();
    error DepositLimitExceeded();
    error WrongValue();
    error UnsupportedToken();
    error StakeAsWithoutPool();
    error AlreadyReleased();
    error ReleaseExpired();
    error DeadlineTooFar();
    error ReleaseLimitExceeded();
    error InsufficientLiquidity();
    error NoAdapter();
    error WrongAdapter();
    error InvalidLimits();
    error InvalidRelayerSet();
    error UnexpectedSender();
    error NoCertToken();
    error WrongCertToken();
    error CertTokenFixed();
    error AlreadyMinted();
    error CertMintLimitExceeded();
    error CertBurnLimitExceeded();
    error CertTransferTooSmall();
    error CertTransferTooLarge();
    error WrongPool();
    error StaleRate();
    error EpochTooFar();
    error InvalidRate();

    modifier whenNotPaused() {
        if (paused) revert IsPaused();
        _;
    }

    /// @param token_ The coin (0: the chain's native coin).
    /// @param relayers_ The first relayer set.
    /// @param threshold_ How many of them must agree: at least 2, more than half of the set.
    /// @param limits_ The deposit and release limits.
    /// @param guardian_ Who may pause besides the relayers (0: no one).
    constructor(
        IERC20 token_,
        address[] memory relayers_,
        uint256 threshold_,
        Limits memory limits_,
        address guardian_
    ) {
        token = token_;
        _setRelayers(relayers_, threshold_);
        _setLimits(limits_);
        guardian = guardian_;
        emit RelayerSetChanged(0, relayers_, threshold_);
        emit SettingsChanged(0, limits_, guardian_, address(0));
    }

    // ------------------------------------------------------------------------------------------
    // Deposits
    // ------------------------------------------------------------------------------------------

    /// @notice Deposits `amount` of the coin for `beneficiary` on the appchain.
    /// @dev Anyone. A native coin comes as the call's value (`msg.value == amount`); an ERC-20 is
    /// pulled from the caller (approve the vault first). Reverts: `IsPaused`, `ZeroAddress` (no
    /// beneficiary), `DepositTooSmall`, `DepositTooLarge`, `DepositLimitExceeded` (the sliding
    /// window is full), `WrongValue`, `UnsupportedToken` (the vault received another amount than
    /// `amount`), `StakeAsWithoutPool` (`pool` given with `StakeAs.None`). Emits `Deposited`.
    /// @param beneficiary The appchain account (32 bytes).
    /// @param pool The appchain pool to stake into (0 with `StakeAs.None`).
    /// @param stakeAs Whether and as which token the appchain stakes the deposit.
    /// @return nonce The deposit's nonce.
    function deposit(bytes32 beneficiary, uint256 amount, uint32 pool, StakeAs stakeAs)
        external
        payable
        nonReentrant
        whenNotPaused
        returns (uint64 nonce)
    {
        if (beneficiary == bytes32(0)) revert ZeroAddress();
        if (stakeAs == StakeAs.None && pool != 0) revert StakeAsWithoutPool();
        if (amount < _limits.minDeposit || amount == 0) revert DepositTooSmall();
        if (amount > _limits.maxDeposit) revert DepositTooLarge();
        if (!_depositWindow.tryConsume(bytes32(0), amount)) revert DepositLimitExceeded();
        if (address(token) == address(0)) {
            if (msg.value != amount) revert WrongValue();
        } else {
            if (msg.value != 0) revert WrongValue();
            uint256 before = token.balanceOf(address(this));
            token.safeTransferFrom(msg.sender, address(this), amount);
            if (token.balanceOf(address(this)) - before != amount) revert UnsupportedToken();
        }
        nonce = nextDepositNonce++;
        emit Deposited(nonce, msg.sender, beneficiary, amount, pool, stakeAs);
    }

    // ------------------------------------------------------------------------------------------
    // Releases
    // ------------------------------------------------------------------------------------------

    /// @notice A relayer's vote to pay the withdrawal `r`; the vote that reaches the threshold pays.
    /// @dev Relayers only. Reverts: `NotRelayer`, `AlreadyVoted`, `IsPaused`, `WrongChain`,
    /// `WrongVault`, `ZeroAddress`, `ZeroAmount`, `AlreadyReleased` (the id was paid),
    /// `ReleaseExpired` (after `r.deadline`), `DeadlineTooFar` (`r.deadline` more than
    /// `maxDeadlineAhead` seconds ahead), and at the threshold `ReleaseLimitExceeded`,
    /// `InsufficientLiquidity` or the payment's failure. Emits `Voted`, and `Released` when paid.
    function approveRelease(Release calldata r) external nonReentrant whenNotPaused {
        _checkTarget(r.chainId, r.vault);
        if (r.recipient == address(0)) revert ZeroAddress();
        if (r.amount == 0) revert ZeroAmount();
        if (released[r.id]) revert AlreadyReleased();
        if (block.timestamp > r.deadline) revert ReleaseExpired();
        if (r.deadline > block.timestamp + _limits.maxDeadlineAhead) revert DeadlineTooFar();
        if (!_vote(keccak256(abi.encode(RELEASE, r)))) return;
        if (!_releaseWindow.tryConsume(bytes32(0), r.amount)) revert ReleaseLimitExceeded();
        if (_balance() < r.amount) revert InsufficientLiquidity();
        released[r.id] = true;
        _pay(r.recipient, r.amount);
        emit Released(r.id, r.recipient, r.amount);
    }

    // ------------------------------------------------------------------------------------------
    // Staking
    // ------------------------------------------------------------------------------------------

    /// @notice A relayer's vote for a staking operation of the appchain's allocation plan; the
    /// vote that reaches the threshold runs it through the adapter.
    /// @dev Relayers only. Reverts: `NotRelayer`, `AlreadyVoted`, `IsPaused`, `WrongChain`,
    /// `WrongVault`, `WrongNonce` (not `nextStakingOpNonce`), `NoAdapter`, `WrongAdapter` (not the
    /// current adapter), `ZeroAddress` (no
    /// validator), `ZeroAmount` (delegate or undelegate 0; claim takes 0), and at the threshold
    /// `InsufficientLiquidity` or the adapter's error. Emits `Voted`, and `StakingOpExecuted`.
    function approveStakingOp(StakingOp calldata op) external nonReentrant whenNotPaused {
        _checkTarget(op.chainId, op.vault);
        if (op.nonce != nextStakingOpNonce) revert WrongNonce();
        IStakingAdapter a = adapter;
        if (address(a) == address(0)) revert NoAdapter();
        if (op.adapter != address(a)) revert WrongAdapter();
        if (op.validator == address(0)) revert ZeroAddress();
        if ((op.kind == StakingOpKind.Claim) != (op.amount == 0)) revert ZeroAmount();
        if (!_vote(keccak256(abi.encode(STAKING_OP, op)))) return;
        nextStakingOpNonce = op.nonce + 1;
        uint256 result;
        if (op.kind == StakingOpKind.Delegate) {
            if (_balance() < op.amount) revert InsufficientLiquidity();
            if (address(token) == address(0)) {
                a.delegate{value: op.amount}(op.validator, op.amount);
            } else {
                token.safeTransfer(address(a), op.amount);
                a.delegate(op.validator, op.amount);
            }
        } else if (op.kind == StakingOpKind.Undelegate) {
            a.undelegate(op.validator, op.amount);
        } else {
            result = a.claim(op.validator);
        }
        emit StakingOpExecuted(op.nonce, op.kind, op.validator, op.amount, result);
    }

    // ------------------------------------------------------------------------------------------
    // Cert
    // ------------------------------------------------------------------------------------------

    /// @notice A relayer's vote to mint the cert `m` the appchain sent here; the vote that reaches
    /// the threshold mints it.
    /// @dev Relayers only. Reverts: `NotRelayer`, `AlreadyVoted`, `IsPaused`, `WrongChain`,
    /// `WrongVault`, `NoCertToken`, `ZeroAddress`, `ZeroAmount`, `AlreadyMinted` (the id was
    /// minted), `ReleaseExpired` (after `m.deadline`), `DeadlineTooFar` (`m.deadline` more than
    /// `maxDeadlineAhead` seconds ahead), and at the threshold `CertMintLimitExceeded`. Emits
    /// `Voted`, and `CertMinted` (with the token's `Transfer`) when minted.
    function approveCertMint(CertMint calldata m) external nonReentrant whenNotPaused {
        _checkTarget(m.chainId, m.vault);
        LiquidCertToken cert = _cert();
        if (m.recipient == address(0)) revert ZeroAddress();
        if (m.amount == 0) revert ZeroAmount();
        if (certMinted[m.id]) revert AlreadyMinted();
        if (block.timestamp > m.deadline) revert ReleaseExpired();
        if (m.deadline > block.timestamp + _limits.maxDeadlineAhead) revert DeadlineTooFar();
        if (!_vote(keccak256(abi.encode(CERT_MINT, m)))) return;
        if (!_certMintWindow.tryConsume(bytes32(0), m.amount)) revert CertMintLimitExceeded();
        certMinted[m.id] = true;
        cert.mint(m.recipient, m.amount);
        emit CertMinted(m.id, m.recipient, m.amount);
    }

    /// @notice A relayer's vote for the appchain's report `r` of the cert's pool; the vote that
    /// reaches the threshold sets the token's rate.
    /// @dev Relayers only; works while paused, so that a slash reaches the holders during a pause.
    /// Reverts: `NotRelayer`, `AlreadyVoted`, `WrongChain`, `WrongVault`, `NoCertToken`,
    /// `WrongPool` (not the token's pool), `StaleRate` (`r.epoch` is not after the token's
    /// `rateEpoch`, also once another report of a later epoch applied), `EpochTooFar` (more than
    /// `MAX_RATE_EPOCH_STEP` epochs after it: no vote can push the epoch so far that no later
    /// report is taken), `InvalidRate` (`pooled` or `shares` is 0). Emits `Voted`, and the
    /// token's `RateUpdated`.
    function approveCertRate(CertRate calldata r) external nonReentrant {
        _checkTarget(r.chainId, r.vault);
        LiquidCertToken cert = _cert();
        if (r.pool != cert.pool()) revert WrongPool();
        uint64 last = cert.rateEpoch();
        if (r.epoch <= last) revert StaleRate();
        if (r.epoch - last > MAX_RATE_EPOCH_STEP) revert EpochTooFar();
        if (r.pooled == 0 || r.shares == 0) revert InvalidRate();
        if (!_vote(keccak256(abi.encode(CERT_RATE, r)))) return;
        cert.setRate(r.epoch, r.pooled, r.shares);
    }

    /// @notice Returns `amount` of the caller's cert to `beneficiary` on the appchain: burns it
    /// here; the appchain credits the same cert to `beneficiary`.
    /// @dev Anyone holding the cert. Reverts: `IsPaused`, `NoCertToken`, `ZeroAddress` (no
    /// beneficiary), `CertTransferTooSmall` (below `minTransfer`), `CertTransferTooLarge` (above
    /// `maxTransfer`), `CertBurnLimitExceeded` (the burn window is full), the token's
    /// `ERC20InsufficientBalance`. Emits `CertReturned` (with the token's `Transfer`).
    /// @param beneficiary The appchain account (32 bytes).
    /// @return nonce The return's nonce, from the deposits' sequence.
    function returnCert(bytes32 beneficiary, uint256 amount)
        external
        nonReentrant
        whenNotPaused
        returns (uint64 nonce)
    {
        uint32 pool;
        (nonce, pool) = _burnCert(beneficiary == bytes32(0), amount);
        emit CertReturned(nonce, msg.sender, beneficiary, amount, pool);
    }

    /// @notice Redeems `amount` of the caller's cert for the coin: burns it here; the appchain
    /// unstakes that cert and, at maturity, pays the coin to `recipient` on this chain as a
    /// withdrawal (`Release`).
    /// @dev Anyone holding the cert. Reverts: `IsPaused`, `NoCertToken`, `ZeroAddress` (no
    /// recipient), `CertTransferTooSmall`, `CertTransferTooLarge`, `CertBurnLimitExceeded`, the
    /// token's `ERC20InsufficientBalance`. Emits `CertRedeemed` (with the token's `Transfer`).
    /// @param recipient Who is paid the coin on this chain.
    /// @return nonce The redemption's nonce, from the deposits' sequence.
    function redeemCert(address recipient, uint256 amount)
        external
        nonReentrant
        whenNotPaused
        returns (uint64 nonce)
    {
        uint32 pool;
        (nonce, pool) = _burnCert(recipient == address(0), amount);
        emit CertRedeemed(nonce, msg.sender, recipient, amount, pool);
    }

    /// @notice Receives the native coin from the adapter (claims); refuses it from anyone else,
    /// so that every coin the vault holds came by a deposit or from its own stake.
    receive() external payable {
        if (address(token) != address(0) || msg.sender != address(adapter)) {
            revert UnexpectedSender();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Governance by the relayers' threshold
    // ------------------------------------------------------------------------------------------

    /// @notice A relayer's vote for new settings; the vote that reaches the threshold applies them.
    /// @dev Relayers only; works while paused. Reverts: `NotRelayer`, `AlreadyVoted`, `WrongChain`,
    /// `WrongVault`, `WrongNonce` (not `nextSettingsNonce`), `InvalidLimits`, `WrongAdapter` (not a
    /// contract, or its `vault()` is another vault). Changing the adapter leaves what the previous
    /// one has staked with it: the relayers undelegate and claim everything first. Emits `Voted`, and `SettingsChanged`.
    function approveSettings(Settings calldata s) external nonReentrant {
        _checkTarget(s.chainId, s.vault);
        if (s.nonce != nextSettingsNonce) revert WrongNonce();
        _checkLimits(s.limits);
        if (s.adapter != address(0)) {
            if (s.adapter.code.length == 0 || IStakingAdapter(s.adapter).vault() != address(this)) {
                revert WrongAdapter();
            }
        }
        if (!_vote(keccak256(abi.encode(SETTINGS, s)))) return;
        nextSettingsNonce = s.nonce + 1;
        _setLimits(s.limits);
        guardian = s.guardian;
        adapter = IStakingAdapter(s.adapter);
        emit SettingsChanged(s.nonce, s.limits, s.guardian, s.adapter);
    }

    /// @notice A relayer's vote for the cert token and its limits; the vote that reaches the
    /// threshold applies them.
    /// @dev Relayers only; works while paused. Reverts: `NotRelayer`, `AlreadyVoted`, `WrongChain`,
    /// `WrongVault`, `WrongNonce` (not `nextSettingsNonce`, which `Settings` share),
    /// `CertTokenFixed` (a token is set, and `c.token` is another), `WrongCertToken` (not a
    /// contract, or its `vault()` is another vault), `InvalidLimits`. Emits `Voted`, and
    /// `CertConfigChanged`.
    function approveCertConfig(CertConfig calldata c) external nonReentrant {
        _checkTarget(c.chainId, c.vault);
        if (c.nonce != nextSettingsNonce) revert WrongNonce();
        address current = address(certToken);
        if (current != address(0) && c.token != current) revert CertTokenFixed();
        if (c.token.code.length == 0 || LiquidCertToken(c.token).vault() != address(this)) {
            revert WrongCertToken();
        }
        CertLimits calldata l = c.limits;
        if (
            l.minTransfer == 0 || l.maxTransfer < l.minTransfer || l.maxTransfer > type(uint128).max
                || l.mintWindow == 0 || l.burnWindow == 0 || l.mintLimit < l.maxTransfer
                || l.burnLimit < l.maxTransfer
        ) revert InvalidLimits();
        if (!_vote(keccak256(abi.encode(CERT_CONFIG, c)))) return;
        nextSettingsNonce = c.nonce + 1;
        certToken = LiquidCertToken(c.token);
        _certLimits = l;
        _certMintWindow.updateSettings(l.mintWindow, l.mintLimit);
        _certBurnWindow.updateSettings(l.burnWindow, l.burnLimit);
        emit CertConfigChanged(c.nonce, c.token, l);
    }

    /// @notice A current relayer's vote for the next relayer set (the appchain's new set); the
    /// vote that reaches the current threshold replaces the set, and voids every vote of the old
    /// set on other actions.
    /// @dev Relayers only; works while paused. Reverts: `NotRelayer`, `AlreadyVoted`,
    /// `WrongChain`, `WrongVault`, `WrongNonce` (not `relayerSetId + 1`), `InvalidRelayerSet`
    /// (empty, more than `MAX_RELAYERS`, a zero or repeated address, a threshold below 2, above
    /// the set's size or not more than half of it). Emits `Voted`, and `RelayerSetChanged`.
    function approveRelayerSet(RelayerSet calldata s) external nonReentrant {
        _checkTarget(s.chainId, s.vault);
        if (s.setId != relayerSetId + 1) revert WrongNonce();
        _checkRelayerSet(s.relayers, s.threshold);
        if (!_vote(keccak256(abi.encode(RELAYER_SET, s)))) return;
        for (uint256 i = 0; i < _relayers.length; i++) {
            isRelayer[_relayers[i]] = false;
        }
        _setRelayers(s.relayers, s.threshold);
        relayerSetId = s.setId;
        emit RelayerSetChanged(s.setId, s.relayers, s.threshold);
    }

    /// @notice Pauses deposits, releases, staking operations, cert mints, cert returns and cert
    /// redemptions. Settings, relayer sets, the cert's config and its rate still apply.
    /// @dev Any relayer, or the guardian. Reverts: `NotPauser`, `IsPaused`. Emits `Paused`.
    function pause() external {
        if (!isRelayer[msg.sender] && (msg.sender != guardian || guardian == address(0))) revert NotPauser();
        if (paused) revert IsPaused();
        paused = true;
        pauses += 1;
        emit Paused(msg.sender);
    }

    /// @notice A relayer's vote to end the latest pause (`pauseCount == pauses`); the vote that
    /// reaches the threshold unpauses.
    /// @dev Relayers only. Reverts: `NotRelayer`, `AlreadyVoted`, `WrongChain`, `WrongVault`,
    /// `NotPaused`, `WrongNonce`. Emits `Voted`, and `Unpaused`.
    function approveUnpause(uint256 chainId, address vault, uint64 pauseCount) external nonReentrant {
        _checkTarget(chainId, vault);
        if (!paused) revert NotPaused();
        if (pauseCount != pauses) revert WrongNonce();
        if (!_vote(keccak256(abi.encode(UNPAUSE, chainId, vault, pauseCount)))) return;
        paused = false;
        emit Unpaused(pauseCount);
    }

    // ------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------

    /// @notice The current relayers.
    function relayers() external view returns (address[] memory) {
        return _relayers;
    }

    /// @notice The deposit and release limits.
    function limits() external view returns (Limits memory) {
        return _limits;
    }

    /// @notice What deposits may still take, and releases still pay, in the current windows.
    function available() external view returns (uint256 deposits, uint256 releases) {
        return (_depositWindow.available(bytes32(0)), _releaseWindow.available(bytes32(0)));
    }

    /// @notice The key under which the current relayer set's votes for `r` are counted.
    function releaseKey(Release calldata r) external view returns (bytes32) {
        return _setKey(keccak256(abi.encode(RELEASE, r)));
    }

    /// @notice The key under which the current relayer set's votes for `op` are counted.
    function stakingOpKey(StakingOp calldata op) external view returns (bytes32) {
        return _setKey(keccak256(abi.encode(STAKING_OP, op)));
    }

    /// @notice The cert's limits.
    function certLimits() external view returns (CertLimits memory) {
        return _certLimits;
    }

    /// @notice What cert mints may still create, and returns and redemptions still burn, in the
    /// current windows.
    function certAvailable() external view returns (uint256 mints, uint256 burns) {
        return (_certMintWindow.available(bytes32(0)), _certBurnWindow.available(bytes32(0)));
    }

    /// @notice The key under which the current relayer set's votes for `m` are counted.
    function certMintKey(CertMint calldata m) external view returns (bytes32) {
        return _setKey(keccak256(abi.encode(CERT_MINT, m)));
    }

    /// @notice The key under which the current relayer set's votes for `r` are counted.
    function certRateKey(CertRate calldata r) external view returns (bytes32) {
        return _setKey(keccak256(abi.encode(CERT_RATE, r)));
    }

    /// @notice The coin the vault holds (not what its adapter has staked).
    function liquidity() external view returns (uint256) {
        return _balance();
    }

    // ------------------------------------------------------------------------------------------
    // Internals
    // ------------------------------------------------------------------------------------------

    function _checkTarget(uint256 chainId, address vault) private view {
        if (chainId != block.chainid) revert WrongChain();
        if (vault != address(this)) revert WrongVault();
    }

    function _setKey(bytes32 action) private view returns (bytes32) {
        return keccak256(abi.encode(relayerSetId, action));
    }

    /// Records the caller's vote for `action` under the current relayer set; true when this vote
    /// reaches the threshold (exactly once per action and set).
    function _vote(bytes32 action) private returns (bool) {
        if (!isRelayer[msg.sender]) revert NotRelayer();
        bytes32 key = _setKey(action);
        if (voted[key][msg.sender]) revert AlreadyVoted();
        voted[key][msg.sender] = true;
        uint256 count = votes[key] + 1;
        votes[key] = count;
        emit Voted(key, msg.sender, count);
        return count == threshold;
    }

    function _checkRelayerSet(address[] memory set, uint256 threshold_) private pure {
        uint256 n = set.length;
        if (n == 0 || n > MAX_RELAYERS || threshold_ < 2 || threshold_ > n || threshold_ * 2 <= n) {
            revert InvalidRelayerSet();
        }
        for (uint256 i = 0; i < n; i++) {
            if (set[i] == address(0)) revert InvalidRelayerSet();
            for (uint256 j = 0; j < i; j++) {
                if (set[j] == set[i]) revert InvalidRelayerSet();
            }
        }
    }

    function _setRelayers(address[] memory set, uint256 threshold_) private {
        _checkRelayerSet(set, threshold_);
        _relayers = set;
        for (uint256 i = 0; i < set.length; i++) {
            isRelayer[set[i]] = true;
        }
        threshold = threshold_;
    }

    function _checkLimits(Limits memory l) private pure {
        if (
            l.minDeposit == 0 || l.maxDeposit < l.minDeposit || l.depositWindow == 0 || l.releaseWindow == 0
                || l.depositLimit < l.maxDeposit || l.releaseLimit == 0 || l.maxDeposit > type(uint128).max
                || l.maxDeadlineAhead == 0
        ) revert InvalidLimits();
    }

    function _setLimits(Limits memory l) private {
        _checkLimits(l);
        _limits = l;
        _depositWindow.updateSettings(l.depositWindow, l.depositLimit);
        _releaseWindow.updateSettings(l.releaseWindow, l.releaseLimit);
    }

    function _cert() private view returns (LiquidCertToken cert) {
        cert = certToken;
        if (address(cert) == address(0)) revert NoCertToken();
    }

    /// Burns the caller's `amount` cert for a return or a redemption (`noTarget`: it has no
    /// beneficiary or recipient) and takes the next deposit nonce.
    function _burnCert(bool noTarget, uint256 amount) private returns (uint64 nonce, uint32 pool) {
        LiquidCertToken cert = _cert();
        if (noTarget) revert ZeroAddress();
        if (amount < _certLimits.minTransfer) revert CertTransferTooSmall();
        if (amount > _certLimits.maxTransfer) revert CertTransferTooLarge();
        if (!_certBurnWindow.tryConsume(bytes32(0), amount)) revert CertBurnLimitExceeded();
        cert.burn(msg.sender, amount);
        nonce = nextDepositNonce++;
        pool = cert.pool();
    }

    function _balance() private view returns (uint256) {
        return address(token) == address(0) ? address(this).balance : token.balanceOf(address(this));
    }

    function _pay(address to, uint256 amount) private {
        if (address(token) == address(0)) {
            Address.sendValue(payable(to), amount);
        } else {
            token.safeTransfer(to, amount);
        }
    }
}
