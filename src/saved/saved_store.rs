//! The browser side of saved scenarios: local storage, the browser's JSON, the clock, a file
//! download ([`Browser`], the operations' [`Device`]). What is stored and how it is read is
//! decided in `hezuo_core::model::saved`, what each operation does in `hezuo_core::app::saved`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys;

use crate::shared::download::download;
use hezuo_core::app::saved::Device;
use hezuo_core::model::saved::{
    entry_json, listing, JsonTree, Listing, Scenario, StoreError, Value, KEY_PREFIX,
};

fn storage() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StoreError::Unavailable)
}

/// Milliseconds since 1970 (UTC).
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// A value the browser's `JSON.parse` gave, read by the core's one reader ([`Value::read`]).
struct Parsed(JsValue);

impl JsonTree for Parsed {
    fn string(&self) -> Option<String> {
        self.0.as_string()
    }
    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }
    fn items(&self) -> Option<Vec<Self>> {
        js_sys::Array::is_array(&self.0)
            .then(|| js_sys::Array::from(&self.0).iter().map(Parsed).collect())
    }
    fn entries(&self) -> Option<Vec<(String, Self)>> {
        let object = self.0.dyn_ref::<js_sys::Object>()?;
        let entries = js_sys::Object::entries(object);
        let pairs = entries.iter().map(|pair| {
            let pair = js_sys::Array::from(&pair);
            (
                pair.get(0).as_string().unwrap_or_default(),
                Parsed(pair.get(1)),
            )
        });
        Some(pairs.collect())
    }
}

/// JSON text parsed by the browser's own `JSON.parse` (`None`: not JSON).
pub fn parse_json(text: &str) -> Option<Value> {
    js_sys::JSON::parse(text)
        .ok()
        .map(|js| Value::read(&Parsed(js)))
}

/// Everything saved on this device, read afresh (another tab may have changed it).
pub fn load() -> Result<Listing, StoreError> {
    let s = storage()?;
    let n = s.length().map_err(|_| StoreError::Unavailable)?;
    let raw = (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(KEY_PREFIX))
        .map(|k| {
            let value = s.get_item(&k).ok().flatten().and_then(|t| parse_json(&t));
            (k, value)
        })
        .collect();
    Ok(listing(raw, now()))
}

/// What a refused write means: `QuotaExceededError` (Firefox once named it
/// `NS_ERROR_DOM_QUOTA_REACHED`; legacy code 22) is a full storage.
fn refusal(err: JsValue) -> StoreError {
    let get = |key: &str| js_sys::Reflect::get(&err, &JsValue::from_str(key)).ok();
    let name = get("name").and_then(|n| n.as_string()).unwrap_or_default();
    let code = get("code").and_then(|c| c.as_f64());
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || code == Some(22.0) {
        StoreError::Full
    } else {
        StoreError::Unavailable
    }
}

/// Writes a scenario under its id, in the current version. A refused write changes nothing.
pub fn put(id: &str, scenario: &Scenario) -> Result<(), StoreError> {
    storage()?
        .set_item(&format!("{KEY_PREFIX}{id}"), &entry_json(scenario))
        .map_err(refusal)
}

/// Removes the scenario saved under `id`.
pub fn remove(id: &str) -> Result<(), StoreError> {
    storage()?
        .remove_item(&format!("{KEY_PREFIX}{id}"))
        .map_err(refusal)
}

/// A time as local `YYYY-MM-DD HH:MM` and as a `<time datetime>` value.
pub fn local_time(ms: u64) -> (String, String) {
    let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let (y, mo, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    let (h, mi) = (d.get_hours(), d.get_minutes());
    (
        format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}"),
        format!("{y:04}-{mo:02}-{day:02}T{h:02}:{mi:02}"),
    )
}

/// This browser as the saved scenarios' device: its local storage, clock, JSON and downloads.
pub struct Browser;

impl Device for Browser {
    fn load(&self) -> Result<Listing, StoreError> {
        load()
    }
    fn put(&mut self, id: &str, scenario: &Scenario) -> Result<(), StoreError> {
        put(id, scenario)
    }
    fn remove(&mut self, id: &str) -> Result<(), StoreError> {
        remove(id)
    }
    fn tab(&self) -> String {
        thread_local! {
            // Four base-36 digits drawn once per page: two tabs saving in the same millisecond
            // write different keys (1 in 1.7 million that they draw the same).
            static TAB: String = {
                let mut n = (js_sys::Math::random() * 1_679_616.0) as u32;
                (0..4)
                    .map(|_| {
                        let d = n % 36;
                        n /= 36;
                        char::from_digit(d, 36).unwrap_or('0')
                    })
                    .collect()
            };
        }
        TAB.with(Clone::clone)
    }
    fn now(&self) -> u64 {
        now()
    }
    fn local_day(&self, ms: u64) -> String {
        local_time(ms).1.chars().take(10).collect()
    }
    fn parse_json(&self, text: &str) -> Option<Value> {
        parse_json(text)
    }
    fn download(&mut self, file_name: &str, text: &str) -> bool {
        download(file_name, text, "application/json")
    }
}

/// A listener for another tab's changes to the saved scenarios (the `storage` event, which a
/// tab receives for writes made by the others), removed when dropped.
pub struct OtherTabs {
    closure: Closure<dyn FnMut(web_sys::StorageEvent)>,
}

impl OtherTabs {
    /// Calls `f` after each change another tab makes to a saved scenario (or to all storage).
    pub fn listen(mut f: impl FnMut() + 'static) -> Option<OtherTabs> {
        let closure =
            Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
                // `key` is null when the other tab cleared everything.
                if e.key().is_none_or(|k| k.starts_with(KEY_PREFIX)) {
                    f();
                }
            });
        web_sys::window()?
            .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(OtherTabs { closure })
    }
}

impl Drop for OtherTabs {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            // Removing a listener that was added cannot fail in practice.
            let _ = window.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Asks the browser to keep this site's storage when space runs short
/// (`navigator.storage.persist()`), and calls `refused` when it says no. A browser without
/// the API is not asked (it has never promised anything, and says nothing either).
pub fn ask_to_keep(refused: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let storage = window.navigator().storage();
    // Older browsers have no StorageManager at all.
    if JsValue::from(storage.clone()).is_undefined() {
        return;
    }
    let Ok(promise) = storage.persist() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let kept = wasm_bindgen_futures::JsFuture::from(promise).await;
        if kept.ok().and_then(|v| v.as_bool()) == Some(false) {
            refused();
        }
    });
}
