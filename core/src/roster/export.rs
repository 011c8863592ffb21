//! Writing rosters: the results CSV, the template and plain household lists.
//!
//! Every file starts with a UTF-8 byte order mark (so Chinese Excel opens it as UTF-8), ends
//! lines with CRLF, and uses commas. A text cell is quoted when it holds a comma, semicolon,
//! tab, quote or line end, and a text cell starting with `=`, `+`, `-` or `@` gets a `'` in
//! front so Excel does not run it as a formula (the importer takes the `'` off again). Numbers
//! are written plainly: inputs with up to four decimals, money in whole yuan, never with
//! thousands separators. Headers are in the user's language (`words`).
//!
//! The results file holds each household's input columns, with the values actually used, so
//! importing it again gives the same households.

use super::columns::Column;
use super::import::{apply, Household, RowProblem};
use crate::model::form::{fixed_point, plain_number};
use crate::model::{Code, Field, Inputs, Lang};
use crate::roster::words;

/// One household's result, as the roster view shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultRow {
    /// The household as imported.
    pub household: Household,
    /// The best pattern by the chosen criterion.
    pub best: Code,
    /// Its expected income over the horizon, yuan.
    pub expected_total: f64,
    /// Its increase over farming as now (S), yuan; `None` when S is not feasible.
    pub increase_over_s: Option<f64>,
    /// Its bad case (10th percentile of the total), yuan.
    pub p10: f64,
}

/// Appends a text cell and a comma, quoted and guarded against formulas as needed.
pub fn push_text(out: &mut String, s: &str) {
    let formula = s.starts_with(['=', '+', '-', '@']);
    let quote = formula || s.contains([',', ';', '\t', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in s.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
    out.push(',');
}

fn push_number(out: &mut String, x: f64, decimals: usize) {
    out.push_str(&plain_number(x, decimals));
    out.push(',');
}

fn push_yuan(out: &mut String, x: f64) {
    out.push_str(&fixed_point(x, 0));
    out.push(',');
}

/// Replaces the last cell's comma with a line end.
fn end_line(out: &mut String) {
    if out.ends_with(',') {
        out.pop();
    }
    out.push_str("\r\n");
}

fn push_headers(out: &mut String, lang: Lang, results: bool) {
    for c in Column::ALL {
        push_text(out, words::header(c).get(lang));
    }
    if results {
        for t in [
            words::COL_BEST,
            words::COL_BEST_NAME,
            words::COL_EXPECTED,
            words::COL_INCREASE,
            words::COL_P10,
            words::COL_PROBLEM,
        ] {
            push_text(out, t.get(lang));
        }
    }
    end_line(out);
}

/// The eight input cells of a household (blank where a value is `None`).
fn push_inputs(
    out: &mut String,
    lang: Lang,
    id: &str,
    numbers: &[Option<f64>; 6],
    reg: Option<bool>,
) {
    push_text(out, id);
    for x in numbers {
        match x {
            Some(x) => push_number(out, *x, 4),
            None => out.push(','),
        }
    }
    if let Some(r) = reg {
        out.push_str(words::flag(lang, r));
    }
    out.push(',');
}

/// A household's eight cells as the export writes them: its id, its inputs as used (`base`
/// with the row's values) and the registered flag in `lang`.
pub fn household_cells(lang: Lang, base: &Inputs, h: &Household) -> [String; 8] {
    let inputs = apply(base, h);
    let mut cells: [String; 8] = Default::default();
    cells[0] = h.id.clone();
    for (cell, c) in cells[1..7].iter_mut().zip(Column::NUMBERS) {
        if let Some(f) = c.field() {
            *cell = plain_number(inputs[f], 4);
        }
    }
    cells[7] = words::flag(lang, inputs.flag(Field::Poor)).to_owned();
    cells
}

/// The results as CSV: one line per data row in file order, a household with its inputs as
/// used (`base` with the row's values, see [`apply`]) and its best pattern, expected total,
/// increase over S and P10; a row with problems with its cells as written (`originals`, by
/// row; land in mu) and the reasons in the last column, so that it can be fixed in the file.
/// `rows` and `problems` are each in file order (as [`super::import`] gives them).
pub fn export_csv(
    lang: Lang,
    base: &Inputs,
    rows: &[ResultRow],
    problems: &[RowProblem],
    originals: &dyn Fn(usize) -> Option<[String; 8]>,
) -> String {
    let mut out = String::with_capacity(64 * (rows.len() + problems.len() + 2));
    out.push('\u{FEFF}');
    push_headers(&mut out, lang, true);
    let (mut i, mut j) = (0, 0);
    while i < rows.len() || j < problems.len() {
        if j == problems.len() || (i < rows.len() && rows[i].household.row < problems[j].row) {
            let r = &rows[i];
            let inputs = apply(base, &r.household);
            let numbers = Column::NUMBERS.map(|c| c.field().map(|f| inputs[f]));
            push_inputs(
                &mut out,
                lang,
                &r.household.id,
                &numbers,
                Some(inputs.flag(Field::Poor)),
            );
            push_text(&mut out, r.best.as_str());
            push_text(&mut out, r.best.pattern().name_for(&inputs).get(lang));
            push_yuan(&mut out, r.expected_total);
            match r.increase_over_s {
                Some(x) => push_yuan(&mut out, x),
                None => out.push(','),
            }
            push_yuan(&mut out, r.p10);
            out.push(',');
            i += 1;
        } else {
            let row = problems[j].row;
            let mut reasons = String::new();
            // The row's cells as written (so that it can be fixed here and read again), or
            // its id alone.
            match originals(row) {
                Some(cells) => {
                    for (cell, column) in cells.iter().zip(Column::ALL) {
                        // A number stays a number (`-2` is not a formula); anything else is
                        // text, guarded.
                        let number = column != Column::Id
                            && matches!(super::columns::number(cell), Ok(Some(_)));
                        if number && !cell.contains([',', '"']) {
                            out.push_str(cell);
                            out.push(',');
                        } else {
                            push_text(&mut out, cell);
                        }
                    }
                    out.push_str(",,,,,");
                }
                None => {
                    push_text(&mut out, problems[j].id.as_deref().unwrap_or(""));
                    out.push_str(",,,,,,,,,,,,");
                }
            }
            while j < problems.len() && problems[j].row == row {
                if !reasons.is_empty() {
                    reasons.push(' ');
                }
                reasons.push_str(&words::row_reason(lang, &problems[j].kind));
                j += 1;
            }
            push_text(&mut out, &reasons);
        }
        end_line(&mut out);
    }
    out
}

/// Households as CSV with the eight input columns (blank where the household has no value of
/// its own): the synthetic rosters' format.
pub fn households_csv(lang: Lang, households: &[Household]) -> String {
    let mut out = String::with_capacity(48 * (households.len() + 2));
    out.push('\u{FEFF}');
    push_headers(&mut out, lang, false);
    for h in households {
        push_inputs(&mut out, lang, &h.id, &h.numbers(), h.registered);
        end_line(&mut out);
    }
    out
}

/// The template to download: the eight columns' headers in `lang` and three example
/// households (an average registered one, a larger one with more labor and savings, a small
/// unregistered one whose adults stay home).
pub fn template_csv(lang: Lang) -> String {
    let example = |id: &str, n: [f64; 6], reg| Household {
        row: 0,
        id: id.into(),
        land_mu: n[0],
        adults: n[1],
        wage: Some(n[2]),
        months: Some(n[3]),
        cash: Some(n[4]),
        fund: Some(n[5]),
        registered: Some(reg),
    };
    households_csv(
        lang,
        &[
            example("A001", [3.9, 2.0, 3_485.0, 10.0, 3_000.0, 7_000.0], true),
            example("A002", [8.5, 3.0, 3_200.0, 9.0, 12_000.0, 7_000.0], true),
            example("A003", [1.5, 1.0, 0.0, 0.0, 500.0, 0.0], false),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::import::{import, RowErrorKind};

    fn cell(s: &str) -> String {
        let mut out = String::new();
        push_text(&mut out, s);
        out
    }

    #[test]
    fn text_cells_are_escaped() {
        // (case, text, cell)
        let cases = [
            ("plain", "A01", "A01,"),
            ("chinese", "张三", "张三,"),
            ("comma", "a,b", "\"a,b\","),
            ("semicolon", "a;b", "\"a;b\","),
            ("quote", "5\"", "\"5\"\"\","),
            ("line end", "a\nb", "\"a\nb\","),
            ("formula", "=1+1", "\"'=1+1\","),
            ("plus", "+86", "\"'+86\","),
            ("minus", "-3", "\"'-3\","),
            ("at", "@cmd", "\"'@cmd\","),
            ("formula with quote", "=\"x\"", "\"'=\"\"x\"\"\","),
        ];
        for (case, text, want) in cases {
            assert_eq!(cell(text), want, "{case}");
        }
    }

    fn result(h: &Household, best: Code, total: f64) -> ResultRow {
        ResultRow {
            household: h.clone(),
            best,
            expected_total: total,
            increase_over_s: (best != Code::S).then_some(total - 20_000.0),
            p10: total * 0.8,
        }
    }

    #[test]
    fn results_file() {
        let base = Inputs::paper_defaults();
        let r = import("id,land,adults\nA1,3.9,2\nA2,x,2\nA3,2,1\n", &base).unwrap();
        let rows: Vec<ResultRow> = vec![
            result(&r.households[0], Code::A1, 25_432.6),
            result(&r.households[1], Code::S, 18_000.4),
        ];
        let zh = export_csv(Lang::Zh, &base, &rows, &r.problems, &|row| {
            r.original(row).cloned()
        });
        assert!(zh.starts_with('\u{FEFF}'));
        let lines: Vec<&str> = zh[3..].split("\r\n").collect();
        assert_eq!(
            lines.len(),
            5,
            "header, three rows, and the final line end: {zh}"
        );
        assert_eq!(lines[4], "");
        assert!(!zh.replace("\r\n", "").contains('\n'));
        assert_eq!(
            lines[0],
            "户号,土地(亩),劳动力(人),外出月工资(元/月),外出月数,手头现金(元),扶持资金(元),建档立卡(是/否),最佳方式,方式名称,预计总收入(元),比现在多(元),差年景P10(元),问题"
        );
        assert!(
            lines[1].starts_with("A1,3.9,2,3485,10,3000,7000,是,A1,")
                && lines[1].ends_with(",25433,5433,20346,"),
            "{}",
            lines[1]
        );
        assert!(
            lines[2].starts_with("A2,x,2,,,,,,,,,,,土地「x」"),
            "the bad row's cells as written: {}",
            lines[2]
        );
        assert!(
            lines[3].ends_with(",S,维持现状,18000,,14400,"),
            "{}",
            lines[3]
        );
        for line in &lines[..4] {
            let cells = crate::roster::csv::records(line, ',').unwrap();
            assert_eq!(cells[0].fields.len(), 14, "{line}");
        }
        let en = export_csv(Lang::En, &base, &rows, &r.problems, &|row| {
            r.original(row).cloned()
        });
        assert!(en.contains("\r\nA1,3.9,2,3485,10,3000,7000,yes,A1,"));
        assert!(en.contains("land “x” is not a number"));
    }

    #[test]
    fn export_then_import_gives_the_same_households() {
        let base = Inputs::paper_defaults();
        let text = "\u{FEFF}户号;土地(公顷);劳动力;月工资;外出月数;现金;扶持资金;建档立卡\r\n\
                    =danger;0.26;2;3,485;10;;;是\r\n\
                    \"张,三\";1.2345;3;;8;12000;;否\r\n\
                    A3;0.1;1;4000;;500;5000;\r\n\
                    bad;abc;1;;;;;\r\n\
                    \r\n\
                    A1;0.5;0;;;;;1\r\n\
                    A3;1;1;;;;;1\r\n";
        let first = import(text, &base).unwrap();
        assert_eq!(first.households.len(), 4);
        assert_eq!(first.problems.len(), 2);
        let rows: Vec<ResultRow> = first
            .households
            .iter()
            .enumerate()
            .map(|(i, h)| {
                result(
                    h,
                    [Code::A1, Code::S, Code::B2, Code::C][i],
                    20_000.0 + i as f64,
                )
            })
            .collect();
        for lang in [Lang::Zh, Lang::En] {
            let file = export_csv(lang, &base, &rows, &first.problems, &|row| {
                first.original(row).cloned()
            });
            let again = import(&file, &base).unwrap();
            assert_eq!(again.households.len(), first.households.len(), "{lang:?}");
            for (a, b) in first.households.iter().zip(&again.households) {
                assert_eq!(a.id, b.id);
                let (x, y) = (apply(&base, a), apply(&base, b));
                for f in Field::ALL {
                    assert!(
                        (x[f] - y[f]).abs() < 5e-5,
                        "{lang:?} {} {f:?}: {} vs {}",
                        a.id,
                        x[f],
                        y[f]
                    );
                }
            }
            // The rows with problems are still rows with problems, with their ids.
            let bad: Vec<(Option<&str>, bool)> = again
                .problems
                .iter()
                .map(|p| {
                    (
                        p.id.as_deref(),
                        matches!(p.kind, RowErrorKind::DuplicateId { .. }),
                    )
                })
                .collect();
            assert!(bad.contains(&(Some("bad"), false)), "{bad:?}");
            assert!(bad.contains(&(Some("A3"), true)), "{bad:?}");
        }
    }

    #[test]
    fn template_reads_back() {
        let base = Inputs::paper_defaults();
        for lang in [Lang::Zh, Lang::En] {
            let t = template_csv(lang);
            assert!(t.starts_with('\u{FEFF}') && t.ends_with("\r\n"));
            let r = import(&t, &base).unwrap();
            assert_eq!(r.households.len(), 3, "{lang:?}");
            assert!(r.problems.is_empty() && r.defaulted.is_empty(), "{lang:?}");
            assert_eq!(r.households[2].registered, Some(false));
        }
        assert!(template_csv(Lang::En).contains("\r\nA001,3.9,2,3485,10,3000,7000,yes\r\n"));
        assert!(template_csv(Lang::Zh).contains("\r\nA003,1.5,1,0,0,500,0,否\r\n"));
    }
}
