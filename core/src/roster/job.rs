//! One worker's share of a roster run. The staff bundle's roster workers
//! (`static/roster-worker.js`, `src/staff/worker.rs`) each read the whole file and evaluate
//! every `parts`-th household, so the work splits evenly over the cores. The page only
//! receives numbers and ready-worded messages.

use super::words;
use super::{apply, export_csv, import, Household, ResultRow, Roster, RowProblem};
use crate::model::batch::{Batch, Choice, Criterion};
use crate::model::{Code, Inputs, Lang, Settings};

/// Numbers per household in a result chunk (the slots below).
pub const RESULT_WIDTH: usize = 8;

// A result's slots in a chunk: one household's choice as numbers, so that a county's results
// cross between threads as one Float64Array (a JavaScript object per household would cost the
// page tens of milliseconds per 10,000). Written by [`encode`], read by [`decode`] only.
/// The household's index in the roster.
const INDEX: usize = 0;
/// The chosen pattern's index in the registry, or [`NONE_FITS`].
const PATTERN: usize = 1;
/// The chosen pattern's expected total.
const TOTAL: usize = 2;
/// Its increase over S (NaN when S cannot run).
const GAIN: usize = 3;
/// Its P10.
const P10: usize = 4;
/// When none fits: why ([`LACKS_LABOR`] or [`LACKS_CASH`]).
const WHY: usize = 5;
/// When none fits: what is needed (days or yuan).
const NEED: usize = 6;
/// When none fits: what the household has.
const HAVE: usize = 7;
/// [`PATTERN`] when no pattern fits.
const NONE_FITS: f64 = -1.0;
/// [`WHY`]: not enough labor.
const LACKS_LABOR: f64 = 1.0;
/// [`WHY`]: not enough cash.
const LACKS_CASH: f64 = 2.0;

/// Monte Carlo draws per household in a roster.
pub const ROSTER_DRAWS: usize = 1_000;

/// One result as the numbers of a chunk.
pub fn encode(index: usize, choice: &Choice) -> [f64; RESULT_WIDTH] {
    use crate::model::Infeasible;
    let mut x = [0.0; RESULT_WIDTH];
    x[INDEX] = index as f64;
    match choice {
        Ok(b) => {
            x[PATTERN] = b.code.index() as f64;
            x[TOTAL] = b.total;
            x[GAIN] = b.increase_over_s.unwrap_or(f64::NAN);
            x[P10] = b.p10;
        }
        Err(why) => {
            x[PATTERN] = NONE_FITS;
            let (kind, need, have) = match *why {
                Infeasible::Labor {
                    need_days,
                    have_days,
                } => (LACKS_LABOR, need_days, have_days),
                Infeasible::Cash { need, have } => (LACKS_CASH, need, have),
            };
            (x[WHY], x[NEED], x[HAVE]) = (kind, need, have);
        }
    }
    x
}

/// A result back from the numbers of a chunk: (index, choice); `None` for numbers that
/// [`encode`] did not write.
pub fn decode(x: &[f64]) -> Option<(usize, Choice)> {
    use crate::model::batch::Best;
    use crate::model::Infeasible;
    if x.len() < RESULT_WIDTH || x[INDEX].is_nan() || x[INDEX] < 0.0 {
        return None;
    }
    let index = x[INDEX] as usize;
    let choice = if x[PATTERN] == NONE_FITS {
        let (need, have) = (x[NEED], x[HAVE]);
        if x[WHY] == LACKS_LABOR {
            Err(Infeasible::Labor {
                need_days: need,
                have_days: have,
            })
        } else if x[WHY] == LACKS_CASH {
            Err(Infeasible::Cash { need, have })
        } else {
            return None;
        }
    } else {
        Ok(Best {
            code: Code::from_index(x[PATTERN] as usize)?,
            total: x[TOTAL],
            increase_over_s: (!x[GAIN].is_nan()).then_some(x[GAIN]),
            p10: x[P10],
            cash_needed: 0.0,
        })
    };
    Some((index, choice))
}

/// Where a worker that sent `chunk` goes on: the household after its last one, `parts` on.
pub fn resume_after(chunk: &[f64], parts: usize) -> Option<usize> {
    let last = chunk.chunks_exact(RESULT_WIDTH).next_back()?;
    decode(last).map(|(i, _)| i + parts.max(1))
}

/// One worker's share of a roster run.
pub struct Job {
    base: Inputs,
    roster: Result<Roster, super::ImportError>,
    parts: usize,
    next: usize,
    batch: Batch,
    /// How the file's bytes were decoded ("" for pasted text).
    encoding: &'static str,
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

    /// As [`new`](Self::new), for a file's text decoded by the page as `encoding` (its name,
    /// shown to the user: "UTF-8", "UTF-8 BOM" or "GBK").
    pub fn decoded(
        text: &str,
        encoding: &'static str,
        base: &[f64],
        part: u32,
        parts: u32,
        criterion: u32,
    ) -> Job {
        let mut job = Job::new(text, base, part, parts, criterion);
        job.encoding = encoding;
        job
    }

    /// A job for a file no encoding reads ([`super::encoding::unreadable`]): it reads no
    /// household and tells why.
    pub fn refused(
        error: super::ImportError,
        base: &[f64],
        part: u32,
        parts: u32,
        criterion: u32,
    ) -> Job {
        let mut job = Job::new("", base, part, parts, criterion);
        job.roster = Err(error);
        job
    }

    /// What the page needs to show the roster.
    pub fn read(&self) -> RosterRead {
        let both = |f: &dyn Fn(Lang) -> String| [f(Lang::Zh), f(Lang::En)];
        match &self.roster {
            Err(e) => RosterRead {
                encoding: self.encoding.into(),
                error: Some(both(&|l| words::import_error(l, e))),
                ..RosterRead::default()
            },
            Ok(r) => RosterRead {
                encoding: self.encoding.into(),
                rows: r.households.iter().map(|h| h.row as f64).collect(),
                ids: joined(r.households.iter().map(|h| h.id.as_str())),
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
        }
    }

    /// Goes on from household `next` (one of this worker's, as [`resume_after`] gives it):
    /// a retry after a worker failed computes only what is left.
    pub fn resume_at(&mut self, next: usize) {
        self.next = next;
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
        // A household no pattern fits is written with its inputs, like the others.
        // (Both lists are in file order: each is searched by row.)
        let fits_none: Vec<(usize, [String; 8])> = none_fit
            .iter()
            .filter_map(|p| {
                let i = r.households.binary_search_by_key(&p.row, |h| h.row).ok()?;
                Some(&r.households[i])
            })
            .map(|h| (h.row, super::export::household_cells(lang, &self.base, h)))
            .collect();
        problems.extend(none_fit);
        problems.sort_by_key(|p| p.row);
        let originals = |row: usize| {
            r.original(row).cloned().or_else(|| {
                let i = fits_none.binary_search_by_key(&row, |(r, _)| *r).ok()?;
                Some(fits_none[i].1.clone())
            })
        };
        export_csv(lang, &self.base, &rows, &problems, &originals)
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
                kind: super::RowErrorKind::NoPatternFits(why),
            }),
            None => {}
        }
    }
    (rows, none_fit)
}

/// What part 0 tells the page about the file read.
#[derive(Default, Debug, Clone, PartialEq)]
pub struct RosterRead {
    /// Row numbers in the file of the households read.
    pub rows: Vec<f64>,
    /// Their ids, joined by [`SEP`].
    pub ids: String,
    /// Why the file cannot be read, in zh and en.
    pub error: Option<[String; 2]>,
    /// Every row problem: row, zh, en.
    pub problems: Vec<(usize, String, String)>,
    /// Optional columns missing from the file, in zh and en.
    pub notes: Option<[String; 2]>,
    /// How the file was decoded ("" for pasted text).
    pub encoding: String,
}

/// The separator of ids and messages joined into one string (U+001F, unit separator).
pub const SEP: char = '\u{1f}';

/// `items` joined by [`SEP`].
pub fn joined<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut s = String::new();
    for (i, x) in items.enumerate() {
        if i > 0 {
            s.push(SEP);
        }
        s.push_str(x);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::batch::Best;
    use crate::model::Infeasible;
    use proptest::prelude::*;

    fn choice() -> impl Strategy<Value = Choice> {
        let amount = -1e7..1e7f64;
        prop_oneof![
            (
                0..Code::ALL.len(),
                amount.clone(),
                proptest::option::of(amount.clone()),
                amount.clone()
            )
                .prop_map(|(c, total, gain, p10)| Ok(Best {
                    code: Code::ALL[c],
                    total,
                    increase_over_s: gain,
                    p10,
                    cash_needed: 0.0,
                })),
            (0.0..1e4f64, 0.0..1e4f64).prop_map(|(need_days, have_days)| Err(Infeasible::Labor {
                need_days,
                have_days
            })),
            (amount.clone(), amount).prop_map(|(need, have)| Err(Infeasible::Cash { need, have })),
        ]
    }

    proptest! {
        #[test]
        fn a_result_reads_back_as_it_was_written(index in 0..200_000usize, c in choice()) {
            prop_assert_eq!(decode(&encode(index, &c)), Some((index, c)));
        }
    }

    #[test]
    fn numbers_encode_did_not_write_are_refused() {
        let cases: [(&str, &[f64]); 4] = [
            ("too short", &[0.0; RESULT_WIDTH - 1]),
            ("no index", &[f64::NAN, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
            (
                "no such pattern",
                &[0.0, 99.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            ),
            ("no reason", &[0.0, -1.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0]),
        ];
        for (case, x) in cases {
            assert_eq!(decode(x), None, "{case}");
        }
    }

    /// The roster page's words about its draw count say the counts the code uses.
    #[test]
    fn the_draws_note_names_the_draw_counts() {
        use crate::i18n::views::{ROSTER_DRAWS_NOTE, ROSTER_INTRO};
        let page = crate::model::engine::Settings::default().draws;
        for text in [ROSTER_DRAWS_NOTE.zh, ROSTER_INTRO.zh] {
            assert!(text.contains(&ROSTER_DRAWS.to_string()), "{text}");
        }
        assert!(ROSTER_DRAWS_NOTE.zh.contains(&page.to_string()));
        assert!(ROSTER_DRAWS_NOTE.en.contains("1,000") && ROSTER_DRAWS_NOTE.en.contains("2,000"));
        assert_eq!(
            (ROSTER_DRAWS, page),
            (1_000, 2_000),
            "update the words with the counts"
        );
    }

    /// The export keeps a bad row's cells as written (land in mu) with the reason, so the
    /// row can be fixed in the file and read again (issue #16).
    #[test]
    fn a_bad_row_fixed_in_the_export_is_computed_when_read_again() {
        let base = crate::model::params::Inputs::paper_defaults();
        let text =
            "户号,土地(公顷),劳动力,外出月工资\nA1,0.26,2,3485\nA2,0.3,2,三千\nA3,x,1,3000\n";
        let mut job = Job::new(text, base.values(), 0, 1, 0);
        let mut results = Vec::new();
        while !job.finished() {
            results.extend(job.step(64));
        }
        let csv = job.export(&results, "zh");
        assert!(csv.contains("\r\nA2,4.5,2,三千,"), "{csv}");
        assert!(csv.contains("\r\nA3,x,1,3000,"), "{csv}");
        let fixed = csv
            .replace("A2,4.5,2,三千,", "A2,4.5,2,3000,")
            .replace("A3,x,1,", "A3,2,1,");
        let again =
            crate::roster::import(crate::roster::encoding::strip_bom(&fixed), &base).unwrap();
        let ids: Vec<&str> = again.households.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["A1", "A2", "A3"]);
        assert!(again.problems.is_empty(), "{:?}", again.problems);
        assert_eq!(again.households[1].land_mu, 4.5);
    }

    /// A worker that stopped after some chunks, started again where it stopped, gives the
    /// same results as one that never stopped (issue #14: a retry finishes the rest).
    #[test]
    fn a_job_resumed_after_its_last_chunk_finishes_the_rest() {
        let text = crate::roster::synth::to_csv(
            crate::model::Lang::En,
            &crate::roster::synth::synthetic(40, 5),
        );
        let base = crate::model::params::Inputs::paper_defaults();
        let (parts, part) = (3, 1);
        let mut whole = Job::new(&text, base.values(), part, parts, 0);
        let mut all = Vec::new();
        while !whole.finished() {
            all.extend(whole.step(4));
        }
        let mut first = Job::new(&text, base.values(), part, parts, 0);
        let chunk = first.step(4);
        let next = resume_after(&chunk, parts as usize).unwrap();
        let mut again = Job::new(&text, base.values(), part, parts, 0);
        again.resume_at(next);
        let mut rest = chunk;
        while !again.finished() {
            rest.extend(again.step(4));
        }
        assert_eq!(rest, all);
        assert_eq!(resume_after(&[], parts as usize), None);
    }
}
