//! Effects live here, never in reducers: storage, `<html lang>`, the page title.

use yew::prelude::*;

use crate::i18n::APP_NAME;
use crate::model::Lang;

const LANG_KEY: &str = "hezuo.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The language remembered on this device, if any.
pub fn stored_lang() -> Option<Lang> {
    storage()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .and_then(|code| Lang::from_code(&code))
}

/// Keeps `<html lang>`, the page title and the remembered language in step with `lang`.
#[hook]
pub fn use_lang_effects(lang: Lang) {
    use_effect_with(lang, |lang| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                // Setting an attribute on the root element cannot fail in practice;
                // if it did, the page keeps its previous `lang`.
                let _ = html.set_attribute("lang", lang.html_lang());
            }
            doc.set_title(APP_NAME.get(*lang));
        }
        if let Some(s) = storage() {
            // Private mode or full storage: the choice is simply not remembered.
            let _ = s.set_item(LANG_KEY, lang.code());
        }
    });
}
