use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::derive::Derived;
use super::result_rows::{Badges, Col, ResultRows, RowShape, COLS};
use super::state::{Action, StateHandle};
use crate::i18n::format::{number, percent, yuan};
use crate::i18n::words::{guaranteed, infeasible};
use crate::i18n::*;
use crate::model::engine::Report;
use crate::model::rounding::round_parts;
use crate::model::{Code, Lang};

#[wasm_bindgen(module = "/src/ui/fill.js")]
extern "C" {
    /// Writes the results table's numbers in one call: a keystroke changes about 150 texts
    /// and `data-yuan` attributes, and one call from WebAssembly per node costs a slow phone
    /// several milliseconds. Yew draws the rows and their empty cells ([`ResultRows`]); this
    /// fills them. `codes`: the feasible rows' patterns, space-separated, in table order;
    /// `texts`: each of their cells' text in order, separated by U+001F; `nums`: each cell's
    /// unrounded amount for `data-yuan`, NaN for a cell without one. Only what differs is
    /// written; every node is read before any is written and texts go before attributes (the
    /// browser is slowest when reads and writes alternate). A mismatch between rows and
    /// numbers (a bug) clears every number in the table before it throws: nothing stale stays
    /// on screen.
    #[wasm_bindgen(js_name = fillCells)]
    fn fill_cells(table: &web_sys::Element, codes: &str, texts: &str, nums: &[f64]);
}

/// The cells of every feasible row, in table order: the patterns (space-separated), each
/// cell's text (separated by U+001F) and each cell's unrounded amount (NaN where the cell has
/// no `data-yuan`). The year cells are rounded so that they add up to the shown total.
pub fn cell_values(report: &Report, lang: Lang) -> (String, String, Vec<f64>) {
    let (mut codes, mut texts, mut nums) = (String::new(), String::new(), Vec::new());
    let mut push = |text: String, num: f64| {
        if !nums.is_empty() {
            texts.push('\u{1f}');
        }
        texts.push_str(&text);
        nums.push(num);
    };
    let r = |x: f64| x.round() as i64;
    for code in report.display_order() {
        let Some(o) = report.outcome(code) else {
            continue;
        };
        codes.push_str(code.as_str());
        codes.push(' ');
        let incomes: Vec<f64> = o.years.iter().map(|y| y.income).collect();
        let shown = round_parts(&incomes);
        for c in COLS.iter() {
            let Col::One(col, _) = c else {
                for (y, s) in o.years.iter().zip(&shown) {
                    push(yuan(lang, *s), y.income);
                }
                continue;
            };
            match *col {
                "per_year" => push(yuan(lang, r(o.per_year)), o.per_year),
                "total" => push(yuan(lang, shown.iter().sum()), o.total),
                "gain" => push(
                    o.increase_over_s
                        .map(|g| yuan(lang, r(g)))
                        .unwrap_or_else(|| "—".into()),
                    f64::NAN,
                ),
                "guaranteed" => push(
                    guaranteed(lang, o.guaranteed, o.guaranteed_chance),
                    o.guaranteed,
                ),
                "p10" => push(yuan(lang, r(o.spread.p10)), o.spread.p10),
                "p90" => push(yuan(lang, r(o.spread.p90)), o.spread.p90),
                "npv" => push(yuan(lang, r(o.npv)), o.npv),
                "cash" => push(yuan(lang, r(o.cash_needed)), o.cash_needed),
                "fund" => push(yuan(lang, r(o.fund_needed)), o.fund_needed),
                "below" => push(
                    o.spread.below_s.map(percent).unwrap_or_else(|| "—".into()),
                    f64::NAN,
                ),
                "labor" => push(
                    format!("{} / {}", number(o.labor_days, 0), number(o.labor_have, 0)),
                    f64::NAN,
                ),
                other => unreachable!("results column {other} has no value"),
            }
        }
    }
    (codes, texts, nums)
}

/// Each row's shape in display order: badges and feasibility, no numbers.
fn shapes(report: &Report, lang: Lang) -> Vec<RowShape> {
    report
        .display_order()
        .into_iter()
        .map(|code| RowShape {
            code,
            badges: Badges {
                best: report.by_expected.first() == Some(&code),
                safest: report.by_p10.first() == Some(&code),
                cash: report.by_cash.first() == Some(&code),
            },
            feasible: match &report.row(code).result {
                Ok(_) => Ok(()),
                Err(why) => Err((why.code(), infeasible(lang, why))),
            },
        })
        .collect()
}

/// The comparison: one row per pattern, ranked by expected total (cards on a phone, a table
/// on wide screens). Cells carry `data-col` and the unrounded `data-yuan` (the link format's
/// machine-readable contract); infeasible rows carry `data-infeasible` and their reason.
/// Yew draws the rows ([`ResultRows`]); the numbers are written in one call after each
/// render ([`cell_values`], `fill.js`).
#[component]
pub fn ResultsTable() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Rc<Derived>>().expect("inside App");
    // One listener for every row's Details button, the same on every render (a new callback
    // per row would be registered again on each keystroke).
    let select = use_callback(state.dispatcher(), |e: MouseEvent, dispatcher| {
        let Some(target) = e.target_dyn_into::<web_sys::Element>() else {
            return;
        };
        let code = target
            .closest(".details-btn")
            .ok()
            .flatten()
            .and_then(|b| b.closest("tr").ok().flatten())
            .and_then(|tr| tr.get_attribute("data-pattern"))
            .and_then(|c| Code::parse(&c));
        if let Some(code) = code {
            dispatcher.dispatch(Action::Select(code));
        }
    });
    let lang = state.lang;
    let table = use_node_ref();
    {
        // After every render, once the rows are drawn: the numbers.
        let (table, derived) = (table.clone(), derived.clone());
        use_effect(move || {
            if let (Some(el), Some(report)) = (table.cast::<web_sys::Element>(), &derived.report) {
                let (codes, texts, nums) = cell_values(report, lang);
                fill_cells(&el, &codes, &texts, &nums);
            }
        });
    }
    let Some(report) = derived.report.as_ref() else {
        return html! {
            <section class="card results" aria-labelledby="results-title">
                <h2 id="results-title">{ RESULTS_TITLE.get(lang) }</h2>
                <p class="fix-first" role="status">{ FIX_FIRST.get(lang) }</p>
                <ul class="error-list">
                    { for derived.reading.errors.iter().map(|e| html! {
                        <li><a href={format!("#f-{}", e.field.key())}>{ crate::i18n::words::error(lang, e, state.unit) }</a></li>
                    }) }
                </ul>
                <table id="results" data-invalid="true">
                    <caption>{ TABLE_CAPTION.get(lang) }</caption>
                    <tbody>
                        { for crate::model::patterns::REGISTRY.iter().map(|p| html! {
                            <tr data-pattern={p.code().as_str()}>
                                <th scope="row">{ format!("{} {}", p.code().as_str(), p.name().get(lang)) }</th>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </section>
        };
    };
    html! {
        <section class="card results" aria-labelledby="results-title">
            <h2 id="results-title">{ RESULTS_TITLE.get(lang) }</h2>
            <div class="table-wrap">
                <table id="results" ref={table}>
                    <ResultRows {lang} years={report.years as usize} rows={Rc::new(shapes(report, lang))}
                        selected={state.selected} onselect={select} />
                </table>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On a phone the cells' labels come from `static/style.css` (by `data-col` and language,
    /// not `attr()`): they must read as the table's column heads.
    #[test]
    fn card_labels_match_the_column_heads() {
        let css = include_str!("../../static/style.css");
        use crate::ui::result_rows::{year_label, YEAR_COLS};
        let labels: Vec<(&str, String, String)> = COLS
            .iter()
            .flat_map(|c| match c {
                Col::Years => YEAR_COLS
                    .iter()
                    .enumerate()
                    .map(|(i, col)| {
                        (
                            *col,
                            year_label(Lang::Zh, i + 1),
                            year_label(Lang::En, i + 1),
                        )
                    })
                    .collect(),
                Col::One(col, text) => {
                    vec![(*col, text.get(Lang::Zh).into(), text.get(Lang::En).into())]
                }
            })
            .collect();
        for (col, zh, en) in labels {
            let rule = format!("#results td[data-col=\"{col}\"]::before {{ content: \"{zh}\"; }}");
            assert!(css.contains(&format!("\n  {rule}")), "missing: {rule}");
            let rule = format!(
                ":lang(en) #results td[data-col=\"{col}\"]::before {{ content: \"{en}\"; }}"
            );
            assert!(css.contains(&format!("\n  {rule}")), "missing: {rule}");
        }
    }
}
