use yew::prelude::*;

use super::foot::foot;
use super::header::header;
use super::household_form::household_form;
use super::question_form::question_form;
use super::settings::settings;
use crate::shared::store::StateHandle;

/// The household page's frame, in the order a villager asks: header (care mode's `care`, and
/// `workshop` while a workshop step is on: see [`super::header::header`]), `above` (the workshop's
/// step on the trainer's page), the question (land, adults, away) and `answer` beside it on
/// her phone's first screen, then the rest of the form and its settings, `outputs`, and the
/// foot with the staff's and trainer's links. On a wide screen the question and the rest of
/// the form are one column and the answer and outputs the other (`static/style.css`). One
/// frame for the app ([`super::App`]) and its first screen rendered at build time
/// ([`super::FirstScreen`]), so that the app takes the first screen's place without anything
/// moving. Its parts are drawn with it from `state`, not as components of their own; their
/// hooks are the drawing component's (care mode's `care`, the settings' `settings_open`).
pub fn frame(
    state: &StateHandle,
    care: (bool, Callback<MouseEvent>),
    settings_open: (bool, Callback<Event>),
    workshop: Html,
    above: Html,
    answer: Html,
    outputs: Html,
) -> Html {
    html! {
        <div class={classes!("app", state.workshop.is_some().then_some("workshop"))}>
        { header(state, care, workshop) }
        { above }
        <div class="layout">
            <div class="question-col">{ question_form(state) }</div>
            <div class="answer">{ answer }</div>
            <div class="inputs">
                { household_form(state.lang) }
                { settings(state, settings_open) }
            </div>
            <div class="outputs">{ outputs }</div>
        </div>
        { foot(state) }
        </div>
    }
}
