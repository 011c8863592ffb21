use yew::prelude::*;

use super::header::Header;
use super::household_form::HouseholdForm;
use super::settings::Settings;
use crate::shared::view_tabs::ViewTabs;
use hezuo_core::i18n::TAGLINE;
use hezuo_core::model::Lang;

/// The household page's frame: header, tagline, tabs, `above` (the workshop's step on the
/// trainer's page), the form and its settings, and `outputs`. One frame for the app
/// ([`super::App`]) and its first screen rendered at build time ([`super::FirstScreen`]), so
/// that the app takes the first screen's place without anything moving.
pub fn frame(lang: Lang, workshop: bool, above: Html, outputs: Html) -> Html {
    html! {
        <div class={classes!("app", workshop.then_some("workshop"))}>
        <Header />
        <p class="tagline">{ TAGLINE.get(lang) }</p>
        <ViewTabs />
        { above }
        <div class="layout">
            <div class="inputs">
                <HouseholdForm />
                <Settings />
            </div>
            <div class="outputs">{ outputs }</div>
        </div>
        </div>
    }
}
