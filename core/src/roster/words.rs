//! Every visible string of the member roster: the column names the template and the export
//! write, the file-level errors and the reasons a row is refused, in both languages. Fixed
//! strings are [`Text`]; sentences with values are functions matching on [`Lang`].

use crate::i18n::errors as words;
use crate::i18n::format::group_thousands;
use crate::model::error::FieldError;
use crate::model::form::LandUnit;
use crate::model::text::t;
use crate::model::{Lang, Text};
use crate::roster::{Column, ImportError, RowErrorKind, RowProblem, MAX_ROWS};

/// The header the app writes for a column (template and export); the importer reads it back.
pub fn header(c: Column) -> Text {
    match c {
        Column::Id => t("户号", "id"),
        Column::Land => t("土地(亩)", "land (mu)"),
        Column::Adults => t("劳动力(人)", "adults"),
        Column::Wage => t("外出月工资(元/月)", "wage (yuan/month)"),
        Column::Months => t("外出月数", "months"),
        Column::Cash => t("手头现金(元)", "cash (yuan)"),
        Column::Fund => t("扶持资金(元)", "fund (yuan)"),
        Column::Registered => t("建档立卡(是/否)", "registered (yes/no)"),
    }
}

/// A column's name in a sentence.
pub fn name(c: Column) -> Text {
    match c {
        Column::Id => t("户号", "id"),
        Column::Land => t("土地", "land"),
        Column::Adults => t("劳动力", "adults"),
        Column::Wage => t("外出月工资", "wage"),
        Column::Months => t("外出月数", "months"),
        Column::Cash => t("手头现金", "cash"),
        Column::Fund => t("扶持资金", "fund"),
        Column::Registered => t("建档立卡", "registered"),
    }
}

/// A registered flag as written: 是/否, yes/no.
pub fn flag(lang: Lang, yes: bool) -> &'static str {
    match (lang, yes) {
        (Lang::Zh, true) => "是",
        (Lang::Zh, false) => "否",
        (Lang::En, true) => "yes",
        (Lang::En, false) => "no",
    }
}

/// Export column: the best pattern's code.
pub const COL_BEST: Text = t("最佳方式", "best pattern");
/// Export column: the best pattern's name.
pub const COL_BEST_NAME: Text = t("方式名称", "pattern name");
/// Export column: expected total income over the horizon.
pub const COL_EXPECTED: Text = t("预计总收入(元)", "expected total (yuan)");
/// Export column: the increase over farming as now.
pub const COL_INCREASE: Text = t("比现在多(元)", "more than now (yuan)");
/// Export column: the bad case.
pub const COL_P10: Text = t("差年景P10(元)", "bad case P10 (yuan)");
/// Export column: why a row has no result.
pub const COL_PROBLEM: Text = t("问题", "problem");

/// Cell text quoted in a message, at most 24 characters.
fn short(s: &str) -> String {
    match s.char_indices().nth(24) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

fn names(lang: Lang, cs: &[Column]) -> String {
    let sep = match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    };
    let v: Vec<&str> = cs.iter().map(|c| name(*c).get(lang)).collect();
    v.join(sep)
}

/// The message for a file that cannot be read.
pub fn import_error(lang: Lang, e: &ImportError) -> String {
    use ImportError as E;
    match (lang, e) {
        (Lang::Zh, E::Empty) => "文件是空的，没有内容。".into(),
        (Lang::En, E::Empty) => "The file is empty.".into(),
        (Lang::Zh, E::Utf16) => "这个文件是 UTF-16（Excel 的“Unicode 文本”）格式，读不了。请在 Excel 里另存为“CSV UTF-8”或“CSV”再选它。".into(),
        (Lang::En, E::Utf16) => "This file is UTF-16 (Excel's “Unicode text”), which cannot be read. In Excel, save it as “CSV UTF-8” or “CSV” and choose it again.".into(),
        (Lang::Zh, E::MixedEncoding { row }) => format!("这个文件混了两种编码：第一行是 UTF-8，第 {row} 行不是（可能是从 GBK 文件贴进来的）。请在表格软件里打开，整个另存为“CSV UTF-8”再选它。"),
        (Lang::En, E::MixedEncoding { row }) => format!("This file mixes two encodings: the first row is UTF-8 but row {row} is not (perhaps pasted from a GBK file). Open it in a spreadsheet and save the whole file as “CSV UTF-8”, then choose it again."),
        (Lang::Zh, E::NoHeader) => "第一行没有认出列名。第一行要写列名，例如 户号、土地、劳动力（可下载模板对照）。".into(),
        (Lang::En, E::NoHeader) => "The first row names no column this calculator knows. The first row must name the columns, such as id, land, adults (download the template to compare).".into(),
        (Lang::Zh, E::MissingColumns(cs)) => format!("缺少必填的列：{}。户号、土地、劳动力这三列必须有。", names(lang, cs)),
        (Lang::En, E::MissingColumns(cs)) => format!("Required columns missing: {}. A roster needs id, land and adults.", names(lang, cs)),
        (Lang::Zh, E::DuplicateColumn { column, first, second }) => format!(
            "「{}」和「{}」都是{}列，请删掉或改名其中一个。",
            short(first), short(second), name(*column).zh
        ),
        (Lang::En, E::DuplicateColumn { column, first, second }) => format!(
            "“{}” and “{}” both name the {} column: delete or rename one of them.",
            short(first), short(second), name(*column).en
        ),
        (Lang::Zh, E::BadUnit { header }) => format!(
            "列名「{}」里的单位看不懂：土地写 亩 或 公顷，钱写 元，外出时间写 月。",
            short(header)
        ),
        (Lang::En, E::BadUnit { header }) => format!(
            "The unit in the column name “{}” is not understood: land in mu or ha, money in yuan, time away in months.",
            short(header)
        ),
        (Lang::Zh, E::NoRows) => "文件只有列名，没有农户。".into(),
        (Lang::En, E::NoRows) => "The file has the column names but no households.".into(),
        (Lang::Zh, E::TooManyRows { rows }) => format!(
            "文件有 {} 行农户，超过了上限 {} 行。请分成几个文件。",
            group_thousands(*rows as i64), group_thousands(MAX_ROWS as i64)
        ),
        (Lang::En, E::TooManyRows { rows }) => format!(
            "The file has {} household rows, over the limit of {}. Split it into several files.",
            group_thousands(*rows as i64), group_thousands(MAX_ROWS as i64)
        ),
        (Lang::Zh, E::UnclosedQuote { row }) => format!(
            "第 {row} 行有一个引号（\"）没有配对，从这里往后都读不出来。请检查这一行。"
        ),
        (Lang::En, E::UnclosedQuote { row }) => format!(
            "Row {row} opens a quote (\") that is never closed, so nothing from there on can be read. Check that row."
        ),
    }
}

/// Why a row is refused, without the row number (the export's problem column).
pub fn row_reason(lang: Lang, k: &RowErrorKind) -> String {
    use RowErrorKind as K;
    match (lang, k) {
        (Lang::Zh, K::WrongFieldCount { expected, found }) => format!(
            "这一行有 {found} 格，表头有 {expected} 格，可能多了或少了分隔符；这一行没有读。"
        ),
        (Lang::En, K::WrongFieldCount { expected, found }) => format!(
            "this row has {found} cells but the header has {expected}: a separator is missing or extra; the row was not read."
        ),
        (Lang::Zh, K::EmptyId) => "没有户号。".into(),
        (Lang::En, K::EmptyId) => "no id.".into(),
        (Lang::Zh, K::DuplicateId { first_row }) => {
            format!("户号和第 {first_row} 行重复，只算第 {first_row} 行。")
        }
        (Lang::En, K::DuplicateId { first_row }) => {
            format!("the id repeats row {first_row}'s; only row {first_row} is counted.")
        }
        (Lang::Zh, K::EmptyValue { column }) => format!("{}没有填。", name(*column).zh),
        (Lang::En, K::EmptyValue { column }) => format!("{} is empty.", name(*column).en),
        (Lang::Zh, K::BadNumber { column, text }) => format!(
            "{}「{}」不是数字（只填数字，单位看表头；千位用逗号时每组三位）。",
            name(*column).zh,
            short(text)
        ),
        (Lang::En, K::BadNumber { column, text }) => format!(
            "{} “{}” is not a number (numbers only, the unit is in the header; commas only between groups of three digits).",
            name(*column).en,
            short(text)
        ),
        (Lang::Zh, K::BadFlag { text }) => {
            format!("建档立卡「{}」要填 是 或 否（也可以填 1 或 0）。", short(text))
        }
        (Lang::En, K::BadFlag { text }) => {
            format!("registered “{}” must be yes or no (or 1 or 0).", short(text))
        }
        (_, K::NoPatternFits(why)) => words::infeasible(lang, why),
        (_, K::OutOfBounds { column, kind }) => match column.field() {
            Some(field) => words::error(lang, &FieldError { field, kind: *kind }, LandUnit::Mu),
            None => name(*column).get(lang).into(),
        },
    }
}

/// One row's problem with its row number and id: `第 7 行（户号 A12）：土地「abc」不是数字…`.
pub fn row_problem(lang: Lang, p: &RowProblem) -> String {
    let reason = row_reason(lang, &p.kind);
    match (lang, &p.id) {
        (Lang::Zh, Some(id)) => format!("第 {} 行（户号 {}）：{reason}", p.row, short(id)),
        (Lang::Zh, None) => format!("第 {} 行：{reason}", p.row),
        (Lang::En, Some(id)) => format!("Row {} ({}): {reason}", p.row, short(id)),
        (Lang::En, None) => format!("Row {}: {reason}", p.row),
    }
}

/// Summary after an import: households read, rows with problems.
pub fn summary(lang: Lang, households: usize, bad_rows: usize) -> String {
    let (h, b) = (
        group_thousands(households as i64),
        group_thousands(bad_rows as i64),
    );
    match lang {
        Lang::Zh if bad_rows == 0 => format!("读入 {h} 户，没有问题。"),
        Lang::Zh => format!("读入 {h} 户；{b} 行有问题没有计算，见下面的清单。"),
        Lang::En if bad_rows == 0 => format!("{h} households read, no problems."),
        Lang::En => format!(
            "{h} households read; {b} rows have problems and were not computed (listed below)."
        ),
    }
}

/// Columns not in the file: everyone takes the current value for them (empty when none).
pub fn defaulted(lang: Lang, cs: &[Column]) -> String {
    if cs.is_empty() {
        return String::new();
    }
    match lang {
        Lang::Zh => format!(
            "文件里没有 {} 列，每户都用上面设置里的数。",
            names(lang, cs)
        ),
        Lang::En => format!(
            "The file has no {} column: every household takes the value set above.",
            names(lang, cs)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::error::ErrorKind;
    use crate::model::Inputs;
    use crate::roster::import;

    #[test]
    fn row_messages() {
        let p = |row, id: Option<&str>, kind| RowProblem {
            row,
            id: id.map(String::from),
            kind,
        };
        // (case, lang, problem, message)
        let cases = [
            (
                "bad number zh",
                Lang::Zh,
                p(7, None, RowErrorKind::BadNumber { column: Column::Land, text: "abc".into() }),
                "第 7 行：土地「abc」不是数字（只填数字，单位看表头；千位用逗号时每组三位）。",
            ),
            (
                "bad number en",
                Lang::En,
                p(7, None, RowErrorKind::BadNumber { column: Column::Land, text: "abc".into() }),
                "Row 7: land “abc” is not a number (numbers only, the unit is in the header; commas only between groups of three digits).",
            ),
            (
                "duplicate with id",
                Lang::Zh,
                p(9, Some("A1"), RowErrorKind::DuplicateId { first_row: 2 }),
                "第 9 行（户号 A1）：户号和第 2 行重复，只算第 2 行。",
            ),
            (
                "bounds, household screen's words",
                Lang::En,
                p(3, Some("B"), RowErrorKind::OutOfBounds { column: Column::Land, kind: ErrorKind::AboveMax(10_000.0) }),
                "Row 3 (B): Land can be at most 10,000 mu: check for extra zeros.",
            ),
            (
                "long text cut",
                Lang::En,
                p(4, None, RowErrorKind::BadFlag { text: "x".repeat(30) }),
                "Row 4: registered “xxxxxxxxxxxxxxxxxxxxxxxx…” must be yes or no (or 1 or 0).",
            ),
        ];
        for (case, lang, problem, want) in cases {
            assert_eq!(row_problem(lang, &problem), want, "{case}");
        }
    }

    #[test]
    fn every_message_in_both_languages() {
        let errors = [
            ImportError::Empty,
            ImportError::NoHeader,
            ImportError::MissingColumns(vec![Column::Land, Column::Adults]),
            ImportError::DuplicateColumn {
                column: Column::Land,
                first: "土地".into(),
                second: "land".into(),
            },
            ImportError::BadUnit {
                header: "现金(万元)".into(),
            },
            ImportError::NoRows,
            ImportError::TooManyRows { rows: 100_001 },
            ImportError::UnclosedQuote { row: 3 },
            ImportError::Utf16,
            ImportError::MixedEncoding { row: 5 },
        ];
        for e in &errors {
            let (zh, en) = (import_error(Lang::Zh, e), import_error(Lang::En, e));
            assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{e:?}");
        }
        assert_eq!(
            import_error(Lang::Zh, &errors[2]),
            "缺少必填的列：土地、劳动力。户号、土地、劳动力这三列必须有。"
        );
        assert!(import_error(Lang::En, &errors[6]).contains("100,001"));
        assert_eq!(defaulted(Lang::Zh, &[]), "");
        assert_eq!(
            defaulted(Lang::Zh, &[Column::Wage, Column::Fund]),
            "文件里没有 外出月工资、扶持资金 列，每户都用上面设置里的数。"
        );
        let bad = import(
            include_str!("../../tests/fixtures/roster/bad-rows.csv"),
            &Inputs::paper_defaults(),
        )
        .unwrap();
        for p in &bad.problems {
            let (zh, en) = (row_problem(Lang::Zh, p), row_problem(Lang::En, p));
            assert!(zh.starts_with(&format!("第 {} 行", p.row)), "{zh}");
            assert!(en.starts_with(&format!("Row {}", p.row)), "{en}");
        }
    }

    #[test]
    fn headers_read_back_as_their_columns() {
        for lang in [Lang::Zh, Lang::En] {
            let cells: Vec<String> = Column::ALL
                .iter()
                .map(|c| header(*c).get(lang).to_string())
                .collect();
            let l = crate::roster::columns::layout(&cells).unwrap();
            for (i, c) in Column::ALL.into_iter().enumerate() {
                assert_eq!(l.get(c), Some(i), "{lang:?} {c:?}");
            }
            let results = [
                COL_BEST,
                COL_BEST_NAME,
                COL_EXPECTED,
                COL_INCREASE,
                COL_P10,
                COL_PROBLEM,
            ];
            let cells: Vec<String> = results.iter().map(|t| t.get(lang).to_string()).collect();
            assert_eq!(
                crate::roster::columns::layout(&cells),
                Err(ImportError::NoHeader),
                "result columns are not input columns"
            );
        }
    }
}
