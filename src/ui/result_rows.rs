use std::rc::Rc;

use yew::prelude::*;

use super::result_row::ResultRow;
use crate::i18n::*;
use crate::model::{Code, Lang};

/// The `data-col` of each year's cell (up to the 10 years the form allows).
pub const YEAR_COLS: [&str; 10] = ["y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9", "y10"];

/// The `data-col` of a feasible row's cells after the pattern, in order, with whether the
/// cell carries a `data-yuan`; `years` year cells stand where `YEARS` is.
pub const COLS: [(&str, bool); 11] = [
    ("per_year", true),
    (YEARS, true),
    ("total", true),
    ("gain", false),
    ("guaranteed", true),
    ("p10", true),
    ("p90", true),
    ("npv", true),
    ("cash", true),
    ("below", false),
    ("labor", false),
];

/// Placeholder for the year cells in [`COLS`].
pub const YEARS: &str = "years";

/// The heading of year `y`.
pub fn year_label(lang: Lang, y: usize) -> String {
    match lang {
        Lang::Zh => format!("第{y}年"),
        Lang::En => format!("Year {y}"),
    }
}

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
    let year_heads =
        (1..=years).map(|y| html! { <th scope="col" class="num">{ year_label(lang, y) }</th> });
    html! {
        <>
            <caption>{ TABLE_CAPTION.get(lang) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ COL_PATTERN.get(lang) }</th>
                    <th scope="col" class="num">{ COL_PER_YEAR.get(lang) }</th>
                    { for year_heads }
                    <th scope="col" class="num">{ COL_TOTAL.get(lang) }</th>
                    <th scope="col" class="num">{ COL_GAIN.get(lang) }</th>
                    <th scope="col" class="num">{ COL_GUARANTEED.get(lang) }</th>
                    <th scope="col" class="num">{ COL_P10.get(lang) }</th>
                    <th scope="col" class="num">{ COL_P90.get(lang) }</th>
                    <th scope="col" class="num">{ COL_NPV.get(lang) }</th>
                    <th scope="col" class="num">{ COL_CASH.get(lang) }</th>
                    <th scope="col" class="num">{ COL_BELOW.get(lang) }</th>
                    <th scope="col" class="num">{ COL_LABOR.get(lang) }</th>
                </tr>
            </thead>
            <tbody onclick={props.onselect.clone()}>{ for rows }</tbody>
        </>
    }
}
