//! The tabs between the screens (一户 / 合作社 / 社员名单): the household page and the staff
//! page's two screens, each a link that carries the scenario.

use yew::prelude::*;

use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::app::link::to_query;
use hezuo_core::app::state::{AppState, View};
use hezuo_core::i18n::views::{NAV, TAB_COOP, TAB_HOUSEHOLD, TAB_ROSTER};

/// The three screens: one household (the household page), the cooperative's promises and the
/// member roster (the staff page, a separate bundle). A screen on the other page is a link
/// carrying the current scenario; one on this page is a button. A plain function drawn with
/// the page's foot or header, not a component of its own.
pub fn view_tabs(state: &StateHandle) -> Html {
    let lang = state.lang;
    let on_staff_page = state.view != View::Household;
    // The scenario as the household page's link writes it (no workshop step); a tab on the other
    // page adds its view. Computed once per render, not once per tab: it is rebuilt on every
    // keystroke.
    let query = {
        let mut next = AppState::clone(state);
        next.view = View::Household;
        next.workshop = None;
        to_query(&next)
    };
    let tab = |view: View| {
        let label = match view {
            View::Household => TAB_HOUSEHOLD,
            View::Coop => TAB_COOP,
            View::Roster => TAB_ROSTER,
        };
        let id = format!("tab-{}", view.code());
        let current = state.view == view;
        let same_page = (view != View::Household) == on_staff_page;
        if same_page {
            let onclick = {
                let state = state.clone();
                Callback::from(move |_: MouseEvent| state.dispatch(Action::SetView(view)))
            };
            html! {
                <button type="button" {id} class="tab" {onclick}
                    aria-pressed={if current { "true" } else { "false" }}>{ label.get(lang) }</button>
            }
        } else {
            let href = match (view, query.is_empty()) {
                (View::Household, true) => "./".to_string(),
                (View::Household, false) => format!("./?{query}"),
                (_, true) => format!("staff.html?view={}", view.code()),
                (_, false) => format!("staff.html?view={}&{query}", view.code()),
            };
            html! { <a {id} class="tab" {href}>{ label.get(lang) }</a> }
        }
    };
    html! {
        <nav class="tabs" aria-label={NAV.get(lang)}>
            { for View::ALL.into_iter().map(tab) }
        </nav>
    }
}
