use yew::prelude::*;

use super::number_field::NumberField;
use super::switch_field::SwitchField;
use hezuo_core::i18n::FORM_MORE_TITLE;
use hezuo_core::model::params::{ValueKind, QUESTION, SHORT_FORM};
use hezuo_core::model::Lang;

/// The rest of the short form, below the answer: migrant wage and months, cash, registered
/// poor, support fund (the [`super::question_form::question_form`] asks land and adults).
pub fn household_form(lang: Lang) -> Html {
    let rest = SHORT_FORM.iter().filter(|f| !QUESTION.contains(f));
    html! {
        <section class="card form" aria-labelledby="form-more-title">
            <h2 id="form-more-title">{ FORM_MORE_TITLE.get(lang) }</h2>
            { for rest.map(|&field| match field.spec().kind {
                ValueKind::Switch => html! { <SwitchField {field} /> },
                _ => html! { <NumberField {field} /> },
            }) }
        </section>
    }
}
