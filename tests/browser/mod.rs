//! What the browser tests of both pages share: the document, storage and the address bar.
#![allow(dead_code)]

use wasm_bindgen::JsValue;
use web_sys::{Document, Storage};

pub const LANG_KEY: &str = "hezuo.lang";
pub const ZH_NAME: &str = "合作收益计算器";
pub const EN_NAME: &str = "Cooperation Returns Calculator";

pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

pub fn html_lang() -> Option<String> {
    document().document_element().unwrap().get_attribute("lang")
}

/// Puts `query` (without `?`; empty for none) in the address bar, keeping the runner's path.
pub fn set_query(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .unwrap();
}
