use yew::prelude::*;

use crate::shared::hooks::use_details_open;
use crate::shared::store::{Results, StateHandle};
use hezuo_core::i18n::format::yuan;
use hezuo_core::i18n::names::stream_kind;
use hezuo_core::i18n::working::working;
use hezuo_core::i18n::COLON;
use hezuo_core::i18n::{NOT_INCOME, YEAR_INCOME};
use hezuo_core::model::rounding::round_parts;
use hezuo_core::model::{Code, Lang};

/// Props of [`YearDetails`]: which year of which pattern's results. The results compare by
/// address ([`Results`]), so the year is neither copied into the props nor compared line by
/// line.
#[derive(Properties, PartialEq)]
pub struct YearDetailsProps {
    /// The results the year is read from.
    pub results: Results,
    /// The pattern.
    pub code: Code,
    /// The year's place among the pattern's years (0 for the first).
    pub index: usize,
}

/// One year of a pattern: its income, and when opened, every line with its working. Lines
/// are shown in whole yuan that add up to the year's shown income.
#[component]
pub fn YearDetails(props: &YearDetailsProps) -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let year = props
        .results
        .report
        .as_ref()
        .and_then(|r| r.row(props.code).result.as_ref().ok())
        .and_then(|o| o.years.get(props.index));
    // Hooks first, before any early return: Yew needs the same hooks on every render.
    let (open, ontoggle) = use_details_open(year.is_some_and(|y| y.year == 1));
    let Some(y) = year else {
        return html! {};
    };
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
