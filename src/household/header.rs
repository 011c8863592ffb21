use yew::prelude::*;

use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::i18n::{APP_NAME, SWITCH_LABEL, SWITCH_TO, WORKSHOP};

/// The app's name and the language switch.
#[component]
pub fn Header() -> Html {
    let state = use_context::<StateHandle>().expect("Header is rendered inside App's context");
    let lang = state.lang;
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLang(state.lang.other())))
    };

    let workshop = {
        let state = state.clone();
        let to = if state.workshop.is_some() {
            None
        } else {
            Some(0)
        };
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Workshop(to)))
    };
    let in_workshop = state.workshop.is_some();
    html! {
        <header class="top">
            <h1>{ APP_NAME.get(lang) }</h1>
            <button id="workshop-toggle" class="lang" type="button" onclick={workshop}
                aria-pressed={if in_workshop { "true" } else { "false" }}>{ WORKSHOP.get(lang) }</button>
            <button id="lang-switch" class="lang" type="button" {onclick}
                aria-label={SWITCH_LABEL.get(lang)} lang={lang.other().html_lang()}>
                { SWITCH_TO.get(lang) }
            </button>
        </header>
    }
}
