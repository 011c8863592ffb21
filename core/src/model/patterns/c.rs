//! `C` — enterprise capital investment, "1 + 1 = N" (sect. 4.2, four assistance models).
//!
//! The household invests its 7,000-yuan support fund in an enterprise for a dividend of "10%
//! of the profits of the shares" (read as 10% of the share a year, editable: `ent_rate`),
//! principal back after 3 years; transfers its land for rent (start of year, ordinary land's
//! rent `rent_out`, not Wandanping's); and its adults, free of the land, go out to work:
//! equity dividend + land rent + wages. The reading here: the same enterprise takes the land,
//! so rent, dividend and principal have one payer and one fate. Its failure chance is lowered
//! when the enterprise holds the county's profit insurance (sect. 4.4, `ent_insured`).

use super::Pattern;
use crate::model::params::Field;
use crate::model::plan::PlanBuilder;
use crate::model::stream::Counterparty;
use crate::model::text::Text;

/// Enterprise investment plus land rent plus wages.
pub struct EnterpriseInvestment;

impl Pattern for EnterpriseInvestment {
    fn name(&self) -> Text {
        Text {
            zh: "资金入股企业＋土地流转＋外出打工",
            en: "Firm shares, land out, work away",
        }
    }
    fn suits(&self) -> Text {
        Text {
            zh: "“1+1=N”：股金分红＋土地租金＋务工工资，三样都拿",
            en: "\"1 + 1 = N\": equity dividend, land rent and wages, all three",
        }
    }
    fn commit(&self, b: &mut PlanBuilder) {
        let v = b.inputs();
        b.rent_out_land(Counterparty::Enterprise, v[Field::RentOut]);
        b.invest(Counterparty::Enterprise, b.fund(), v[Field::EntRate], 1.0);
    }
}
