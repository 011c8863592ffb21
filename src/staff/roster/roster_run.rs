//! The roster run as a hook: starts one module worker per core on `roster-worker.js`, gathers
//! their results, cancels by terminating them, and asks part 0 for the export.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Float64Array, Object, Reflect};
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

use crate::shared::download::download;
use crate::staff::worker::{RosterMsg, RESULT_WIDTH};
use hezuo_core::model::batch::Criterion;
use hezuo_core::model::Lang;
use hezuo_core::roster::job::resume_after;

/// What a run reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A file's bytes (an ArrayBuffer, copied to each worker, decoded there).
    Bytes(JsValue),
    /// Text pasted from a spreadsheet.
    Text(Rc<str>),
}

/// Where a run is.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Nothing started yet.
    Idle,
    /// Workers are computing.
    Running,
    /// Every household is done, in this many milliseconds.
    Done(f64),
    /// Stopped by the user; results dropped.
    Cancelled,
    /// A worker reported an error (its message).
    Failed(String),
    /// The browser cannot start a worker.
    NoWorker,
}

/// The run's state and controls.
#[derive(Clone)]
pub struct Run {
    /// Where the run is.
    pub status: UseStateHandle<Status>,
    /// Households done and households read.
    pub progress: UseStateHandle<(usize, usize)>,
    /// The file as read by part 0.
    pub roster: UseStateHandle<Option<Rc<RosterMsg>>>,
    /// Results, [`RESULT_WIDTH`] numbers per household, in arrival order.
    pub results: Rc<RefCell<Vec<f64>>>,
    /// The workers' wasm memory at the end of the run, bytes summed (their peak).
    pub memory: UseStateHandle<f64>,
    inner: Rc<RefCell<Inner>>,
}

impl PartialEq for Run {
    fn eq(&self, other: &Self) -> bool {
        self.status == other.status
            && self.progress == other.progress
            && self.roster == other.roster
            && Rc::ptr_eq(&self.inner, &other.inner)
    }
}

/// A worker's two handlers: its messages and its uncaught errors.
type Handlers = (
    Closure<dyn FnMut(MessageEvent)>,
    Closure<dyn FnMut(ErrorEvent)>,
);

#[derive(Default)]
struct Inner {
    /// The workers running, part 0's first (it answers the export).
    workers: Vec<Worker>,
    handlers: Vec<Handlers>,
    /// Handlers of stopped workers: one of them may be running, so they are dropped at the
    /// next start, not while they run.
    stopped: Vec<Handlers>,
    /// What the run reads, with what, by what: kept for a retry.
    source: Option<Source>,
    base: Vec<f64>,
    criterion: Criterion,
    parts: usize,
    /// Per part: the household it goes on from, and whether it has finished.
    next: Vec<usize>,
    finished: Vec<bool>,
    done: usize,
    total: usize,
    started: f64,
    export_name: String,
    memory: f64,
    /// When progress was last shown (the page re-renders at most every PROGRESS_MS).
    shown: f64,
}

const PROGRESS_MS: f64 = 150.0;

impl Inner {
    fn stop(&mut self) {
        for w in self.workers.drain(..) {
            w.terminate();
        }
        let handlers = std::mem::take(&mut self.handlers);
        self.stopped.extend(handlers);
    }
}

fn now() -> f64 {
    web_sys::js_sys::Date::now()
}

/// The roster run of this screen.
#[hook]
pub fn use_roster_run() -> Run {
    let status = use_state(|| Status::Idle);
    let progress = use_state(|| (0usize, 0usize));
    let roster = use_state(|| None::<Rc<RosterMsg>>);
    let results = use_mut_ref(Vec::<f64>::new);
    let memory = use_state(|| 0.0);
    let inner = use_mut_ref(Inner::default);
    {
        // Workers end with the screen.
        let inner = inner.clone();
        use_effect_with((), move |_| {
            move || {
                let mut inner = inner.borrow_mut();
                inner.stop();
                inner.stopped.clear();
            }
        });
    }
    Run {
        status,
        progress,
        roster,
        results,
        memory,
        inner,
    }
}

impl Run {
    /// Starts a run over `source` (a file's bytes, decoded in the workers, or pasted text)
    /// with the household screen's inputs `base`.
    pub fn start(&self, source: &Source, base: &[f64], criterion: Criterion) {
        let mut inner = self.inner.borrow_mut();
        inner.stop();
        self.results.borrow_mut().clear();
        self.roster.set(None);
        self.progress.set((0, 0));
        let parts = web_sys::window()
            .map(|w| w.navigator().hardware_concurrency() as usize)
            .unwrap_or(1)
            .clamp(1, 4);
        *inner = Inner {
            source: Some(source.clone()),
            base: base.to_vec(),
            criterion,
            parts,
            next: (0..parts).collect(),
            finished: vec![false; parts],
            started: now(),
            ..Inner::default()
        };
        for part in 0..parts {
            if !self.spawn(&mut inner, part, None) {
                return;
            }
        }
        self.status.set(Status::Running);
    }

    /// After a worker failed: starts again the parts that had not finished, each from the
    /// household after its last result; the results already in are kept. Part 0 always
    /// starts again (with nothing left, it only reads the file), for the export.
    pub fn retry(&self) {
        // Failed before the file was even read: start again from the beginning.
        if self.roster.is_none() {
            let inner = self.inner.borrow();
            let Some(source) = inner.source.clone() else {
                return;
            };
            let (base, criterion) = (inner.base.clone(), inner.criterion);
            drop(inner);
            return self.start(&source, &base, criterion);
        }
        let mut inner = self.inner.borrow_mut();
        inner.stop();
        let parts: Vec<usize> = (0..inner.parts)
            .filter(|&p| p == 0 || !inner.finished[p])
            .collect();
        for part in parts {
            let from = inner.next[part];
            if !self.spawn(&mut inner, part, Some(from)) {
                return;
            }
        }
        self.status.set(Status::Running);
    }

    /// Starts the worker of `part` (from household `from` on a retry); false, with the
    /// status saying why, when the browser cannot start it.
    fn spawn(&self, inner: &mut Inner, part: usize, from: Option<usize>) -> bool {
        let Some(source) = inner.source.clone() else {
            return false;
        };
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let Ok(worker) = Worker::new_with_options("roster-worker.js", &options) else {
            inner.stop();
            self.status.set(Status::NoWorker);
            return false;
        };
        let handlers = self.handlers();
        worker.set_onmessage(Some(handlers.0.as_ref().unchecked_ref()));
        worker.set_onerror(Some(handlers.1.as_ref().unchecked_ref()));
        let msg = Object::new();
        let set = |k: &str, v: &JsValue| {
            let _ = Reflect::set(&msg, &JsValue::from_str(k), v);
        };
        match &source {
            Source::Bytes(bytes) => set("bytes", bytes),
            Source::Text(text) => set("text", &JsValue::from_str(text)),
        }
        set("base", &Float64Array::from(&inner.base[..]));
        set("part", &JsValue::from(part as u32));
        set("parts", &JsValue::from(inner.parts as u32));
        set("criterion", &JsValue::from(inner.criterion.index()));
        if let Some(from) = from {
            set("from", &JsValue::from(from as u32));
        }
        if worker.post_message(&msg).is_err() {
            inner.stop();
            self.status.set(Status::NoWorker);
            return false;
        }
        inner.workers.push(worker);
        inner.handlers.push(handlers);
        true
    }

    /// Stops the run and drops its results.
    pub fn cancel(&self) {
        self.inner.borrow_mut().stop();
        self.results.borrow_mut().clear();
        self.roster.set(None);
        self.progress.set((0, 0));
        self.status.set(Status::Cancelled);
    }

    /// Asks part 0 for the results CSV in `lang`; it downloads as `file_name` when ready.
    pub fn export(&self, lang: Lang, file_name: &str) {
        let mut inner = self.inner.borrow_mut();
        inner.export_name = file_name.to_owned();
        let Some(worker) = inner.workers.first() else {
            return;
        };
        let msg = Object::new();
        let results = Float64Array::from(&self.results.borrow()[..]);
        let _ = Reflect::set(&msg, &"kind".into(), &"export".into());
        let _ = Reflect::set(&msg, &"results".into(), &results);
        let _ = Reflect::set(&msg, &"lang".into(), &lang.code().into());
        let _ = worker.post_message(&msg);
    }

    fn handlers(&self) -> Handlers {
        let run = self.clone();
        let on_message = Closure::new(move |e: MessageEvent| run.on_message(&e.data()));
        let run = self.clone();
        // A worker that throws outside its own try (its script or wasm failing to load, a
        // crash while starting) reports nothing itself: the page says it stopped.
        let on_error = Closure::new(move |e: ErrorEvent| {
            e.prevent_default();
            run.fail(e.message());
        });
        (on_message, on_error)
    }

    /// Stops the run after a worker failed, keeping what was computed for a retry.
    fn fail(&self, why: String) {
        let mut inner = self.inner.borrow_mut();
        inner.stop();
        self.progress.set((inner.done, inner.total));
        self.status.set(Status::Failed(why));
    }

    fn on_message(&self, data: &JsValue) {
        let get = |k: &str| Reflect::get(data, &JsValue::from_str(k)).unwrap_or(JsValue::NULL);
        let kind = get("kind").as_string().unwrap_or_default();
        let mut inner = self.inner.borrow_mut();
        match kind.as_str() {
            "roster" => {
                let msg = RosterMsg::from_js(data);
                inner.total = msg.count();
                let failed = msg.error.is_some();
                self.progress.set((inner.done, inner.total));
                self.roster.set(Some(Rc::new(msg)));
                if failed {
                    inner.stop();
                    self.status.set(Status::Done(now() - inner.started));
                }
            }
            "chunk" => {
                if let Ok(a) = get("data").dyn_into::<Float64Array>() {
                    let chunk = a.to_vec();
                    let part = get("part").as_f64().map_or(0, |p| p as usize);
                    if let (Some(next), Some(slot)) =
                        (resume_after(&chunk, inner.parts), inner.next.get_mut(part))
                    {
                        *slot = next;
                    }
                    let mut results = self.results.borrow_mut();
                    let before = results.len();
                    results.extend(chunk);
                    inner.done += (results.len() - before) / RESULT_WIDTH;
                    let t = now();
                    if t - inner.shown >= PROGRESS_MS {
                        inner.shown = t;
                        self.progress.set((inner.done, inner.total));
                    }
                }
            }
            "done" => {
                let part = get("part").as_f64().map_or(0, |p| p as usize);
                if let Some(f) = inner.finished.get_mut(part) {
                    if !*f {
                        *f = true;
                        inner.memory += get("memory").as_f64().unwrap_or(0.0);
                    }
                }
                if inner.finished.iter().all(|f| *f) {
                    // Part 0 stays for the export; the others are not needed any more.
                    for w in inner.workers.drain(1..) {
                        w.terminate();
                    }
                    self.memory.set(inner.memory);
                    self.progress.set((inner.done, inner.total));
                    self.status.set(Status::Done(now() - inner.started));
                }
            }
            "failed" => {
                drop(inner);
                self.fail(get("message").as_string().unwrap_or_default());
            }
            "csv" => {
                let text = get("text").as_string().unwrap_or_default();
                download(&inner.export_name, &text, "text/csv;charset=utf-8");
            }
            _ => {}
        }
    }
}
