//! This page's address.

/// The full link of a scenario: this page's address with the scenario's query. From the page
/// with sharing, saving and printing (`tools.html`) it is the household page's: a link sent
/// to a villager opens the light page, not the bigger one.
pub fn full_link(query: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_else(|| "/".into());
    let path = path.strip_suffix(TOOLS_PAGE).unwrap_or(&path);
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    }
}

/// The page with sharing, saving, printing and break-even, beside the household page: the
/// household page with those sections, in the trainer's page's bundle (`src/bin/workshop.rs`),
/// so that a first visit does not download them.
pub const TOOLS_PAGE: &str = "tools.html";

/// Whether this page is [`TOOLS_PAGE`].
pub fn on_tools_page() -> bool {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .is_some_and(|p| p.ends_with(TOOLS_PAGE))
}

/// [`TOOLS_PAGE`] with the scenario's `query`, opened at the section `id` (`share`, `saved`,
/// `breakeven`, or `print` to print the handout as soon as it is ready).
pub fn tools_link(query: &str, id: &str) -> String {
    if query.is_empty() {
        format!("{TOOLS_PAGE}#{id}")
    } else {
        format!("{TOOLS_PAGE}?{query}#{id}")
    }
}

/// Whether the page was opened at the section `id` (its link ends in `#id`).
pub fn opened_at(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h.strip_prefix('#') == Some(id))
}

/// Takes the section off the page's link (after printing from `tools.html#print`), so that a
/// reload does not do it again.
pub fn forget_section() {
    let Some(w) = web_sys::window() else {
        return;
    };
    let (path, search) = (w.location().pathname(), w.location().search());
    if let (Ok(history), Ok(path), Ok(search)) = (w.history(), path, search) {
        // Refused (a file:// page): a reload prints again, nothing worse.
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

/// The trainer's page (`workshop.html`) at step 1, in `lang`: where the household page's
/// 培训模式 button goes. The household's own link is left as it is.
pub fn workshop_link(lang: hezuo_core::model::Lang) -> String {
    match lang {
        hezuo_core::model::Lang::Zh => "workshop.html?step=1".to_string(),
        hezuo_core::model::Lang::En => "workshop.html?step=1&lang=en".to_string(),
    }
}

/// Leaves the trainer's page: back to the page it was opened from (the household page, with
/// the villager's scenario as its link kept it) when that is this site, else to the household
/// page.
pub fn leave_workshop() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let origin = window.location().origin().unwrap_or_default();
    let from_here = window.document().map(|d| d.referrer()).is_some_and(|r| {
        !origin.is_empty() && r.starts_with(&origin) && !r.contains("workshop.html")
    });
    let went_back = from_here && window.history().and_then(|h| h.back()).is_ok();
    if !went_back {
        // A refused navigation leaves the trainer where she is: nothing is lost.
        let _ = window.location().set_href("./");
    }
}
