//! Writes a synthetic roster as CSV (UTF-8 with BOM, CRLF) to standard output:
//!
//! ```sh
//! cargo run --release --example roster_gen -- --households 33358 --seed 1 > roster.csv
//! cargo run --release --example roster_gen -- --households 500 --seed 2 --lang en > small.csv
//! ```
//!
//! Defaults: the paper's county (33,358 households), seed 1, Chinese headers. The
//! distributions and their basis are documented in `core/src/roster/synth.rs`.
//! For a GBK file (as Chinese spreadsheet software writes), convert the output, e.g.
//! `iconv -f UTF-8 -t GBK` after removing the BOM, or use `core/tests/fixtures/roster/gbk.csv`.

use std::io::Write;

use hezuo_core::model::Lang;
use hezuo_core::roster::synth::{synthetic, to_csv, COUNTY_HOUSEHOLDS};

const USAGE: &str =
    "usage: roster_gen [--households N] [--seed S] [--lang zh|en]   (N at most 1,000,000)";

#[derive(Debug, PartialEq)]
struct Args {
    households: usize,
    seed: u64,
    lang: Lang,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut out = Args {
        households: COUNTY_HOUSEHOLDS,
        seed: 1,
        lang: Lang::Zh,
    };
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))
        };
        match flag.as_str() {
            "--households" => {
                out.households = value()?
                    .parse()
                    .ok()
                    .filter(|n| *n <= 1_000_000)
                    .ok_or_else(|| format!("--households takes 0 to 1000000\n{USAGE}"))?;
            }
            "--seed" => {
                out.seed = value()?
                    .parse()
                    .map_err(|_| format!("--seed takes a whole number\n{USAGE}"))?;
            }
            "--lang" => {
                out.lang = Lang::from_code(value()?)
                    .ok_or_else(|| format!("--lang takes zh or en\n{USAGE}"))?;
            }
            "--help" | "-h" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    Ok(out)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse(&args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let csv = to_csv(args.lang, &synthetic(args.households, args.seed));
    if let Err(e) = std::io::stdout().lock().write_all(csv.as_bytes()) {
        eprintln!("roster_gen: cannot write: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn arguments() {
        // (case, command line, parsed)
        let ok = [
            (
                "defaults",
                "",
                Args {
                    households: 33_358,
                    seed: 1,
                    lang: Lang::Zh,
                },
            ),
            (
                "all",
                "--households 10 --seed 7 --lang en",
                Args {
                    households: 10,
                    seed: 7,
                    lang: Lang::En,
                },
            ),
        ];
        for (case, line, want) in ok {
            assert_eq!(parse(&args(line)), Ok(want), "{case}");
        }
        for bad in [
            "--households",
            "--households ten",
            "--households 2000000",
            "--seed -1",
            "--lang fr",
            "--gbk",
            "--help",
        ] {
            assert!(parse(&args(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn output_is_a_roster() {
        let a = parse(&args("--households 50 --seed 3")).unwrap();
        let csv = to_csv(a.lang, &synthetic(a.households, a.seed));
        assert!(csv.starts_with("\u{FEFF}户号,土地(亩)"));
        assert_eq!(csv.matches("\r\n").count(), 51);
        let r =
            hezuo_core::roster::import(&csv, &hezuo_core::model::Inputs::paper_defaults()).unwrap();
        assert_eq!(r.households.len(), 50);
        assert!(r.problems.is_empty());
    }
}
