//! The household page (`index.html`, the `hezuo` binary): one household compares every
//! cooperation pattern. One component per file; every number comes from the core crate.

mod app;
mod breakeven_view;
mod cash_chart;
mod detail;
mod expected_chart;
mod fail_sources;
mod first_screen;
mod handout;
mod header;
mod household_form;
mod number_field;
mod qr_code;
mod result_row;
mod result_rows;
mod results_table;
mod saved;
mod settings;
mod share;
mod stream_chart;
mod summary;
mod switch_field;
mod workshop;
mod year_details;

pub use app::App;
pub use first_screen::{FirstScreen, FirstScreenProps};

/// Mounts the app into `<main id="app">` (or the body when absent) in place of the page's
/// first screen (`#first`, HTML rendered at build time) and the static loading notice. The
/// field being typed in keeps the focus: its id goes to the app in `data-focus` (see
/// [`app::App`]). Does nothing in a worker.
pub fn start() {
    // In the roster's workers the same wasm runs without a window: nothing to mount there.
    let Some(window) = web_sys::window() else {
        return;
    };
    let document = window.document();
    let root = document.as_ref().and_then(|d| d.get_element_by_id("app"));
    if let Some(doc) = &document {
        if let Some(first) = doc.get_element_by_id("first") {
            let focused = doc
                .active_element()
                .filter(|e| first.contains(Some(e)))
                .map(|e| e.id())
                .filter(|id| !id.is_empty());
            if let (Some(id), Some(root)) = (focused, &root) {
                // An attribute on our own element: cannot fail in practice, and the focus is a nicety.
                let _ = root.set_attribute("data-focus", &id);
            }
            // Removed in the same task as the mount below: no frame shows neither.
            first.remove();
        }
        if let Some(notice) = doc.get_element_by_id("boot") {
            notice.remove();
        }
    }
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
