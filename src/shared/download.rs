//! A file made in the page offered as a download (the saved scenarios' export on the household
//! page, the roster's results and template on the staff page).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys;

/// Offers `text` as a file download of type `mime`, all in the page: a Blob, an object URL
/// and an `<a download>`. `false` when the browser refused.
pub fn download(file_name: &str, text: &str, mime: &str) -> bool {
    let start = || -> Result<String, JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or(JsValue::NULL)?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
        Ok(url)
    };
    // The browser may still be reading the file when `click` returns: the URL is freed at the
    // next export (or when the page closes), not at once.
    let url = start().ok();
    let ok = url.is_some();
    if let Some(old) = LAST_URL.replace(url) {
        let _ = web_sys::Url::revoke_object_url(&old);
    }
    ok
}

thread_local! {
    /// The object URL of the last export, freed at the next one.
    static LAST_URL: std::cell::Cell<Option<String>> = const { std::cell::Cell::new(None) };
}
