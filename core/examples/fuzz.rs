//! The seeded fuzz harness over every way into the core (issue #14): links, the cooperative
//! form, roster files and saved-scenario imports. `scripts/fuzz.sh [N]` runs it.
//!
//! ```text
//! cargo run --profile fuzz -p hezuo-core --example fuzz -- [--inputs N] [--seed S] [--threads T]
//! ```
//!
//! N inputs in all (default 100,000), shared among the ways in by what each costs; T threads
//! (default: the machine's cores), each with its own seed made from S. A failing input is
//! saved in `core/tests/fuzz-regressions/` (way, seed and index in its name), which
//! `cargo test` replays; the run then stops with an error. The figures printed go into README.
#![forbid(unsafe_code)]

#[path = "../tests/harness/mod.rs"]
mod harness;

use std::time::Instant;

use harness::{generate, guarded, Checker, Tally, Way};
use hezuo_core::model::random::Rng;

/// Each way's share of the inputs, in thousandths: the cheap ways get more.
fn share(way: Way) -> u64 {
    match way {
        Way::Link => 450,
        Way::Coop => 150,
        Way::Roster => 50,
        Way::Saved => 350,
    }
}

struct Failure {
    way: Way,
    index: u64,
    seed: u64,
    input: Vec<u8>,
    what: String,
}

fn run(way: Way, seed: u64, count: u64) -> (Tally, f64, Option<Failure>) {
    let mut rng = Rng::new(seed);
    let mut checker = Checker::default();
    let start = Instant::now();
    for index in 0..count {
        let input = generate(way, &mut rng);
        if let Err(what) = guarded(&mut checker, way, &input) {
            let failure = Failure {
                way,
                index,
                seed,
                input,
                what,
            };
            return (checker.tally, start.elapsed().as_secs_f64(), Some(failure));
        }
    }
    (checker.tally, start.elapsed().as_secs_f64(), None)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut inputs, mut seed, mut threads) = (100_000u64, None, None);
    while let Some(a) = args.next() {
        let value = args
            .next()
            .and_then(|v| v.replace('_', "").parse::<u64>().ok());
        match (a.as_str(), value) {
            ("--inputs", Some(n)) => inputs = n,
            ("--seed", Some(s)) => seed = Some(s),
            ("--threads", Some(t)) => threads = Some(t.max(1)),
            _ => {
                eprintln!("usage: fuzz [--inputs N] [--seed S] [--threads T]");
                std::process::exit(2);
            }
        }
    }
    let seed = seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
    });
    let threads = threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get() as u64));
    println!("fuzz: {inputs} inputs, seed {seed}, {threads} threads");
    // Quiet panics: each is caught, reported and saved.
    std::panic::set_hook(Box::new(|_| {}));
    let start = Instant::now();
    let mut jobs = Vec::new();
    for way in Way::ALL {
        let total = inputs * share(way) / 1000;
        for t in 0..threads {
            let count = total / threads + u64::from(t < total % threads);
            let s = seed
                ^ (way as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)
                ^ t.wrapping_mul(0x2545_f491_4f6c_dd1d);
            jobs.push((way, s, count));
        }
    }
    // One thread per core; each takes the next job. Big stacks: JSON nested 50,000 deep.
    let queue = std::sync::Mutex::new(jobs);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            std::thread::Builder::new()
                .stack_size(1 << 30)
                .spawn_scoped(scope, || loop {
                    let Some((way, s, count)) = queue.lock().unwrap().pop() else {
                        break;
                    };
                    let r = run(way, s, count);
                    results.lock().unwrap().push((way, r));
                })
                .expect("a thread");
        }
    });
    let results = results.into_inner().unwrap();
    let mut failed = false;
    println!("| way in | inputs | valid | refused with a message | numbers checked | texts checked | other | thread-seconds |");
    println!("|---|---:|---:|---:|---:|---:|---|---:|");
    let mut all = Tally::default();
    for way in Way::ALL {
        let mut t = Tally::default();
        let mut secs = 0.0;
        for (w, (tally, s, failure)) in &results {
            if *w != way {
                continue;
            }
            t.add(tally);
            secs += s;
            if let Some(f) = failure {
                failed = true;
                save(f);
            }
        }
        let other = match way {
            Way::Link => format!("{} Monte Carlo means", t.mc_checks),
            Way::Roster => format!("{} rows", t.rows),
            Way::Saved => format!("{} saved entries kept", t.kept),
            Way::Coop => String::new(),
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {other} | {secs:.0} |",
            way.name(),
            t.inputs,
            t.valid,
            t.refused,
            t.numbers,
            t.texts
        );
        all.add(&t);
    }
    println!(
        "fuzz: {} inputs in {:.0} s, seed {seed}: {}",
        all.inputs,
        start.elapsed().as_secs_f64(),
        if failed {
            "FAILED"
        } else {
            "0 panics, 0 NaN/∞ shown, 0 invariants broken"
        }
    );
    if failed {
        std::process::exit(1);
    }
}

fn save(f: &Failure) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz-regressions");
    let _ = std::fs::create_dir_all(dir);
    let path = format!("{dir}/{}-{}-{}.case", f.way.name(), f.seed, f.index);
    match std::fs::write(&path, &f.input) {
        Ok(()) => eprintln!(
            "fuzz: {} input {} (seed {}) failed: {}\n  saved as {path}",
            f.way.name(),
            f.index,
            f.seed,
            f.what
        ),
        Err(e) => eprintln!("fuzz: {} failed: {} (not saved: {e})", f.way.name(), f.what),
    }
}
