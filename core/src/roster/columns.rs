//! The roster's columns: their names in Chinese and English, their units, which are
//! required, and how a cell's text becomes a value.
//!
//! Header names are matched whole, ignoring case, spaces, `_` and `-`, and full-width
//! brackets; a unit may follow in brackets (`土地(公顷)`, `wage (yuan/month)`). Columns with
//! other names are ignored (a roster may carry names, villages, notes, or the result columns
//! of an export). The names the app writes are in `words::header`.

pub use super::column::Column;
use super::error::ImportError;
use crate::model::form::LandUnit;
use crate::model::parse::parse_number;
use crate::model::Field;

use Column::*;

impl Column {
    /// Every column, in file order.
    pub const ALL: [Column; 8] = [Id, Land, Adults, Wage, Months, Cash, Fund, Registered];
    /// The columns holding numbers, in file order.
    pub const NUMBERS: [Column; 6] = [Land, Adults, Wage, Months, Cash, Fund];

    /// Whether a roster must have this column (id, land, adults).
    pub const fn required(self) -> bool {
        matches!(self, Id | Land | Adults)
    }

    /// The input field this column sets (none for the id).
    pub const fn field(self) -> Option<Field> {
        Some(match self {
            Id => return None,
            Land => Field::Land,
            Adults => Field::Adults,
            Wage => Field::Wage,
            Months => Field::Months,
            Cash => Field::Cash,
            Fund => Field::Fund,
            Registered => Field::Poor,
        })
    }

    /// The column that sets `field`, if any.
    pub fn of_field(field: Field) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.field() == Some(field))
    }
}

/// Header names, normalised (lower case, no spaces, `_` or `-`).
const NAMES: [(&str, Column); 49] = [
    ("id", Id),
    ("household", Id),
    ("householdid", Id),
    ("hh", Id),
    ("编号", Id),
    ("户号", Id),
    ("户编号", Id),
    ("农户编号", Id),
    ("land", Land),
    ("landmu", Land),
    ("area", Land),
    ("土地", Land),
    ("耕地", Land),
    ("土地亩数", Land),
    ("耕地亩数", Land),
    ("土地面积", Land),
    ("耕地面积", Land),
    ("承包地", Land),
    ("adults", Adults),
    ("labor", Adults),
    ("labour", Adults),
    ("workers", Adults),
    ("劳动力", Adults),
    ("劳动力人数", Adults),
    ("劳力", Adults),
    ("wage", Wage),
    ("monthlywage", Wage),
    ("月工资", Wage),
    ("外出月工资", Wage),
    ("打工月工资", Wage),
    ("工资", Wage),
    ("months", Months),
    ("monthsaway", Months),
    ("外出月数", Months),
    ("月数", Months),
    ("cash", Cash),
    ("现金", Cash),
    ("手头现金", Cash),
    ("存款", Cash),
    ("fund", Fund),
    ("supportfund", Fund),
    ("扶持资金", Fund),
    ("产业扶持资金", Fund),
    ("registered", Registered),
    ("poor", Registered),
    ("建档立卡", Registered),
    ("贫困户", Registered),
    ("是否建档立卡", Registered),
    ("是否贫困户", Registered),
];

/// Names of the head of household: the id when the file has no id column of its own.
const NAME_IDS: [&str; 5] = ["户主", "户主姓名", "户名", "农户", "name"];

/// Land column names that mean hectares.
const HA_NAMES: [&str; 4] = ["landha", "hectares", "土地公顷", "耕地公顷"];

/// Where each column is in the file, and the land unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The cell index of each column (in [`Column::ALL`] order); `None`: not in the file.
    pub index: [Option<usize>; 8],
    /// The unit of the land column.
    pub land: LandUnit,
    /// Number of cells in the header.
    pub width: usize,
}

impl Layout {
    /// The cell index of `c`, if the file has that column.
    pub fn get(&self, c: Column) -> Option<usize> {
        self.index[c as usize]
    }
}

/// A header cell as compared: lower case, without spaces, `_`, `-`; brackets half-width.
fn normalize(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '（' | '[' | '【' => Some('('),
            '）' | ']' | '】' => Some(')'),
            '／' => Some('/'),
            '_' | '-' | '\u{FEFF}' => None,
            c if c.is_whitespace() => None,
            c => Some(c.to_ascii_lowercase()),
        })
        .collect()
}

/// The unit written in a header for `c`: `Ok(Some(unit))` for land, `Ok(None)` for a unit
/// that fits another column, `Err` for a unit that does not fit.
fn unit(c: Column, u: &str) -> Result<Option<LandUnit>, ()> {
    let ok = match c {
        Id | Registered => true,
        Land => {
            return match u {
                "亩" | "mu" => Ok(Some(LandUnit::Mu)),
                "公顷" | "ha" | "hectare" | "hectares" => Ok(Some(LandUnit::Ha)),
                _ => Err(()),
            }
        }
        Adults => matches!(u, "人" | "people" | "persons"),
        Wage => matches!(u, "元/月" | "元" | "yuan/month" | "yuan"),
        Months => matches!(u, "月" | "个月" | "个月/年" | "months" | "months/year"),
        Cash | Fund => matches!(u, "元" | "yuan"),
    };
    if ok {
        Ok(None)
    } else {
        Err(())
    }
}

/// Finds the columns in a header row. Errors: no known column at all
/// ([`ImportError::NoHeader`]), required columns missing, a column named twice, a unit that
/// does not fit its column.
pub fn layout(header: &[String]) -> Result<Layout, ImportError> {
    let mut index: [Option<usize>; 8] = [None; 8];
    let mut land = LandUnit::Mu;
    let mut name_id = None;
    for (i, cell) in header.iter().enumerate() {
        let key = normalize(cell);
        let (name, written) = match key.find('(') {
            Some(open) if key.ends_with(')') => (&key[..open], Some(&key[open + 1..key.len() - 1])),
            _ => (key.as_str(), None),
        };
        if NAME_IDS.contains(&name) {
            name_id = name_id.or(Some(i));
            continue;
        }
        let (column, ha) = match NAMES.iter().find(|(n, _)| *n == name) {
            Some(&(_, c)) => (c, false),
            None if HA_NAMES.contains(&name) => (Land, true),
            None => continue,
        };
        let bad_unit = || ImportError::BadUnit {
            header: cell.trim().to_string(),
        };
        let u = match written {
            Some(w) => unit(column, w).map_err(|_| bad_unit())?,
            None => None,
        };
        if ha && u == Some(LandUnit::Mu) {
            return Err(bad_unit());
        }
        if let Some(first) = index[column as usize] {
            return Err(ImportError::DuplicateColumn {
                column,
                first: header[first].trim().to_string(),
                second: cell.trim().to_string(),
            });
        }
        index[column as usize] = Some(i);
        if column == Land {
            land = if ha {
                LandUnit::Ha
            } else {
                u.unwrap_or_default()
            };
        }
    }
    if index[Id as usize].is_none() {
        index[Id as usize] = name_id;
    }
    if index.iter().all(Option::is_none) {
        return Err(ImportError::NoHeader);
    }
    let missing: Vec<Column> = Column::ALL
        .into_iter()
        .filter(|c| c.required() && index[*c as usize].is_none())
        .collect();
    if !missing.is_empty() {
        return Err(ImportError::MissingColumns(missing));
    }
    Ok(Layout {
        index,
        land,
        width: header.len(),
    })
}

/// A cell that does not hold what its column takes (the row problem names the column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadCell;

/// A number cell: `Ok(None)` when blank. Accepts what the household form accepts
/// ([`parse_number`]: full-width digits, `+`, exponents, separators only between groups of
/// three digits, so `3,9` is refused, since it may mean 3.9 or 39). A unit after the number
/// (`3.9亩`) is refused: the unit belongs in the header.
pub fn number(text: &str) -> Result<Option<f64>, BadCell> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    parse_number(t).map(Some).map_err(|_| BadCell)
}

/// A yes/no cell: `1`/`0`, `是`/`否`, `yes`/`no`, `y`/`n`, `true`/`false`, `√`/`×` (and ✓ ✔
/// ✗ ✘ x, 有/无), any case; `Ok(None)` when blank.
pub fn flag(text: &str) -> Result<Option<bool>, BadCell> {
    let t = text.trim().to_ascii_lowercase();
    match t.as_str() {
        "" => Ok(None),
        "1" | "１" | "是" | "yes" | "y" | "true" | "√" | "✓" | "✔" | "有" => {
            Ok(Some(true))
        }
        "0" | "０" | "否" | "no" | "n" | "false" | "×" | "✗" | "✘" | "x" | "无" => {
            Ok(Some(false))
        }
        _ => Err(BadCell),
    }
}

/// An id cell: trimmed, without the `'` the export puts before `=`, `+`, `-` or `@` (so
/// Excel does not take the id for a formula).
pub fn id(text: &str) -> &str {
    let t = text.trim();
    match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(s: &str) -> Vec<String> {
        s.split(',').map(String::from).collect()
    }

    #[test]
    fn headers_in_both_languages() {
        // (case, header, id, land, adults, wage, registered, land unit)
        type Want = (usize, usize, usize, Option<usize>, Option<usize>, LandUnit);
        let cases: [(&str, &str, Want); 10] = [
            (
                "english",
                "id,land,adults",
                (0, 1, 2, None, None, LandUnit::Mu),
            ),
            (
                "chinese",
                "户号,土地,劳动力,月工资,建档立卡",
                (0, 1, 2, Some(3), Some(4), LandUnit::Mu),
            ),
            (
                "case and spaces",
                " ID , Land ,ADULTS, Monthly Wage,Poor",
                (0, 1, 2, Some(3), Some(4), LandUnit::Mu),
            ),
            (
                "other columns ignored",
                "序号,户主姓名,村,耕地面积,劳动力人数,备注",
                (1, 3, 4, None, None, LandUnit::Mu),
            ),
            (
                "名字和户号",
                "户主姓名,户号,土地,劳动力",
                (1, 2, 3, None, None, LandUnit::Mu),
            ),
            (
                "名字当户号",
                "户主,土地,劳动力",
                (0, 1, 2, None, None, LandUnit::Mu),
            ),
            (
                "land_ha",
                "household,land_ha,adults",
                (0, 1, 2, None, None, LandUnit::Ha),
            ),
            (
                "土地（公顷）",
                "编号,土地（公顷）,劳动力(人)",
                (0, 1, 2, None, None, LandUnit::Ha),
            ),
            (
                "units of the export",
                "id,land (mu),adults,wage (yuan/month),registered (yes/no)",
                (0, 1, 2, Some(3), Some(4), LandUnit::Mu),
            ),
            (
                "chinese units",
                "户号,土地(亩),劳动力(人),外出月工资(元/月),是否贫困户(是/否)",
                (0, 1, 2, Some(3), Some(4), LandUnit::Mu),
            ),
        ];
        for (case, header, (id, land, adults, wage, reg, unit)) in cases {
            let l = layout(&cells(header)).unwrap_or_else(|e| panic!("{case}: {e:?}"));
            assert_eq!(l.get(Id), Some(id), "{case}");
            assert_eq!(l.get(Land), Some(land), "{case}");
            assert_eq!(l.get(Adults), Some(adults), "{case}");
            assert_eq!(l.get(Wage), wage, "{case}");
            assert_eq!(l.get(Registered), reg, "{case}");
            assert_eq!(l.land, unit, "{case}");
            assert_eq!(l.width, header.split(',').count(), "{case}");
        }
    }

    #[test]
    fn header_errors() {
        // (case, header, error)
        let cases = [
            ("no known name", "A001,3.9,2", ImportError::NoHeader),
            (
                "land missing",
                "户号,劳动力",
                ImportError::MissingColumns(vec![Land]),
            ),
            (
                "two missing",
                "land,wage",
                ImportError::MissingColumns(vec![Id, Adults]),
            ),
            (
                "land twice",
                "id,土地,adults,land(ha)",
                ImportError::DuplicateColumn {
                    column: Land,
                    first: "土地".into(),
                    second: "land(ha)".into(),
                },
            ),
            (
                "unknown unit",
                "id,land,adults,现金(万元)",
                ImportError::BadUnit {
                    header: "现金(万元)".into(),
                },
            ),
            (
                "hectare name, mu unit",
                "id,land_ha (mu),adults",
                ImportError::BadUnit {
                    header: "land_ha (mu)".into(),
                },
            ),
        ];
        for (case, header, want) in cases {
            assert_eq!(layout(&cells(header)), Err(want), "{case}");
        }
    }

    #[test]
    fn numbers() {
        // (case, text, value)
        type Want = Result<Option<f64>, BadCell>;
        let cases: [(&str, &str, Want); 15] = [
            ("blank", "  ", Ok(None)),
            ("plain", "3.9", Ok(Some(3.9))),
            ("thousands", "3,485", Ok(Some(3_485.0))),
            (
                "millions with decimals",
                "1,234,567.5",
                Ok(Some(1_234_567.5)),
            ),
            ("full-width", "３４８５", Ok(Some(3_485.0))),
            ("full-width comma", "３，４８５", Ok(Some(3_485.0))),
            ("exponent", "1e12", Ok(Some(1e12))),
            ("negative", "-2", Ok(Some(-2.0))),
            ("decimal comma", "3,9", Err(BadCell)),
            ("two-digit group", "3,48", Err(BadCell)),
            ("leading comma", ",485", Err(BadCell)),
            ("unit", "3.9亩", Err(BadCell)),
            ("yuan", "7000元", Err(BadCell)),
            ("letters", "abc", Err(BadCell)),
            ("two points", "1.2.3", Err(BadCell)),
        ];
        for (case, text, want) in cases {
            assert_eq!(number(text), want, "{case}");
        }
    }

    #[test]
    fn flags() {
        let yes = ["1", "是", "Yes", "y", "TRUE", "√", "✓", " 有 "];
        let no = ["0", "否", "no", "N", "false", "×", "x", "无"];
        for t in yes {
            assert_eq!(flag(t), Ok(Some(true)), "{t}");
        }
        for t in no {
            assert_eq!(flag(t), Ok(Some(false)), "{t}");
        }
        assert_eq!(flag(""), Ok(None));
        for t in ["maybe", "2", "是的吧"] {
            assert_eq!(flag(t), Err(BadCell), "{t}");
        }
    }

    #[test]
    fn ids() {
        let cases = [
            (" A01 ", "A01"),
            ("'=SUM(A1)", "=SUM(A1)"),
            ("'-3", "-3"),
            ("'quote", "'quote"),
        ];
        for (text, want) in cases {
            assert_eq!(id(text), want);
        }
    }

    #[test]
    fn columns_and_fields() {
        for c in Column::ALL {
            if let Some(f) = c.field() {
                assert_eq!(Column::of_field(f), Some(c));
            }
        }
        assert_eq!(Column::of_field(Field::Away), None);
    }
}
