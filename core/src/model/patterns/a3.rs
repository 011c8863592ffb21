//! `A3` — Wandanping: mixed (sect. 4.2, pattern 3).
//!
//! For families with labor but little land: spend part of the fund on seed potatoes for all
//! the household's land (seed cost = land × seed per mu) and invest the rest of the fund in the
//! cooperative at the 10% equity dividend. When the fund may not pay for inputs (the switch
//! `fund_inputs` off), the seed comes from the household's own cash and all the fund is
//! invested.

use super::Pattern;
use crate::model::params::Field;
use crate::model::plan::PlanBuilder;
use crate::model::stream::{Counterparty, Crop};
use crate::model::text::Text;

/// Part seed, part equity.
pub struct Mixed;

impl Pattern for Mixed {
    fn name(&self) -> Text {
        Text {
            zh: "部分买种自己种，其余资金入股",
            en: "Some seed, the rest as shares",
        }
    }
    fn suits(&self) -> Text {
        Text {
            zh: "有人手但地少的人家（万担坪合作社的做法）",
            en: "Households with hands but little land (as at Wandanping)",
        }
    }
    fn commit(&self, b: &mut PlanBuilder) {
        let v = b.inputs();
        let seed = if v.flag(Field::FundInputs) {
            b.land_mu() * v[Field::SeedCost]
        } else {
            0.0
        };
        b.grow(Crop::Potato, b.land_mu());
        b.invest(
            Counterparty::Wandanping,
            b.fund() - seed,
            v[Field::ShareRate],
            1.0,
        );
    }
}
