// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {IStakeManager} from "../src/interfaces/IStakeManager.sol";
import {IValidatorShare} from "../src/interfaces/IValidatorShare.sol";

/// @title Test ERC-20 token, for local chains
/// @notice Test code only: an 18-decimal ERC-20 standing in for MATIC/POL. Anyone may mint.
contract TestToken is ERC20 {
    /// @param name_ The token's name.
    /// @param symbol_ The token's symbol.
    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) {}

    /// @notice Mints `amount` tokens to `to`.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

/// @title Test stand-in of Polygon PoS's StakeManager on Ethereum, for local chains
/// @notice Test code only, with the same function signatures as the real StakeManager for what it
/// implements. It holds every staked token and reward, pulls delegations from the delegators (who
/// approve it) and pays out for its ValidatorShares. An epoch is `checkpointSeconds` of time since
/// deployment, standing in for a checkpoint. Anyone may add a validator.
contract StakeManagerStandIn is IStakeManager {
    using SafeERC20 for IERC20;

    /// @notice A zero checkpoint length.
    error ZeroCheckpointSeconds();
    /// @notice The caller is not the ValidatorShare of the validator id it names.
    error NotValidatorShare(address caller);

    /// @notice A validator was added with its ValidatorShare.
    event ValidatorAdded(uint256 indexed validatorId, address validatorShare);

    /// @inheritdoc IStakeManager
    address public immutable token;
    /// @inheritdoc IStakeManager
    uint256 public immutable withdrawalDelay;
    /// @notice Seconds per epoch.
    uint256 public immutable checkpointSeconds;
    /// @notice When the stand-in was deployed: the start of epoch 0.
    uint256 public immutable deployedAt;
    /// @notice The last validator id assigned (ids start at 1).
    uint256 public validatorCount;

    mapping(uint256 validatorId => address share) private _shares;

    modifier onlyValidatorShare(uint256 validatorId) {
        if (msg.sender != _shares[validatorId] || msg.sender == address(0)) revert NotValidatorShare(msg.sender);
        _;
    }

    /// @param token_ The staking token.
    /// @param checkpointSeconds_ Seconds per epoch.
    /// @param withdrawalDelay_ Epochs an unbonding waits (Polygon PoS mainnet: 80 checkpoints).
    constructor(IERC20 token_, uint256 checkpointSeconds_, uint256 withdrawalDelay_) {
        if (checkpointSeconds_ == 0) revert ZeroCheckpointSeconds();
        token = address(token_);
        checkpointSeconds = checkpointSeconds_;
        withdrawalDelay = withdrawalDelay_;
        deployedAt = block.timestamp;
    }

    /// @inheritdoc IStakeManager
    function epoch() public view returns (uint256) {
        return (block.timestamp - deployedAt) / checkpointSeconds;
    }

    /// @notice Adds a validator under the next id and deploys its ValidatorShare.
    /// @return share The new `ValidatorShareStandIn`.
    function addValidator() external returns (address share) {
        uint256 validatorId = ++validatorCount;
        share = address(new ValidatorShareStandIn(this, validatorId));
        _shares[validatorId] = share;
        emit ValidatorAdded(validatorId, share);
    }

    /// @inheritdoc IStakeManager
    function getValidatorContract(uint256 validatorId) external view returns (address) {
        return _shares[validatorId];
    }

    /// @notice Pulls `amount` tokens from `delegator` for a voucher it buys; only the validator's
    /// ValidatorShare may call.
    /// @return Always true (reverts on failure).
    function delegationDeposit(uint256 validatorId, uint256 amount, address delegator)
        external
        onlyValidatorShare(validatorId)
        returns (bool)
    {
        IERC20(token).safeTransferFrom(delegator, address(this), amount);
        return true;
    }

    /// @notice Pays `amount` tokens to `delegator` for the validator's ValidatorShare, the only
    /// allowed caller.
    /// @return Always true (reverts on failure).
    function transferFunds(uint256 validatorId, uint256 amount, address delegator)
        external
        onlyValidatorShare(validatorId)
        returns (bool)
    {
        IERC20(token).safeTransfer(delegator, amount);
        return true;
    }
}

/// @title Test stand-in of Polygon PoS's ValidatorShare on Ethereum, for local chains
/// @notice Test code only, with the same function signatures as the real ValidatorShare for what it
/// implements. Deployed by `StakeManagerStandIn.addValidator`. Shares are 1:1 with the token:
/// `exchangeRate()` and `withdrawExchangeRate()` stay at the rate precision, since slashing is out
/// of scope. The precision follows the real contract: 10^29, or 100 for validator ids below 8.
/// Rewards are not compounded: `addReward` spreads them over the current shares through a
/// reward-per-share accumulator, and a delegator's liquid rewards are paid by `withdrawRewards` and
/// before each `buyVoucher` and `sellVoucher_new`. The StakeManager holds and pays every token.
/// The `…POL` twins (`buyVoucherPOL`, `sellVoucher_newPOL`, `unstakeClaimTokens_newPOL`,
/// `withdrawRewardsPOL`) run the same logic as the functions without a suffix: the stand-in has one
/// token and moves that same token for both families, where the real contract moves POL for the
/// twins and the legacy MATIC token for the others. Each of these eight functions emits
/// `TokenFamily` so that a test can tell which family a delegator called.
contract ValidatorShareStandIn is IValidatorShare {
    using SafeERC20 for IERC20;

    /// @notice Fewer shares than the minimum, or more than the maximum, for the amount.
    error TooMuchSlippage();
    /// @notice More than the delegator's stake, or a delegator with no stake.
    error TooMuchRequested();
    /// @notice The unbonding does not exist or its withdrawal delay has not passed.
    error IncompleteWithdrawalPeriod();
    /// @notice A zero amount.
    error ZeroAmount();
    /// @notice A reward while nobody delegates.
    error NoDelegations();
    /// @notice The StakeManager refused a deposit or a payout.
    error StakeManagerRefused();

    /// @notice An unbonding of the validator's withdraw pool.
    struct DelegatorUnbond {
        uint256 shares;
        uint256 withdrawEpoch;
    }

    /// @notice `user` bought `shares` for `amount`.
    event ShareMinted(address indexed user, uint256 amount, uint256 shares);
    /// @notice `user` sold `shares` for `amount`, unbonding under `nonce`.
    event ShareBurnedWithId(address indexed user, uint256 amount, uint256 shares, uint256 indexed nonce);
    /// @notice `user` claimed the unbonding under `nonce`: `amount`.
    event DelegatorUnstakeWithId(address indexed user, uint256 amount, uint256 indexed nonce);
    /// @notice `user` was paid `rewards`.
    event DelegatorClaimedRewards(address indexed user, uint256 rewards);
    /// @notice `amount` was added as a reward for the current delegators.
    event RewardAdded(address indexed from, uint256 amount);
    /// @notice Test-only: `user` called a function of the `…POL` family (`pol`) or of the family
    /// without a suffix (the real contract has no such event).
    event TokenFamily(address indexed user, bool pol);

    uint256 private constant _RATE_HIGH_PRECISION = 10 ** 29;
    uint256 private constant _RATE_FOUNDATION_PRECISION = 100;
    uint256 private constant _REWARD_PRECISION = 10 ** 25;

    /// @inheritdoc IValidatorShare
    address public immutable stakeManager;
    /// @inheritdoc IValidatorShare
    uint256 public immutable validatorId;
    uint256 private immutable _ratePrecision;

    /// @notice All shares minted and not burnt.
    uint256 public totalSupply;
    /// @notice The shares each delegator holds.
    mapping(address user => uint256 shares) public balanceOf;
    /// @notice Rewards per share accumulated so far, scaled by 10^25.
    uint256 public rewardPerShare;
    /// @notice `rewardPerShare` when `user`'s rewards were last paid (name as in the real contract).
    mapping(address user => uint256 value) public initalRewardPerShare;
    /// @inheritdoc IValidatorShare
    mapping(address user => uint256 nonce) public unbondNonces;
    /// @inheritdoc IValidatorShare
    mapping(address user => mapping(uint256 nonce => DelegatorUnbond unbond)) public unbonds_new;

    /// @param manager The StakeManager stand-in deploying it.
    /// @param validatorId_ The validator's id.
    constructor(StakeManagerStandIn manager, uint256 validatorId_) {
        stakeManager = address(manager);
        validatorId = validatorId_;
        _ratePrecision = validatorId_ < 8 ? _RATE_FOUNDATION_PRECISION : _RATE_HIGH_PRECISION;
    }

    /// @inheritdoc IValidatorShare
    function buyVoucher(uint256 _amount, uint256 _minSharesToMint) external returns (uint256 amountToDeposit) {
        emit TokenFamily(msg.sender, false);
        return _buyVoucher(_amount, _minSharesToMint);
    }

    /// @inheritdoc IValidatorShare
    /// @dev The same as `buyVoucher` here: the stand-in moves its one token.
    function buyVoucherPOL(uint256 _amount, uint256 _minSharesToMint) external returns (uint256 amountToDeposit) {
        emit TokenFamily(msg.sender, true);
        return _buyVoucher(_amount, _minSharesToMint);
    }

    /// @inheritdoc IValidatorShare
    function sellVoucher_new(uint256 claimAmount, uint256 maximumSharesToBurn) external {
        emit TokenFamily(msg.sender, false);
        _sellVoucher_new(claimAmount, maximumSharesToBurn);
    }

    /// @inheritdoc IValidatorShare
    /// @dev The same as `sellVoucher_new` here: the stand-in moves its one token.
    function sellVoucher_newPOL(uint256 claimAmount, uint256 maximumSharesToBurn) external {
        emit TokenFamily(msg.sender, true);
        _sellVoucher_new(claimAmount, maximumSharesToBurn);
    }

    /// @inheritdoc IValidatorShare
    function unstakeClaimTokens_new(uint256 unbondNonce) external {
        emit TokenFamily(msg.sender, false);
        _unstakeClaimTokens_new(unbondNonce);
    }

    /// @inheritdoc IValidatorShare
    /// @dev The same as `unstakeClaimTokens_new` here: the stand-in moves its one token.
    function unstakeClaimTokens_newPOL(uint256 unbondNonce) external {
        emit TokenFamily(msg.sender, true);
        _unstakeClaimTokens_new(unbondNonce);
    }

    /// @inheritdoc IValidatorShare
    function withdrawRewards() external {
        emit TokenFamily(msg.sender, false);
        _withdrawAndTransferReward(msg.sender);
    }

    /// @inheritdoc IValidatorShare
    /// @dev The same as `withdrawRewards` here: the stand-in moves its one token.
    function withdrawRewardsPOL() external {
        emit TokenFamily(msg.sender, true);
        _withdrawAndTransferReward(msg.sender);
    }

    function _buyVoucher(uint256 _amount, uint256 _minSharesToMint) private returns (uint256 amountToDeposit) {
        _withdrawAndTransferReward(msg.sender);
        uint256 rate = exchangeRate();
        uint256 shares = _amount * _ratePrecision / rate;
        if (shares == 0) revert ZeroAmount();
        if (shares < _minSharesToMint) revert TooMuchSlippage();
        balanceOf[msg.sender] += shares;
        totalSupply += shares;
        amountToDeposit = rate * shares / _ratePrecision;
        if (!_manager().delegationDeposit(validatorId, amountToDeposit, msg.sender)) revert StakeManagerRefused();
        emit ShareMinted(msg.sender, amountToDeposit, shares);
    }

    function _sellVoucher_new(uint256 claimAmount, uint256 maximumSharesToBurn) private {
        (uint256 totalStaked, uint256 rate) = getTotalStake(msg.sender);
        if (totalStaked == 0 || claimAmount > totalStaked) revert TooMuchRequested();
        uint256 shares = claimAmount * _ratePrecision / rate;
        if (shares > maximumSharesToBurn) revert TooMuchSlippage();
        _withdrawAndTransferReward(msg.sender);
        balanceOf[msg.sender] -= shares;
        totalSupply -= shares;

        uint256 nonce = unbondNonces[msg.sender] + 1;
        unbondNonces[msg.sender] = nonce;
        unbonds_new[msg.sender][nonce] = DelegatorUnbond({
            shares: claimAmount * _ratePrecision / withdrawExchangeRate(),
            withdrawEpoch: _manager().epoch()
        });
        emit ShareBurnedWithId(msg.sender, claimAmount, shares, nonce);
    }

    function _unstakeClaimTokens_new(uint256 unbondNonce) private {
        DelegatorUnbond memory unbond = unbonds_new[msg.sender][unbondNonce];
        StakeManagerStandIn manager = _manager();
        if (unbond.shares == 0 || unbond.withdrawEpoch + manager.withdrawalDelay() > manager.epoch()) {
            revert IncompleteWithdrawalPeriod();
        }
        uint256 amount = withdrawExchangeRate() * unbond.shares / _ratePrecision;
        delete unbonds_new[msg.sender][unbondNonce];
        if (!manager.transferFunds(validatorId, amount, msg.sender)) revert StakeManagerRefused();
        emit DelegatorUnstakeWithId(msg.sender, amount, unbondNonce);
    }

    /// @notice Pulls `amount` tokens from the caller (who approves this contract) into the
    /// StakeManager and spreads them over the current shares as liquid rewards.
    function addReward(uint256 amount) external {
        if (totalSupply == 0) revert NoDelegations();
        IERC20(_manager().token()).safeTransferFrom(msg.sender, stakeManager, amount);
        rewardPerShare += amount * _REWARD_PRECISION / totalSupply;
        emit RewardAdded(msg.sender, amount);
    }

    /// @inheritdoc IValidatorShare
    function getTotalStake(address user) public view returns (uint256, uint256) {
        uint256 shares = balanceOf[user];
        uint256 rate = exchangeRate();
        if (shares == 0) return (0, rate);
        return (rate * shares / _ratePrecision, rate);
    }

    /// @inheritdoc IValidatorShare
    function getLiquidRewards(address user) public view returns (uint256) {
        return (rewardPerShare - initalRewardPerShare[user]) * balanceOf[user] / _REWARD_PRECISION;
    }

    /// @inheritdoc IValidatorShare
    function exchangeRate() public view returns (uint256) {
        return _ratePrecision;
    }

    /// @inheritdoc IValidatorShare
    function withdrawExchangeRate() public view returns (uint256) {
        return _ratePrecision;
    }

    function _manager() private view returns (StakeManagerStandIn) {
        return StakeManagerStandIn(stakeManager);
    }

    /// @dev Pays `user` its liquid rewards and starts its next accrual at the current accumulator.
    function _withdrawAndTransferReward(address user) private {
        uint256 liquidRewards = getLiquidRewards(user);
        initalRewardPerShare[user] = rewardPerShare;
        if (liquidRewards != 0) {
            if (!_manager().transferFunds(validatorId, liquidRewards, user)) revert StakeManagerRefused();
            emit DelegatorClaimedRewards(user, liquidRewards);
        }
    }
}
