//! `B1` — Lanya: cash dividend (sect. 4.1, pattern 1).
//!
//! For households with no conditions to raise chickens: the 7,000-yuan help fund buys shares
//! in the Lanya cooperative; 10% a year = 700 yuan paid in cash at year end for the 3-year
//! term; the share capital is returned in full if the household leaves. Land farmed as now.

use super::Pattern;
use crate::model::params::Field;
use crate::model::plan::PlanBuilder;
use crate::model::stream::Counterparty;
use crate::model::text::Text;

/// Cash dividend.
pub struct CashDividend;

impl Pattern for CashDividend {
    fn name(&self) -> Text {
        Text {
            zh: "资金入股养鸡社，拿现金分红",
            en: "Co-op shares, cash dividend",
        }
    }
    fn suits(&self) -> Text {
        Text {
            zh: "养不了鸡的人家（兰亚养殖合作社的做法）",
            en: "Households that cannot raise chickens (as at Lanya)",
        }
    }
    fn commit(&self, b: &mut PlanBuilder) {
        let rate = b.inputs()[Field::ShareRate];
        b.invest(Counterparty::Lanya, b.fund(), rate, 1.0);
    }
}
