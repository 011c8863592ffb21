use yew::prelude::*;

use super::number_field::NumberField;
use super::switch_field::SwitchField;
use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::i18n::{EXAMPLE_NOTE, FORM_TITLE, HA, MU, UNIT_LABEL};
use hezuo_core::model::form::LandUnit;
use hezuo_core::model::params::{ValueKind, SHORT_FORM};

/// The short form: land (mu or ha), adults, migrant wage and months, cash, support fund.
#[component]
pub fn HouseholdForm() -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let lang = state.lang;
    // Every number still the paper's: say they are an example to change.
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
        <section class="card form" aria-labelledby="form-title">
            <h2 id="form-title">{ FORM_TITLE.get(lang) }</h2>
            if example {
                <p id="example-note" class="example-note">{ EXAMPLE_NOTE.get(lang) }</p>
            }
            <div class="unit-switch" role="group" aria-label={UNIT_LABEL.get(lang)}>
                { unit_button(LandUnit::Mu, MU.get(lang)) }
                { unit_button(LandUnit::Ha, HA.get(lang)) }
            </div>
            { for SHORT_FORM.iter().map(|&field| match field.spec().kind {
                ValueKind::Switch => html! { <SwitchField {field} /> },
                _ => html! { <NumberField {field} /> },
            }) }
        </section>
    }
}
