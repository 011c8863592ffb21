//! What the cooperative view checks: the working capital, then each promise.

/// What is checked: the working capital, then the four promises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// The money in hand covers the start-of-year payments and costs (no shortfall).
    Capital,
    /// Land rent at the start of the year.
    Rent,
    /// The land dividend at year end.
    LandDividend,
    /// The equity dividend (in cash or chicks) at year end.
    EquityDividend,
    /// Members' chickens bought at the protective price.
    ProtectivePrice,
    /// The principal at the end of the term.
    Principal,
}

impl Check {
    /// Number of checks.
    pub const COUNT: usize = 6;

    /// Every check, in the order of the report's arrays.
    pub const ALL: [Check; Check::COUNT] = [
        Check::Capital,
        Check::Rent,
        Check::LandDividend,
        Check::EquityDividend,
        Check::ProtectivePrice,
        Check::Principal,
    ];

    /// Bit of this check in [`super::YearCash::broken`].
    pub const fn bit(self) -> u8 {
        1 << self as u8
    }

    /// Stable code for `data-check`.
    pub const fn code(self) -> &'static str {
        match self {
            Check::Capital => "capital",
            Check::Rent => "rent",
            Check::LandDividend => "land_div",
            Check::EquityDividend => "equity_div",
            Check::ProtectivePrice => "floor_price",
            Check::Principal => "principal",
        }
    }
}
