use yew::prelude::*;

use super::cash_chart::cash_chart;
use super::expected_chart::expected_chart;
use super::stream_chart::stream_chart;
use super::year_details::YearDetails;
use crate::shared::store::{Results, StateHandle};
use hezuo_core::app::action::Action;
use hezuo_core::app::state::AppState;
use hezuo_core::i18n::errors::infeasible;
use hezuo_core::i18n::format::yuan;
use hezuo_core::i18n::labelled;
use hezuo_core::i18n::words::check_figure;
use hezuo_core::i18n::*;
use hezuo_core::model::patterns::REGISTRY;
use hezuo_core::model::Code;

/// The details' section, for [`detail`]: brought into view when a pattern is picked from the
/// table. A hook of the component drawing the details.
#[hook]
pub fn use_detail_section(state: &AppState) -> NodeRef {
    let section = use_node_ref();
    {
        let section = section.clone();
        use_effect_with((state.selected, state.detail_open), move |(_, open)| {
            if *open {
                if let Some(el) = section.cast::<web_sys::Element>() {
                    if el.get_bounding_client_rect().top() > 0.0 {
                        el.scroll_into_view();
                    }
                }
            }
        });
    }
    section
}

/// Per pattern: the year-by-year lines with the working of each, and the charts. A plain
/// function drawn with the app; `section` from [`use_detail_section`].
pub fn detail(state: &StateHandle, derived: &Results, section: NodeRef) -> Html {
    let lang = state.lang;
    let Some(report) = derived.report.as_ref() else {
        return html! {};
    };
    let code = state.selected;
    let open = state.detail_open;
    let ontoggle = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            state.dispatch(Action::ShowDetail(details.open()));
        })
    };
    if !open {
        return html! {
            <details class="card detail" id="detail" ref={section} {ontoggle}>
                <summary><h2 id="detail-title">{ DETAIL_TITLE.get(lang) }</h2></summary>
            </details>
        };
    }
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
            let years = (0..o.years.len())
                .map(|index| html! { <YearDetails results={derived.clone()} {code} {index} /> });
            html! {
                <>
                    <div class="years">{ for years }</div>
                    if o.principal_outstanding > 0.5 {
                        <p class="note">{ labelled(lang, OUTSTANDING.get(lang), &yuan(lang, o.principal_outstanding.round() as i64)) }</p>
                    }
                    if o.guaranteed_chance.is_some() {
                        <p class="note">{ GUARANTEED_NOTE.get(lang) }</p>
                    }
                    if let (Some(check), Some(gain)) = (code.pattern().check_figure(), o.increase_over_s) {
                        <p class="note check">{ check_figure(lang, check.text.get(lang), gain / o.years.len().max(1) as f64) }</p>
                    }
                    { cash_chart(lang, derived, code) }
                </>
            }
        }
    };
    html! {
        <details class="card detail" id="detail" open=true ref={section} {ontoggle}>
            <summary><h2 id="detail-title">{ DETAIL_TITLE.get(lang) }</h2></summary>
            <label for="detail-pick">{ DETAIL_PICK.get(lang) }</label>
            <select id="detail-pick" {onchange}>{ for options }</select>
            <p class="suits">{ code.pattern().suits().get(lang) }</p>
            { body }
            { expected_chart(lang, derived) }
            { stream_chart(lang, derived) }
        </details>
    }
}
