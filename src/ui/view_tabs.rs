use yew::prelude::*;

use super::link::to_query;
use super::state::{Action, StateHandle, View};
use crate::i18n::views::{NAV, TAB_COOP, TAB_HOUSEHOLD, TAB_ROSTER};

/// The three screens: one household (the household page), the cooperative's promises and the
/// member roster (the staff page, a separate bundle). A screen on the other page is a link
/// carrying the current scenario; one on this page is a button.
#[component]
pub fn ViewTabs() -> Html {
    let state = use_context::<StateHandle>().expect("ViewTabs is rendered inside a context");
    let lang = state.lang;
    let on_staff_page = state.view != View::Household;
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
            let mut next = (*state).clone();
            next.view = view;
            next.workshop = None;
            let page = if view == View::Household {
                "./"
            } else {
                "staff.html"
            };
            let query = to_query(&next);
            let href = if query.is_empty() {
                page.to_string()
            } else {
                format!("{page}?{query}")
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
