use std::rc::Rc;

use yew::prelude::*;

use super::derive::Derived;
use super::state::StateHandle;
use crate::i18n::format::number;
use crate::i18n::words::{field_unit, summary, SummaryFacts};
use crate::i18n::SUMMARY_TITLE;
use crate::model::params::Field;

/// The plain-language summary: the pattern with the highest expected income, what it pays a
/// year, how much more than now, and what it pays at least in 9 cases out of 10.
#[component]
pub fn Summary() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Rc<Derived>>().expect("inside App");
    let lang = state.lang;
    let (Some(report), Some(v)) = (derived.report.as_ref(), derived.valid.as_ref()) else {
        return html! {};
    };
    let Some(&best) = report.by_expected.first() else {
        return html! {};
    };
    let Some(o) = report.outcome(best) else {
        return html! {};
    };
    let land = number(state.unit.from_mu(v[Field::Land]), 2);
    let unit = field_unit(Field::Land, state.unit).get(lang);
    let facts = SummaryFacts {
        land,
        unit_name: unit,
        adults: v[Field::Adults],
        code: best,
        name: best.pattern().name().get(lang),
        outcome: o,
        years: report.years,
    };
    let text = summary(lang, &facts);
    html! {
        <section class="card summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{ SUMMARY_TITLE.get(lang) }</h2>
            <p id="summary-text" class="big">{ text }</p>
            <p class="suits">{ best.pattern().suits().get(lang) }</p>
        </section>
    }
}
