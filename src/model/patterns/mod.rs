//! The cooperation patterns of the paper, one file each, registered in [`REGISTRY`].
//!
//! A pattern says what it does with the household's land, labor and capital in a contract
//! year by calling [`PlanBuilder`] methods; the builder adds the status quo for the rest.
//! Adding a pattern: a new file with a `Pattern` impl, a [`Code`] variant, one line in
//! [`REGISTRY`].

mod a1;
mod a2;
mod a3;
mod b1;
mod b2;
mod c;
mod d;
mod s;

pub use b2::chicks_for;

use super::plan::PlanBuilder;
use super::text::Text;

/// Stable pattern codes, used by the UI, links and tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// Status quo: farm own land as now; spare labor earns wages.
    S,
    /// Wandanping: land and equity in, labor out.
    A1,
    /// Wandanping: buy seed potatoes, farm yourself.
    A2,
    /// Wandanping: mixed — part seed, part equity.
    A3,
    /// Lanya: cash dividend.
    B1,
    /// Lanya: dividend as chicks, raise and sell.
    B2,
    /// Enterprise capital investment, "1 + 1 = N".
    C,
    /// Land circulation only.
    D,
}

impl Code {
    /// The code as written in links and tables.
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::S => "S",
            Code::A1 => "A1",
            Code::A2 => "A2",
            Code::A3 => "A3",
            Code::B1 => "B1",
            Code::B2 => "B2",
            Code::C => "C",
            Code::D => "D",
        }
    }

    /// Position in [`REGISTRY`] (for messages between threads).
    pub fn index(self) -> usize {
        REGISTRY
            .iter()
            .position(|p| p.code() == self)
            .expect("every code is registered")
    }

    /// The code at position `i` of [`REGISTRY`].
    pub fn from_index(i: usize) -> Option<Code> {
        REGISTRY.get(i).map(|p| p.code())
    }

    /// Reads a code.
    pub fn parse(s: &str) -> Option<Code> {
        REGISTRY.iter().map(|p| p.code()).find(|c| c.as_str() == s)
    }

    /// The registered pattern with this code.
    pub fn pattern(self) -> &'static dyn Pattern {
        *REGISTRY
            .iter()
            .find(|p| p.code() == self)
            .expect("every code is registered (tested)")
    }
}

/// A cooperation pattern: a composition of income streams.
pub trait Pattern: Sync {
    /// Stable code.
    fn code(&self) -> Code;
    /// Short name.
    fn name(&self) -> Text;
    /// Whom it suits, in the paper's words, with the section.
    fn suits(&self) -> Text;
    /// Whether it follows the contract term (otherwise it is the same every year).
    fn contract(&self) -> bool {
        true
    }
    /// What the pattern does with the household's resources in a contract year.
    fn commit(&self, b: &mut PlanBuilder);
    /// A figure of the paper to hold the result against, if the paper gives one.
    fn check_figure(&self) -> Option<CheckFigure> {
        None
    }
}

/// A figure from the paper shown beside a pattern's result as a check (never an input).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CheckFigure {
    /// The paper's income increase per household a year, yuan.
    pub increase_per_year: f64,
    /// Where it comes from, in the paper's words.
    pub text: Text,
}

/// Every pattern, in display order.
pub static REGISTRY: [&dyn Pattern; 8] = [
    &s::StatusQuo,
    &a1::LandEquityLaborOut,
    &a2::SeedFarmYourself,
    &a3::Mixed,
    &b1::CashDividend,
    &b2::ChicksDividend,
    &c::EnterpriseInvestment,
    &d::LandCirculation,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_registered_once() {
        let codes = [
            Code::S,
            Code::A1,
            Code::A2,
            Code::A3,
            Code::B1,
            Code::B2,
            Code::C,
            Code::D,
        ];
        for c in codes {
            assert_eq!(
                REGISTRY.iter().filter(|p| p.code() == c).count(),
                1,
                "{c:?}"
            );
            assert_eq!(Code::parse(c.as_str()), Some(c));
            assert_eq!(c.pattern().code(), c);
        }
        assert_eq!(REGISTRY.len(), codes.len());
        assert_eq!(Code::parse("E"), None);
    }
}
