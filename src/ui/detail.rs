use std::rc::Rc;

use yew::prelude::*;

use super::cash_chart::CashChart;
use super::derive::Derived;
use super::expected_chart::ExpectedChart;
use super::state::{Action, StateHandle};
use super::stream_chart::StreamChart;
use crate::i18n::format::yuan;
use crate::i18n::words::{infeasible, stream_kind, working};
use crate::i18n::*;
use crate::model::patterns::REGISTRY;
use crate::model::rounding::round_parts;
use crate::model::Code;

/// Per pattern: the year-by-year lines with the working of each, and the charts.
#[component]
pub fn Detail() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Rc<Derived>>().expect("inside App");
    let lang = state.lang;
    let Some(report) = derived.report.as_ref() else {
        return html! {};
    };
    let code = state.selected;
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(code) = Code::parse(&select.value()) {
                state.dispatch(Action::Select(code));
            }
        })
    };
    let options = REGISTRY.iter().map(|p| {
        let c = p.code();
        html! { <option value={c.as_str()} selected={c == code}>{ format!("{} {}", c.as_str(), p.name().get(lang)) }</option> }
    });
    let body = match &report.row(code).result {
        Err(why) => html! { <p class="reason">{ infeasible(lang, why) }</p> },
        Ok(o) => {
            let years = o.years.iter().map(|y| {
                let income_lines: Vec<f64> = y.lines.iter().filter(|l| l.income).map(|l| l.amount).collect();
                let mut shown = round_parts(&income_lines).into_iter();
                let total: i64 = round_parts(&income_lines).iter().sum();
                let items = y.lines.iter().map(|l| {
                    let amount = if l.income { shown.next().unwrap_or(0) } else { l.amount.round() as i64 };
                    html! {
                        <li class={classes!(if l.income { "income" } else { "principal" })}>
                            <span class="kind">{ stream_kind(l.kind).get(lang) }</span>
                            <span class="amount">{ yuan(lang, amount) }</span>
                            if !l.income { <span class="note">{ NOT_INCOME.get(lang) }</span> }
                            <span class="working">{ working(lang, l) }</span>
                        </li>
                    }
                });
                let title = match lang {
                    crate::model::Lang::Zh => format!("第{}年", y.year),
                    crate::model::Lang::En => format!("Year {}", y.year),
                };
                html! {
                    <details class="year" open={y.year == 1}>
                        <summary>{ title }{ " · " }{ YEAR_INCOME.get(lang) }{ "：" }<strong>{ yuan(lang, total) }</strong></summary>
                        <ul class="lines">{ for items }</ul>
                    </details>
                }
            });
            html! {
                <>
                    <div class="years">{ for years }</div>
                    if o.principal_outstanding > 0.5 {
                        <p class="note">{ format!("{}：{}", OUTSTANDING.get(lang), yuan(lang, o.principal_outstanding.round() as i64)) }</p>
                    }
                    <CashChart code={code} />
                </>
            }
        }
    };
    html! {
        <section class="card detail" aria-labelledby="detail-title">
            <h2 id="detail-title">{ DETAIL_TITLE.get(lang) }</h2>
            <label for="detail-pick">{ DETAIL_PICK.get(lang) }</label>
            <select id="detail-pick" {onchange}>{ for options }</select>
            <p class="suits">{ code.pattern().suits().get(lang) }</p>
            { body }
            <ExpectedChart />
            <StreamChart />
        </section>
    }
}
