//! `S` — status quo: farm own land as now (corn); spare labor earns wages; the fund stays idle.
//! The baseline every other pattern's "increase over S" is measured against.

use super::Pattern;
use crate::model::plan::PlanBuilder;
use crate::model::text::Text;

/// The status quo.
pub struct StatusQuo;

impl Pattern for StatusQuo {
    fn name(&self) -> Text {
        Text {
            zh: "维持现状",
            en: "As now",
        }
    }
    fn suits(&self) -> Text {
        Text {
            zh: "自己种地（玉米），有空的劳力打工，扶持资金不动。用来比较。",
            en: "Farm your land as now (corn), spare labor earns wages, the fund stays idle. The baseline.",
        }
    }
    fn contract(&self) -> bool {
        false
    }
    fn commit(&self, _b: &mut PlanBuilder) {}
}
