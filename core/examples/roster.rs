//! What the roster screen must show for a roster, computed natively with the full engine
//! ([`evaluate`] per household, 1,000 draws), for the end-to-end tests. Reads the roster's
//! text (UTF-8) on stdin; `key=value` arguments set the household screen's inputs as in
//! links; `--criterion expected|safest|cash`. Prints JSON:
//! `{"households": [{"row": 2, "id": "H001", "best": "A1", "total": …, "increase": …|null,
//! "p10": …} | {"row": …, "id": …, "infeasible": "labor"}], "problems": [row, …]}` or
//! `{"error": "…"}`.
//!
//! `cargo run --example roster -- --criterion safest < tests/fixtures/roster/bad-rows.csv`

use std::io::Read;

use hezuo_core::model::params::Inputs;
use hezuo_core::model::{evaluate, Field, Settings};
use hezuo_core::roster::job::ROSTER_DRAWS;
use hezuo_core::roster::{apply, import};

fn main() {
    let mut base = Inputs::paper_defaults();
    let mut criterion = "expected".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--criterion" {
            criterion = args.next().unwrap_or_default();
            continue;
        }
        let (key, value) = arg.split_once('=').expect("key=value");
        let field = Field::from_key(key).expect("known key");
        base.set(
            field,
            hezuo_core::model::parse::parse_number(value).expect("number"),
        );
    }
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("UTF-8 text on stdin");
    let roster = match import(&text, &base) {
        Ok(r) => r,
        Err(e) => {
            println!("{{\"error\": {:?}}}", format!("{e:?}"));
            return;
        }
    };
    let settings = Settings {
        draws: ROSTER_DRAWS,
        ..Settings::default()
    };
    let households: Vec<String> = roster
        .households
        .iter()
        .map(|h| {
            let v = apply(&base, h).check().expect("import checked the row");
            let report = evaluate(&v, &settings);
            let ranked = match criterion.as_str() {
                "safest" => &report.by_p10,
                "cash" => &report.by_cash,
                _ => &report.by_expected,
            };
            let head = format!("\"row\": {}, \"id\": {:?}", h.row, h.id);
            match ranked.first().and_then(|c| report.outcome(*c).map(|o| (c, o))) {
                Some((code, o)) => format!(
                    "{{{head}, \"best\": \"{}\", \"total\": {:?}, \"increase\": {}, \"p10\": {:?}}}",
                    code.as_str(),
                    o.total,
                    o.increase_over_s
                        .map_or("null".to_string(), |x| format!("{x:?}")),
                    o.spread.p10
                ),
                None => {
                    let why = report
                        .rows
                        .iter()
                        .find_map(|r| r.result.as_ref().err())
                        .map_or("none", |w| w.code());
                    format!("{{{head}, \"infeasible\": \"{why}\"}}")
                }
            }
        })
        .collect();
    let problems: Vec<String> = roster.problems.iter().map(|p| p.row.to_string()).collect();
    println!(
        "{{\"households\": [{}], \"problems\": [{}]}}",
        households.join(", "),
        problems.join(", ")
    );
}
