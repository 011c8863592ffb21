use yew::prelude::*;

use super::header::Header;
use super::hooks::{stored_lang, use_lang_effects};
use super::state::{AppState, StateHandle};
use crate::i18n::TAGLINE;

/// The whole app: owns the state and shares it through context.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState {
        lang: stored_lang().unwrap_or_default(),
    });
    use_lang_effects(state.lang);
    let lang = state.lang;

    html! {
        <ContextProvider<StateHandle> context={state}>
            <Header />
            <section class="intro">
                <p>{ TAGLINE.get(lang) }</p>
            </section>
        </ContextProvider<StateHandle>>
    }
}
