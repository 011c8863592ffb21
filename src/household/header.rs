use yew::prelude::*;

use crate::shared::hooks::use_care_mode;
use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::i18n::{APP_NAME, CARE, CARE_TITLE, SWITCH_LABEL, SWITCH_TO};

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Shown while a workshop step is on: the way back to the household page
    /// ([`super::workshop::LeaveWorkshop`], given by the bigger pages' bundle, so that the
    /// household page does not carry it).
    #[prop_or_default]
    pub workshop: Html,
}

/// The app's name and the language switch.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let state = use_context::<StateHandle>().expect("Header is rendered inside App's context");
    let lang = state.lang;
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLang(state.lang.other())))
    };

    // On the trainer's page, the way back to the household page (the household page links to
    // the trainer's page from its foot).
    let workshop = state.workshop.is_some().then(|| props.workshop.clone());
    let (care, toggle_care) = use_care_mode();
    html! {
        <header class="top">
            <h1>{ APP_NAME.get(lang) }</h1>
            { for workshop }
            <button id="care-mode" class="lang" type="button" onclick={toggle_care}
                aria-pressed={if care { "true" } else { "false" }} title={CARE_TITLE.get(lang)}>
                { CARE.get(lang) }
            </button>
            <button id="lang-switch" class="lang" type="button" {onclick}
                title={SWITCH_LABEL.get(lang)} lang={lang.other().html_lang()}>
                { SWITCH_TO.get(lang) }
            </button>
        </header>
    }
}
