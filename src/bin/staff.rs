//! The staff bundle: the staff page (cooperative and roster screens) and, in the roster's
//! workers, the roster job. Built by Trunk beside the household page (`index.html`'s second
//! rust link); loaded only by `staff.html` and `roster-worker.js`.
#![forbid(unsafe_code)]

use wasm_bindgen::prelude::*;

use hezuo::staff::worker::Job;

fn main() {
    hezuo::staff::start();
}

/// One worker's share of a roster run (see `hezuo::staff::worker::Job`).
#[wasm_bindgen]
pub struct RosterJob(Job);

#[wasm_bindgen]
impl RosterJob {
    /// Reads `text` with the household settings `base`; evaluates households `part`,
    /// `part + parts`, … by criterion number `criterion`.
    #[wasm_bindgen(constructor)]
    pub fn new(text: &str, base: &[f64], part: u32, parts: u32, criterion: u32) -> RosterJob {
        RosterJob(Job::new(text, base, part, parts, criterion))
    }

    /// As the constructor, from a file's bytes (UTF-8 or GBK, decoded here).
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(
        bytes: &[u8],
        base: &[f64],
        part: u32,
        parts: u32,
        criterion: u32,
    ) -> RosterJob {
        if let Some(why) = hezuo_core::roster::encoding::unreadable(bytes) {
            return RosterJob(Job::refused(why, base, part, parts, criterion));
        }
        let (text, encoding) = hezuo::staff::worker::decode_file(bytes);
        RosterJob(Job::decoded(&text, encoding, base, part, parts, criterion))
    }

    /// What the page needs to show the roster.
    pub fn roster(&self) -> JsValue {
        hezuo::staff::worker::RosterMsg::new(self.0.read()).to_js()
    }

    /// Goes on from household `next` (a retry: what was computed before is kept by the page).
    #[wasm_bindgen(js_name = resumeAt)]
    pub fn resume_at(&mut self, next: u32) {
        self.0.resume_at(next as usize);
    }

    /// True when this worker's share is done.
    pub fn finished(&self) -> bool {
        self.0.finished()
    }

    /// Evaluates up to `max` more households.
    pub fn step(&mut self, max: u32) -> Vec<f64> {
        self.0.step(max)
    }

    /// The results CSV in `lang` from every worker's merged results.
    pub fn export(&self, results: &[f64], lang: &str) -> String {
        self.0.export(results, lang)
    }
}
