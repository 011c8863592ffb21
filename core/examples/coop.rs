//! What the staff page's cooperative view must show, computed natively, for the end-to-end
//! tests: `cargo run --example coop -- rent=12000` (keys of `docs/coop-fields.md`;
//! `preset=lanya` starts from Lanya's preset) prints `{"need": …, "years": [{"year": 1,
//! "open": …, "start_in": …, "start_out": …, "low": …, "sales": …, "end_out": …, "close": …,
//! "wc": …}, …], "kept": [true, …], "fail": [0.1, …], "any_fail": …, "yearly_fail": …,
//! "holders": 41, "met": false}`.

use hezuo_core::model::coop::cash::YearCash;
use hezuo_core::model::coop::{evaluate, CoopInputs, COOP_SPECS};

fn main() {
    let mut inputs = CoopInputs::paper_defaults();
    for arg in std::env::args().skip(1) {
        let (key, value) = arg.split_once('=').expect("key=value");
        if key == "preset" {
            inputs = match value {
                "lanya" => CoopInputs::lanya(),
                _ => CoopInputs::wandanping(),
            };
            continue;
        }
        let spec = COOP_SPECS
            .iter()
            .find(|s| s.key == key)
            .unwrap_or_else(|| panic!("unknown key {key}"));
        inputs.set(spec.field, value.parse().expect("a number"));
    }
    let report = evaluate(&inputs.check().expect("valid inputs"));
    let years: Vec<String> = report
        .years
        .iter()
        .map(|y| {
            let cells: Vec<String> = YearCash::COLUMNS
                .iter()
                .zip(y.columns())
                .map(|(k, x)| format!("\"{k}\": {x:?}"))
                .collect();
            format!("{{\"year\": {}, {}}}", y.year, cells.join(", "))
        })
        .collect();
    println!(
        "{{\"need\": {:?}, \"years\": [{}], \"kept\": {:?}, \"fail\": {:?}, \"any_fail\": {:?}, \"yearly_fail\": {:?}, \"holders\": {}, \"met\": {}}}",
        report.need,
        years.join(", "),
        report.kept,
        report.fail,
        report.any_fail,
        report.yearly_fail,
        report.incentive.holders,
        report.incentive.met
    );
}
