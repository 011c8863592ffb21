use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::roster_run::Run;
use crate::staff::exact::exact;
use crate::staff::markup::Markup;
use crate::staff::worker::{decode, RosterMsg, RESULT_WIDTH};
use hezuo_core::i18n::errors::infeasible;
use hezuo_core::i18n::format::yuan;
use hezuo_core::i18n::labelled;
use hezuo_core::i18n::views::*;
use hezuo_core::i18n::{COL_GAIN, COL_P10, COL_TOTAL};
use hezuo_core::model::batch::{totals, Choice, Totals};
use hezuo_core::model::{Code, Lang};
use hezuo_core::roster::words::summary;

/// Rows of the results table per page, and row problems listed on screen (the export has all).
const PAGE: usize = 50;
const PROBLEMS_SHOWN: usize = 100;

/// Props of [`RosterResults`].
#[derive(Properties, PartialEq)]
pub struct RosterResultsProps {
    /// Language.
    pub lang: Lang,
    /// The file as read.
    pub roster: Rc<RosterMsg>,
    /// Results so far, `RESULT_WIDTH` numbers per household.
    pub results: Rc<RefCell<Vec<f64>>>,
    /// Every household is done.
    pub done: bool,
    /// The run, for the export.
    pub run: Run,
}

fn money(m: &mut Markup, lang: Lang, col: &str, x: Option<f64>) {
    match x {
        Some(x) => m.el(
            "td",
            &[("data-col", col), ("data-yuan", &exact(x))],
            &yuan(lang, x.round() as i64),
        ),
        None => m.el("td", &[], ""),
    };
}

fn pattern_name(lang: Lang, c: Code) -> String {
    format!("{} {}", c.as_str(), c.pattern().name().get(lang))
}

/// The problems list (the first [`PROBLEMS_SHOWN`]).
fn problems(lang: Lang, roster: &RosterMsg) -> Html {
    let mut m = Markup::default();
    m.el("h3", &[("id", "roster-problems-title")], PROBLEMS.get(lang));
    m.open("ul", &[("id", "roster-problems")]);
    for (row, zh, en) in roster.problems.iter().take(PROBLEMS_SHOWN) {
        let text = if lang == Lang::Zh { zh } else { en };
        m.el("li", &[("data-row", &row.to_string())], text);
    }
    m.close("ul");
    if roster.problems.len() > PROBLEMS_SHOWN {
        m.el(
            "p",
            &[],
            &more_problems(lang, roster.problems.len() - PROBLEMS_SHOWN),
        );
    }
    m.html()
}

/// The totals table.
fn totals_table(lang: Lang, t: &Totals) -> Html {
    let mut m = Markup::default();
    m.el("h3", &[("id", "roster-totals-title")], TOTALS.get(lang));
    m.open("table", &[("id", "roster-totals")])
        .open("thead", &[])
        .open("tr", &[]);
    for c in [COL_BEST, COL_HOUSEHOLDS, COL_TOTAL, COL_GAIN] {
        m.el("th", &[("scope", "col")], c.get(lang));
    }
    m.close("tr").close("thead").open("tbody", &[]);
    let all = (ALL_HOUSEHOLDS.get(lang).to_string(), &t.all, "all");
    let rows = t
        .by_code
        .iter()
        .map(|c| (pattern_name(lang, c.code), c, c.code.as_str()))
        .chain(std::iter::once(all));
    for (label, c, code) in rows {
        m.open("tr", &[("data-code", code)]);
        m.el("th", &[("scope", "row")], &label);
        m.el(
            "td",
            &[("data-col", "households")],
            &c.households.to_string(),
        );
        money(&mut m, lang, "total", Some(c.total));
        money(&mut m, lang, "increase", Some(c.increase));
        m.close("tr");
    }
    m.close("tbody").close("table");
    if t.none_fit > 0 {
        m.el(
            "p",
            &[("id", "roster-none-fit")],
            &labelled(lang, NONE_FITS.get(lang), &t.none_fit.to_string()),
        );
    }
    m.html()
}

/// One page of the per-household table.
fn results_table(lang: Lang, roster: &RosterMsg, choices: &[Option<Choice>], from: usize) -> Html {
    let mut m = Markup::default();
    m.open("table", &[("id", "roster-results")])
        .open("thead", &[])
        .open("tr", &[]);
    for c in [COL_ROW, COL_ID, COL_BEST, COL_TOTAL, COL_GAIN, COL_P10] {
        m.el("th", &[("scope", "col")], c.get(lang));
    }
    m.close("tr").close("thead").open("tbody", &[]);
    let ids = roster.page_ids(from, PAGE);
    for (i, choice) in choices.iter().enumerate().skip(from).take(PAGE) {
        let row = (roster.rows.get(i).copied().unwrap_or(0.0) as usize).to_string();
        let id = ids.get(i - from).map_or("", String::as_str);
        match choice {
            Some(Ok(b)) => {
                m.open(
                    "tr",
                    &[
                        ("data-row", &row),
                        ("data-id", id),
                        ("data-best", b.code.as_str()),
                    ],
                );
                m.el("td", &[], &row).el("td", &[], id);
                // The code only: the totals table above names every pattern chosen.
                m.el("td", &[("class", "code")], b.code.as_str());
                money(&mut m, lang, "total", Some(b.total));
                money(&mut m, lang, "increase", b.increase_over_s);
                money(&mut m, lang, "p10", Some(b.p10));
            }
            Some(Err(why)) => {
                m.open(
                    "tr",
                    &[
                        ("data-row", &row),
                        ("data-id", id),
                        ("data-infeasible", why.code()),
                    ],
                );
                m.el("td", &[], &row).el("td", &[], id);
                let reason = labelled(lang, NONE_FITS.get(lang), &infeasible(lang, why));
                m.el("td", &[("colspan", "4")], &reason);
            }
            None => continue,
        }
        m.close("tr");
    }
    m.close("tbody").close("table");
    m.html()
}

/// What the file gave: its problems, and when the run is done the totals, the per-household
/// table (paged) and the export.
#[component]
pub fn RosterResults(p: &RosterResultsProps) -> Html {
    let lang = p.lang;
    let page = use_state(|| 0usize);
    let count = p.roster.count();
    let n = p.results.borrow().len();
    // Results by household, once the run is done.
    let choices = use_memo((p.done, n, Rc::as_ptr(&p.roster)), {
        let results = p.results.clone();
        move |(done, _, _)| {
            let mut by: Vec<Option<Choice>> = vec![None; count];
            if *done {
                for x in results.borrow().chunks_exact(RESULT_WIDTH) {
                    if let Some((i, c)) = decode(x) {
                        if let Some(slot) = by.get_mut(i) {
                            *slot = Some(c);
                        }
                    }
                }
            }
            by
        }
    });
    let sums = use_memo(choices.clone(), |c| totals(c.iter().flatten()));

    if let Some(e) = &p.roster.error {
        let i = usize::from(lang != Lang::Zh);
        return html! { <p id="roster-error" class="error" role="alert">{ e[i].clone() }</p> };
    }
    let mut bad_rows: Vec<usize> = p.roster.problems.iter().map(|x| x.0).collect();
    bad_rows.dedup();
    let notes = p
        .roster
        .notes
        .as_ref()
        .map(|n| n[usize::from(lang != Lang::Zh)].clone());
    let head = html! {
        <>
            <p id="roster-summary">{ summary(lang, count, bad_rows.len()) }</p>
            if let Some(notes) = notes { <p class="hint">{ notes }</p> }
            if count > 0 { <p class="hint" id="roster-draws">{ ROSTER_DRAWS_NOTE.get(lang) }</p> }
            if !p.roster.problems.is_empty() {
                <section class="roster-problems">{ problems(lang, &p.roster) }</section>
            }
        </>
    };
    if !p.done {
        return head;
    }
    let pages = count.div_ceil(PAGE).max(1);
    let current = (*page).min(pages - 1);
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
    };
    let export = {
        let run = p.run.clone();
        Callback::from(move |_: MouseEvent| {
            run.export(lang, &format!("{}.csv", EXPORT_NAME.get(lang)));
        })
    };
    html! {
        <>
            { head }
            <section class="roster-totals scroll">{ totals_table(lang, &sums) }</section>
            <button id="roster-export" type="button" onclick={export}>{ EXPORT.get(lang) }</button>
            <section class="roster-table">
                <h3>{ RESULTS.get(lang) }</h3>
                <div class="scroll" tabindex="0" role="region" aria-label={RESULTS.get(lang)}>{ results_table(lang, &p.roster, &choices, current * PAGE) }</div>
                if pages > 1 {
                    <nav class="pager">
                        <button type="button" id="roster-prev" disabled={current == 0} onclick={go(current.saturating_sub(1))}>{ PREV.get(lang) }</button>
                        <span>{ hezuo_core::i18n::views::page(lang, current + 1, pages) }</span>
                        <button type="button" id="roster-next" disabled={current + 1 >= pages} onclick={go(current + 1)}>{ NEXT.get(lang) }</button>
                    </nav>
                }
            </section>
        </>
    }
}
