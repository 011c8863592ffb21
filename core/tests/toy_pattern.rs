//! Adding a pattern takes one file and one registry line: with `--features toy-pattern` the
//! registry gains `Z` (`src/model/patterns/toy.rs`, one line in `patterns!`), and every list
//! of patterns follows without another edit: codes and their text, the engine's report and
//! its rankings, break-even pairs, the roster's choice, its messages between threads and its
//! export. (The pages list `REGISTRY`; the chart's stream kinds are an exhaustive `match`; the
//! end-to-end tests read the codes from `report --json`.)
//! Run by `scripts/test.sh`: `cargo test -p hezuo-core --features toy-pattern --test toy_pattern`.
#![cfg(feature = "toy-pattern")]

mod common;

use hezuo_core::model::breakeven::{break_even, BreakEven, Lever};
use hezuo_core::model::params::{Field, Inputs};
use hezuo_core::model::patterns::{Code, COUNT, REGISTRY};
use hezuo_core::model::{evaluate, Lang, Settings};
use hezuo_core::roster::job::{decode, Job, RESULT_WIDTH};

#[test]
fn the_registry_line_declares_the_code_its_text_and_its_place() {
    assert_eq!(COUNT, 9);
    assert_eq!(Code::ALL[8], Code::Z);
    assert_eq!(Code::parse("Z"), Some(Code::Z));
    assert_eq!(Code::Z.as_str(), "Z");
    assert_eq!(Code::from_index(Code::Z.index()), Some(Code::Z));
    assert_eq!(REGISTRY[8].code(), Code::Z);
    assert_eq!(Code::Z.pattern().name().en, "A pattern for tests");
}

#[test]
fn the_report_has_a_row_for_it_and_ranks_it() {
    let v = common::household(&[(Field::Fund, 7_000.0)]);
    let report = evaluate(&v, &Settings::default());
    assert_eq!(report.rows.len(), 9);
    let z = report
        .row(Code::Z)
        .result
        .as_ref()
        .expect("the toy is feasible");
    let c = report.row(Code::C).result.as_ref().expect("C is feasible");
    assert!(z.total > c.total, "ten times C's rate pays more");
    assert!(report.by_expected.contains(&Code::Z));
    assert!(report.by_p10.contains(&Code::Z));
    assert!(report.display_order().contains(&Code::Z));
}

#[test]
fn break_even_compares_it_like_any_other() {
    let v = common::household(&[]);
    let r = break_even(&v, Code::Z, Code::S, Lever::Wage);
    assert!(!matches!(r, BreakEven::Infeasible(..)), "{r:?}");
}

#[test]
fn the_roster_chooses_it_sends_it_between_threads_and_exports_it() {
    let csv = "id,land,adults,wage,registered\nH1,3.9,2,3485,1\nH2,5,3,3200,1\n";
    let base = Inputs::paper_defaults();
    let mut job = Job::new(csv, base.values(), 0, 1, 0);
    let results = job.step(10);
    assert_eq!(results.len(), 2 * RESULT_WIDTH);
    for chunk in results.chunks_exact(RESULT_WIDTH) {
        let (_, choice) = decode(chunk).expect("a result");
        assert_eq!(choice.expect("feasible").code, Code::Z);
    }
    for lang in [Lang::Zh, Lang::En] {
        let out = job.export(&results, lang.code());
        assert!(out.contains(Code::Z.pattern().name().get(lang)), "{out}");
    }
}
