//! The results table's contract (documented in `docs/contracts.md`): its columns, each cell's
//! `data-col`, its text and its unrounded amount (`data-yuan`). One [`Col`] serves the page's
//! table, the command-line report (`report --json`) and the tests that hold the page to the
//! engine.

use crate::i18n::format::{percent, yuan};
use crate::i18n::words::{guaranteed, labor_cell};
use crate::i18n::*;
use crate::model::engine::{Outcome, Report};
use crate::model::rounding::round_parts;
use crate::model::{Lang, Text};

/// The `data-col` of each year's cell (up to the 10 years the form allows).
pub const YEAR_COLS: [&str; 10] = ["y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9", "y10"];

/// A column of the results table after the pattern's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Col {
    /// Expected income per year on average.
    PerYear,
    /// One cell a year, `data-col` `y1` … `yN` ([`YEAR_COLS`]), headed [`year_label`].
    Years,
    /// Expected income over the horizon.
    Total,
    /// More than the status quo, a year on average.
    Gain,
    /// The part fixed by contract, a year on average, with the chance it is all paid.
    Guaranteed,
    /// The bad case, a year on average: the horizon's P10 divided by the years (9 runs in 10
    /// give at least this).
    P10,
    /// The good case, a year on average (the horizon's P90 divided by the years).
    P90,
    /// Worth today.
    Npv,
    /// Own cash needed up front.
    Cash,
    /// Support fund used.
    Fund,
    /// The chance of less than the status quo.
    Below,
    /// Days of work at home a year, and the days the household has.
    Labor,
}

impl Col {
    /// The columns in order: one list for the headings, the cells the page draws, the numbers
    /// written into them ([`cell_values`]) and the phone cards' labels in `static/style.css`.
    /// Each option leads with what it adds over the status quo and how sure that is, then what
    /// it pays, a year on average; the horizon's totals come after (issue #15).
    pub const ALL: [Col; 12] = [
        Col::Gain,
        Col::Below,
        Col::PerYear,
        Col::P10,
        Col::Guaranteed,
        Col::Cash,
        Col::Labor,
        Col::Years,
        Col::Total,
        Col::P90,
        Col::Npv,
        Col::Fund,
    ];

    /// Shown on a laptop's table by default; the others (year by year, total, good case,
    /// worth today, fund) are one tap away, and shown by default from 1,760 px wide.
    pub const fn essential(self) -> bool {
        matches!(
            self,
            Col::PerYear
                | Col::Gain
                | Col::Guaranteed
                | Col::P10
                | Col::Cash
                | Col::Below
                | Col::Labor
        )
    }

    /// The `data-col` of its cells, over `years` years.
    pub fn keys(self, years: usize) -> &'static [&'static str] {
        let one: &'static [&'static str] = match self {
            Col::Years => return &YEAR_COLS[..years.min(YEAR_COLS.len())],
            Col::PerYear => &["per_year"],
            Col::Total => &["total"],
            Col::Gain => &["gain"],
            Col::Guaranteed => &["guaranteed"],
            Col::P10 => &["p10"],
            Col::P90 => &["p90"],
            Col::Npv => &["npv"],
            Col::Cash => &["cash"],
            Col::Fund => &["fund"],
            Col::Below => &["below"],
            Col::Labor => &["labor"],
        };
        one
    }

    /// The headings of its cells, over `years` years.
    pub fn headings(self, lang: Lang, years: usize) -> Vec<String> {
        let text: Text = match self {
            Col::Years => return (1..=years).map(|y| year_label(lang, y)).collect(),
            Col::PerYear => COL_PER_YEAR,
            Col::Total => COL_TOTAL,
            Col::Gain => COL_GAIN,
            Col::Guaranteed => COL_GUARANTEED,
            Col::P10 => COL_P10,
            Col::P90 => COL_P90,
            Col::Npv => COL_NPV,
            Col::Cash => COL_CASH,
            Col::Fund => COL_FUND,
            Col::Below => COL_BELOW,
            Col::Labor => COL_LABOR,
        };
        vec![text.get(lang).to_string()]
    }

    /// Its cells for one pattern's outcome, appended to `out`: the text shown and the
    /// unrounded amount written as `data-yuan` (none for a cell that is not an amount of
    /// money). `shown` are the year incomes rounded so that they add up to the total shown.
    fn cells(self, o: &Outcome, lang: Lang, shown: &[i64], out: &mut Vec<(String, Option<f64>)>) {
        let r = |x: f64| x.round() as i64;
        let money = |x: f64| (yuan(lang, r(x)), Some(x));
        // A year on average: the horizon's figure over its years.
        let years = o.years.len().max(1) as f64;
        let cell = match self {
            Col::Years => {
                let years = o.years.iter().zip(shown);
                out.extend(years.map(|(y, s)| (yuan(lang, *s), Some(y.income))));
                return;
            }
            Col::PerYear => money(o.per_year),
            Col::Total => (yuan(lang, shown.iter().sum()), Some(o.total)),
            Col::Gain => (
                o.increase_over_s
                    .map(|g| yuan(lang, r(g / years)))
                    .unwrap_or_else(|| "—".into()),
                None,
            ),
            Col::Guaranteed => (
                guaranteed(lang, o.guaranteed / years, o.guaranteed_chance),
                Some(o.guaranteed / years),
            ),
            Col::P10 => money(o.spread.p10 / years),
            Col::P90 => money(o.spread.p90 / years),
            Col::Npv => money(o.npv),
            Col::Cash => money(o.cash_needed),
            Col::Fund => money(o.fund_needed),
            Col::Below => (
                o.spread.below_s.map(percent).unwrap_or_else(|| "—".into()),
                None,
            ),
            Col::Labor => (labor_cell(lang, o.labor_days, o.labor_have), None),
        };
        out.push(cell);
    }
}

/// The heading of year `y`.
pub fn year_label(lang: Lang, y: usize) -> String {
    match lang {
        Lang::Zh => format!("第{y}年"),
        Lang::En => format!("Year {y}"),
    }
}

/// The year incomes rounded so that they add up to the rounded total.
fn shown_years(o: &Outcome) -> Vec<i64> {
    let incomes: Vec<f64> = o.years.iter().map(|y| y.income).collect();
    round_parts(&incomes)
}

/// Every `data-yuan` cell of a feasible row: its `data-col` and its unrounded amount, in
/// column order. What the page must show for `o`, to the last bit.
pub fn yuan_cells(o: &Outcome) -> Vec<(&'static str, f64)> {
    let shown = shown_years(o);
    let years = o.years.len();
    let mut out = Vec::new();
    let mut cells = Vec::new();
    for c in Col::ALL {
        cells.clear();
        c.cells(o, Lang::En, &shown, &mut cells);
        let keyed = c.keys(years).iter().zip(&cells);
        out.extend(keyed.filter_map(|(k, (_, x))| x.map(|x| (*k, x))));
    }
    out
}

/// The cells of every feasible row, in table order: the patterns (space-separated), each
/// cell's text (separated by U+001F) and each cell's unrounded amount (NaN where the cell has
/// no `data-yuan`). The year cells are rounded so that they add up to the shown total.
pub fn cell_values(report: &Report, lang: Lang) -> (String, String, Vec<f64>) {
    let (mut codes, mut texts, mut nums) = (String::new(), String::new(), Vec::new());
    let mut cells = Vec::new();
    for code in report.display_order() {
        let Some(o) = report.outcome(code) else {
            continue;
        };
        codes.push_str(code.as_str());
        codes.push(' ');
        let shown = shown_years(o);
        cells.clear();
        for c in Col::ALL {
            c.cells(o, lang, &shown, &mut cells);
        }
        for (text, num) in cells.drain(..) {
            if !nums.is_empty() {
                texts.push('\u{1f}');
            }
            texts.push_str(&text);
            nums.push(num.unwrap_or(f64::NAN));
        }
    }
    (codes, texts, nums)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate, Inputs, Settings};

    /// On a phone the cells' labels come from `static/style.css` (by `data-col` and language,
    /// not `attr()`): they must read as the table's column heads.
    #[test]
    fn card_labels_match_the_column_heads() {
        let css = include_str!("../../../static/style.css");
        let years = YEAR_COLS.len();
        for c in Col::ALL {
            let heads = c.headings(Lang::Zh, years).into_iter();
            let heads = heads.zip(c.headings(Lang::En, years));
            for (col, (zh, en)) in c.keys(years).iter().zip(heads) {
                let rule =
                    format!("#results td[data-col=\"{col}\"]::before {{ content: \"{zh}\"; }}");
                assert!(css.contains(&format!("\n  {rule}")), "missing: {rule}");
                let rule = format!(
                    ":lang(en) #results td[data-col=\"{col}\"]::before {{ content: \"{en}\"; }}"
                );
                assert!(css.contains(&format!("\n  {rule}")), "missing: {rule}");
            }
        }
    }

    #[test]
    fn every_column_has_one_cell_per_key() {
        let v = Inputs::paper_defaults().check().unwrap();
        let report = evaluate(&v, &Settings::default());
        let (codes, texts, nums) = cell_values(&report, Lang::Zh);
        let rows = codes.split_whitespace().count();
        let per_row: usize = Col::ALL
            .iter()
            .map(|c| c.keys(report.years as usize).len())
            .sum();
        assert_eq!(nums.len(), rows * per_row);
        assert_eq!(texts.split('\u{1f}').count(), nums.len());
        let o = report.outcome(report.by_expected[0]).unwrap();
        let cells = yuan_cells(o);
        assert_eq!(cells[0], ("per_year", o.per_year));
        assert!(cells.contains(&("total", o.total)));
        assert!(cells.contains(&("y3", o.years[2].income)));
        // What she reads first is a year's worth: the bad and good cases and the fixed part
        // are the horizon's figures over its years.
        let years = f64::from(report.years);
        assert!(cells.contains(&("p10", o.spread.p10 / years)));
        assert!(cells.contains(&("p90", o.spread.p90 / years)));
        assert!(cells.contains(&("guaranteed", o.guaranteed / years)));
        assert!(!cells.iter().any(|(k, _)| *k == "gain" || *k == "labor"));
    }
}
