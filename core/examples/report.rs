//! Prints the comparison for the paper's default household (or `key=value` overrides, the
//! same keys as in links, land in mu): `cargo run --example report -- land=10 adults=3`.
//! With `--json`, prints what the results table's `data-yuan` cells must hold, for the
//! end-to-end tests, every registered pattern in registry order (the tests take the pattern
//! codes from here): `{"S": {"per_year": …, "y1": …, "total": …, "p10": …, …}, "B2":
//! {"infeasible": "cash"}, …}` (columns: `hezuo_core::app::results::yuan_cells`).

use hezuo_core::app::results::yuan_cells;
use hezuo_core::model::params::Inputs;
use hezuo_core::model::{evaluate, Field, Settings};

fn main() {
    let mut inputs = Inputs::paper_defaults();
    let json = std::env::args().any(|a| a == "--json");
    for arg in std::env::args().skip(1).filter(|a| a != "--json") {
        let Some((key, value)) = arg.split_once('=') else {
            eprintln!("expected key=value, got {arg}");
            std::process::exit(2);
        };
        let Some(field) = Field::from_key(key) else {
            eprintln!("unknown key {key}");
            std::process::exit(2);
        };
        match hezuo_core::model::parse::parse_number(value) {
            Ok(x) => inputs.set(field, x),
            Err(e) => {
                eprintln!("{key}: {e:?}");
                std::process::exit(2);
            }
        }
    }
    let valid = match inputs.check() {
        Ok(v) => v,
        Err(errors) => {
            for e in errors {
                eprintln!("{:?}: {:?}", e.field, e.kind);
            }
            std::process::exit(2);
        }
    };
    let report = evaluate(&valid, &Settings::default());
    if json {
        let rows: Vec<String> = report
            .rows
            .iter()
            .map(|row| {
                let body = match &row.result {
                    Ok(o) => yuan_cells(o)
                        .into_iter()
                        .map(|(col, x)| format!("\"{col}\": {x:?}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    Err(why) => format!("\"infeasible\": \"{}\"", why.code()),
                };
                format!("\"{}\": {{{}}}", row.code.as_str(), body)
            })
            .collect();
        println!("{{{}}}", rows.join(", "));
        return;
    }
    println!(
        "{:<3} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>8} {:>8} {:>10} {:>6} {:>8}",
        "",
        "per year",
        "total",
        "vs S",
        "P10",
        "P90",
        "NPV",
        "cash",
        "fund",
        "guaranteed",
        "sure",
        "below S"
    );
    for row in &report.rows {
        match &row.result {
            Ok(o) => println!(
                "{:<3} {:>10.0} {:>10.0} {:>10.0} {:>10.0} {:>10.0} {:>10.0} {:>8.0} {:>8.0} {:>10.0} {:>5.1}% {:>7.1}%",
                row.code.as_str(),
                o.per_year,
                o.total,
                o.increase_over_s.unwrap_or(f64::NAN),
                o.spread.p10,
                o.spread.p90,
                o.npv,
                o.cash_needed,
                o.fund_needed,
                o.guaranteed,
                o.guaranteed_chance.unwrap_or(f64::NAN) * 100.0,
                o.spread.below_s.unwrap_or(0.0) * 100.0
            ),
            Err(why) => println!("{:<3} cannot: {:?}", row.code.as_str(), why),
        }
    }
    let names = |codes: &[hezuo_core::model::Code]| {
        codes
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(" > ")
    };
    println!("by expected: {}", names(&report.by_expected));
    println!("by P10:      {}", names(&report.by_p10));
    println!("by cash:     {}", names(&report.by_cash));
}
