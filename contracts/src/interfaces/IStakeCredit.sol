// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title BNB Smart Chain's StakeCredit (the subset a delegator reads)
/// @notice The per-validator credit contract the StakeHub deploys. It holds the validator's pooled
/// BNB (delegations plus the rewards compounded into them) and mints non-transferable shares; a
/// share's BNB value is `totalPooledBNB / totalSupply`. It also keeps each delegator's queue of
/// unbond requests and pays them when claimed through the StakeHub.
interface IStakeCredit {
    /// @notice The shares `account` holds.
    function balanceOf(address account) external view returns (uint256);

    /// @notice The BNB the shares of `account` are worth now.
    function getPooledBNB(address account) external view returns (uint256);

    /// @notice The BNB `shares` shares are worth now (rounded down).
    function getPooledBNBByShares(uint256 shares) external view returns (uint256);

    /// @notice The shares `bnbAmount` BNB is worth now (rounded down).
    function getSharesByPooledBNB(uint256 bnbAmount) external view returns (uint256);

    /// @notice How many of `delegator`'s unbond requests, from the oldest, have matured.
    function claimableUnbondRequest(address delegator) external view returns (uint256);

    /// @notice How many unbond requests `delegator` has not claimed, matured or not.
    function pendingUnbondRequest(address delegator) external view returns (uint256);

    /// @notice The BNB of `delegator`'s first `number` unbond requests; 0 sums them all.
    function lockedBNBs(address delegator, uint256 number) external view returns (uint256);
}
