//! The roster's work off the main thread: `static/roster-worker.js` loads the staff bundle
//! (`src/bin/staff.rs`, which exports a [`Job`] to JavaScript as `RosterJob`) in a module
//! worker. The job itself is pure (`hezuo_core::roster::job`); here are the browser's parts:
//! decoding a file's bytes and the messages between the worker and the page.

use wasm_bindgen::{JsCast, JsValue};

use hezuo_core::roster::job::{joined, RosterRead, SEP};
use hezuo_core::roster::{detect, Encoding};

pub use hezuo_core::roster::job::{decode, encode, Job, RESULT_WIDTH, ROSTER_DRAWS};

/// A file's text and the name of its encoding: UTF-8 (with or without BOM) when the bytes
/// are valid UTF-8, else GBK through the browser's TextDecoder (a browser without a GBK
/// decoder gets the bytes as UTF-8 with replacement characters, which the row checks report).
pub fn decode_file(bytes: &[u8]) -> (String, &'static str) {
    let name = match detect(bytes) {
        Encoding::Utf8Bom => "UTF-8 BOM",
        Encoding::Utf8 => "UTF-8",
        Encoding::Gbk => {
            let gbk = web_sys::TextDecoder::new_with_label("gbk")
                .and_then(|d| d.decode_with_u8_array(bytes));
            if let Ok(text) = gbk {
                return (text, "GBK");
            }
            "UTF-8"
        }
    };
    (String::from_utf8_lossy(bytes).into_owned(), name)
}

/// What part 0 tells the page about the file read. Sent as a few big values (a number array,
/// strings joined by U+001F) so that even 100,000 households cross between threads in
/// milliseconds: `{kind: "roster", rows: Float64Array, ids, error: [zh, en] | null,
/// problemRows: Float64Array, problemsZh, problemsEn, notes: [zh, en] | null}`.
#[derive(Default, Debug, Clone, PartialEq)]
pub struct RosterMsg {
    /// Row numbers in the file of the households read.
    pub rows: Vec<f64>,
    /// Their ids, as one JavaScript string joined by U+001F. It stays in JavaScript on the
    /// page: copying a county's ids into the wasm at once would hold the page for tens of
    /// milliseconds, and a page of the table needs only fifty.
    pub ids: JsValue,
    /// Why the file cannot be read, in zh and en.
    pub error: Option<[String; 2]>,
    /// Every row problem: row, zh, en.
    pub problems: Vec<(usize, String, String)>,
    /// Optional columns missing from the file, in zh and en.
    pub notes: Option<[String; 2]>,
    /// How the file was decoded ("" for pasted text).
    pub encoding: String,
}

impl RosterMsg {
    /// The message of what a worker read (`ids` made one JavaScript string).
    pub fn new(read: RosterRead) -> RosterMsg {
        RosterMsg {
            rows: read.rows,
            ids: JsValue::from_str(&read.ids),
            error: read.error,
            problems: read.problems,
            notes: read.notes,
            encoding: read.encoding,
        }
    }

    /// Households read.
    pub fn count(&self) -> usize {
        self.rows.len()
    }

    /// The ids of households `from` to `from + n` (fewer at the end).
    pub fn page_ids(&self, from: usize, n: usize) -> Vec<String> {
        let Some(text) = self.ids.dyn_ref::<web_sys::js_sys::JsString>() else {
            return Vec::new();
        };
        let all = text.split(&SEP.to_string());
        let end = (from + n).min(all.length() as usize).min(self.count());
        (from..end)
            .map(|i| all.get(i as u32).as_string().unwrap_or_default())
            .collect()
    }

    /// As a message.
    pub fn to_js(&self) -> JsValue {
        use web_sys::js_sys::{Array, Float64Array, Object, Reflect};
        let o = Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = Reflect::set(&o, &JsValue::from_str(k), &v);
        };
        let pair = |p: &Option<[String; 2]>| match p {
            Some([a, b]) => Array::of2(&a.into(), &b.into()).into(),
            None => JsValue::NULL,
        };
        let join = |it: &mut dyn Iterator<Item = &str>| JsValue::from_str(&joined(it));
        set("kind", "roster".into());
        set("rows", Float64Array::from(&self.rows[..]).into());
        set("ids", self.ids.clone());
        set("error", pair(&self.error));
        let rows: Vec<f64> = self.problems.iter().map(|p| p.0 as f64).collect();
        set("problemRows", Float64Array::from(&rows[..]).into());
        set(
            "problemsZh",
            join(&mut self.problems.iter().map(|p| p.1.as_str())),
        );
        set(
            "problemsEn",
            join(&mut self.problems.iter().map(|p| p.2.as_str())),
        );
        set("notes", pair(&self.notes));
        set("encoding", JsValue::from_str(&self.encoding));
        o.into()
    }

    /// From a message made by [`to_js`](Self::to_js).
    pub fn from_js(v: &JsValue) -> RosterMsg {
        use wasm_bindgen::JsCast;
        use web_sys::js_sys::{Array, Float64Array, Reflect};
        let get = |k: &str| Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::NULL);
        let numbers = |k: &str| {
            get(k)
                .dyn_into::<Float64Array>()
                .map(|a| a.to_vec())
                .unwrap_or_default()
        };
        let split = |k: &str| -> Vec<String> {
            let s = get(k).as_string().unwrap_or_default();
            if s.is_empty() {
                Vec::new()
            } else {
                s.split(SEP).map(str::to_owned).collect()
            }
        };
        let pair = |k: &str| {
            let a = get(k).dyn_into::<Array>().ok()?;
            Some([a.get(0).as_string()?, a.get(1).as_string()?])
        };
        let (zh, en) = (split("problemsZh"), split("problemsEn"));
        RosterMsg {
            rows: numbers("rows"),
            ids: get("ids"),
            error: pair("error"),
            problems: numbers("problemRows")
                .into_iter()
                .zip(zh.into_iter().zip(en))
                .map(|(r, (z, e))| (r as usize, z, e))
                .collect(),
            notes: pair("notes"),
            encoding: get("encoding").as_string().unwrap_or_default(),
        }
    }
}
