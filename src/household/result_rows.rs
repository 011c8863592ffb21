use std::rc::Rc;

use yew::prelude::*;

use super::result_row::ResultRow;
use hezuo_core::app::results::Col;
use hezuo_core::i18n::*;
use hezuo_core::model::{Code, Lang};

/// The badges a row earns.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Badges {
    /// Highest expected income.
    pub best: bool,
    /// Best P10.
    pub safest: bool,
    /// Least cash needed.
    pub cash: bool,
}

/// One row of the table as Yew draws it: everything but the numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct RowShape {
    /// The pattern.
    pub code: Code,
    /// Its name for this household (by what it puts in).
    pub name: &'static str,
    /// Its badges.
    pub badges: Badges,
    /// `Err((reason code, reason in words))` when the household cannot carry it out.
    pub feasible: Result<(), (&'static str, String)>,
}

/// Props of [`ResultRows`].
#[derive(Properties, PartialEq)]
pub struct ResultRowsProps {
    /// The page's language.
    pub lang: Lang,
    /// Years computed.
    pub years: usize,
    /// The rows in display order.
    pub rows: Rc<Vec<RowShape>>,
    /// The pattern whose details are shown.
    pub selected: Code,
    /// Asks for a pattern's details.
    pub onselect: Callback<MouseEvent>,
}

/// The results table's frame: headings and one [`ResultRow`] per pattern. The numbers are
/// written into the cells afterwards (`fill.js`), so this re-renders only when the ranking,
/// feasibility, badges, selection, language or horizon change, and then only the rows that
/// changed render again.
#[component]
pub fn ResultRows(props: &ResultRowsProps) -> Html {
    let lang = props.lang;
    let years = props.years;
    let rows = props.rows.iter().map(|row| {
        // Keyed by feasibility too: a row that turns feasible is drawn anew, never made
        // from the infeasible row's cells.
        let key = format!("{}{}", row.code.as_str(), if row.feasible.is_ok() { "" } else { "-x" });
        html! {
            <ResultRow {key} {lang} {years} row={row.clone()} selected={props.selected == row.code} />
        }
    });
    let heads = Col::ALL.into_iter().flat_map(|c| {
        let more = (!c.essential()).then_some("more");
        c.keys(years)
            .iter()
            .zip(c.headings(lang, years))
            .map(move |(&k, h)| html! { <th scope="col" data-col={k} class={classes!("num", more)}>{ h }</th> })
    });
    html! {
        <>
            <caption>{ TABLE_CAPTION.get(lang) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ COL_PATTERN.get(lang) }</th>
                    { for heads }
                </tr>
            </thead>
            <tbody onclick={props.onselect.clone()}>{ for rows }</tbody>
        </>
    }
}
