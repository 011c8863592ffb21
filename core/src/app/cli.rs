//! The command line's comparison (`cargo run --example report -- land=10 adults=3`): the same
//! keys as links (land in mu), every registered pattern in registry order, in English. A bad
//! argument is refused in the field's own words; a figure that does not exist is a dash, never
//! NaN. With `--json`, what the results table's `data-yuan` cells must hold (for the end-to-end
//! tests): `{"S": {"per_year": …, "total": …, …}, "B2": {"infeasible": "cash"}, …}` (columns:
//! [`yuan_cells`]).

use std::ffi::OsString;

use crate::app::results::yuan_cells;
use crate::i18n::errors::{error, infeasible};
use crate::model::error::FieldError;
use crate::model::form::LandUnit;
use crate::model::params::Inputs;
use crate::model::{evaluate, Field, Lang, Settings};

/// The command line's output for `args` (without the program's name): the text to print, or
/// why the arguments were refused.
pub fn run(args: impl IntoIterator<Item = OsString>) -> Result<String, String> {
    let mut inputs = Inputs::paper_defaults();
    let mut json = false;
    for arg in args {
        let Some(arg) = arg.to_str() else {
            return Err(format!(
                "not a key=value in UTF-8: {}",
                arg.to_string_lossy()
            ));
        };
        if arg == "--json" {
            json = true;
            continue;
        }
        let Some((key, value)) = arg.split_once('=') else {
            return Err(format!("expected key=value, got {arg}"));
        };
        let Some(field) = Field::from_key(key) else {
            return Err(format!("unknown key {key}"));
        };
        match crate::model::parse::parse_number(value) {
            Ok(x) => inputs.set(field, x),
            Err(kind) => return Err(error(Lang::En, &FieldError { field, kind }, LandUnit::Mu)),
        }
    }
    let valid = inputs.check().map_err(|errors| {
        let words: Vec<String> = errors
            .iter()
            .map(|e| error(Lang::En, e, LandUnit::Mu))
            .collect();
        words.join("\n")
    })?;
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
        return Ok(format!("{{{}}}\n", rows.join(", ")));
    }
    let mut out = format!(
        "{:<3} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>8} {:>8} {:>10} {:>6} {:>8}\n",
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
    // A figure that does not exist (S itself cannot be carried out, nothing guaranteed) is a
    // dash, never NaN.
    let or_dash = |x: Option<f64>, width: usize, f: &dyn Fn(f64) -> String| {
        format!("{:>width$}", x.map_or_else(|| "—".to_string(), f))
    };
    let percent = |x: f64| format!("{:.1}%", x * 100.0);
    for row in &report.rows {
        let line = match &row.result {
            Ok(o) => format!(
                "{:<3} {:>10.0} {:>10.0} {} {:>10.0} {:>10.0} {:>10.0} {:>8.0} {:>8.0} {:>10.0} {} {}",
                row.code.as_str(),
                o.per_year,
                o.total,
                or_dash(o.increase_over_s, 10, &|x| format!("{x:.0}")),
                o.spread.p10,
                o.spread.p90,
                o.npv,
                o.cash_needed,
                o.fund_needed,
                o.guaranteed,
                or_dash(o.guaranteed_chance, 6, &percent),
                or_dash(o.spread.below_s, 8, &percent),
            ),
            Err(why) => format!("{:<3} cannot: {}", row.code.as_str(), infeasible(Lang::En, why)),
        };
        out.push_str(&line);
        out.push('\n');
    }
    let names = |codes: &[crate::model::Code]| {
        codes
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(" > ")
    };
    out.push_str(&format!("by expected: {}\n", names(&report.by_expected)));
    out.push_str(&format!("by P10:      {}\n", names(&report.by_p10)));
    out.push_str(&format!("by cash:     {}\n", names(&report.by_cash)));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn a_figure_that_does_not_exist_is_a_dash_never_nan() {
        // S cannot be carried out (not enough cash): "vs S" and "below S" have no value.
        for case in [
            &["land=20", "adults=1", "away=1"][..],
            &["land=10", "cash=0"],
            &["land=60", "years=4", "renew=0"],
        ] {
            let out = run(args(case)).expect("valid arguments");
            assert!(
                !out.contains("NaN") && !out.contains("inf"),
                "{case:?}:\n{out}"
            );
            assert!(
                out.contains("cannot: Not enough"),
                "{case:?}: the reason in words:\n{out}"
            );
        }
    }

    #[test]
    fn bad_arguments_are_refused_in_words() {
        #[cfg(unix)]
        let not_utf8 = {
            use std::os::unix::ffi::OsStringExt;
            OsString::from_vec(b"land=\xff".to_vec())
        };
        #[cfg(not(unix))]
        let not_utf8 = OsString::from("land=\u{fffd}x");
        let cases: [(&str, Vec<OsString>, &str); 5] = [
            (
                "not UTF-8",
                vec![not_utf8],
                if cfg!(unix) { "UTF-8" } else { "Land" },
            ),
            ("no =", args(&["land"]), "expected key=value"),
            ("unknown key", args(&["acres=3"]), "unknown key acres"),
            ("ambiguous separator", args(&["land=3,9"]), "Land"),
            ("negative", args(&["land=-1"]), "Land"),
        ];
        for (name, list, want) in cases {
            let refused = run(list).expect_err(name);
            assert!(refused.contains(want), "{name}: {refused}");
        }
    }

    #[test]
    fn json_lists_every_pattern_in_registry_order() {
        let out = run(args(&["--json", "land=5"])).expect("valid");
        let mut at = 0;
        for code in crate::model::Code::ALL {
            let key = format!("\"{}\": {{", code.as_str());
            let found = out[at..]
                .find(&key)
                .unwrap_or_else(|| panic!("{key} in order in {out}"));
            at += found + key.len();
        }
    }
}
