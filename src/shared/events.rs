//! Listeners on `window` ([`WindowListener`]), and messages between the household page and a
//! part of it that comes in its own bundle (the saved scenarios, `saved/`): DOM events on
//! `window` whose detail is a link's query string. Each bundle has its own Yew app and its own
//! state; the link format is their one language.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The household page tells the part which scenario is on screen (detail: its query).
pub const STATE: &str = "hezuo:state";
/// The part asks the household page to show a scenario (detail: its query).
pub const LOAD: &str = "hezuo:load";

/// Sends event `name` with `query` as its detail. Nothing happens without a window.
pub fn send(name: &str, query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(query));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        // A listener's failure is its own: the sender has nothing to undo.
        let _ = window.dispatch_event(&event);
    }
}

/// A listener for event `name` on `window`, removed when dropped: the one way the pages listen
/// to `window` (`popstate`, `beforeprint`, the parts' messages), so that none is left behind.
pub struct WindowListener {
    name: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl WindowListener {
    /// Calls `f` with each event `name` until the listener is dropped; `None` without a window
    /// or when the browser refuses the listener.
    pub fn new(
        name: &'static str,
        f: impl FnMut(web_sys::Event) + 'static,
    ) -> Option<WindowListener> {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        web_sys::window()?
            .add_event_listener_with_callback(name, closure.as_ref().unchecked_ref())
            .ok()?;
        Some(WindowListener { name, closure })
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            // Removing a listener that was added cannot fail in practice.
            let _ = window.remove_event_listener_with_callback(
                self.name,
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// A listener for the message `name` (see [`send`]) on `window`, removed when dropped.
pub struct Listener {
    /// Removes the listener when the message listener is dropped.
    _window: WindowListener,
}

impl Listener {
    /// Calls `f` with each event's query until the listener is dropped.
    pub fn new(name: &'static str, mut f: impl FnMut(String) + 'static) -> Option<Listener> {
        WindowListener::new(name, move |e: web_sys::Event| {
            if let Some(query) = e
                .unchecked_into::<web_sys::CustomEvent>()
                .detail()
                .as_string()
            {
                f(query);
            }
        })
        .map(|window| Listener { _window: window })
    }
}
