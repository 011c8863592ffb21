use yew::prelude::*;

use crate::shared::store::StateHandle;
use hezuo_core::app::action::Action;
use hezuo_core::i18n::labelled;
use hezuo_core::i18n::names::source;
use hezuo_core::i18n::BASIS;
use hezuo_core::model::params::Field;

/// Props of [`SwitchField`].
#[derive(Properties, PartialEq)]
pub struct SwitchFieldProps {
    /// The switch edited.
    pub field: Field,
    /// Show its source under it.
    #[prop_or_default]
    pub with_basis: bool,
    /// With it, the basis of its default in words, once had (`super::bases`).
    #[prop_or_default]
    pub basis: Option<AttrValue>,
}

/// A yes/no field as a large checkbox with its label.
#[component]
pub fn SwitchField(props: &SwitchFieldProps) -> Html {
    let state = use_context::<StateHandle>().expect("inside App");
    let field = props.field;
    let spec = field.spec();
    let lang = state.lang;
    let id = format!("f-{}", spec.key);
    let checked = state.text(field).trim() == "1";
    let invalid = !matches!(state.text(field).trim(), "0" | "1");
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetSwitch(field, input.checked()));
        })
    };
    html! {
        <div class={classes!("field", "switch", invalid.then_some("invalid"))}>
            <label for={id.clone()}>
                <input id={id} name={spec.key} type="checkbox" {checked} {onchange} />
                { spec.label.get(lang) }
            </label>
            if props.with_basis {
                <p class="basis">
                    <span class="source">{ source(spec.source).get(lang) }</span>
                    if let Some(basis) = &props.basis {
                        { format!(" · {}", labelled(lang, BASIS.get(lang), basis)) }
                    }
                </p>
            }
        </div>
    }
}
