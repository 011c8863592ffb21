//! The thin Yew view: components render what the model computes. One component per file.

mod app;
mod breakeven_view;
mod cash_chart;
pub mod coop;
mod derive;
mod detail;
mod exact;
mod expected_chart;
mod fail_sources;
mod handout;
mod header;
mod hooks;
mod household_form;
pub mod link;
mod markup;
mod number_field;
mod qr_code;
mod result_row;
mod result_rows;
mod results_table;
mod roster;
mod saved;
mod saved_row;
pub mod saved_store;
mod settings;
mod share;
pub mod staff;
pub mod state;
mod stream_chart;
mod summary;
mod switch_field;
mod view_tabs;
mod workshop;
mod year_details;

pub use app::App;
pub use derive::Derived;
pub use state::{Action, AppState};

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
