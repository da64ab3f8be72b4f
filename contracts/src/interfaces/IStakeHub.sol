// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title BNB Smart Chain's StakeHub (the subset a delegator uses)
/// @notice The staking system contract of BNB Smart Chain, deployed at
/// 0x0000000000000000000000000000000000002002. Validators are identified by their operator address;
/// each has a StakeCredit contract that holds its pool and mints its delegators' shares. The
/// StakeHub forwards delegations to it, and a claim is paid by the StakeCredit contract itself.
interface IStakeHub {
    /// @notice Delegates `msg.value` BNB to the validator `operatorAddress`; the validator's credit
    /// contract mints shares to the caller. Reverts below `minDelegationBNBChange()`.
    /// @param operatorAddress The validator's operator address.
    /// @param delegateVotePower Whether to also delegate the caller's governance vote to the validator.
    function delegate(address operatorAddress, bool delegateVotePower) external payable;

    /// @notice Burns `shares` of the caller's shares in the validator's credit contract and queues an
    /// unbond request for their BNB, claimable after `unbondPeriod()`.
    /// @param operatorAddress The validator's operator address.
    /// @param shares The shares to undelegate.
    function undelegate(address operatorAddress, uint256 shares) external;

    /// @notice Pays the caller its matured unbond requests with the validator, oldest first. The
    /// validator's credit contract sends the BNB. Reverts when none has matured.
    /// @param operatorAddress The validator's operator address.
    /// @param requestNumber How many requests to claim at most; 0 claims every matured request.
    function claim(address operatorAddress, uint256 requestNumber) external;

    /// @notice The StakeCredit contract of the validator `operatorAddress` (zero if no such validator).
    function getValidatorCreditContract(address operatorAddress) external view returns (address);

    /// @notice The smallest delegation, in wei.
    function minDelegationBNBChange() external view returns (uint256);

    /// @notice How long, in seconds, an unbond request stays locked.
    function unbondPeriod() external view returns (uint256);
}
