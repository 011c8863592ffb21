use yew::prelude::*;

use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::i18n::{APP_NAME, CARE, CARE_TITLE, SWITCH_LABEL, SWITCH_TO};

/// The app's name, care mode (`care`: whether it is on and its switch, from
/// [`crate::shared::hooks::use_care_mode`] in the component drawing the frame) and the
/// language switch; and while a workshop step is on, `workshop`: the way back to the household
/// page ([`super::workshop::LeaveWorkshop`], given by the bigger pages' bundle, so that the
/// household page does not carry it). A plain function drawn with the frame.
pub fn header(state: &StateHandle, care: (bool, Callback<MouseEvent>), workshop: Html) -> Html {
    let lang = state.lang;
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLang(state.lang.other())))
    };

    // On the trainer's page, the way back to the household page (the household page links to
    // the trainer's page from its foot).
    let workshop = state.workshop.is_some().then_some(workshop);
    let (care, toggle_care) = care;
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
