use wasm_bindgen::prelude::*;
use web_sys::js_sys;
use yew::prelude::*;

use crate::saved::ROOT_ID;
use crate::shared::events::{self, Listener};
use crate::shared::hooks::use_section_open;
use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::app::link::to_query;
use hezuo_core::i18n::{PART_FAILED, PART_LOADING, SAVED_TITLE};

#[wasm_bindgen(module = "/src/household/part.js")]
extern "C" {
    /// Loads and starts the part of the page called `name` (`name.js`, `name_bg.wasm`).
    #[wasm_bindgen(js_name = loadPart)]
    fn load_part(name: &str) -> js_sys::Promise;
}

/// Where the saved scenarios' own bundle is.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    /// Not asked for yet: the section was never opened.
    Idle,
    /// On its way.
    Loading,
    /// Mounted in `#saved-part`.
    Ready,
    /// The download failed (offline before it was ever opened).
    Failed,
}

/// The saved scenarios' section: a `<details>` whose content, the saved scenarios on this
/// device ([`crate::saved::SavedPanel`]), comes in its own bundle the first time it is opened
/// (a first visit does not pay for it). It is told the scenario on screen and may ask for a
/// saved one to be shown ([`events`]).
#[component]
pub fn Saved() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let (open, ontoggle) = use_section_open("saved");
    let part = use_state(|| Part::Idle);
    let lang = state.lang;
    // Written into the link on every keystroke: only once the part is asked for.
    let query = (*part != Part::Idle).then(|| to_query(&state));
    {
        let part = part.clone();
        use_effect_with(open, move |open| {
            if *open && matches!(*part, Part::Idle | Part::Failed) {
                part.set(Part::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = wasm_bindgen_futures::JsFuture::from(load_part("saved")).await;
                    part.set(if loaded.is_ok() {
                        Part::Ready
                    } else {
                        Part::Failed
                    });
                });
            }
        });
    }
    {
        let ready = *part == Part::Ready;
        use_effect_with((query.clone(), ready), |(query, ready)| {
            if let (true, Some(query)) = (*ready, query) {
                events::send(events::STATE, query);
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            let listener = Listener::new(events::LOAD, move |query| {
                state.dispatch(Action::OpenLink(query));
            });
            move || drop(listener)
        });
    }
    let note = match *part {
        Part::Loading => {
            html! { <p class="saved-loading" role="status">{ PART_LOADING.get(lang) }</p> }
        }
        Part::Failed => html! { <p class="error" role="alert">{ PART_FAILED.get(lang) }</p> },
        Part::Idle | Part::Ready => html! {},
    };
    html! {
        <details class="card saved" id="saved" {open} {ontoggle}>
            <summary><h2 id="saved-title">{ SAVED_TITLE.get(lang) }</h2></summary>
            { note }
            // Read by the part when it mounts; from then on it is told by events.
            <div id={ROOT_ID} data-query={(*part == Part::Loading).then_some(query).flatten()}></div>
        </details>
    }
}
