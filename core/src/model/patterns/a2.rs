//! `A2` — Wandanping: buy seed potatoes, farm yourself (sect. 4.2, pattern 2).
//!
//! For families with labor and a large land area: buy the cooperative's high-quality seed
//! potatoes and grow them on all the household's land; income = harvest sales − seed and other
//! costs (paid at the start of the year, from cash and the fund). No contract: the same each year.

use super::Pattern;
use crate::model::plan::PlanBuilder;
use crate::model::stream::Crop;
use crate::model::text::Text;

/// Buy seed, farm yourself.
pub struct SeedFarmYourself;

impl Pattern for SeedFarmYourself {
    fn name(&self) -> Text {
        Text {
            zh: "买合作社种薯，自己种",
            en: "Buy seed potatoes, farm yourself",
        }
    }
    fn suits(&self) -> Text {
        Text {
            zh: "有人手、地多的人家（万担坪合作社的做法）",
            en: "Households with hands and plenty of land (as at Wandanping)",
        }
    }
    fn contract(&self) -> bool {
        false
    }
    fn commit(&self, b: &mut PlanBuilder) {
        b.grow(Crop::Potato, b.land_mu());
    }
}
