// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title The cert of one appchain pool, as an ERC-20 on a remote chain
/// @notice The liquid staking cert of the appchain pool `pool`, held on this chain. The vault
/// mints it when the relayers' threshold approves a cert the appchain sent here, and burns it when
/// a holder returns it to the appchain or redeems it for the coin (`returnCert`, `redeemCert` on
/// the vault). The cert does not grow in number: its value in the coin grows as the pool earns
/// rewards (and falls with a slash). The vault sets that value from the appchain's reports: the
/// pool's coin `totalPooled` (P) and its cert supply `totalShares` (S) at the report of epoch
/// `rateEpoch`, so that one cert is worth P / S of the coin.
///
/// There is no owner: only the vault mints, burns and sets the rate.
contract LiquidCertToken is ERC20 {
    /// @notice The vault that mints, burns and sets the rate.
    address public immutable vault;
    /// @notice The appchain pool whose cert this is.
    uint32 public immutable pool;
    uint8 private immutable _decimals;

    /// @notice The appchain epoch of the current rate (0 before the first rate).
    uint64 public rateEpoch;
    /// @notice The pool's coin (P) at the report of `rateEpoch`, in the coin's smallest unit
    /// (0 before the first rate).
    uint256 public totalPooled;
    /// @notice The pool's cert supply (S) at the report of `rateEpoch`, in the cert's smallest
    /// unit (0 before the first rate).
    uint256 public totalShares;

    /// @notice The rate of `epoch` applies: one cert is worth `pooled / shares` of the coin.
    event RateUpdated(uint64 indexed epoch, uint256 pooled, uint256 shares);

    /// @notice The caller is not the vault.
    error NotVault();
    /// @notice The rate's epoch is not after `rateEpoch`.
    error StaleRate();
    /// @notice The rate's coin or cert supply is 0.
    error InvalidRate();

    modifier onlyVault() {
        if (msg.sender != vault) revert NotVault();
        _;
    }

    /// @param name_ The token's name.
    /// @param symbol_ The token's symbol.
    /// @param decimals_ The token's decimals (the appchain cert's, 18 in the runtime).
    /// @param vault_ The vault that mints, burns and sets the rate.
    /// @param pool_ The appchain pool whose cert this is.
    constructor(string memory name_, string memory symbol_, uint8 decimals_, address vault_, uint32 pool_)
        ERC20(name_, symbol_)
    {
        _decimals = decimals_;
        vault = vault_;
        pool = pool_;
    }

    /// @notice The token's decimals.
    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Mints `amount` cert to `to`.
    /// @dev The vault only. Reverts: `NotVault`, `ERC20InvalidReceiver` (`to` is 0). Emits
    /// `Transfer(0, to, amount)`.
    function mint(address to, uint256 amount) external onlyVault {
        _mint(to, amount);
    }

    /// @notice Burns `amount` cert of `from`.
    /// @dev The vault only, which burns only its caller's cert. Reverts: `NotVault`,
    /// `ERC20InsufficientBalance`. Emits `Transfer(from, 0, amount)`.
    function burn(address from, uint256 amount) external onlyVault {
        _burn(from, amount);
    }

    /// @notice Sets the rate of the appchain's report of `epoch`: the pool held `pooled` coin for
    /// `shares` cert.
    /// @dev The vault only, at the relayers' threshold. Reverts: `NotVault`, `StaleRate` (`epoch`
    /// is not after `rateEpoch`), `InvalidRate` (`pooled` or `shares` is 0). Emits `RateUpdated`.
    function setRate(uint64 epoch, uint256 pooled, uint256 shares) external onlyVault {
        if (epoch <= rateEpoch) revert StaleRate();
        if (pooled == 0 || shares == 0) revert InvalidRate();
        rateEpoch = epoch;
        totalPooled = pooled;
        totalShares = shares;
        emit RateUpdated(epoch, pooled, shares);
    }

    /// @notice The cert one whole coin is worth, scaled by 1e18: `totalShares * 1e18 /
    /// totalPooled`, rounded down. It falls as the pool earns rewards. 1e18 before the first rate.
    function ratio() external view returns (uint256) {
        return coinToCert(1e18);
    }

    /// @notice The coin `amount` cert is worth: `amount * totalPooled / totalShares`, rounded
    /// down (`amount` before the first rate).
    function certToCoin(uint256 amount) public view returns (uint256) {
        uint256 shares = totalShares;
        return shares == 0 ? amount : Math.mulDiv(amount, totalPooled, shares);
    }

    /// @notice The cert `amount` of the coin is worth: `amount * totalShares / totalPooled`,
    /// rounded down (`amount` before the first rate).
    function coinToCert(uint256 amount) public view returns (uint256) {
        uint256 pooled = totalPooled;
        return pooled == 0 ? amount : Math.mulDiv(amount, totalShares, pooled);
    }
}
