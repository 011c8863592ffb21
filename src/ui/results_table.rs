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

fn cell(lang: Lang, col: String, label: String, x: f64, shown: i64) -> Html {
    html! {
        <td data-col={col} data-yuan={crate::ui::exact::exact(x)} data-label={label} class="num">{ yuan(lang, shown) }</td>
    }
}

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

fn outcome_cells(lang: Lang, o: &Outcome) -> Html {
    let incomes: Vec<f64> = o.years.iter().map(|y| y.income).collect();
    let shown = round_parts(&incomes);
    let total: i64 = shown.iter().sum();
    let years = o.years.iter().zip(&shown).enumerate().map(|(i, (y, s))| {
        cell(
            lang,
            format!("y{}", i + 1),
            year_label(lang, i + 1),
            y.income,
            *s,
        )
    });
    let r = |x: f64| x.round() as i64;
    let labor = format!(
        "{} / {}",
        crate::i18n::format::number(o.labor_days, 0),
        crate::i18n::format::number(o.labor_have, 0)
    );
    html! {
        <>
            { cell(lang, "per_year".into(), COL_PER_YEAR.get(lang).into(), o.per_year, r(o.per_year)) }
            { for years }
            { cell(lang, "total".into(), COL_TOTAL.get(lang).into(), o.total, total) }
            <td data-col="gain" data-label={COL_GAIN.get(lang)} class="num">
                { o.increase_over_s.map(|g| yuan(lang, r(g))).unwrap_or_else(|| "—".into()) }
            </td>
            { cell(lang, "guaranteed".into(), COL_GUARANTEED.get(lang).into(), o.guaranteed, r(o.guaranteed)) }
            { cell(lang, "p10".into(), COL_P10.get(lang).into(), o.spread.p10, r(o.spread.p10)) }
            { cell(lang, "p90".into(), COL_P90.get(lang).into(), o.spread.p90, r(o.spread.p90)) }
            { cell(lang, "npv".into(), COL_NPV.get(lang).into(), o.npv, r(o.npv)) }
            { cell(lang, "cash".into(), COL_CASH.get(lang).into(), o.cash_needed, r(o.cash_needed)) }
            <td data-col="below" data-label={COL_BELOW.get(lang)} class="num">
                { o.spread.below_s.map(percent).unwrap_or_else(|| "—".into()) }
            </td>
            <td data-col="labor" data-label={COL_LABOR.get(lang)} class="num">{ labor }</td>
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
    let rows = order.into_iter().map(|code| {
        let row = report.row(code);
        let p = code.pattern();
        let select = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Select(code)))
        };
        let head = html! {
            <th scope="row">
                <span class="code">{ code.as_str() }</span>{ " " }{ p.name().get(lang) }
                if code == Code::S { <span class="baseline">{ BASELINE.get(lang) }</span> }
                { badges(report, code, lang) }
                <button type="button" class="details-btn" onclick={select}>{ SHOW_DETAILS.get(lang) }</button>
            </th>
        };
        match &row.result {
            Ok(o) => html! {
                <tr key={code.as_str()} data-pattern={code.as_str()} class={classes!((state.selected == code).then_some("selected"))}>
                    { head }
                    { outcome_cells(lang, o) }
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
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
