//! Errors are data: a field and a kind. The UI words them in the user's language.

use super::field::Field;

/// What is wrong with one value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ErrorKind {
    /// Nothing was entered.
    Empty,
    /// The text is not a number.
    NotANumber,
    /// A comma that may be a decimal point (`4，5`, `3,9`): the two readings cannot be told.
    AmbiguousComma {
        /// The number read with the comma as a decimal point (4.5).
        point: f64,
        /// The number read with the comma left out (45).
        joined: f64,
    },
    /// The number is infinite or not a number after arithmetic.
    NotFinite,
    /// The number is below zero where only zero or more makes sense.
    Negative,
    /// The number is below the field's smallest allowed value (given).
    BelowMin(f64),
    /// The number is above the field's largest allowed value (given).
    AboveMax(f64),
    /// The field takes whole numbers only (people, years, batches, switches).
    NotWhole,
    /// The value is larger than another field's that bounds it (given).
    MoreThan(Field),
}

/// One problem with the inputs: which field (the household's, or `F` of another table of
/// inputs), and what kind.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldError<F = Field> {
    /// The field at fault.
    pub field: F,
    /// What is wrong with it.
    pub kind: ErrorKind,
}

/// Why a pattern cannot be carried out by this household. Shown instead of a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Infeasible {
    /// The pattern needs more days of work than the household's adults have.
    Labor {
        /// Days of work needed in the busiest year.
        need_days: f64,
        /// Days the household's adults have.
        have_days: f64,
    },
    /// The pattern needs more money up front than cash on hand plus the fund.
    Cash {
        /// Yuan needed at the worst point of the first year.
        need: f64,
        /// Cash on hand plus support fund, yuan.
        have: f64,
    },
}

impl Infeasible {
    /// Stable code for links, tables and tests: `labor` or `cash`.
    pub fn code(&self) -> &'static str {
        match self {
            Infeasible::Labor { .. } => "labor",
            Infeasible::Cash { .. } => "cash",
        }
    }
}
