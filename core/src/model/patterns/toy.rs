//! `Z` — a toy pattern, built only with `--features toy-pattern`. Not in the paper and never in
//! the app: it exists so that `core/tests/toy_pattern.rs` can prove that adding a pattern takes
//! this one file and one registry line. The support fund goes to the enterprise at ten times the
//! share rate (so the toy wins for any household with a fund, and the tests can see it chosen).

use super::Pattern;
use crate::model::params::Field;
use crate::model::plan::PlanBuilder;
use crate::model::stream::Counterparty;
use crate::model::text::Text;

/// The toy.
pub struct Toy;

impl Pattern for Toy {
    fn name(&self) -> Text {
        Text {
            zh: "测试用的方式",
            en: "A pattern for tests",
        }
    }
    fn suits(&self) -> Text {
        Text {
            zh: "只在测试里出现",
            en: "Only in tests",
        }
    }
    fn commit(&self, b: &mut PlanBuilder) {
        let rate = 10.0 * b.inputs()[Field::ShareRate];
        b.invest(Counterparty::Enterprise, b.fund(), rate, 1.0);
    }
}
