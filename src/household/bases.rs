//! The bases of the settings' defaults in words (`params::BASES`), which the household page
//! does not carry: its settings read them from `basis.txt` (written at build time by
//! `examples/prerender.rs`, kept by `fill.js`) the first time they are opened, and the
//! service worker keeps that file from then on. The bigger pages' bundle names them
//! ([`set_compiled`]) and reads them from its own data.

use std::cell::Cell;

use hezuo_core::model::params::{Field, FIELD_COUNT};
use hezuo_core::model::{Lang, Text};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[wasm_bindgen(module = "/src/household/fill.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadBases)]
    fn load_bases(done: &JsValue);
    #[wasm_bindgen(js_name = basisLine)]
    fn basis_line(i: usize) -> Option<String>;
}

thread_local! {
    static COMPILED: Cell<Option<&'static [Text; FIELD_COUNT]>> = const { Cell::new(None) };
}

/// Makes the settings read the bases from `bases` (the bigger pages' bundle, before it mounts
/// the app) instead of fetching them.
pub fn set_compiled(bases: &'static [Text; FIELD_COUNT]) {
    COMPILED.with(|c| c.set(Some(bases)));
}

/// The basis of `field`'s default in `lang`, if it is here ([`use_bases`]).
pub fn basis(field: Field, lang: Lang) -> Option<AttrValue> {
    match COMPILED.with(Cell::get) {
        Some(texts) => Some(AttrValue::Static(texts[field as usize].get(lang))),
        None => {
            let at = match lang {
                Lang::Zh => 0,
                Lang::En => FIELD_COUNT,
            };
            basis_line(at + field as usize).map(AttrValue::from)
        }
    }
}

/// Asks for the bases once `open` (the settings are open) and renders again when they arrive:
/// at once in the bigger pages' bundle, once `basis.txt` is here on the household page. Not
/// had (offline before it was ever fetched): asked again the next time the settings open.
#[hook]
pub fn use_bases(open: bool) {
    let here = use_state(|| false);
    use_effect_with(open, move |&open| {
        if open && !*here && basis(Field::Land, Lang::Zh).is_none() {
            load_bases(&Closure::once_into_js(move || here.set(true)));
        }
    });
}
