use yew::prelude::*;

use crate::shared::location::tools_link;
use hezuo_core::app::derive::Derived;
use hezuo_core::app::link::to_query;
use hezuo_core::app::state::AppState;
use hezuo_core::i18n::format::number;
use hezuo_core::i18n::names::field_unit;
use hezuo_core::i18n::words::{answer, luck, SummaryFacts};
use hezuo_core::i18n::{PRINT, SUMMARY_TITLE};
use hezuo_core::model::params::Field;

/// The plain-language summary of the current results, if there are any: the answer and how
/// sure it is.
pub fn summary_text(state: &AppState, derived: &Derived) -> Option<String> {
    summary_parts(state, derived).map(|(lang, a, l)| match lang {
        hezuo_core::model::Lang::Zh => format!("{a}{l}"),
        hezuo_core::model::Lang::En => format!("{a} {l}"),
    })
}

/// The answer sentence and the bad-luck sentence, in the page's language.
fn summary_parts(
    state: &AppState,
    derived: &Derived,
) -> Option<(hezuo_core::model::Lang, String, String)> {
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
    Some((lang, answer(lang, &facts), luck(lang, &facts)))
}

/// The plain-language summary: the pattern with the highest expected income, what it pays a
/// year, how much more than now, and what it pays at least in 9 cases out of 10; and the
/// button that prints the one-page handout: `print` on the pages that print it
/// ([`super::Printable`]); on the household page none, and the button opens `tools.html`, which
/// prints it. A plain function drawn with the app, not a component of its own.
pub fn summary(state: &AppState, derived: &Derived, print: Option<Callback<()>>) -> Html {
    let lang = state.lang;
    let Some((_, text, luck)) = summary_parts(state, derived) else {
        return html! {};
    };
    let best = derived
        .report
        .as_ref()
        .and_then(|r| r.by_expected.first().copied());
    let button = match print {
        Some(print) => {
            let onclick = Callback::from(move |_: MouseEvent| print.emit(()));
            html! { <button type="button" id="print" class="print-btn" {onclick}>{ PRINT.get(lang) }</button> }
        }
        None => {
            let href = tools_link(&to_query(state), "print");
            html! { <a id="print" class="print-btn button" {href}>{ PRINT.get(lang) }</a> }
        }
    };
    html! {
        <section class="card summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{ SUMMARY_TITLE.get(lang) }</h2>
            <div aria-live="polite">
                <p id="summary-text" class="big">{ text }</p>
                <p id="summary-luck" class="luck">{ luck }</p>
            </div>
            if let Some(best) = best {
                <p class="suits">{ best.pattern().suits().get(lang) }</p>
            }
            { button }
        </section>
    }
}
