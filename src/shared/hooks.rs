//! Effects live here, never in reducers: storage, the link, `<html lang>`, the page title.

use yew::prelude::*;

use crate::shared::events::WindowListener;
use hezuo_core::app::link::{from_query, to_query};
use hezuo_core::app::state::AppState;
use hezuo_core::i18n::APP_NAME;
use hezuo_core::model::Lang;

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

/// The state the page was opened with: the link's scenario, in the link's language, else the
/// remembered one, else Chinese.
pub fn initial_state() -> AppState {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    from_query(&query, stored_lang().unwrap_or_default())
}

const LAST_KEY: &str = "hezuo.last";

/// Keeps the household's scenario on the device once she changes it (not when a link merely
/// opens one): `static/boot.js` opens it when the page is opened without a scenario (the
/// home-screen icon, a bare link). The trainer's steps are not hers and are not kept.
#[hook]
pub fn use_remember_last(state: &AppState) {
    let query = (state.workshop.is_none()).then(|| to_query(state));
    let first = use_mut_ref(|| true);
    use_effect_with(query, move |query| {
        if std::mem::take(&mut *first.borrow_mut()) {
            return;
        }
        if let (Some(query), Some(s)) = (query, storage()) {
            // Private mode or full storage: the scenario is simply not kept.
            let _ = s.set_item(LAST_KEY, query);
        }
    });
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

fn write_link(query: &str) {
    if let Some(w) = web_sys::window() {
        let path = w.location().pathname().unwrap_or_else(|_| "/".into());
        // The hash marks the details opened (`use_detail_history`): kept.
        let hash = w.location().hash().unwrap_or_default();
        let url = if query.is_empty() {
            format!("{path}{hash}")
        } else {
            format!("{path}?{query}{hash}")
        };
        if let Ok(history) = w.history() {
            // A refused replaceState (e.g. a file:// page) leaves the old link: harmless.
            // The entry's own marker (details opened, `use_detail_history`) stays.
            let entry = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&entry, "", Some(&url));
        }
    }
}

/// How long typing must pause before the link is rewritten, in milliseconds: replaceState
/// costs the browser a few milliseconds, too much for every keystroke on a slow phone.
const LINK_DELAY_MS: i32 = 200;

/// The link waiting to be written, and whether a timer is already waiting to write it.
#[derive(Default)]
struct PendingLink {
    /// Bumped on every change of the scenario.
    generation: u64,
    /// The query to write.
    query: String,
    /// A timer is running (one at most: a keystroke only updates the query).
    waiting: bool,
}

/// Writes the pending link once the scenario has not changed for [`LINK_DELAY_MS`]: a timer
/// that finds it changed meanwhile waits again. A plain `setTimeout`, so that the household
/// page carries no executor for futures.
fn write_link_later(pending: std::rc::Rc<std::cell::RefCell<PendingLink>>) {
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else {
        return;
    };
    let seen = pending.borrow().generation;
    let check = wasm_bindgen::closure::Closure::once_into_js(move || {
        let mut p = pending.borrow_mut();
        if p.generation == seen {
            p.waiting = false;
            write_link(&p.query);
        } else {
            drop(p);
            write_link_later(pending);
        }
    });
    // Refused (cannot happen in a page): the link stays as it was until the next change.
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
        check.unchecked_ref(),
        LINK_DELAY_MS,
    );
}

/// Keeps the link in the address bar in step with the scenario (replaceState: no history
/// entry per keystroke), once typing pauses for [`LINK_DELAY_MS`]. One timer at a time: while
/// it waits, keystrokes only replace the query it will write.
#[hook]
pub fn use_link_sync(state: &AppState) {
    let query = to_query(state);
    let pending = use_mut_ref(PendingLink::default);
    use_effect_with(query, move |query| {
        let mut p = pending.borrow_mut();
        p.generation += 1;
        p.query.clone_from(query);
        if p.waiting {
            return;
        }
        p.waiting = true;
        drop(p);
        write_link_later(pending);
    });
}

/// Where care mode is kept on this device (read by `static/boot.js` before the first paint).
const CARE_KEY: &str = "hezuo.care";

/// Care mode (关怀模式, large text and targets, `html.care` in `static/style.css`): whether it
/// is on, and the callback that switches it, remembered on this device. A view setting, not
/// part of the scenario: not in the link.
#[hook]
pub fn use_care_mode() -> (bool, Callback<MouseEvent>) {
    let root = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
    };
    // The first screen rendered at build time has no document: off there.
    let on = use_state(|| {
        cfg!(target_arch = "wasm32") && root().is_some_and(|r| r.class_list().contains("care"))
    });
    let toggle = {
        let on = on.clone();
        Callback::from(move |_: MouseEvent| {
            let next = !*on;
            if let Some(r) = root() {
                // The browser's own class list: no splitting and joining of the class names
                // here. Refused (cannot happen for a plain name): the page's look stays.
                let _ = r.class_list().toggle_with_force("care", next);
            }
            if let Some(s) = storage() {
                // Refused (private mode, full): care mode lasts this visit only.
                let _ = if next {
                    s.set_item(CARE_KEY, "1")
                } else {
                    s.remove_item(CARE_KEY)
                };
            }
            on.set(next);
        })
    };
    (*on, toggle)
}

/// The history marker of an entry pushed for opened details.
const DETAIL_MARK: &str = "detail";

/// The Back button walks back through the details she opened (issue #15): opening a
/// pattern's details pushes a history entry (`#detail-CODE` after the link), Back returns to
/// the pattern before or, from the first, closes the details and shows the comparison again.
/// Closing the details by hand goes back over its entry, so that Back then leaves nothing
/// behind. Typing still only replaces the link (`use_link_sync`).
#[hook]
pub fn use_detail_history(state: &UseReducerHandle<crate::shared::store::Store>) {
    use wasm_bindgen::prelude::*;
    let (selected, open) = (state.selected, state.detail_open);
    let mounted = use_mut_ref(|| false);
    use_effect_with((selected, open), move |&(selected, open)| {
        let Some(w) = web_sys::window() else {
            return;
        };
        let (Ok(history), location) = (w.history(), w.location()) else {
            return;
        };
        let hash = location.hash().unwrap_or_default();
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        if !mounted.replace(true) {
            // A reload of an entry pushed for details opens the page with them closed: the
            // entry becomes a plain one.
            if hash.starts_with("#detail-") {
                let _ = history.replace_state_with_url(
                    &JsValue::NULL,
                    "",
                    Some(&format!("{path}{search}")),
                );
            }
            return;
        }
        let ours = history
            .state()
            .ok()
            .and_then(|s| s.as_string())
            .is_some_and(|s| s == DETAIL_MARK);
        let want = format!("#detail-{}", selected.as_str());
        if open && hash != want {
            // Refused (a file:// page): Back leaves the page, as before.
            let _ = history.push_state_with_url(
                &JsValue::from_str(DETAIL_MARK),
                "",
                Some(&format!("{path}{search}{want}")),
            );
        } else if !open && ours {
            let _ = history.back();
        }
    });
    // The scenario's link now: an entry Back returns to may hold an older one (typed while the
    // details were open), which is put right at once, so nothing typed is lost.
    // The latest state, its link computed only when Back is pressed (not on every keystroke).
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let state = state.clone();
    use_effect_with((), move |()| {
        let listener = WindowListener::new("popstate", move |_| {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            if let Some(w) = web_sys::window() {
                let search = w.location().search().unwrap_or_default();
                let now = to_query(&latest.borrow());
                if search.trim_start_matches('?') != now.as_str() {
                    write_link(&now);
                }
            }
            match hash
                .strip_prefix("#detail-")
                .and_then(hezuo_core::model::Code::parse)
            {
                Some(code) => state.dispatch(hezuo_core::app::action::Action::Select(code)),
                None => {
                    state.dispatch(hezuo_core::app::action::Action::ShowDetail(false));
                    // Back to the comparison she opened the details from.
                    if let Some(el) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id("results"))
                    {
                        el.scroll_into_view();
                    }
                }
            }
        });
        move || drop(listener)
    });
}

/// Whether a `<details>` is open, and the `ontoggle` callback that keeps it in step. Content
/// behind a closed `<details>` is not rendered at all, so typing stays fast.
#[hook]
pub fn use_details_open(initial: bool) -> (bool, Callback<Event>) {
    let open = use_state(|| initial);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    (*open, ontoggle)
}

/// Whether the page was opened at the section `id` (`tools.html#share`, see
/// [`crate::shared::location::tools_link`]): then it starts open, and is scrolled into view
/// once on the page.
#[hook]
pub fn use_opened_at(id: &'static str) -> bool {
    let opened = *use_state(|| crate::shared::location::opened_at(id));
    use_effect_with((), move |()| {
        if opened {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(id))
            {
                el.scroll_into_view();
            }
        }
    });
    opened
}

/// A `<details>` section with the id `id` ([`use_details_open`]), open from the start when
/// the page was opened at it ([`use_opened_at`]).
#[hook]
pub fn use_section_open(id: &'static str) -> (bool, Callback<Event>) {
    let opened = use_opened_at(id);
    use_details_open(opened)
}

/// The print mode, handed to the app on the pages that print the one-page handout
/// ([`use_print_mode`], `AppProps::print`); the household page has none (its print button
/// opens `tools.html`).
#[derive(Clone, PartialEq)]
pub struct Printing {
    /// The page is being printed: the handout is rendered.
    pub printing: bool,
    /// Prints the handout.
    pub print: Callback<()>,
}

/// Whether the page is being printed, and the callback that prints the handout. The handout
/// is only rendered while printing (the browser's own Print menu too, through `beforeprint`
/// and `afterprint`), so typing never pays for it.
#[hook]
pub fn use_print_mode() -> (bool, Callback<()>) {
    let printing = use_state(|| false);
    let requested = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let on = |name, value: bool| {
                let printing = printing.clone();
                // Refused: only the Print menu's path is lost; the button works.
                WindowListener::new(name, move |_| printing.set(value))
            };
            let listeners = (on("beforeprint", true), on("afterprint", false));
            move || drop(listeners)
        });
    }
    {
        // Print once the handout is on the page.
        let requested = requested.clone();
        use_effect_with((*printing, *requested), move |(printing, asked)| {
            if *printing && *asked {
                requested.set(false);
                if let Some(w) = web_sys::window() {
                    // A browser without printing simply does nothing.
                    let _ = w.print();
                }
            }
        });
    }
    let print = {
        let (printing, requested) = (printing.clone(), requested.clone());
        Callback::from(move |()| {
            printing.set(true);
            requested.set(true);
        })
    };
    (*printing, print)
}
