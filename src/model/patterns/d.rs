//! `D` — land circulation only (sect. 3.4).
//!
//! Transfer the contract-management rights of all the land for rent (start of year); the
//! adults are free to work away; the fund stays idle. In the county, 8,572 registered
//! households gained 1,541 yuan each this way.

use super::{Code, Pattern};
use crate::model::params::Field;
use crate::model::plan::PlanBuilder;
use crate::model::text::Text;

/// Rent the land out, go away to work.
pub struct LandCirculation;

impl Pattern for LandCirculation {
    fn code(&self) -> Code {
        Code::D
    }
    fn name(&self) -> Text {
        Text {
            zh: "土地流转出去，外出打工",
            en: "Rent the land out, work away",
        }
    }
    fn suits(&self) -> Text {
        Text {
            zh: "只流转土地拿租金（第3.4节：全县 8572 户每户增收 1541 元）",
            en:
                "Land rented out for rent only (sect. 3.4: 8,572 households gained 1,541 yuan each)",
        }
    }
    fn commit(&self, b: &mut PlanBuilder) {
        let rent = b.inputs()[Field::RentOut];
        b.rent_out_land(rent);
    }
}
