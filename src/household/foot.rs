use yew::prelude::*;

use crate::shared::location::workshop_link;
use crate::shared::store::StateHandle;
use crate::shared::view_tabs::view_tabs;
use hezuo_core::i18n::{FOOT_STAFF, TAGLINE, WORKSHOP};

/// The household page's foot, out of a villager's way: what the app is for, and for
/// cooperative staff and trainers the staff page's screens and the trainer's page, each a
/// link that carries the scenario.
pub fn foot(state: &StateHandle) -> Html {
    let lang = state.lang;
    html! {
        <footer class="foot">
            <p class="tagline">{ TAGLINE.get(lang) }</p>
            <p class="foot-for">{ FOOT_STAFF.get(lang) }</p>
            { view_tabs(state) }
            if state.workshop.is_none() {
                <a id="workshop-toggle" class="tab" href={workshop_link(lang)}>{ WORKSHOP.get(lang) }</a>
            }
        </footer>
    }
}
