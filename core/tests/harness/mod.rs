//! The seeded fuzz harness (issue #14): a generator and the invariants for each way into the
//! core, driving the real entry points. Shared by `core/examples/fuzz.rs` (long runs,
//! `scripts/fuzz.sh`) and `core/tests/fuzz.rs` (saved failures replayed and a short run on
//! every `cargo test`). Stable Rust, no fuzzing crate: the core's own generator, seeded.
//!
//! A case is its input's bytes alone (what a link, a form, a roster file or an import file
//! holds); whatever else a check needs (the language, the storage already there, the roster's
//! criterion) is derived from a hash of those bytes, so a saved case replays exactly.
#![allow(dead_code)]

mod gen;

use std::collections::BTreeMap;

use hezuo_core::app::derive::Derived;
use hezuo_core::app::link::{from_query, to_query};
use hezuo_core::app::results::{cell_values, yuan_cells};
use hezuo_core::app::saved::{perform, Device, Op, View};
use hezuo_core::app::state::AppState;
use hezuo_core::i18n::coop as coop_words;
use hezuo_core::i18n::errors::{error, infeasible};
use hezuo_core::i18n::format::{number, yuan_words};
use hezuo_core::i18n::names::field_unit;
use hezuo_core::i18n::saved::Said;
use hezuo_core::i18n::words::{
    break_even as break_even_words, check_figure, summary, SummaryFacts,
};
use hezuo_core::i18n::working::working;
use hezuo_core::model::breakeven::{break_even, Lever};
use hezuo_core::model::coop::{evaluate as coop_evaluate, CoopInputs};
use hezuo_core::model::engine::{evaluate, DrawTable, Report, Settings};
use hezuo_core::model::params::{Field, Inputs, Valid};
use hezuo_core::model::patterns::Code;
use hezuo_core::model::saved::{
    entry_json, listing, read_export, JsonTree, Listing, Scenario, StoreError, Value, KEY_PREFIX,
};
use hezuo_core::model::Lang;
use hezuo_core::roster::encoding::{detect, strip_bom, unreadable, Encoding};
use hezuo_core::roster::job::{decode, Job, RESULT_WIDTH};
use hezuo_core::roster::{apply, import, words as roster_words};

pub use gen::generate;

/// The ways in, as the issue lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Way {
    /// A household link's query string.
    Link,
    /// The cooperative view's form.
    Coop,
    /// A roster file's bytes (or pasted cells).
    Roster,
    /// A saved-scenarios import file, over storage that already holds entries.
    Saved,
}

impl Way {
    /// Every way, in the order reports list them.
    pub const ALL: [Way; 4] = [Way::Link, Way::Coop, Way::Roster, Way::Saved];

    /// Its name in reports and regression file names.
    pub fn name(self) -> &'static str {
        match self {
            Way::Link => "link",
            Way::Coop => "coop",
            Way::Roster => "roster",
            Way::Saved => "saved",
        }
    }

    /// The way a name gives.
    pub fn from_name(s: &str) -> Option<Way> {
        Way::ALL.into_iter().find(|w| w.name() == s)
    }
}

/// What one check looked at, summed over a run for the report.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    /// Inputs checked.
    pub inputs: u64,
    /// Inputs every field of which was right (a report computed).
    pub valid: u64,
    /// Inputs refused with a message.
    pub refused: u64,
    /// Numbers checked finite.
    pub numbers: u64,
    /// Texts checked (no NaN, no infinity, not empty).
    pub texts: u64,
    /// Monte Carlo means compared with the analytic expectation.
    pub mc_checks: u64,
    /// Roster rows read (households and problems).
    pub rows: u64,
    /// Saved entries kept untouched across an import.
    pub kept: u64,
}

impl Tally {
    /// Adds another tally.
    pub fn add(&mut self, o: &Tally) {
        self.inputs += o.inputs;
        self.valid += o.valid;
        self.refused += o.refused;
        self.numbers += o.numbers;
        self.texts += o.texts;
        self.mc_checks += o.mc_checks;
        self.rows += o.rows;
        self.kept += o.kept;
    }
}

/// State a checker keeps between inputs (the draws, as the page keeps them).
#[derive(Default)]
pub struct Checker {
    table: Option<DrawTable>,
    /// Words of the current input that its messages may quote back.
    echoed: Vec<&'static str>,
    /// Sums of what was checked.
    pub tally: Tally,
}

/// FNV-1a of the input: the seed of whatever a case derives from its bytes.
pub fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

type Check = Result<(), String>;

fn fail<T>(what: impl Into<String>) -> Result<T, String> {
    Err(what.into())
}

impl Checker {
    /// Checks one input of `way`; `Err` names the invariant that broke.
    pub fn check(&mut self, way: Way, input: &[u8]) -> Check {
        self.tally.inputs += 1;
        self.echoed.clear();
        if matches!(way, Way::Roster | Way::Saved) {
            self.echo(&String::from_utf8_lossy(input));
        }
        match way {
            Way::Link => self.link(input),
            Way::Coop => self.coop(input),
            Way::Roster => self.roster(input),
            Way::Saved => self.saved(input),
        }
    }

    /// Notes the words of `text` (an input, or storage already there) that messages may
    /// quote back.
    fn echo(&mut self, text: &str) {
        for (word, found) in [
            ("NaN", "NaN"),
            ("inf", "inf"),
            ("Infinity", "Infinity"),
            ("∞", "Infinity"),
        ] {
            if text.contains(word) {
                self.echoed.push(found);
            }
        }
    }

    fn number(&mut self, what: &str, x: f64) -> Check {
        self.tally.numbers += 1;
        if x.is_finite() {
            Ok(())
        } else {
            fail(format!("{what} is {x}"))
        }
    }

    /// A text shown: not empty (unless `may_be_empty`), no NaN or infinity written out.
    fn text(&mut self, what: &str, s: &str) -> Check {
        self.tally.texts += 1;
        if s.trim().is_empty() {
            return fail(format!("{what}: empty text"));
        }
        if let Some(bad) = unshowable(s) {
            // A roster or an import file may hold the word itself (an id, a name, a cell),
            // which the messages quote back; its numbers are checked as numbers.
            if !self.echoed.contains(&bad) {
                return fail(format!("{what}: {bad:?} in {s:?}"));
            }
        }
        Ok(())
    }

    // ---- links -------------------------------------------------------------------------

    fn link(&mut self, input: &[u8]) -> Check {
        let query = String::from_utf8_lossy(input);
        let h = hash(input);
        let lang = if h & 1 == 0 { Lang::Zh } else { Lang::En };
        let state = from_query(&query, lang);
        // Link → state → link: the link the page writes reads back as the same state.
        let written = to_query(&state);
        // Read back as a reload reads it: the language remembered is the one shown.
        let again = from_query(&written, state.lang);
        if again.texts != state.texts
            || again.unit != state.unit
            || again.lang != state.lang
            || again.view != state.view
            || again.workshop != state.workshop
            || again.from_coop != state.from_coop
        {
            let diff: Vec<String> = state
                .texts
                .iter()
                .zip(again.texts.iter())
                .enumerate()
                .filter(|(_, (a, b))| a != b)
                .map(|(i, (a, b))| format!("field {i}: {a:?} became {b:?}"))
                .collect();
            return fail(format!(
                "link {written:?} does not read back as the state it was written from ({}; unit {:?}/{:?}, lang {:?}/{:?}, view {:?}/{:?}, step {:?}/{:?})",
                diff.join(", "),
                state.unit, again.unit, state.lang, again.lang, state.view, again.view, state.workshop, again.workshop
            ));
        }
        if to_query(&again) != written {
            return fail(format!(
                "link {written:?} is written differently the second time"
            ));
        }
        let derived = Derived::new(&state.texts, state.unit, &mut self.table);
        self.derived(&state, &derived, h)
    }

    /// What the household page shows for a state, in both languages.
    fn derived(&mut self, state: &AppState, d: &Derived, h: u64) -> Check {
        if !d.reading.errors.is_empty() {
            self.tally.refused += 1;
            if d.report.is_some() {
                return fail("numbers beside a field's error");
            }
            for e in &d.reading.errors {
                for lang in [Lang::Zh, Lang::En] {
                    self.text("field message", &error(lang, e, state.unit))?;
                }
            }
            return Ok(());
        }
        let (Some(v), Some(report)) = (&d.valid, &d.report) else {
            return fail("every field read, yet no report and no message");
        };
        self.tally.valid += 1;
        // Farming as now is always possible: land without hands or cash lies idle, so a page
        // never has no pattern to show (issue #14, items 1 and 2).
        if let Err(why) = &report.row(Code::S).result {
            return fail(format!("the status quo is impossible: {why:?}"));
        }
        self.report(state, v, report)?;
        // Now and then: the Monte Carlo mean against the expectation, and a break-even.
        if h.is_multiple_of(97) {
            self.monte_carlo(v)?;
        }
        if h.is_multiple_of(89) {
            let codes = Code::ALL;
            let a = codes[(h >> 8) as usize % codes.len()];
            let b = codes[(h >> 16) as usize % codes.len()];
            let lever = [
                Lever::LandDividend,
                Lever::PotatoPrice,
                Lever::Wage,
                Lever::HenPrice,
            ][(h >> 24) as usize % 4];
            let be = break_even(v, a, b, lever);
            for lang in [Lang::Zh, Lang::En] {
                self.text(
                    "break-even",
                    &break_even_words(lang, a, b, lever, &be, state.unit),
                )?;
            }
        }
        Ok(())
    }

    fn report(&mut self, state: &AppState, v: &Valid, report: &Report) -> Check {
        for row in &report.rows {
            let o = match &row.result {
                Ok(o) => o,
                Err(why) => {
                    for lang in [Lang::Zh, Lang::En] {
                        self.text("why not", &infeasible(lang, why))?;
                    }
                    continue;
                }
            };
            let s = &o.spread;
            for (what, x) in [
                ("total", o.total),
                ("per year", o.per_year),
                ("npv", o.npv),
                ("guaranteed", o.guaranteed),
                ("hoped", o.hoped),
                ("cash needed", o.cash_needed),
                ("fund needed", o.fund_needed),
                ("mean", s.mean),
                ("sd", s.sd),
                ("p10", s.p10),
                ("p50", s.p50),
                ("p90", s.p90),
                ("loss", s.loss),
            ] {
                self.number(what, x)?;
            }
            for x in [o.increase_over_s, o.guaranteed_chance, s.below_s]
                .into_iter()
                .flatten()
            {
                self.number("optional figure", x)?;
            }
            for y in &o.years {
                self.number("year income", y.income)?;
                for c in &y.cash {
                    self.number("year cash", *c)?;
                }
                for l in &y.lines {
                    self.number("line", l.amount)?;
                    self.number("line full", l.full)?;
                    for lang in [Lang::Zh, Lang::En] {
                        for land in [
                            hezuo_core::model::form::LandUnit::Mu,
                            hezuo_core::model::form::LandUnit::Ha,
                        ] {
                            self.text("working", &working(lang, l, land))?;
                        }
                    }
                }
            }
            for lang in [Lang::Zh, Lang::En] {
                for x in [o.total, s.p10, s.p90] {
                    self.text("chart label", &yuan_words(lang, x))?;
                }
                if let (Some(check), Some(gain)) =
                    (row.code.pattern().check_figure(), o.increase_over_s)
                {
                    let per_year = gain / o.years.len().max(1) as f64;
                    self.text(
                        "check figure",
                        &check_figure(lang, check.text.get(lang), per_year),
                    )?;
                }
            }
        }
        for lang in [Lang::Zh, Lang::En] {
            // The table: every cell's text shown, and every amount behind a cell finite (NaN
            // stands for a cell without an amount and is never shown).
            let (_, texts, nums) = cell_values(report, lang);
            let texts: Vec<&str> = texts.split('\u{1f}').collect();
            if texts.len() != nums.len() {
                return fail(format!(
                    "{} cell texts, {} cell amounts",
                    texts.len(),
                    nums.len()
                ));
            }
            for t in texts {
                if let Some(bad) = unshowable(t) {
                    return fail(format!("table cell {t:?} holds {bad}"));
                }
            }
            for code in report.display_order() {
                if let Some(o) = report.outcome(code) {
                    for (_, x) in yuan_cells(o) {
                        self.number("table cell", x)?;
                    }
                }
            }
            if let Some(best) = report.by_expected.first() {
                let o = report.outcome(*best).expect("a ranked pattern is feasible");
                let facts = SummaryFacts {
                    land: number(state.unit.from_mu(v[Field::Land]), 2),
                    unit_name: field_unit(Field::Land, state.unit).get(lang),
                    adults: v[Field::Adults],
                    code: *best,
                    name: best.pattern().name().get(lang),
                    outcome: o,
                    years: report.years,
                };
                self.text("summary", &summary(lang, &facts))?;
            }
        }
        Ok(())
    }

    /// The Monte Carlo mean of every feasible pattern against its analytic expectation, with
    /// 20,000 draws: within 6 standard errors, plus 25 draws' worth of the widest swing (a
    /// payer's failure rare enough not to be drawn at all) and rounding.
    fn monte_carlo(&mut self, v: &Valid) -> Check {
        let draws = 20_000;
        let r = evaluate(v, &Settings { draws, seed: 7 });
        for row in &r.rows {
            let Ok(o) = &row.result else { continue };
            self.tally.mc_checks += 1;
            let n = draws as f64;
            let swing =
                o.total.abs() + o.spread.p10.abs() + o.spread.p90.abs() + 2.0 * v[Field::Fund];
            let tol =
                6.0 * o.spread.sd / n.sqrt() + 25.0 / n * swing + 1e-6 * (1.0 + o.total.abs());
            if (o.spread.mean - o.total).abs() > tol {
                return fail(format!(
                    "{:?}: Monte Carlo mean {} against expectation {} (tolerance {tol})",
                    row.code, o.spread.mean, o.total
                ));
            }
        }
        Ok(())
    }

    // ---- the cooperative view -----------------------------------------------------------

    fn coop(&mut self, input: &[u8]) -> Check {
        let text = String::from_utf8_lossy(input);
        let texts: Vec<String> = text.split('\u{1f}').map(str::to_owned).collect();
        let (inputs, errors) = CoopInputs::read(&texts);
        let checked = if errors.is_empty() {
            inputs.check()
        } else {
            Err(errors)
        };
        let v = match checked {
            Ok(v) => v,
            Err(errors) if errors.is_empty() => {
                return fail("cooperative inputs refused without a message")
            }
            Err(errors) => {
                self.tally.refused += 1;
                for e in &errors {
                    for lang in [Lang::Zh, Lang::En] {
                        self.text("coop message", &coop_words::error(lang, e.field, e.kind))?;
                    }
                }
                return Ok(());
            }
        };
        self.tally.valid += 1;
        let r = coop_evaluate(&v);
        let years = v.years();
        self.number("need", r.need)?;
        self.number("any fail", r.any_fail)?;
        self.number("yearly fail", r.yearly_fail)?;
        for x in r.fail {
            self.number("check fail", x)?;
        }
        for y in &r.years {
            for x in y.columns() {
                self.number("coop cell", x)?;
                for lang in [Lang::Zh, Lang::En] {
                    self.text("coop cell", &coop_words::cell(lang, x))?;
                }
            }
        }
        for lang in [Lang::Zh, Lang::En] {
            self.text("need", &coop_words::need(lang, 1, r.need))?;
            self.text("any fail", &coop_words::any_fail(lang, r.any_fail, years))?;
            self.text(
                "yearly fail",
                &coop_words::yearly_fail(lang, r.yearly_fail, r.any_fail, years),
            )?;
            self.text("incentive", &coop_words::incentive(lang, &r.incentive))?;
            for (f, now, be) in r.breakeven.iter().copied() {
                self.number("break-even now", now)?;
                self.text("coop break-even", &coop_words::break_even(lang, f, now, be))?;
            }
        }
        Ok(())
    }

    // ---- roster files ---------------------------------------------------------------------

    fn roster(&mut self, input: &[u8]) -> Check {
        let h = hash(input);
        let base = Inputs::paper_defaults();
        let criterion = (h % 3) as u32;
        if let Some(e) = unreadable(input) {
            self.tally.refused += 1;
            for lang in [Lang::Zh, Lang::En] {
                self.text("file refused", &roster_words::import_error(lang, &e))?;
            }
            return Ok(());
        }
        // GBK is decoded by the browser's TextDecoder; here its bytes go through the lossy
        // UTF-8 reader, which still exercises every path after decoding.
        let (text, encoding) = match detect(input) {
            Encoding::Utf8Bom => (String::from_utf8_lossy(input).into_owned(), "UTF-8 BOM"),
            Encoding::Utf8 => (String::from_utf8_lossy(input).into_owned(), "UTF-8"),
            Encoding::Gbk => (String::from_utf8_lossy(input).into_owned(), "GBK"),
        };
        let mut job = Job::decoded(&text, encoding, base.values(), 0, 1, criterion);
        let read = job.read();
        if let Some([zh, en]) = &read.error {
            self.tally.refused += 1;
            self.text("file refused", zh)?;
            self.text("file refused", en)?;
            return Ok(());
        }
        let roster = match import(strip_bom(&text), &base) {
            Ok(r) => r,
            Err(e) => return fail(format!("the worker read a file that import refuses: {e:?}")),
        };
        self.tally.valid += 1;
        self.tally.rows += roster.rows as u64;
        // Every data row is a household or has problems; none twice, none dropped.
        let mut rows: Vec<usize> = roster.households.iter().map(|h| h.row).collect();
        let mut problem_rows: Vec<usize> = roster.problems.iter().map(|p| p.row).collect();
        problem_rows.dedup();
        rows.extend(&problem_rows);
        rows.sort_unstable();
        let n = rows.len();
        rows.dedup();
        if rows.len() != n {
            return fail("a row is both a household and a problem");
        }
        if rows.len() != roster.rows {
            return fail(format!(
                "{} rows read, {} accounted for",
                roster.rows,
                rows.len()
            ));
        }
        for (_, zh, en) in &read.problems {
            self.text("row problem", zh)?;
            self.text("row problem", en)?;
        }
        if let Some([zh, en]) = &read.notes {
            self.text("note", zh)?;
            self.text("note", en)?;
        }
        // The worker computes every household, once.
        let mut results = Vec::new();
        let mut steps = 0;
        while !job.finished() {
            steps += 1;
            if steps > roster.households.len() + 2 {
                return fail("the roster's worker does not finish");
            }
            results.extend(job.step(64));
        }
        let mut seen = vec![false; roster.households.len()];
        for x in results.chunks_exact(RESULT_WIDTH) {
            let Some((i, choice)) = decode(x) else {
                return fail("a result the page cannot decode");
            };
            if std::mem::replace(&mut seen[i], true) {
                return fail("a household computed twice");
            }
            if let Ok(best) = choice {
                self.number("roster total", best.total)?;
                self.number("roster p10", best.p10)?;
                if let Some(x) = best.increase_over_s {
                    self.number("roster vs S", x)?;
                }
            }
        }
        if seen.iter().any(|s| !s) {
            return fail("a household left without a result");
        }
        // The export names every row and holds no NaN; read again, it gives the same
        // households and the same results.
        for lang in ["zh", "en"] {
            let csv = job.export(&results, lang);
            self.text("export", &csv)?;
            if h.is_multiple_of(8) {
                self.export_round_trip(&csv, &roster.households, &results, criterion)?;
            }
        }
        Ok(())
    }

    fn export_round_trip(
        &mut self,
        csv: &str,
        households: &[hezuo_core::roster::Household],
        results: &[f64],
        criterion: u32,
    ) -> Check {
        let base = Inputs::paper_defaults();
        let again = match import(strip_bom(csv), &base) {
            Ok(r) => r,
            Err(e) => return fail(format!("the export cannot be read again: {e:?}")),
        };
        let mut by_id: BTreeMap<&str, &hezuo_core::roster::Household> = BTreeMap::new();
        for h in &again.households {
            by_id.insert(&h.id, h);
        }
        let mut job = Job::new(csv, base.values(), 0, 1, criterion);
        let mut again_results = Vec::new();
        while !job.finished() {
            again_results.extend(job.step(256));
        }
        let first: BTreeMap<usize, _> = results
            .chunks_exact(RESULT_WIDTH)
            .filter_map(decode)
            .collect();
        let second: Vec<_> = again_results
            .chunks_exact(RESULT_WIDTH)
            .filter_map(decode)
            .collect();
        let mut second_by_id = BTreeMap::new();
        for (i, c) in &second {
            second_by_id.insert(again.households[*i].id.as_str(), *c);
        }
        for (i, h) in households.iter().enumerate() {
            let Some(Ok(best)) = first.get(&i) else {
                continue;
            };
            let Some(back) = by_id.get(h.id.as_str()) else {
                return fail(format!("household {:?} lost in the export", h.id));
            };
            // The export writes the value each household was computed with, blanks filled
            // with the cooperative's inputs: the same inputs either way.
            let (was, now) = (apply(&base, h), apply(&base, back));
            if !same_values(was.values(), now.values()) {
                return fail(format!(
                    "household {:?} read back as {:?}, was {:?}",
                    h.id, back, h
                ));
            }
            match second_by_id.get(h.id.as_str()) {
                Some(Ok(b)) if b.code == best.code && close(b.total, best.total) => {}
                other => {
                    return fail(format!(
                        "household {:?}: {best:?} first, {other:?} from the export",
                        h.id
                    ));
                }
            }
        }
        Ok(())
    }

    // ---- saved scenarios --------------------------------------------------------------------

    fn saved(&mut self, input: &[u8]) -> Check {
        let text = String::from_utf8_lossy(input).into_owned();
        let h = hash(input);
        let mut device = Memory::new(h);
        let before = device.items.clone();
        for v in before.values() {
            self.echo(v);
        }
        let state = AppState::new(Lang::Zh);
        let (view, _) = perform(
            Op::Import(Ok(text.clone())),
            &mut device,
            &state,
            &View::default(),
        );
        // Nothing already there is changed or removed.
        for (k, v) in &before {
            if device.items.get(k) != Some(v) {
                return fail(format!("the import changed or removed {k}"));
            }
            self.tally.kept += 1;
        }
        for lang in [Lang::Zh, Lang::En] {
            for s in &view.status {
                self.text("import message", &s.words(lang))?;
            }
        }
        let added = device.items.len() - before.len();
        // What the file holds, read as the import reads it.
        let parsed = device.parse_json(&text);
        let entries = parsed.as_ref().and_then(|p| read_export(p, 1).ok());
        match (view.status.first(), entries) {
            (
                Some(Said::ImportDone {
                    added: a,
                    same,
                    not,
                }),
                Some(entries),
            ) => {
                self.tally.valid += 1;
                if *a != added {
                    return fail(format!("says {a} added, {added} written"));
                }
                if a + same + not != entries.len() {
                    return fail(format!(
                        "{} entries in the file, {a} + {same} + {not} reported",
                        entries.len()
                    ));
                }
                let skipped_here = entries.iter().filter(|e| e.is_err()).count();
                let skipped_said: Vec<usize> = view
                    .status
                    .iter()
                    .filter_map(|s| match s {
                        Said::ImportSkipped { item, .. } => Some(*item),
                        _ => None,
                    })
                    .collect();
                if skipped_said.len() != skipped_here {
                    return fail(format!(
                        "{skipped_here} entries unreadable, {} reported",
                        skipped_said.len()
                    ));
                }
                for (i, e) in entries.iter().enumerate() {
                    if e.is_err() && !skipped_said.contains(&(i + 1)) {
                        return fail(format!("entry {} skipped without a word", i + 1));
                    }
                }
            }
            (Some(Said::ImportRefused(_)), None) => {
                self.tally.refused += 1;
                if added != 0 {
                    return fail("a refused file wrote entries");
                }
            }
            (first, entries) => {
                return fail(format!(
                    "import said {first:?} for a file read as {:?}",
                    entries.map(|e| e.len())
                ));
            }
        }
        // Everything written reads back.
        let listing = device
            .load()
            .map_err(|e| format!("storage unreadable: {e:?}"))?;
        for (k, _) in device
            .items
            .iter()
            .filter(|(k, _)| !before.contains_key(*k))
        {
            let id = k.strip_prefix(KEY_PREFIX).unwrap_or(k);
            if listing.get(id).is_none() {
                return fail(format!("written entry {k} does not read back"));
            }
        }
        Ok(())
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

fn same_values(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| close(*x, *y))
}

/// The first thing in `s` a page must never show: a number written out as NaN or infinity.
pub fn unshowable(s: &str) -> Option<&'static str> {
    if s.contains("NaN") {
        return Some("NaN");
    }
    if s.contains("Infinity") || s.contains('∞') {
        return Some("Infinity");
    }
    // Rust writes infinity as `inf`: as a word of its own, never a part of "info" or "infant".
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(at) = s[from..].find("inf") {
        let i = from + at;
        let before = i.checked_sub(1).map(|j| b[j]);
        let after = b.get(i + 3).copied();
        let letter = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphabetic());
        if !letter(before) && !letter(after) {
            return Some("inf");
        }
        from = i + 3;
    }
    None
}

/// Storage in memory, as the browser's: holds at most `room` entries (some cases start near
/// full), parses JSON as `JSON.parse` does (no depth limit), and starts with entries derived
/// from the case: readable ones, damaged ones and ones from a newer version.
pub struct Memory {
    /// Key → stored text.
    pub items: BTreeMap<String, String>,
    room: usize,
    clock: std::cell::Cell<u64>,
}

impl Memory {
    fn new(seed: u64) -> Self {
        let mut rng = hezuo_core::model::random::Rng::new(seed);
        let mut items = BTreeMap::new();
        let n = (rng.next_u64() % 6) as usize;
        for i in 0..n {
            let text = match rng.next_u64() % 4 {
                0 => "{\"v\":1,\"name\":\"坏".to_owned(),
                1 => "{\"v\":7,\"name\":\"新版本\",\"query\":\"land=2\",\"saved\":1}".to_owned(),
                _ => entry_json(&Scenario {
                    name: gen::name(&mut rng),
                    query: gen::valid_query(&mut rng),
                    saved: 1_764_000_000_000 + i as u64,
                }),
            };
            items.insert(format!("{KEY_PREFIX}t{i}"), text);
        }
        // A few foreign keys the app must not touch.
        items.insert("other.app".into(), "{}".into());
        let room = if rng.chance(0.2) {
            items.len() + (rng.next_u64() % 3) as usize
        } else {
            usize::MAX
        };
        Memory {
            items,
            room,
            clock: std::cell::Cell::new(1_764_400_000_000),
        }
    }
}

impl Device for Memory {
    fn load(&self) -> Result<Listing, StoreError> {
        let raw = self
            .items
            .iter()
            .map(|(k, v)| (k.clone(), self.parse_json(v)))
            .collect();
        Ok(listing(raw, self.clock.get()))
    }
    fn put(&mut self, id: &str, scenario: &Scenario) -> Result<(), StoreError> {
        let key = format!("{KEY_PREFIX}{id}");
        if !self.items.contains_key(&key) && self.items.len() >= self.room {
            return Err(StoreError::Full);
        }
        self.items.insert(key, entry_json(scenario));
        Ok(())
    }
    fn remove(&mut self, id: &str) -> Result<(), StoreError> {
        self.items.remove(&format!("{KEY_PREFIX}{id}"));
        Ok(())
    }
    fn now(&self) -> u64 {
        self.clock.set(self.clock.get() + 1);
        self.clock.get()
    }
    fn local_day(&self, _ms: u64) -> String {
        "2026-11-30".into()
    }
    fn parse_json(&self, text: &str) -> Option<Value> {
        use serde::Deserialize as _;
        let mut de = serde_json::Deserializer::from_str(text);
        de.disable_recursion_limit();
        let parsed = serde_json::Value::deserialize(&mut de).ok()?;
        de.end().ok()?;
        let v = Value::read(&Json(&parsed));
        // serde_json's Value drops deep trees recursively: unwind them by hand.
        drop_deep(parsed);
        Some(v)
    }
    fn download(&mut self, _file_name: &str, _text: &str) -> bool {
        true
    }
}

/// serde_json's tree as the core's reader sees a parsed value.
struct Json<'a>(&'a serde_json::Value);

impl JsonTree for Json<'_> {
    fn string(&self) -> Option<String> {
        self.0.as_str().map(str::to_owned)
    }
    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.0.as_array().map(|a| a.iter().map(Json).collect())
    }
    fn entries(&self) -> Option<Vec<(String, Self)>> {
        self.0
            .as_object()
            .map(|m| m.iter().map(|(k, v)| (k.clone(), Json(v))).collect())
    }
}

/// Drops a parsed tree without recursion (a 100,000-deep array would overflow the stack).
fn drop_deep(v: serde_json::Value) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Array(items) => stack.extend(items),
            serde_json::Value::Object(map) => stack.extend(map.into_iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

/// Runs `check` on one input, turning a panic into a failure with its message.
pub fn guarded(checker: &mut Checker, way: Way, input: &[u8]) -> Check {
    let run = std::panic::AssertUnwindSafe(|| checker.check(way, input));
    match std::panic::catch_unwind(run) {
        Ok(r) => r,
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "a panic".into());
            // A panic may leave the draws half made: start afresh.
            *checker = Checker {
                tally: checker.tally,
                ..Checker::default()
            };
            Err(format!("panic: {msg}"))
        }
    }
}
