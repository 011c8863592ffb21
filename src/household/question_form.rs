use yew::prelude::*;

use super::number_field::NumberField;
use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::i18n::{EXAMPLE_NOTE, FORM_TITLE, HA, MU, UNIT_LABEL};
use hezuo_core::model::form::LandUnit;
use hezuo_core::model::params::{Field, QUESTION};

/// The question a villager answers first, on her phone's first screen beside the answer: her
/// land (in mu or ha, switched beside it), her adults and how many work away; while every number is still the
/// paper's, a note says that they are an example to change.
pub fn question_form(state: &StateHandle) -> Html {
    let lang = state.lang;
    let example = *state.texts == *state.default_texts();
    let unit_button = |unit: LandUnit, name: &'static str| {
        let state = state.clone();
        let pressed = state.unit == unit;
        let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::SetUnit(unit)));
        html! {
            <button type="button" class={classes!("seg", pressed.then_some("on"))} id={format!("unit-{}", unit.code())}
                aria-pressed={if pressed { "true" } else { "false" }} {onclick}>{ name }</button>
        }
    };
    html! {
        <section class="card form question" aria-labelledby="form-title">
            <h2 id="form-title">{ FORM_TITLE.get(lang) }</h2>
            if example {
                <p id="example-note" class="example-note">{ EXAMPLE_NOTE.get(lang) }</p>
            }
            { for QUESTION.iter().map(|&field| {
                // The land's unit, 亩 or 公顷, switched beside its number.
                let after = (field == Field::Land).then(|| html! {
                    <div class="unit-switch" role="group" aria-label={UNIT_LABEL.get(lang)}>
                        { unit_button(LandUnit::Mu, MU.get(lang)) }
                        { unit_button(LandUnit::Ha, HA.get(lang)) }
                    </div>
                });
                html! { <NumberField {field} {after} /> }
            }) }
        </section>
    }
}
