use yew::prelude::*;

use crate::shared::location::{leave_workshop, workshop_link};
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

    // On the household page a link to the trainer's page (its own bundle); there, the way back.
    let workshop = if state.workshop.is_some() {
        html! {
            <button id="workshop-toggle" class="lang" type="button" aria-pressed="true"
                onclick={Callback::from(|_: MouseEvent| leave_workshop())}>{ WORKSHOP.get(lang) }</button>
        }
    } else {
        html! { <a id="workshop-toggle" class="lang" href={workshop_link(lang)}>{ WORKSHOP.get(lang) }</a> }
    };
    html! {
        <header class="top">
            <h1>{ APP_NAME.get(lang) }</h1>
            { workshop }
            <button id="lang-switch" class="lang" type="button" {onclick}
                title={SWITCH_LABEL.get(lang)} lang={lang.other().html_lang()}>
                { SWITCH_TO.get(lang) }
            </button>
        </header>
    }
}
