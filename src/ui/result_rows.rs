use std::rc::Rc;

use yew::prelude::*;

use super::result_row::ResultRow;
use crate::i18n::*;
use crate::model::{Code, Lang, Text};

/// The `data-col` of each year's cell (up to the 10 years the form allows).
pub const YEAR_COLS: [&str; 10] = ["y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9", "y10"];

/// A column of the results table after the pattern's name.
#[derive(Clone, Copy, Debug)]
pub enum Col {
    /// One cell a year, `data-col` `y1` … `yN` ([`YEAR_COLS`]), headed [`year_label`].
    Years,
    /// One cell: its `data-col` and its heading.
    One(&'static str, Text),
}

/// The results table's columns after the pattern's name, in order: one list for the
/// headings, the cells Yew draws, the numbers written into them (`cell_values`) and the phone
/// cards' labels in `static/style.css`.
pub static COLS: [Col; 12] = [
    Col::One("per_year", COL_PER_YEAR),
    Col::Years,
    Col::One("total", COL_TOTAL),
    Col::One("gain", COL_GAIN),
    Col::One("guaranteed", COL_GUARANTEED),
    Col::One("p10", COL_P10),
    Col::One("p90", COL_P90),
    Col::One("npv", COL_NPV),
    Col::One("cash", COL_CASH),
    Col::One("fund", COL_FUND),
    Col::One("below", COL_BELOW),
    Col::One("labor", COL_LABOR),
];

impl Col {
    /// The `data-col` of its cells, over `years` years.
    pub fn keys(&'static self, years: usize) -> &'static [&'static str] {
        match self {
            Col::Years => &YEAR_COLS[..years.min(YEAR_COLS.len())],
            Col::One(key, _) => std::slice::from_ref(key),
        }
    }
}

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
    let heads = COLS.iter().flat_map(|c| match c {
        Col::Years => (1..=years).map(|y| year_label(lang, y)).collect(),
        Col::One(_, text) => vec![text.get(lang).to_string()],
    });
    html! {
        <>
            <caption>{ TABLE_CAPTION.get(lang) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ COL_PATTERN.get(lang) }</th>
                    { for heads.map(|h| html! { <th scope="col" class="num">{ h }</th> }) }
                </tr>
            </thead>
            <tbody onclick={props.onselect.clone()}>{ for rows }</tbody>
        </>
    }
}
