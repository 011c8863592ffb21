//! What both pages use: the state's Yew wrapper, the hooks that keep the link and the
//! language in step, the tabs between the screens, and browser glue (downloads, the page's
//! address).

pub mod download;
pub mod events;
pub mod hooks;
pub mod location;
pub mod store;
pub mod view_tabs;
