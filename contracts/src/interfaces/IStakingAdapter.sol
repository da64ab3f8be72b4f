// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title The staking adapter of a vault
/// @notice Stakes a vault's coins with the staking system of the chain it is deployed on (BNB Smart
/// Chain's StakeHub, Polygon PoS's ValidatorShare contracts on Ethereum). The adapter is the
/// delegator: it holds the delegations, and every coin it claims goes back to its vault. Only its
/// vault calls it, and the vault calls it only for an operation its relayers' threshold approved.
interface IStakingAdapter {
    /// @notice The caller is not the adapter's vault.
    error NotVault();

    /// @notice Delegated `amount` to `validator`.
    event Delegated(address indexed validator, uint256 amount);
    /// @notice Started unbonding `amount` from `validator`.
    event Undelegated(address indexed validator, uint256 amount);
    /// @notice Sent `amount` claimed from `validator` (matured unbondings and rewards) to the vault.
    event Claimed(address indexed validator, uint256 amount);

    /// @notice The vault that owns this adapter: the only caller of its operations.
    function vault() external view returns (address);

    /// @notice Delegates `amount` of the coin to `validator`. A native coin comes as the call's
    /// value (`msg.value == amount`); an ERC-20 was transferred to the adapter just before.
    function delegate(address validator, uint256 amount) external payable;

    /// @notice Starts unbonding `amount` of the coin from `validator`; it can be claimed once the
    /// chain's unbonding delay has passed.
    function undelegate(address validator, uint256 amount) external;

    /// @notice Claims what `validator`'s staking contract lets the adapter take now (unbondings
    /// that matured, rewards not compounded) and sends it to the vault.
    /// @return claimed What was sent to the vault.
    function claim(address validator) external returns (uint256 claimed);

    /// @notice The coin delegated to `validator` now, rewards compounded into it included.
    function staked(address validator) external view returns (uint256);

    /// @notice The coin unbonding from `validator`, matured or not, not yet claimed.
    function unbonding(address validator) external view returns (uint256);

    /// @notice The rewards `validator`'s staking contract holds for the adapter that `claim`
    /// would take (0 where rewards compound into the stake, as on BNB Smart Chain).
    function rewards(address validator) external view returns (uint256);
}
