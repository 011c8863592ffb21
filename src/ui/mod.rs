//! The thin Yew view: components render what the model computes.

mod app;
mod header;
mod hooks;
mod state;

pub use app::App;
pub use state::{Action, AppState};

/// Mounts the app into `<main id="app">` (or the body when absent) and removes the
/// static loading notice.
pub fn start() {
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(notice) = document.as_ref().and_then(|d| d.get_element_by_id("boot")) {
        notice.remove();
    }
    match document.and_then(|d| d.get_element_by_id("app")) {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
