//! This page's address.

/// The full link of a scenario: this page's address with the scenario's query.
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
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
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
