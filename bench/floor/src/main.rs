//! The framework floor: one number input, one output (twice the number).
#![forbid(unsafe_code)]

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
fn App() -> Html {
    let value = use_state(|| 3.9_f64);
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                value.set(input.value_as_number());
            }
        })
    };
    html! {
        <main>
            <label for="n">{ "亩" }</label>
            <input id="n" type="number" value={value.to_string()} {oninput} />
            <output id="out">{ *value * 2.0 }</output>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
