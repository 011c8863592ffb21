use yew::prelude::*;

use crate::shared::hooks::use_details_open;
use crate::shared::store::StateHandle;
use hezuo_core::i18n::format::yuan;
use hezuo_core::i18n::names::stream_kind;
use hezuo_core::i18n::working::working;
use hezuo_core::i18n::COLON;
use hezuo_core::i18n::{NOT_INCOME, YEAR_INCOME};
use hezuo_core::model::engine::YearResult;
use hezuo_core::model::rounding::round_parts;
use hezuo_core::model::Lang;

/// Props of [`YearDetails`].
#[derive(Properties, PartialEq)]
pub struct YearDetailsProps {
    /// The year shown.
    pub year: YearResult,
}

/// One year of a pattern: its income, and when opened, every line with its working. Lines
/// are shown in whole yuan that add up to the year's shown income.
#[component]
pub fn YearDetails(props: &YearDetailsProps) -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let y = &props.year;
    let (open, ontoggle) = use_details_open(y.year == 1);
    let lang = state.lang;
    let incomes: Vec<f64> = y
        .lines
        .iter()
        .filter(|l| l.income)
        .map(|l| l.amount)
        .collect();
    let shown = round_parts(&incomes);
    let total: i64 = shown.iter().sum();
    let title = match lang {
        Lang::Zh => format!("第{}年", y.year),
        Lang::En => format!("Year {}", y.year),
    };
    let lines = open.then(|| {
        let mut shown = shown.into_iter();
        y.lines
            .iter()
            .map(|l| {
                let amount = if l.income {
                    shown.next().unwrap_or(0)
                } else {
                    l.amount.round() as i64
                };
                html! {
                    <li class={classes!(if l.income { "income" } else { "principal" })}>
                        <span class="kind">{ stream_kind(l.kind).get(lang) }</span>
                        <span class="amount">{ yuan(lang, amount) }</span>
                        if !l.income { <span class="note">{ NOT_INCOME.get(lang) }</span> }
                        <span class="working">{ working(lang, l, state.unit) }</span>
                    </li>
                }
            })
            .collect::<Html>()
    });
    html! {
        <details class="year" {open} {ontoggle}>
            <summary>{ title }{ " · " }{ YEAR_INCOME.get(lang) }{ COLON.get(lang) }<strong>{ yuan(lang, total) }</strong></summary>
            if let Some(lines) = lines { <ul class="lines">{ lines }</ul> }
        </details>
    }
}
