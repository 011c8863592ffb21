use std::rc::Rc;

use yew::prelude::*;

use crate::shared::hooks::PrintHandle;
use crate::shared::store::StateHandle;
use hezuo_core::app::derive::Derived;
use hezuo_core::app::state::AppState;
use hezuo_core::i18n::format::number;
use hezuo_core::i18n::names::field_unit;
use hezuo_core::i18n::words::{summary, SummaryFacts};
use hezuo_core::i18n::{PRINT, SUMMARY_TITLE};
use hezuo_core::model::params::Field;

/// The plain-language summary sentence of the current results, if there are any.
pub fn summary_text(state: &AppState, derived: &Derived) -> Option<String> {
    let lang = state.lang;
    let (report, v) = (derived.report.as_ref()?, derived.valid.as_ref()?);
    let best = *report.by_expected.first()?;
    let o = report.outcome(best)?;
    let facts = SummaryFacts {
        land: number(state.unit.from_mu(v[Field::Land]), 2),
        unit_name: field_unit(Field::Land, state.unit).get(lang),
        adults: v[Field::Adults],
        code: best,
        name: best.pattern().name_for(v).get(lang),
        outcome: o,
        years: report.years,
    };
    Some(summary(lang, &facts))
}

/// The plain-language summary: the pattern with the highest expected income, what it pays a
/// year, how much more than now, and what it pays at least in 9 cases out of 10; and the
/// button that prints the one-page handout.
#[component]
pub fn Summary() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Rc<Derived>>().expect("inside App");
    let print = use_context::<PrintHandle>().expect("inside App");
    let lang = state.lang;
    let Some(text) = summary_text(&state, &derived) else {
        return html! {};
    };
    let best = derived
        .report
        .as_ref()
        .and_then(|r| r.by_expected.first().copied());
    let onclick = Callback::from(move |_: MouseEvent| print.emit(()));
    html! {
        <section class="card summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{ SUMMARY_TITLE.get(lang) }</h2>
            <p id="summary-text" class="big" aria-live="polite">{ text }</p>
            if let Some(best) = best {
                <p class="suits">{ best.pattern().suits().get(lang) }</p>
            }
            <button type="button" id="print" class="print-btn" {onclick}>{ PRINT.get(lang) }</button>
        </section>
    }
}
