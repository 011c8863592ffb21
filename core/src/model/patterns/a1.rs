//! `A1` — Wandanping: land and equity in, labor out (sect. 4.2, pattern 1).
//!
//! The household signs a 3-year equity agreement: all its land goes to the cooperative for
//! rent (15,000 yuan/ha, start of year) plus a land dividend (3,000–6,000 yuan/ha, year end,
//! after the seed potatoes sell); its fund buys shares paying 10% a year at year end. With no
//! land to farm, the adults are free to work away (41 households chose this).
//!
//! Stacking all three incomes (rent, land dividend, 10% on the fund) is one reading of the
//! paper's words ("a dividend based on 10% of the equity funds" for households that also
//! invest money): the switch `a1_equity` turns the equity part off (land only). Every stream
//! is owed by the one cooperative and fails with it.

use super::Pattern;
use crate::model::params::{Field, Inputs};
use crate::model::plan::PlanBuilder;
use crate::model::stream::Counterparty;
use crate::model::text::{t, Text};

/// Land and equity in, labor out.
pub struct LandEquityLaborOut;

impl Pattern for LandEquityLaborOut {
    fn name(&self) -> Text {
        Text {
            zh: "土地入股＋资金入股，劳力外出",
            en: "Land and fund in, labor out",
        }
    }
    fn name_for(&self, v: &Inputs) -> Text {
        let fund = v.flag(Field::A1Equity) && v[Field::Fund] > 0.0;
        let away = v[Field::Away] >= 1.0 && v[Field::Adults] >= 1.0;
        match (fund, away) {
            (true, true) => self.name(),
            (true, false) => t("土地入股＋资金入股", "Land and fund in"),
            (false, true) => t("土地入股，劳力外出", "Land in, labor out"),
            (false, false) => t("土地入股", "Land in"),
        }
    }
    fn suits(&self) -> Text {
        Text {
            zh: "年轻人外出打工、家里缺人手的人家（万担坪合作社的做法）",
            en: "Households short of hands because the young adults work away (as at Wandanping)",
        }
    }
    fn commit(&self, b: &mut PlanBuilder) {
        let v = b.inputs();
        let (rent, lo, hi) = (v[Field::Rent], v[Field::DivLo], v[Field::DivHi]);
        let ha = b.rent_out_land(Counterparty::Wandanping, rent);
        b.land_dividend(Counterparty::Wandanping, ha, lo, hi);
        if v.flag(Field::A1Equity) {
            b.invest(Counterparty::Wandanping, b.fund(), v[Field::ShareRate], 1.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #16: the name says what the household puts in.
    #[test]
    fn the_name_fits_what_the_household_puts_in() {
        let cases = [
            ("the paper's household", 7_000.0, 1.0, "土地入股＋资金入股，劳力外出"),
            ("no fund", 0.0, 1.0, "土地入股，劳力外出"),
            ("no one away", 7_000.0, 0.0, "土地入股＋资金入股"),
            ("no fund, no one away", 0.0, 0.0, "土地入股"),
        ];
        for (name, fund, away, want) in cases {
            let mut v = Inputs::paper_defaults();
            v.set(Field::Fund, fund);
            v.set(Field::Away, away);
            assert_eq!(LandEquityLaborOut.name_for(&v).zh, want, "{name}");
        }
        let mut v = Inputs::paper_defaults();
        v.set(Field::A1Equity, 0.0);
        assert_eq!(LandEquityLaborOut.name_for(&v).en, "Land in, labor out", "the equity part read off");
    }
}
