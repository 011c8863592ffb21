//! The household page (`index.html`, the `hezuo` binary): one household compares every
//! cooperation pattern. One component per file; every number comes from the core crate.

mod app;
mod bases;
mod breakeven_view;
mod cash_chart;
mod detail;
mod expected_chart;
mod fail_sources;
mod first_screen;
mod foot;
mod frame;
mod handout;
mod header;
mod household_form;
mod more_links;
mod number_field;
mod printable;
mod qr_code;
mod question_form;
mod result_row;
mod result_rows;
mod results_table;
pub(crate) mod saved;
mod settings;
mod share;
mod stream_chart;
mod summary;
mod switch_field;
mod workshop;
mod year_details;

pub use app::{App, AppProps, Tools};
pub use printable::Printable;

pub use first_screen::{FirstScreen, FirstScreenProps};
use wasm_bindgen::JsValue;
use yew::Html;

/// Starts the household page. (A household link with a workshop step, `?step=N`, never gets
/// here: `static/boot.js` sends it on to the trainer's page before the page is parsed.)
pub fn start() {
    mount::<App>(Html::default(), None);
}

/// Starts the trainer's page's bundle: on `tools.html`, the household page with sharing,
/// saving, printing and break-even ([`start_tools`]); otherwise the trainer's page
/// ([`start_workshop`]).
pub fn start_bigger_page() {
    if crate::shared::location::on_tools_page() {
        start_tools();
    } else {
        start_workshop();
    }
}

/// Starts the page with sharing, saving, printing and break-even (`tools.html`, in the
/// trainer's page's bundle): the household page with those sections, opened from the
/// household page's links with the scenario (see [`more_links::more_links`]).
pub fn start_tools() {
    bases::set_compiled(&hezuo_core::model::params::BASES);
    mount::<Printable>(Html::default(), Some(tools()));
}

/// The sections the household page leaves to `tools.html` (see [`AppProps::tools`]).
fn tools() -> Tools {
    use yew::html;
    Tools {
        sections: html! {
            <>
                <breakeven_view::BreakEvenView />
                <share::Share />
                <saved::Saved />
            </>
        },
        handout: html! { <handout::Handout /> },
        leave_workshop: html! { <workshop::LeaveWorkshop /> },
    }
}

/// Starts the trainer's page (`workshop.html`, its own bundle): the household page with the
/// workshop's step above the form. Without a step in its link it starts at step 1.
pub fn start_workshop() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let search = window.location().search().unwrap_or_default();
    let has_step = web_sys::UrlSearchParams::new_with_str(&search).is_ok_and(|q| q.has("step"));
    if !has_step {
        let query = if search.is_empty() {
            "?step=1".to_string()
        } else {
            format!("{search}&step=1")
        };
        if let Ok(history) = window.history() {
            // Refused (a file:// page): the page still starts, at the household's view.
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&query));
        }
    }
    bases::set_compiled(&hezuo_core::model::params::BASES);
    mount::<Printable>(yew::html! { <workshop::Workshop /> }, Some(tools()));
}

/// Mounts the app (`C`: [`App`], or [`Printable`] where the handout prints) into
/// `<main id="app">` (or the body when absent) in place of the page's first screen (`#first`,
/// HTML rendered at build time) and the static loading notice, with `children` above the form
/// and `tools` below the results (see [`AppProps`]). The field being typed in keeps the focus:
/// its id goes to the app in `data-focus` (see [`app::App`]).
fn mount<C: yew::BaseComponent<Properties = AppProps>>(children: Html, tools: Option<Tools>) {
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
    let props = AppProps {
        children,
        tools,
        print: None,
    };
    match root {
        Some(root) => yew::Renderer::<C>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<C>::with_props(props).render(),
    };
}
