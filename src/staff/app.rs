//! The staff page (`staff.html`): the cooperative's promises and the member roster, for
//! cooperative staff. A separate WebAssembly bundle (the `staff` binary), so that villagers,
//! who use the household page only, never download it. The page shares the household page's
//! link format: the household's settings and the language come in the address, and the tab
//! back to the household page keeps them.

use std::rc::Rc;

use yew::prelude::*;

use super::coop::CoopView;
use super::roster::RosterView;
use crate::shared::events::WindowListener;
use crate::shared::hooks::{initial_state, use_lang_effects, use_link_sync};
use crate::shared::store::{StateHandle, Store};
use crate::shared::view_tabs::view_tabs;
use wasm_bindgen::prelude::*;

use hezuo_core::app::action::Action;
use hezuo_core::app::link::{from_query, to_query};
use hezuo_core::app::state::View;
use hezuo_core::i18n::{APP_NAME, SWITCH_LABEL, SWITCH_TO};
use hezuo_core::model::form::read;
use hezuo_core::model::Lang;

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
    use_view_history(&state);
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
                        title={SWITCH_LABEL.get(lang)} lang={lang.other().html_lang()}>
                        { SWITCH_TO.get(lang) }
                    </button>
                </header>
                { view_tabs(&state) }
                if state.view == View::Roster {
                    <RosterView base={(*base).clone()} />
                } else {
                    <CoopView {lang} />
                }
            </div>
        </ContextProvider<StateHandle>>
    }
}

/// The staff screen a link shows (the cooperative's unless it names the roster).
fn view_of(search: &str) -> View {
    match from_query(search, Lang::Zh).view {
        View::Household => View::Coop,
        view => view,
    }
}

/// Back and Forward walk between the staff page's screens: switching screens adds a history
/// entry (the link's other changes replace the current one, [`use_link_sync`]), and going back
/// or forward shows the screen of the entry the browser returns to.
#[hook]
fn use_view_history(state: &StateHandle) {
    {
        let state = state.clone();
        use_effect_with(state.view, move |view| {
            let Some(w) = web_sys::window() else {
                return;
            };
            let search = w.location().search().unwrap_or_default();
            if view_of(&search) != *view {
                let path = w
                    .location()
                    .pathname()
                    .unwrap_or_else(|_| "staff.html".into());
                let url = format!("{path}?{}", to_query(&state));
                if let Ok(history) = w.history() {
                    // Refused (a file:// page): Back leaves the page, as before.
                    let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
                }
            }
        });
    }
    let state = state.clone();
    use_effect_with((), move |()| {
        let listener = WindowListener::new("popstate", move |_| {
            let search = web_sys::window()
                .and_then(|w| w.location().search().ok())
                .unwrap_or_default();
            state.dispatch(Action::SetView(view_of(&search)));
        });
        move || drop(listener)
    });
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
