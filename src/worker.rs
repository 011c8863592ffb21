//! The roster's work off the main thread: `static/roster-worker.js` loads the staff bundle
//! (`src/bin/staff.rs`, which exports this [`Job`] to JavaScript as `RosterJob`) in a module
//! worker. Each of `parts` workers reads the whole file and evaluates every `parts`-th
//! household, so the work splits evenly over the cores. The page only receives numbers and
//! ready-worded messages.

use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::roster as words;
use crate::model::batch::{Batch, Choice, Criterion};
use crate::model::roster::{apply, export_csv, import, Household, ResultRow, Roster, RowProblem};
use crate::model::{Code, Inputs, Lang, Settings};

/// Numbers per household in a result chunk: index in the roster, pattern index in the
/// registry (−1 when none fits), expected total, increase over S (NaN when S cannot run),
/// P10, then for "none fits" the reason (1 labor, 2 cash) with what is needed and what the
/// household has.
pub const RESULT_WIDTH: usize = 8;

/// Monte Carlo draws per household in a roster.
pub const ROSTER_DRAWS: usize = 1_000;

/// One result as the numbers of a chunk.
pub fn encode(index: usize, choice: &Choice) -> [f64; RESULT_WIDTH] {
    use crate::model::Infeasible;
    match choice {
        Ok(b) => [
            index as f64,
            b.code.index() as f64,
            b.total,
            b.increase_over_s.unwrap_or(f64::NAN),
            b.p10,
            0.0,
            0.0,
            0.0,
        ],
        Err(Infeasible::Labor {
            need_days,
            have_days,
        }) => [
            index as f64,
            -1.0,
            0.0,
            0.0,
            0.0,
            1.0,
            *need_days,
            *have_days,
        ],
        Err(Infeasible::Cash { need, have }) => {
            [index as f64, -1.0, 0.0, 0.0, 0.0, 2.0, *need, *have]
        }
    }
}

/// A result back from the numbers of a chunk: (index, choice).
pub fn decode(x: &[f64]) -> Option<(usize, Choice)> {
    use crate::model::batch::Best;
    use crate::model::Infeasible;
    if x.len() < RESULT_WIDTH || x[0].is_nan() || x[0] < 0.0 {
        return None;
    }
    let index = x[0] as usize;
    let choice = if x[1] >= 0.0 {
        Ok(Best {
            code: Code::from_index(x[1] as usize)?,
            total: x[2],
            increase_over_s: (!x[3].is_nan()).then_some(x[3]),
            p10: x[4],
            cash_needed: 0.0,
        })
    } else if x[5] == 1.0 {
        Err(Infeasible::Labor {
            need_days: x[6],
            have_days: x[7],
        })
    } else {
        Err(Infeasible::Cash {
            need: x[6],
            have: x[7],
        })
    };
    Some((index, choice))
}

/// One worker's share of a roster run.
pub struct Job {
    base: Inputs,
    roster: Result<Roster, crate::model::roster::ImportError>,
    parts: usize,
    next: usize,
    batch: Batch,
    /// How the file's bytes were decoded ("" for pasted text).
    encoding: &'static str,
}

/// A file's text and the name of its encoding: UTF-8 (with or without BOM) when the bytes
/// are valid UTF-8, else GBK through the browser's TextDecoder (a browser without a GBK
/// decoder gets the bytes as UTF-8 with replacement characters, which the row checks report).
pub fn decode_file(bytes: &[u8]) -> (String, &'static str) {
    use crate::model::roster::{detect, Encoding};
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

impl Job {
    /// Reads `text` with the cooperative's inputs `base` (values in field order); this worker
    /// will evaluate households `part`, `part + parts`, … by criterion number `criterion`.
    pub fn new(text: &str, base: &[f64], part: u32, parts: u32, criterion: u32) -> Job {
        let base = Inputs::from_values(base).unwrap_or_default();
        let roster = import(text, &base);
        Job {
            base,
            roster,
            encoding: "",
            parts: parts.max(1) as usize,
            next: part as usize,
            batch: Batch::new(
                Settings {
                    draws: ROSTER_DRAWS,
                    ..Settings::default()
                },
                Criterion::from_index(criterion).unwrap_or(Criterion::Expected),
            ),
        }
    }

    /// As [`new`](Self::new), from a file's bytes: UTF-8 with or without BOM, or else GBK
    /// (what Chinese spreadsheet software saves), decoded by the browser's TextDecoder here in
    /// the worker, so the page never holds the file's text.
    pub fn from_bytes(bytes: &[u8], base: &[f64], part: u32, parts: u32, criterion: u32) -> Job {
        let (text, encoding) = decode_file(bytes);
        let mut job = Job::new(&text, base, part, parts, criterion);
        job.encoding = encoding;
        job
    }

    /// What the page needs to show the roster (see [`RosterMsg`]).
    pub fn roster(&self) -> JsValue {
        let both = |f: &dyn Fn(Lang) -> String| [f(Lang::Zh), f(Lang::En)];
        let msg = match &self.roster {
            Err(e) => RosterMsg {
                encoding: self.encoding.into(),
                error: Some(both(&|l| words::import_error(l, e))),
                ..RosterMsg::default()
            },
            Ok(r) => RosterMsg {
                encoding: self.encoding.into(),
                rows: r.households.iter().map(|h| h.row as f64).collect(),
                ids: JsValue::from_str(&joined(r.households.iter().map(|h| h.id.as_str()))),
                error: None,
                problems: r
                    .problems
                    .iter()
                    .map(|p| {
                        (
                            p.row,
                            words::row_problem(Lang::Zh, p),
                            words::row_problem(Lang::En, p),
                        )
                    })
                    .collect(),
                notes: (!r.defaulted.is_empty())
                    .then(|| both(&|l| words::defaulted(l, &r.defaulted))),
            },
        };
        msg.to_js()
    }

    /// True when this worker's share is done (or the file could not be read).
    pub fn finished(&self) -> bool {
        self.households().is_none_or(|h| self.next >= h.len())
    }

    /// Evaluates up to `max` more of this worker's households; [`RESULT_WIDTH`] numbers each.
    pub fn step(&mut self, max: u32) -> Vec<f64> {
        let Ok(r) = &self.roster else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(max as usize * RESULT_WIDTH);
        for _ in 0..max {
            let Some(h) = r.households.get(self.next) else {
                break;
            };
            let choice = match apply(&self.base, h).check() {
                Ok(v) => self.batch.choose(&v),
                // import() checked every row with the same inputs.
                Err(_) => continue,
            };
            out.extend_from_slice(&encode(self.next, &choice));
            self.next += self.parts;
        }
        out
    }

    /// The results CSV (UTF-8 with BOM) in language `lang` ("zh" or "en"), from every
    /// worker's results merged (`RESULT_WIDTH` numbers per household, any order).
    pub fn export(&self, results: &[f64], lang: &str) -> String {
        let lang = Lang::from_code(lang).unwrap_or(Lang::Zh);
        let Ok(r) = &self.roster else {
            return String::new();
        };
        let (rows, none_fit) = result_rows(&r.households, results);
        let mut problems: Vec<RowProblem> = r.problems.clone();
        problems.extend(none_fit);
        problems.sort_by_key(|p| p.row);
        export_csv(lang, &self.base, &rows, &problems)
    }
}

impl Job {
    fn households(&self) -> Option<&Vec<Household>> {
        self.roster.as_ref().ok().map(|r| &r.households)
    }
}

/// Result rows in roster order from merged chunk numbers, and the households no pattern fits
/// (as row problems, so the export names them with the reason).
fn result_rows(households: &[Household], results: &[f64]) -> (Vec<ResultRow>, Vec<RowProblem>) {
    let mut choices: Vec<Option<Choice>> = vec![None; households.len()];
    for x in results.chunks_exact(RESULT_WIDTH) {
        if let Some((i, c)) = decode(x) {
            if let Some(slot) = choices.get_mut(i) {
                *slot = Some(c);
            }
        }
    }
    let mut rows = Vec::with_capacity(households.len());
    let mut none_fit = Vec::new();
    for (h, c) in households.iter().zip(choices) {
        match c {
            Some(Ok(b)) => rows.push(ResultRow {
                household: h.clone(),
                best: b.code,
                expected_total: b.total,
                increase_over_s: b.increase_over_s,
                p10: b.p10,
            }),
            Some(Err(why)) => none_fit.push(RowProblem {
                row: h.row,
                id: Some(h.id.clone()),
                kind: crate::model::roster::RowErrorKind::NoPatternFits(why),
            }),
            None => {}
        }
    }
    (rows, none_fit)
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

const SEP: char = '\u{1f}';

/// `items` joined by U+001F.
fn joined<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut s = String::new();
    for (i, x) in items.enumerate() {
        if i > 0 {
            s.push(SEP);
        }
        s.push_str(x);
    }
    s
}

impl RosterMsg {
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
        let end = (from + n).min(all.length() as usize);
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
