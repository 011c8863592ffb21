//! Many households at once (a cooperative's roster): for each, the best pattern by a chosen
//! criterion, with its expected total, increase over the status quo `S` and P10 — exactly the
//! figures [`evaluate`](super::evaluate) gives that household with the same settings, because
//! the Monte Carlo draws are shared (common random numbers, one [`DrawTable`] for all).
//!
//! Ranking follows the household screen: by expected total (highest first), by P10 (safest
//! first) or by cash needed (least first); ties keep registry order.

use super::engine::{brief, Brief, DrawTable, Scratch, Settings};
use super::error::Infeasible;
use super::params::Valid;
use super::patterns::Code;

/// What "best" means for a roster.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Criterion {
    /// Highest expected income over the horizon.
    #[default]
    Expected,
    /// Highest P10: the best bad case.
    Safest,
    /// Least cash needed up front.
    LeastCash,
}

impl Criterion {
    /// Every criterion, in the order the UI offers them.
    pub const ALL: [Criterion; 3] = [Criterion::Expected, Criterion::Safest, Criterion::LeastCash];

    /// Stable number for messages between threads.
    pub fn index(self) -> u32 {
        self as u32
    }

    /// The criterion of [`index`](Self::index), if any.
    pub fn from_index(i: u32) -> Option<Criterion> {
        Criterion::ALL.get(i as usize).copied()
    }

    fn key(self, b: &Brief) -> f64 {
        match self {
            Criterion::Expected => b.total,
            Criterion::Safest => b.p10,
            Criterion::LeastCash => -b.cash_needed,
        }
    }
}

/// The best pattern for one household.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Best {
    /// The pattern.
    pub code: Code,
    /// Its expected income over the horizon, yuan.
    pub total: f64,
    /// Its expected total minus the status quo's (None when `S` cannot run).
    pub increase_over_s: Option<f64>,
    /// The 10th percentile of its total, yuan.
    pub p10: f64,
    /// Cash it needs up front, yuan.
    pub cash_needed: f64,
}

/// One household's outcome: its best pattern, or why none fits (the status quo's reason).
pub type Choice = Result<Best, Infeasible>;

/// Evaluates households one after another, reusing the draws and scratch space.
#[derive(Debug)]
pub struct Batch {
    settings: Settings,
    criterion: Criterion,
    table: Option<DrawTable>,
    scratch: Scratch,
}

impl Batch {
    /// A batch with these Monte Carlo settings and criterion.
    pub fn new(settings: Settings, criterion: Criterion) -> Self {
        Batch {
            settings,
            criterion,
            table: None,
            scratch: Scratch::default(),
        }
    }

    /// The best pattern for `v`, or why no pattern fits.
    pub fn choose(&mut self, v: &Valid) -> Choice {
        let table = match &mut self.table {
            Some(t) => {
                t.refresh(v, &self.settings);
                t
            }
            None => self.table.insert(DrawTable::for_inputs(v, &self.settings)),
        };
        let briefs = brief(v, table, &mut self.scratch);
        choose(&briefs, self.criterion)
    }
}

/// Picks the best of `briefs` (registry order) by `criterion`; ties keep the earlier one.
pub fn choose(briefs: &[(Code, Result<Brief, Infeasible>)], criterion: Criterion) -> Choice {
    let s_total = briefs
        .iter()
        .find(|(c, _)| *c == Code::S)
        .and_then(|(_, r)| r.as_ref().ok())
        .map(|b| b.total);
    let mut best: Option<(Code, &Brief)> = None;
    for (code, r) in briefs {
        if let Ok(b) = r {
            if best.is_none_or(|(_, x)| criterion.key(b) > criterion.key(x)) {
                best = Some((*code, b));
            }
        }
    }
    match best {
        Some((code, b)) => Ok(Best {
            code,
            total: b.total,
            increase_over_s: s_total.map(|s| b.total - s),
            p10: b.p10,
            cash_needed: b.cash_needed,
        }),
        None => Err(briefs
            .iter()
            .find_map(|(_, r)| r.as_ref().err().copied())
            .expect("every pattern failed, so there is a reason")),
    }
}

/// The cooperative's totals over a roster's results: households with a result, households no
/// pattern fits, and per pattern chosen the households and their expected totals, increases
/// over `S` and P10s summed (a sum of P10s is not the P10 of the sum: it is shown per pattern
/// only as "if every household had a bad case").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    /// Households with a best pattern.
    pub households: usize,
    /// Households no pattern fits.
    pub none_fit: usize,
    /// Per pattern chosen, in registry order (patterns nobody got are left out).
    pub by_code: Vec<CodeTotal>,
    /// Every household with a result.
    pub all: CodeTotal,
}

/// Sums over the households whose best pattern is `code` (or over all of them).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CodeTotal {
    /// The pattern (`S` for the line over all households).
    pub code: Code,
    /// Households.
    pub households: usize,
    /// Expected income over the horizon, summed.
    pub total: f64,
    /// Increase over `S`, summed over households where `S` can run.
    pub increase: f64,
    /// P10s summed.
    pub p10: f64,
}

impl Default for CodeTotal {
    fn default() -> Self {
        CodeTotal {
            code: Code::S,
            households: 0,
            total: 0.0,
            increase: 0.0,
            p10: 0.0,
        }
    }
}

impl CodeTotal {
    fn add(&mut self, b: &Best) {
        self.households += 1;
        self.total += b.total;
        self.increase += b.increase_over_s.unwrap_or(0.0);
        self.p10 += b.p10;
    }
}

/// Sums the results of a roster.
pub fn totals<'a>(choices: impl IntoIterator<Item = &'a Choice>) -> Totals {
    let mut by = [CodeTotal::default(); super::patterns::REGISTRY.len()];
    let mut t = Totals::default();
    for c in choices {
        match c {
            Ok(b) => {
                t.households += 1;
                t.all.add(b);
                let slot = &mut by[b.code.index()];
                slot.code = b.code;
                slot.add(b);
            }
            Err(_) => t.none_fit += 1,
        }
    }
    t.by_code = by.into_iter().filter(|c| c.households > 0).collect();
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::{Field, Inputs};
    use crate::model::{evaluate, Report};

    fn report_best(r: &Report, c: Criterion) -> Option<Code> {
        match c {
            Criterion::Expected => r.by_expected.first().copied(),
            Criterion::Safest => r.by_p10.first().copied(),
            Criterion::LeastCash => r.by_cash.first().copied(),
        }
    }

    #[test]
    fn the_batch_agrees_with_the_full_report() {
        let settings = Settings {
            draws: 300,
            seed: 7,
        };
        // (case, land mu, adults, away, cash)
        let cases = [
            ("defaults", 3.9, 2.0, 1.0, 3_000.0),
            ("much land, no one away", 15.0, 3.0, 0.0, 20_000.0),
            ("little land, both away", 0.5, 2.0, 2.0, 0.0),
            ("one adult, no cash", 2.0, 1.0, 0.0, 0.0),
        ];
        for criterion in Criterion::ALL {
            let mut batch = Batch::new(settings, criterion);
            for (case, land, adults, away, cash) in cases {
                let mut i = Inputs::paper_defaults();
                i.set(Field::Land, land);
                i.set(Field::Adults, adults);
                i.set(Field::Away, away);
                i.set(Field::Cash, cash);
                let v = i.check().expect(case);
                let report = evaluate(&v, &settings);
                let got = batch.choose(&v).expect(case);
                assert_eq!(Some(got.code), report_best(&report, criterion), "{case}");
                let o = report.outcome(got.code).expect(case);
                assert_eq!(got.total, o.total, "{case}");
                assert_eq!(got.p10, o.spread.p10, "{case}");
                assert_eq!(got.increase_over_s, o.increase_over_s, "{case}");
                assert_eq!(got.cash_needed, o.cash_needed, "{case}");
            }
        }
    }

    #[test]
    fn totals_add_up() {
        let best = |code, total, inc| -> Choice {
            Ok(Best {
                code,
                total,
                increase_over_s: inc,
                p10: total / 2.0,
                cash_needed: 0.0,
            })
        };
        let none: Choice = Err(Infeasible::Cash {
            need: 10.0,
            have: 0.0,
        });
        let choices = [
            best(Code::A1, 100.0, Some(10.0)),
            best(Code::B1, 50.0, None),
            none,
            best(Code::A1, 300.0, Some(30.0)),
        ];
        let t = totals(&choices);
        assert_eq!((t.households, t.none_fit), (3, 1));
        assert_eq!(
            (t.all.total, t.all.increase, t.all.p10),
            (450.0, 40.0, 225.0)
        );
        let codes: Vec<(Code, usize, f64)> = t
            .by_code
            .iter()
            .map(|c| (c.code, c.households, c.total))
            .collect();
        assert_eq!(codes, vec![(Code::A1, 2, 400.0), (Code::B1, 1, 50.0)]);
    }

    #[test]
    fn no_pattern_fits_gives_a_reason() {
        // No adults to farm the land: even the status quo cannot run.
        let mut i = Inputs::paper_defaults();
        i.set(Field::Adults, 0.0);
        i.set(Field::Away, 0.0);
        i.set(Field::Land, 30.0);
        let v = i.check().expect("valid");
        let report = evaluate(&v, &Settings::default());
        let got = Batch::new(Settings::default(), Criterion::Expected).choose(&v);
        match report.by_expected.first() {
            Some(code) => assert_eq!(got.map(|b| b.code), Ok(*code)),
            None => assert!(got.is_err()),
        }
    }
}
