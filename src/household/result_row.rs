use yew::prelude::*;

use super::result_rows::RowShape;
use hezuo_core::app::results::Col;
use hezuo_core::i18n::COLON;
use hezuo_core::i18n::*;
use hezuo_core::model::{Code, Lang, Text};

/// Props of [`ResultRow`].
#[derive(Properties, PartialEq)]
pub struct ResultRowProps {
    /// The page's language.
    pub lang: Lang,
    /// Years computed.
    pub years: usize,
    /// The row's pattern, badges and feasibility.
    pub row: RowShape,
    /// Whether its details are the ones shown.
    pub selected: bool,
}

/// One pattern's row: its name and badges, then either its empty cells (each with its
/// `data-col`; `fill.js` writes the numbers) or why the household cannot carry it out.
#[component]
pub fn ResultRow(props: &ResultRowProps) -> Html {
    let (lang, years, row) = (props.lang, props.years, &props.row);
    let code = row.code;
    let b = row.badges;
    let badge = |on: bool, class: &'static str, text: &Text| {
        on.then(|| html! { <span class={classes!("badge", class)}>{ text.get(lang) }</span> })
    };
    let head = html! {
        <th scope="row">
            <span class="name"><span class="code">{ code.as_str() }</span>{ " " }{ row.name }</span>
            if code == Code::S { { if lang == Lang::En { " " } else { "" } }<span class="baseline">{ BASELINE.get(lang) }</span> }
            { badge(b.best, "best", &BADGE_BEST) }
            { badge(b.safest, "safest", &BADGE_SAFEST) }
            { badge(b.cash, "cash", &BADGE_CASH) }
            <button type="button" class="details-btn"
                aria-label={format!("{}{}{} {}", SHOW_DETAILS.get(lang), COLON.get(lang), code.as_str(), row.name)}>{ SHOW_DETAILS.get(lang) }</button>
        </th>
    };
    match &row.feasible {
        Ok(()) => {
            let cells = Col::ALL.into_iter().flat_map(|c| {
                let more = (!c.essential()).then_some("more");
                c.keys(years)
                    .iter()
                    .map(move |&k| html! { <td data-col={k} class={classes!("num", more)}></td> })
            });
            html! {
                <tr data-pattern={code.as_str()} class={classes!(props.selected.then_some("selected"))}>
                    { head }
                    { for cells }
                </tr>
            }
        }
        Err((why, words)) => html! {
            <tr data-pattern={code.as_str()} data-infeasible={*why} class="infeasible">
                { head }
                <td colspan={(years + 10).to_string()} class="reason">
                    <strong>{ CANNOT.get(lang) }</strong>{ COLON.get(lang) }{ words.clone() }
                </td>
            </tr>
        },
    }
}
