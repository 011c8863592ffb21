//! `D` — land circulation only (sect. 3.4).
//!
//! Transfer the contract-management rights of all the land for rent (start of year); the
//! adults are free to work away; the fund stays idle. In the county, 8,572 registered
//! households gained 1,541 yuan each this way.

use super::{CheckFigure, Pattern};
use crate::model::paper;
use crate::model::params::Field;
use crate::model::plan::PlanBuilder;
use crate::model::stream::Counterparty;
use crate::model::text::Text;

/// Rent the land out, go away to work.
pub struct LandCirculation;

impl Pattern for LandCirculation {
    fn name(&self) -> Text {
        Text {
            zh: "土地流转出去，外出打工",
            en: "Rent the land out, work away",
        }
    }
    fn suits(&self) -> Text {
        Text {
            zh: "只把地租出去拿租金（全县 8572 户这样做，每户平均多收入 1541 元）",
            en:
                "Renting the land out, for the rent only (8,572 households in the county did, gaining 1,541 yuan each)",
        }
    }
    fn commit(&self, b: &mut PlanBuilder) {
        let rent = b.inputs()[Field::RentOut];
        b.rent_out_land(Counterparty::Tenant, rent);
    }
    fn check_figure(&self) -> Option<CheckFigure> {
        Some(CheckFigure {
            increase_per_year: paper::LAND_CIRCULATION_INCREASE,
            text: Text {
                zh: "论文第3.4节：全县流转土地的 8572 户建档立卡户平均每户增收 1541 元",
                en: "Paper sect. 3.4: the county's 8,572 registered households that transferred land gained 1,541 yuan each on average",
            },
        })
    }
}
