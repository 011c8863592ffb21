//! The staff page (`staff.html`): the cooperative's promises and the member roster, for
//! cooperative staff. A separate WebAssembly bundle (the `staff` binary), so that villagers,
//! who use the household page only, never download it. The page shares the household page's
//! link format: the household's settings and the language come in the address, and the tab
//! back to the household page keeps them.

use std::rc::Rc;

use yew::prelude::*;

use super::coop::CoopView;
use super::roster::RosterView;
use crate::shared::hooks::{initial_state, use_lang_effects, use_link_sync};
use crate::shared::store::{StateHandle, Store};
use crate::shared::view_tabs::ViewTabs;
use hezuo_core::app::action::Action;
use hezuo_core::app::state::View;
use hezuo_core::i18n::{APP_NAME, SWITCH_LABEL, SWITCH_TO};
use hezuo_core::model::form::read;

/// The staff page: header, tabs, and the cooperative or roster screen.
#[component]
pub fn StaffApp() -> Html {
    let state = use_reducer(|| {
        let mut s = initial_state();
        if s.view == View::Household {
            s.view = View::Coop;
        }
        Store::from(s)
    });
    use_lang_effects(state.lang);
    use_link_sync(&state);
    // The household screen's inputs, for every roster row's terms and assumptions.
    let base = use_memo((state.texts.clone(), state.unit), |(texts, unit)| {
        let r = read(texts, *unit);
        r.errors
            .is_empty()
            .then(|| Rc::new(r.inputs.values().to_vec()))
    });
    let lang = state.lang;
    let switch = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLang(state.lang.other())))
    };
    html! {
        <ContextProvider<StateHandle> context={state.clone()}>
            <div class="app">
                <header class="top">
                    <h1>{ APP_NAME.get(lang) }</h1>
                    <button id="lang-switch" class="lang" type="button" onclick={switch}
                        aria-label={SWITCH_LABEL.get(lang)} lang={lang.other().html_lang()}>
                        { SWITCH_TO.get(lang) }
                    </button>
                </header>
                <ViewTabs />
                if state.view == View::Roster {
                    <RosterView base={(*base).clone()} />
                } else {
                    <CoopView {lang} />
                }
            </div>
        </ContextProvider<StateHandle>>
    }
}

/// Mounts the staff page into `<main id="app">` and removes the loading notice. Does nothing
/// in a worker (the roster's workers load this same bundle).
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(notice) = document.get_element_by_id("boot") {
        notice.remove();
    }
    if let Some(root) = document.get_element_by_id("app") {
        yew::Renderer::<StaffApp>::with_root(root).render();
    }
}
