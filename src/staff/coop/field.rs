use yew::prelude::*;

use hezuo_core::i18n::coop::{error, unit};
use hezuo_core::model::coop::CoopField;
use hezuo_core::model::error::ErrorKind;
use hezuo_core::model::Lang;

/// A labelled number input of the cooperative view: its unit beside it and, when wrong, the
/// problem in the user's language under it. A plain function, not a component: one fewer
/// component type keeps the WebAssembly small.
pub fn field(
    lang: Lang,
    f: CoopField,
    text: &str,
    err: Option<ErrorKind>,
    oninput: &Callback<(CoopField, String)>,
) -> Html {
    let spec = f.spec();
    let id = format!("coop-{}", spec.key);
    if spec.kind == hezuo_core::model::params::ValueKind::Switch {
        let onchange = oninput.reform(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            (f, if input.checked() { "1" } else { "0" }.to_string())
        });
        return html! {
            <div class="field switch">
                <label for={id.clone()}>
                    <input {id} type="checkbox" checked={text.trim() == "1"} {onchange} />
                    { " " }{ spec.label.get(lang) }
                </label>
            </div>
        };
    }
    let err_id = format!("{id}-err");
    let err = err.map(|k| error(lang, f, k));
    let oninput = oninput.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        (f, input.value())
    });
    html! {
        <div class={classes!("field", err.is_some().then_some("invalid"))}>
            <label for={id.clone()}>{ spec.label.get(lang) }</label>
            <div class="input-row">
                <input {id} type="text" inputmode="decimal" autocomplete="off"
                    value={text.to_string()} {oninput}
                    aria-invalid={if err.is_some() { "true" } else { "false" }}
                    aria-describedby={err.is_some().then(|| err_id.clone())} />
                <span class="unit">{ unit(spec.unit).get(lang) }</span>
            </div>
            if let Some(msg) = err {
                <p class="error" id={err_id} role="alert">{ msg }</p>
            }
        </div>
    }
}
