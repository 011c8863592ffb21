use yew::prelude::*;

use super::frame::frame;
use super::settings::use_settings_open;
use crate::shared::hooks::use_care_mode;
use crate::shared::store::{Results, StateHandle, Store};
use hezuo_core::app::derive::Derived;
use hezuo_core::app::state::AppState;
use hezuo_core::i18n::COMPUTING;
use hezuo_core::model::Lang;

/// Props of [`FirstScreen`].
#[derive(Properties, PartialEq)]
pub struct FirstScreenProps {
    /// The language it is written in.
    pub lang: Lang,
}

/// The household page's first screen as HTML in the page, before the WebAssembly arrives:
/// rendered at build time (`examples/prerender.rs`, Yew's server renderer) in the same frame
/// as [`super::App`] with the paper's household, the results area saying that it
/// is computing. `static/boot.js` puts the link's values in its fields and keeps what is
/// typed there in the link, which the app reads when it takes over.
#[component]
pub fn FirstScreen(props: &FirstScreenProps) -> Html {
    let lang = props.lang;
    let state = use_reducer(|| Store::from(AppState::new(lang)));
    let derived = use_memo((), |()| Derived::new(&state.texts, state.unit, &mut None));
    let care = use_care_mode();
    let settings_open = use_settings_open(&derived);
    html! {
        <ContextProvider<StateHandle> context={state.clone()}>
            <ContextProvider<Results> context={Results(derived)}>
                { frame(&state, care, settings_open, Html::default(), Html::default(), html! {
                    <p class="card computing" role="status">{ COMPUTING.get(lang) }</p>
                }, Html::default()) }
            </ContextProvider<Results>>
        </ContextProvider<StateHandle>>
    }
}
