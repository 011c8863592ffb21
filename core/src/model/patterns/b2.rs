//! `B2` — Lanya: dividend as chicks, raise and sell (sect. 4.1, pattern 2).
//!
//! The fund buys Lanya shares; part of the yearly dividend comes as chicks priced at 90% of the
//! market (20 yuan for a 50-day chick): chicks = ⌊dividend × part as chicks ÷ chick price⌋,
//! 700 ÷ 20 = 35; the rest of the dividend in cash. The chicks are a dividend paid in kind and
//! count at their cash value (35 × 20 = 700) when they come: by default at year end, when
//! B1's cash dividend comes, so they are raised in the next year's first half. After half a
//! year each chicken sells for 150 yuan (35 × 150 = 5,250 yuan a batch, before mortality),
//! never below the cooperative's protective price in a year the cooperative pays. The second
//! batch of the year is bought by the household at the market price (20 ÷ 90%).

use super::Pattern;
use crate::model::params::Field;
use crate::model::plan::PlanBuilder;
use crate::model::stream::Counterparty;
use crate::model::text::Text;

/// Dividend as chicks.
pub struct ChicksDividend;

/// Chicks bought with `budget` at `price` each: whole birds only.
pub fn chicks_for(budget: f64, price: f64) -> f64 {
    (budget / price + 1e-9).floor().max(0.0)
}

impl Pattern for ChicksDividend {
    fn name(&self) -> Text {
        Text {
            zh: "分红换鸡苗，自己养了卖",
            en: "Dividend as chicks, raise and sell",
        }
    }
    fn suits(&self) -> Text {
        Text {
            zh: "能养鸡的人家：合作社教怎么养，并按保底价收购（兰亚养殖合作社的做法）",
            en: "Households able to raise chickens: the cooperative trains them and buys at a floor price (as at Lanya)",
        }
    }
    fn commit(&self, b: &mut PlanBuilder) {
        let v = b.inputs();
        let dividend = b.fund() * v.frac(Field::ShareRate);
        let chick_price = v[Field::ChickPrice];
        let birds = chicks_for(dividend * v.frac(Field::ChickShare), chick_price);
        let cash_share = if dividend > 0.0 {
            (dividend - birds * chick_price) / dividend
        } else {
            1.0
        };
        b.invest(
            Counterparty::Lanya,
            b.fund(),
            v[Field::ShareRate],
            cash_share,
        );
        b.raise_chickens(Counterparty::Lanya, birds);
    }
}
