//! The household page (`index.html`, the `hezuo` binary): one household compares every
//! cooperation pattern. One component per file; every number comes from the core crate.

mod app;
mod breakeven_view;
mod cash_chart;
mod detail;
mod expected_chart;
mod fail_sources;
mod handout;
mod header;
mod household_form;
mod number_field;
mod qr_code;
mod result_row;
mod result_rows;
mod results_table;
mod saved;
mod saved_row;
mod saved_store;
mod settings;
mod share;
mod stream_chart;
mod summary;
mod switch_field;
mod workshop;
mod year_details;

pub use app::App;

/// Mounts the app into `<main id="app">` (or the body when absent) and removes the
/// static loading notice. Does nothing in a worker.
pub fn start() {
    // In the roster's workers the same wasm runs without a window: nothing to mount there.
    let Some(window) = web_sys::window() else {
        return;
    };
    let document = window.document();
    if let Some(notice) = document.as_ref().and_then(|d| d.get_element_by_id("boot")) {
        notice.remove();
    }
    match document.and_then(|d| d.get_element_by_id("app")) {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
