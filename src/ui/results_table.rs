use std::rc::Rc;

use yew::prelude::*;

use super::derive::Derived;
use super::state::{Action, StateHandle};
use crate::i18n::format::{percent, yuan};
use crate::i18n::words::infeasible;
use crate::i18n::*;
use crate::model::engine::{Outcome, Report};
use crate::model::rounding::round_parts;
use crate::model::{Code, Lang};

// On a phone each cell shows its column's name before it: `static/style.css` writes it from the
// cell's `data-col` and the page's language (a test keeps the two in step). Not
// `content: attr(data-label)`: with `attr()` the browser recomputes a cell's style whenever any
// of its attributes changes, and every `data-yuan` changes on each keystroke.
fn cell(lang: Lang, col: &'static str, exact: String, shown: i64) -> Html {
    html! {
        <td data-col={col} data-yuan={exact} class="num">{ yuan(lang, shown) }</td>
    }
}

/// The amounts of a feasible row with a `data-yuan`, in the order [`outcome_cells`] shows them.
fn amounts(o: &Outcome) -> impl Iterator<Item = f64> + '_ {
    std::iter::once(o.per_year)
        .chain(o.years.iter().map(|y| y.income))
        .chain([
            o.total,
            o.guaranteed,
            o.spread.p10,
            o.spread.p90,
            o.npv,
            o.cash_needed,
        ])
}

/// The `data-col` of each year's cell (up to the 10 years the form allows).
const YEAR_COLS: [&str; 10] = ["y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9", "y10"];

fn year_label(lang: Lang, y: usize) -> String {
    match lang {
        Lang::Zh => format!("第{y}年"),
        Lang::En => format!("Year {y}"),
    }
}

fn badges(report: &Report, code: Code, lang: Lang) -> Html {
    let mut out = Vec::new();
    if report.by_expected.first() == Some(&code) {
        out.push(("best", BADGE_BEST.get(lang)));
    }
    if report.by_p10.first() == Some(&code) {
        out.push(("safest", BADGE_SAFEST.get(lang)));
    }
    if report.by_cash.first() == Some(&code) {
        out.push(("cash", BADGE_CASH.get(lang)));
    }
    out.into_iter()
        .map(|(k, t)| html! { <span class={classes!("badge", k)}>{ t }</span> })
        .collect()
}

/// The cells of a feasible row; `exact` gives the `data-yuan` texts of [`amounts`], in order.
fn outcome_cells(lang: Lang, o: &Outcome, exact: &mut impl Iterator<Item = String>) -> Html {
    let mut x = || exact.next().unwrap_or_default();
    let per_year = x();
    let incomes: Vec<f64> = o.years.iter().map(|y| y.income).collect();
    let shown = round_parts(&incomes);
    let total: i64 = shown.iter().sum();
    let years: Vec<Html> = shown
        .iter()
        .enumerate()
        .map(|(i, s)| cell(lang, YEAR_COLS.get(i).copied().unwrap_or("y"), x(), *s))
        .collect();
    let total_exact = x();
    let [guaranteed, p10, p90, npv, cash] = [x(), x(), x(), x(), x()];
    let r = |x: f64| x.round() as i64;
    let labor = format!(
        "{} / {}",
        crate::i18n::format::number(o.labor_days, 0),
        crate::i18n::format::number(o.labor_have, 0)
    );
    html! {
        <>
            { cell(lang, "per_year", per_year, r(o.per_year)) }
            { for years }
            { cell(lang, "total", total_exact, total) }
            <td data-col="gain" class="num">
                { o.increase_over_s.map(|g| yuan(lang, r(g))).unwrap_or_else(|| "—".into()) }
            </td>
            { cell(lang, "guaranteed", guaranteed, r(o.guaranteed)) }
            { cell(lang, "p10", p10, r(o.spread.p10)) }
            { cell(lang, "p90", p90, r(o.spread.p90)) }
            { cell(lang, "npv", npv, r(o.npv)) }
            { cell(lang, "cash", cash, r(o.cash_needed)) }
            <td data-col="below" class="num">
                { o.spread.below_s.map(percent).unwrap_or_else(|| "—".into()) }
            </td>
            <td data-col="labor" class="num">{ labor }</td>
        </>
    }
}

/// The comparison: one row per pattern, ranked by expected total (cards on a phone, a table
/// on wide screens). Cells carry `data-col` and the unrounded `data-yuan` (the link format's
/// machine-readable contract); infeasible rows carry `data-infeasible` and their reason.
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
    let years = report.years as usize;
    let order = report.display_order();
    // Every `data-yuan` of the table in one call into JavaScript.
    let all: Vec<f64> = order
        .iter()
        .filter_map(|&code| report.row(code).result.as_ref().ok())
        .flat_map(amounts)
        .collect();
    let mut exact = crate::ui::exact::exact_all(&all).into_iter();
    let rows = order.into_iter().map(|code| {
        let row = report.row(code);
        let p = code.pattern();
        let head = html! {
            <th scope="row">
                <span class="code">{ code.as_str() }</span>{ " " }{ p.name().get(lang) }
                if code == Code::S { <span class="baseline">{ BASELINE.get(lang) }</span> }
                { badges(report, code, lang) }
                <button type="button" class="details-btn">{ SHOW_DETAILS.get(lang) }</button>
            </th>
        };
        match &row.result {
            Ok(o) => html! {
                <tr key={code.as_str()} data-pattern={code.as_str()} class={classes!((state.selected == code).then_some("selected"))}>
                    { head }
                    { outcome_cells(lang, o, &mut exact) }
                </tr>
            },
            Err(why) => html! {
                <tr key={code.as_str()} data-pattern={code.as_str()} data-infeasible={why.code()} class="infeasible">
                    { head }
                    <td colspan={(years + 10).to_string()} class="reason">
                        <strong>{ CANNOT.get(lang) }</strong>{ "：" }{ infeasible(lang, why) }
                    </td>
                </tr>
            },
        }
    });
    let year_heads =
        (1..=years).map(|y| html! { <th scope="col" class="num">{ year_label(lang, y) }</th> });
    html! {
        <section class="card results" aria-labelledby="results-title">
            <h2 id="results-title">{ RESULTS_TITLE.get(lang) }</h2>
            <div class="table-wrap">
                <table id="results">
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
                    <tbody onclick={select}>{ for rows }</tbody>
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
        let cols = [
            ("per_year", COL_PER_YEAR),
            ("total", COL_TOTAL),
            ("gain", COL_GAIN),
            ("guaranteed", COL_GUARANTEED),
            ("p10", COL_P10),
            ("p90", COL_P90),
            ("npv", COL_NPV),
            ("cash", COL_CASH),
            ("below", COL_BELOW),
            ("labor", COL_LABOR),
        ];
        let labels = cols
            .iter()
            .map(|(col, text)| {
                (
                    col.to_string(),
                    text.get(Lang::Zh).to_string(),
                    text.get(Lang::En).to_string(),
                )
            })
            .chain(YEAR_COLS.iter().enumerate().map(|(i, col)| {
                (
                    col.to_string(),
                    year_label(Lang::Zh, i + 1),
                    year_label(Lang::En, i + 1),
                )
            }));
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
