// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title Polygon PoS's StakeManager on Ethereum (the subset a delegator reads)
/// @notice Holds the stake of Polygon PoS's validators and delegators and counts checkpoint epochs.
/// It pulls a delegator's tokens when the delegator buys a ValidatorShare voucher (the delegator
/// approves the StakeManager) and pays unbondings and rewards out for the ValidatorShare contracts.
interface IStakeManager {
    /// @notice The current epoch: the number of checkpoints submitted.
    function epoch() external view returns (uint256);

    /// @notice How many epochs an unbonding waits before it can be claimed.
    function withdrawalDelay() external view returns (uint256);

    /// @notice The staking token the StakeManager holds (POL on Ethereum mainnet; the ValidatorShare
    /// functions without a `POL` suffix pay and take the legacy MATIC token, converted at 1:1).
    function token() external view returns (address);

    /// @notice The ValidatorShare contract of the validator `validatorId` (zero if it has none).
    function getValidatorContract(uint256 validatorId) external view returns (address);
}
