use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::result_rows::{Badges, ResultRows, RowShape};
use crate::shared::store::{Results, StateHandle};
use hezuo_core::app::action::Action;
use hezuo_core::app::results::cell_values;
use hezuo_core::i18n::errors::infeasible;
use hezuo_core::i18n::*;
use hezuo_core::model::engine::Report;
use hezuo_core::model::params::Inputs;
use hezuo_core::model::{Code, Lang};

#[wasm_bindgen(module = "/src/household/fill.js")]
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

/// Each row's shape in display order: name, badges and feasibility, no numbers.
fn shapes(report: &Report, inputs: &Inputs, lang: Lang) -> Vec<RowShape> {
    report
        .display_order()
        .into_iter()
        .map(|code| RowShape {
            code,
            name: code.pattern().name_for(inputs).get(lang),
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
    let derived = use_context::<Results>().expect("inside App");
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
    // On a laptop: every column, or the chosen few (a view choice, not an input).
    let all = use_state(|| false);
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
                        <li><a href={format!("#f-{}", e.field.key())}>{ hezuo_core::i18n::errors::error(lang, e, state.unit) }</a></li>
                    }) }
                </ul>
                <table id="results" data-invalid="true">
                    <caption>{ TABLE_CAPTION.get(lang) }</caption>
                    <tbody>
                        { for hezuo_core::model::patterns::REGISTRY.iter().map(|p| html! {
                            <tr data-pattern={p.code().as_str()}>
                                <th scope="row">{ format!("{} {}", p.code().as_str(), p.name().get(lang)) }</th>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </section>
        };
    };
    let toggle = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    html! {
        <section class={classes!("card", "results", all.then_some("all-cols"))} aria-labelledby="results-title">
            <h2 id="results-title">{ RESULTS_TITLE.get(lang) }</h2>
            <button type="button" id="more-cols" class="secondary" aria-pressed={if *all { "true" } else { "false" }}
                aria-controls="results" onclick={toggle}>
                { if *all { FEWER_COLS.get(lang) } else { MORE_COLS.get(lang) } }
            </button>
            <div class="table-wrap">
                <table id="results" ref={table}>
                    <ResultRows {lang} years={report.years as usize} rows={Rc::new(shapes(report, &derived.reading.inputs, lang))}
                        selected={state.selected} onselect={select} />
                </table>
            </div>
            <ul class="table-key">
                { for TABLE_KEY.iter().map(|k| html! { <li>{ k.get(lang) }</li> }) }
            </ul>
        </section>
    }
}
