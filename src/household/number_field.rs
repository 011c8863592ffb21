use yew::prelude::*;

use crate::shared::store::{Results, StateHandle};
use hezuo_core::app::action::Action;
use hezuo_core::i18n::errors::error;
use hezuo_core::i18n::labelled;
use hezuo_core::i18n::names::{amount, field_unit, source};
use hezuo_core::i18n::{BASIS, DEFAULT};
use hezuo_core::model::params::Field;

/// Props of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The field edited.
    pub field: Field,
    /// Show the default and its source under the input.
    #[prop_or_default]
    pub with_basis: bool,
    /// With them, the basis of the default in words, once had (`super::bases`).
    #[prop_or_default]
    pub basis: Option<AttrValue>,
    /// Shown after the input instead of its unit (the land's unit switch).
    #[prop_or_default]
    pub after: Option<Html>,
}

/// A labelled number input with its unit and, when wrong, its error in the user's language.
/// The text typed is kept as typed; the numeric keyboard opens on phones.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let derived = use_context::<Results>().expect("inside App");
    let field = props.field;
    let spec = field.spec();
    let lang = state.lang;
    let id = format!("f-{}", spec.key);
    let err = derived.error(field).map(|e| error(lang, e, state.unit));
    let err_id = format!("{id}-err");
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetText(field, input.value()));
        })
    };
    let unit = field_unit(field, state.unit).get(lang);
    let basis = props.with_basis.then(|| {
        let default = state.default_text(field);
        let default = hezuo_core::model::decimal::parse_f64(&default).unwrap_or(spec.default);
        html! {
            <p class="basis">
                <span class="default">{ labelled(lang, DEFAULT.get(lang), &amount(lang, default, field_unit(field, state.unit), 4)) }</span>
                { " · " }
                <span class={classes!("source", source_class(spec.source))}>{ source(spec.source).get(lang) }</span>
                if let Some(basis) = &props.basis {
                    <br />
                    <span class="basis-text">{ labelled(lang, BASIS.get(lang), basis) }</span>
                }
            </p>
        }
    });
    html! {
        <div class={classes!("field", format!("field-{}", spec.key), err.is_some().then_some("invalid"))}>
            <label for={id.clone()}>{ spec.label.get(lang) }</label>
            <div class="input-row">
                <input id={id} name={spec.key} type="text" inputmode="decimal" autocomplete="off"
                    value={state.text(field).to_string()} {oninput}
                    aria-invalid={if err.is_some() { "true" } else { "false" }}
                    aria-describedby={err.is_some().then(|| err_id.clone())} />
                if let Some(after) = props.after.clone() {
                    { after }
                } else if !unit.is_empty() {
                    <span class="unit">{ unit }</span>
                }
            </div>
            if let Some(msg) = err {
                <p class="error" id={err_id} role="alert">{ msg }</p>
            }
            { for basis }
        </div>
    }
}

/// The CSS class of a default's source.
fn source_class(s: hezuo_core::model::params::Source) -> &'static str {
    use hezuo_core::model::params::Source;
    match s {
        Source::Paper => "src-paper",
        Source::Derived => "src-derived",
        Source::Statistic => "src-statistic",
        Source::Assumption => "src-assumption",
        Source::Reading => "src-reading",
    }
}
