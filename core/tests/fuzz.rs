//! The fuzz harness's regressions and a short seeded run (issue #14). Long runs:
//! `scripts/fuzz.sh` (`core/examples/fuzz.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod harness;

use harness::{generate, guarded, Checker, Way};
use hezuo_core::model::random::Rng;

/// Every failure a fuzz run saved (`tests/fuzz-regressions/<way>-<seed>-<index>.case`) passes.
#[test]
fn saved_failures_pass() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz-regressions");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).expect("the regressions folder") {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(way) = file.split('-').next().and_then(Way::from_name) else {
            continue;
        };
        let input = std::fs::read(&path).unwrap();
        let replay = move || {
            let mut checker = Checker::default();
            guarded(&mut checker, way, &input)
        };
        let outcome = std::thread::Builder::new()
            .stack_size(1 << 30)
            .spawn(replay)
            .unwrap()
            .join()
            .unwrap();
        if let Err(what) = outcome {
            panic!("{file}: {what}");
        }
        checked += 1;
    }
    assert!(checked > 0, "no saved case replayed");
}

/// A short seeded run of every way in (the long ones are `scripts/fuzz.sh`'s).
#[test]
fn a_short_run_of_every_way_in() {
    // A big stack: the harness's JSON reader (not the app's) recurses into deep nesting.
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(short_run)
        .unwrap()
        .join()
        .unwrap();
}

fn short_run() {
    for (way, n) in [
        (Way::Link, 300),
        (Way::Coop, 100),
        (Way::Roster, 30),
        (Way::Saved, 300),
    ] {
        let mut rng = Rng::new(2026 + way as u64);
        let mut checker = Checker::default();
        for i in 0..n {
            let input = generate(way, &mut rng);
            if let Err(what) = guarded(&mut checker, way, &input) {
                panic!(
                    "{} input {i}: {what}\n{:?}",
                    way.name(),
                    String::from_utf8_lossy(&input)
                );
            }
        }
        assert_eq!(checker.tally.inputs, n);
    }
}

/// The checks can fail: a NaN written out is caught.
#[test]
fn the_text_check_catches_nan_and_infinity() {
    assert_eq!(harness::unshowable("¥NaN"), Some("NaN"));
    assert_eq!(harness::unshowable("total inf yuan"), Some("inf"));
    assert_eq!(harness::unshowable("-inf"), Some("inf"));
    assert_eq!(harness::unshowable("information, infant"), None);
    assert_eq!(harness::unshowable("∞"), Some("Infinity"));
}
