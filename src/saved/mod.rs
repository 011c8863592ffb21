//! The household page's saved scenarios, in their own bundle (`saved.js`, `saved_bg.wasm`):
//! loaded the first time a villager opens the section, so that a first visit does not pay for
//! them (issue #13). A Yew app of its own, mounted into the household page's `#saved-part`; it
//! learns the scenario on screen and asks for one to be shown through
//! [`crate::shared::events`].

mod panel;
mod saved_row;
mod saved_store;

pub use panel::SavedPanel;

/// The element the household page keeps for this part.
pub const ROOT_ID: &str = "saved-part";

/// Event roots this bundle's Yew takes and leaves unused before mounting (see [`start`]).
const ROOTS_SKIPPED: usize = 8;

/// Renders nothing: the roots skipped are mounted with it.
#[yew::component]
fn Nothing() -> yew::Html {
    yew::Html::default()
}

/// Mounts [`SavedPanel`] into `#saved-part`. Does nothing when the page has none.
///
/// Yew handles events at its root for the elements below it, and tells its elements from a
/// nested app's by a number each root takes from a counter that starts at 1 in each
/// WebAssembly instance. The household page's app (another instance, an ancestor of this
/// part) holds 1; an element of this part with the same number would run one of the page's
/// handlers (a click on "rename" switched the language). So this part first takes
/// [`ROOTS_SKIPPED`] numbers and leaves them unused: the page's app mounts one root.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        return;
    };
    for _ in 0..ROOTS_SKIPPED {
        if let Ok(spare) = document.create_element("div") {
            yew::Renderer::<Nothing>::with_root(spare)
                .render()
                .destroy();
        }
    }
    let query = root.get_attribute("data-query").unwrap_or_default();
    yew::Renderer::<SavedPanel>::with_root_and_props(root, panel::SavedPanelProps { query })
        .render();
}
