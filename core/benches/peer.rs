//! The Rust side of the NumPy peer (`bench/peer.sh`, `bench/peer/peer.py`), issue #17's two
//! cases on one core:
//!
//! 1. one household (the paper's defaults), every pattern × 2,000 draws × 3 years: the whole
//!    report, draws kept between calls (a keystroke's work);
//! 2. the county: 33,358 synthetic households (`roster::synth`, seed 2019) × every pattern ×
//!    1,000 draws: each household's expected totals, P10s and best pattern, as a roster
//!    worker computes them (`Batch::choose`).
//!
//! `cargo bench -p hezuo-core --bench peer -- time ROUNDS` prints the best time of each case
//! over ROUNDS rounds; `-- export DIR` writes what the peer reads: the draws (`*_cols.f64`,
//! `*_pays.u8`), every household's coefficients year by year (`*_years.f64`, the engine's
//! `SIM_FIELDS` numbers a year), and the engine's own expected totals and P10s
//! (`*_expected.f64`, `*_p10.f64`) to check the peer against, with `meta.json`.

use std::fs;
use std::hint::black_box;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

use hezuo_core::model::batch::{Batch, Criterion};
use hezuo_core::model::engine::{
    brief, evaluate, sim_coefficients, DrawTable, Scratch, Settings, SIM_FIELDS,
};
use hezuo_core::model::{Inputs, Valid};
use hezuo_core::roster::apply;
use hezuo_core::roster::synth::{synthetic, COUNTY_HOUSEHOLDS};

const ONE_DRAWS: usize = 2_000;
const COUNTY_DRAWS: usize = 1_000;
const SEED: u64 = 2019;

fn county() -> Vec<Valid> {
    let base = Inputs::paper_defaults();
    synthetic(COUNTY_HOUSEHOLDS, SEED)
        .iter()
        .map(|h| {
            apply(&base, h)
                .check()
                .expect("synthetic households are valid")
        })
        .collect()
}

fn one() -> Valid {
    Inputs::paper_defaults().check().expect("valid defaults")
}

fn time(rounds: usize) {
    let v = one();
    let settings = Settings {
        draws: ONE_DRAWS,
        seed: SEED,
    };
    black_box(evaluate(&v, &settings));
    let mut best_one = f64::INFINITY;
    let households = county();
    let county_settings = Settings {
        draws: COUNTY_DRAWS,
        seed: SEED,
    };
    let mut best_county = f64::INFINITY;
    for _ in 0..rounds {
        // Case 1: the median of 101 calls.
        let mut t: Vec<f64> = (0..101)
            .map(|_| {
                let s = Instant::now();
                black_box(evaluate(black_box(&v), &settings));
                s.elapsed().as_secs_f64()
            })
            .collect();
        t.sort_by(f64::total_cmp);
        best_one = best_one.min(t[t.len() / 2]);
        // Case 2: the whole county, as one roster worker runs it.
        let s = Instant::now();
        let mut batch = Batch::new(county_settings, Criterion::Expected);
        for h in &households {
            black_box(batch.choose(black_box(h)).ok());
        }
        best_county = best_county.min(s.elapsed().as_secs_f64());
    }
    println!("one {best_one:.9}");
    println!("county {best_county:.6}");
}

fn write_f64(path: &Path, xs: &[f64]) {
    let mut f = std::io::BufWriter::new(fs::File::create(path).expect("writable"));
    for x in xs {
        f.write_all(&x.to_le_bytes()).expect("written");
    }
}

fn export_case(dir: &Path, name: &str, households: &[Valid], settings: &Settings) -> String {
    let table = DrawTable::for_inputs(&households[0], settings);
    let cols: Vec<f64> = table
        .columns()
        .iter()
        .flat_map(|c| c.iter().flat_map(|col| col.iter().copied()))
        .collect();
    write_f64(&dir.join(format!("{name}_cols.f64")), &cols);
    let pays: Vec<u8> = table.payers().concat();
    fs::write(dir.join(format!("{name}_pays.u8")), pays).expect("written");
    let years = cols.len() / 8 / table.len();
    let mut coef = Vec::new();
    let (mut expected, mut p10) = (Vec::new(), Vec::new());
    let mut scratch = Scratch::default();
    let mut patterns = 0;
    for v in households {
        let sims = sim_coefficients(v);
        patterns = sims.len();
        for (_, y) in &sims {
            match y {
                Some(y) => coef.extend(y.iter().flatten()),
                None => coef.extend(std::iter::repeat_n(f64::NAN, years * SIM_FIELDS)),
            }
        }
        for (_, b) in brief(v, &table, &mut scratch) {
            let (e, p) = b.map_or((f64::NAN, f64::NAN), |b| (b.total, b.p10));
            expected.push(e);
            p10.push(p);
        }
    }
    write_f64(&dir.join(format!("{name}_years.f64")), &coef);
    write_f64(&dir.join(format!("{name}_expected.f64")), &expected);
    write_f64(&dir.join(format!("{name}_p10.f64")), &p10);
    let s = table.spec();
    format!(
        r#""{name}": {{"households": {}, "patterns": {patterns}, "years": {years}, "draws": {}, "fields": {SIM_FIELDS}, "div": [{}, {}], "survival": [{}, {}], "hen_price": [{}, {}], "fail": [{}, {}, {}, {}], "recover": {}}}"#,
        households.len(),
        table.len(),
        s.land_div.0,
        s.land_div.1,
        s.survival.0,
        s.survival.1,
        s.hen_price.0,
        s.hen_price.1,
        s.fail[0],
        s.fail[1],
        s.fail[2],
        s.fail[3],
        s.recover
    )
}

fn export(dir: &Path) {
    fs::create_dir_all(dir).expect("a directory");
    let one = export_case(
        dir,
        "one",
        &[one()],
        &Settings {
            draws: ONE_DRAWS,
            seed: SEED,
        },
    );
    let county = export_case(
        dir,
        "county",
        &county(),
        &Settings {
            draws: COUNTY_DRAWS,
            seed: SEED,
        },
    );
    fs::write(dir.join("meta.json"), format!("{{{one}, {county}}}\n")).expect("written");
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.first().map(String::as_str) {
        Some("export") => export(Path::new(args.get(1).map_or("target/peer", String::as_str))),
        Some("time") => time(args.get(1).map_or(3, |r| r.parse().expect("rounds"))),
        _ => time(3),
    }
}
