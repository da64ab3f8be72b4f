// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IStakeCredit} from "../src/interfaces/IStakeCredit.sol";
import {IStakeHub} from "../src/interfaces/IStakeHub.sol";

/// @title Test stand-in of BNB Smart Chain's StakeCredit contract, for local chains
/// @notice Test code only. One per validator, deployed by `StakeHubStandIn.addValidator`, with the
/// same function signatures as the real StakeCredit. It holds the validator's pooled BNB and mints
/// non-transferable shares priced at `totalPooledBNB / totalSupply` (1:1 while there are none);
/// rewards added to the pool raise the share price for every delegator. Each delegator has a
/// queue of unbond requests, paid oldest first once unlocked, with the StakeHub's
/// `transferGasLimit` as gas stipend, as the real contract pays them.
/// @dev Unlike a real validator, a stand-in validator starts without a self-delegation, so its
/// pool can be empty: the price is then 1:1, and `getPooledBNBByShares` returns 0 instead of
/// reverting.
contract StakeCreditStandIn is IStakeCredit {
    /// @notice The caller is not the StakeHub stand-in.
    error OnlyStakeHub();
    /// @notice A zero amount of BNB or shares.
    error ZeroAmount();
    /// @notice The delegator holds fewer shares than it undelegates.
    error InsufficientBalance();
    /// @notice The delegator has no unbond request.
    error NoUnbondRequest();
    /// @notice None of the delegator's first requests has unlocked.
    error NoClaimableUnbondRequest();
    /// @notice Paying the delegator failed.
    error TransferFailed();
    /// @notice A reward for a validator nobody delegates to.
    error NoDelegations();

    /// @notice A pending unbonding: shares burnt, the BNB they were worth, when it unlocks.
    struct UnbondRequest {
        uint256 shares;
        uint256 bnbAmount;
        uint256 unlockTime;
    }

    /// @notice A reward was added to the pool.
    event RewardReceived(uint256 rewardToAll, uint256 commission);

    /// @notice The StakeHub stand-in that deployed this contract.
    address public immutable stakeHub;
    /// @notice The validator's operator address.
    address public immutable validator;

    /// @notice The pool: delegations plus rewards, minus unbondings.
    uint256 public totalPooledBNB;
    /// @notice All shares minted and not burnt.
    uint256 public totalSupply;
    /// @inheritdoc IStakeCredit
    mapping(address account => uint256 shares) public balanceOf;

    mapping(address delegator => UnbondRequest[] requests) private _requests;
    mapping(address delegator => uint256 head) private _head;

    modifier onlyStakeHub() {
        if (msg.sender != stakeHub) revert OnlyStakeHub();
        _;
    }

    /// @param operator The validator's operator address.
    constructor(address operator) {
        stakeHub = msg.sender;
        validator = operator;
    }

    /// @notice Mints `delegator` the shares `msg.value` is worth and adds it to the pool.
    /// @return shares The shares minted.
    function delegate(address delegator) external payable onlyStakeHub returns (uint256 shares) {
        if (msg.value == 0) revert ZeroAmount();
        shares = getSharesByPooledBNB(msg.value);
        if (shares == 0) revert ZeroAmount();
        balanceOf[delegator] += shares;
        totalSupply += shares;
        totalPooledBNB += msg.value;
    }

    /// @notice Burns `shares` of `delegator`'s shares and queues their BNB, unlocking after the
    /// StakeHub's `unbondPeriod()`.
    /// @return bnbAmount The BNB queued.
    function undelegate(address delegator, uint256 shares) external onlyStakeHub returns (uint256 bnbAmount) {
        if (shares == 0) revert ZeroAmount();
        if (shares > balanceOf[delegator]) revert InsufficientBalance();
        bnbAmount = getPooledBNBByShares(shares);
        balanceOf[delegator] -= shares;
        totalSupply -= shares;
        totalPooledBNB -= bnbAmount;
        _requests[delegator].push(
            UnbondRequest({
                shares: shares,
                bnbAmount: bnbAmount,
                unlockTime: block.timestamp + IStakeHub(stakeHub).unbondPeriod()
            })
        );
    }

    /// @notice Pays `delegator` its unlocked requests among the first `number` (0 = all), oldest
    /// first, stopping at the first locked one.
    /// @return The BNB paid.
    function claim(address payable delegator, uint256 number) external onlyStakeHub returns (uint256) {
        uint256 pending = pendingUnbondRequest(delegator);
        if (pending == 0) revert NoUnbondRequest();
        if (number == 0 || number > pending) number = pending;

        UnbondRequest[] storage queue = _requests[delegator];
        uint256 head = _head[delegator];
        uint256 total;
        while (number != 0) {
            UnbondRequest storage request = queue[head];
            if (block.timestamp < request.unlockTime) break;
            total += request.bnbAmount;
            delete queue[head];
            ++head;
            --number;
        }
        if (total == 0) revert NoClaimableUnbondRequest();
        _head[delegator] = head;

        uint256 gasLimit = StakeHubStandIn(stakeHub).transferGasLimit();
        (bool success,) = delegator.call{gas: gasLimit, value: total}("");
        if (!success) revert TransferFailed();
        return total;
    }

    /// @notice Adds `msg.value` to the pool: every share is worth more. No commission is taken.
    function distributeReward() external payable onlyStakeHub {
        if (totalSupply == 0) revert NoDelegations();
        totalPooledBNB += msg.value;
        emit RewardReceived(msg.value, 0);
    }

    /// @inheritdoc IStakeCredit
    function getPooledBNB(address account) external view returns (uint256) {
        return getPooledBNBByShares(balanceOf[account]);
    }

    /// @inheritdoc IStakeCredit
    function getPooledBNBByShares(uint256 shares) public view returns (uint256) {
        if (totalSupply == 0) return 0;
        return (shares * totalPooledBNB) / totalSupply;
    }

    /// @inheritdoc IStakeCredit
    function getSharesByPooledBNB(uint256 bnbAmount) public view returns (uint256) {
        if (totalSupply == 0 || totalPooledBNB == 0) return bnbAmount;
        return (bnbAmount * totalSupply) / totalPooledBNB;
    }

    /// @inheritdoc IStakeCredit
    function claimableUnbondRequest(address delegator) external view returns (uint256 count) {
        UnbondRequest[] storage queue = _requests[delegator];
        for (uint256 i = _head[delegator]; i < queue.length; ++i) {
            if (block.timestamp < queue[i].unlockTime) break;
            ++count;
        }
    }

    /// @inheritdoc IStakeCredit
    function pendingUnbondRequest(address delegator) public view returns (uint256) {
        return _requests[delegator].length - _head[delegator];
    }

    /// @inheritdoc IStakeCredit
    function lockedBNBs(address delegator, uint256 number) external view returns (uint256 total) {
        uint256 pending = pendingUnbondRequest(delegator);
        if (number == 0 || number > pending) number = pending;
        UnbondRequest[] storage queue = _requests[delegator];
        uint256 head = _head[delegator];
        for (uint256 i; i < number; ++i) {
            total += queue[head + i].bnbAmount;
        }
    }

    /// @notice `delegator`'s pending unbond request at `index` (0 = the oldest).
    function unbondRequest(address delegator, uint256 index) external view returns (UnbondRequest memory) {
        return _requests[delegator][_head[delegator] + index];
    }
}

/// @title Test stand-in of BNB Smart Chain's StakeHub system contract, for local chains
/// @notice Test code only: deploy it where a test chain lacks the StakeHub at
/// 0x0000000000000000000000000000000000002002. It has the same function signatures as the real
/// StakeHub for delegating, undelegating, claiming and reading a validator's credit contract, and
/// forwards to one `StakeCreditStandIn` per validator, as the real one does (the credit contract
/// holds the BNB and pays the claims). Anyone may add a validator or distribute a reward.
contract StakeHubStandIn is IStakeHub {
    /// @notice `addValidator` for an operator that already has a credit contract.
    error ValidatorExisted();
    /// @notice No validator with this operator address.
    error ValidatorNotExisted();
    /// @notice A delegation below `minDelegationBNBChange()`.
    error DelegationAmountTooSmall();
    /// @notice `undelegate` of zero shares.
    error ZeroShares();

    /// @notice A validator was added with its credit contract.
    event ValidatorCreated(address indexed operatorAddress, address indexed creditContract);
    /// @notice `delegator` delegated `bnbAmount` for `shares`.
    event Delegated(address indexed operatorAddress, address indexed delegator, uint256 shares, uint256 bnbAmount);
    /// @notice `delegator` undelegated `shares`, worth `bnbAmount`.
    event Undelegated(address indexed operatorAddress, address indexed delegator, uint256 shares, uint256 bnbAmount);
    /// @notice `delegator` was paid `bnbAmount` of matured unbond requests.
    event Claimed(address indexed operatorAddress, address indexed delegator, uint256 bnbAmount);
    /// @notice `reward` was added to the validator's pool.
    event RewardDistributed(address indexed operatorAddress, uint256 reward);

    /// @notice The gas the credit contracts forward when paying a claim (BNB Smart Chain's default).
    uint256 public constant transferGasLimit = 5000;
    /// @inheritdoc IStakeHub
    uint256 public immutable unbondPeriod;
    /// @inheritdoc IStakeHub
    uint256 public immutable minDelegationBNBChange;

    mapping(address operator => StakeCreditStandIn credit) private _credits;

    modifier validatorExist(address operatorAddress) {
        if (address(_credits[operatorAddress]) == address(0)) revert ValidatorNotExisted();
        _;
    }

    /// @param unbondPeriod_ Seconds an unbond request stays locked (BNB Smart Chain: 7 days).
    /// @param minDelegationBNBChange_ The smallest delegation in wei (BNB Smart Chain: 1 BNB).
    constructor(uint256 unbondPeriod_, uint256 minDelegationBNBChange_) {
        unbondPeriod = unbondPeriod_;
        minDelegationBNBChange = minDelegationBNBChange_;
    }

    /// @notice Adds a validator: deploys its credit contract, with an empty pool.
    /// @return credit The validator's new `StakeCreditStandIn`.
    function addValidator(address operator) external returns (address credit) {
        if (address(_credits[operator]) != address(0)) revert ValidatorExisted();
        StakeCreditStandIn created = new StakeCreditStandIn(operator);
        _credits[operator] = created;
        credit = address(created);
        emit ValidatorCreated(operator, credit);
    }

    /// @inheritdoc IStakeHub
    /// @dev `delegateVotePower` is ignored: the stand-in has no governance token.
    function delegate(address operatorAddress, bool delegateVotePower)
        external
        payable
        validatorExist(operatorAddress)
    {
        delegateVotePower;
        if (msg.value < minDelegationBNBChange) revert DelegationAmountTooSmall();
        uint256 shares = _credits[operatorAddress].delegate{value: msg.value}(msg.sender);
        emit Delegated(operatorAddress, msg.sender, shares, msg.value);
    }

    /// @inheritdoc IStakeHub
    function undelegate(address operatorAddress, uint256 shares) external validatorExist(operatorAddress) {
        if (shares == 0) revert ZeroShares();
        uint256 bnbAmount = _credits[operatorAddress].undelegate(msg.sender, shares);
        emit Undelegated(operatorAddress, msg.sender, shares, bnbAmount);
    }

    /// @inheritdoc IStakeHub
    function claim(address operatorAddress, uint256 requestNumber) external validatorExist(operatorAddress) {
        uint256 bnbAmount =
            _credits[operatorAddress].claim(payable(msg.sender), requestNumber);
        emit Claimed(operatorAddress, msg.sender, bnbAmount);
    }

    /// @notice Adds `msg.value` to the validator's pool as a reward for all its delegators (raises
    /// the share price). Reverts if nobody delegates to the validator.
    function distributeReward(address operatorAddress) external payable validatorExist(operatorAddress) {
        _credits[operatorAddress].distributeReward{value: msg.value}();
        emit RewardDistributed(operatorAddress, msg.value);
    }

    /// @inheritdoc IStakeHub
    function getValidatorCreditContract(address operatorAddress) external view returns (address) {
        return address(_credits[operatorAddress]);
    }
}
