//! Reading a roster: every data row becomes either a [`Household`] or one or more
//! [`RowProblem`]s — nothing is dropped silently. Problems with the whole file are an
//! [`ImportError`].
//!
//! Each row's values are checked exactly as the household screen checks them: the row's
//! values are put into the cooperative's current inputs ([`apply`]) and
//! [`Inputs::validate`] runs.

use super::columns::{self, Column, Layout};
use super::csv::{detect_separator, Reader, Record};
use super::encoding::strip_bom;
use super::error::ImportError;
use crate::model::error::{ErrorKind, Infeasible};
use crate::model::form::LandUnit;
use crate::model::{Field, Inputs};

/// The most data rows a roster may have (the paper's county has 33,358 households).
pub const MAX_ROWS: usize = 100_000;

/// One household of the roster: its row, id and the values its row gives. A value left
/// blank (or a column not in the file) is `None` and takes the cooperative's current input.
#[derive(Clone, Debug, PartialEq)]
pub struct Household {
    /// Row number in the file (the header is row 1).
    pub row: usize,
    /// The household's id, unique in the roster.
    pub id: String,
    /// Land, mu (converted when the file gives hectares).
    pub land_mu: f64,
    /// Working-age adults.
    pub adults: f64,
    /// Migrant wage, yuan per month.
    pub wage: Option<f64>,
    /// Months away per year.
    pub months: Option<f64>,
    /// Cash on hand, yuan.
    pub cash: Option<f64>,
    /// Support fund, yuan.
    pub fund: Option<f64>,
    /// Registered poor household.
    pub registered: Option<bool>,
}

impl Household {
    /// The number columns' values, in [`Column::NUMBERS`] order.
    pub fn numbers(&self) -> [Option<f64>; 6] {
        [
            Some(self.land_mu),
            Some(self.adults),
            self.wage,
            self.months,
            self.cash,
            self.fund,
        ]
    }
}

/// What is wrong with one row.
#[derive(Clone, Debug, PartialEq)]
pub enum RowErrorKind {
    /// The row has another number of cells than the header (extra blank cells at the end are
    /// allowed); its values are not read.
    WrongFieldCount {
        /// Cells in the header.
        expected: usize,
        /// Cells in this row.
        found: usize,
    },
    /// The id cell is blank.
    EmptyId,
    /// An earlier row has the same id: that row is kept, this one is not read.
    DuplicateId {
        /// The row that has the id first.
        first_row: usize,
    },
    /// A required value (land, adults) is blank.
    EmptyValue {
        /// Its column.
        column: Column,
    },
    /// A cell that should hold a number does not.
    BadNumber {
        /// Its column.
        column: Column,
        /// The cell as written (trimmed).
        text: String,
    },
    /// The registered cell is not yes or no.
    BadFlag {
        /// The cell as written (trimmed).
        text: String,
    },
    /// A number the household screen would refuse (negative, too large, not whole, …).
    OutOfBounds {
        /// Its column.
        column: Column,
        /// What is wrong, as the household screen says it.
        kind: ErrorKind,
    },
    /// The row was read but no pattern fits the household, not even farming as now: why
    /// (never made by [`import`]; the roster's results add it).
    NoPatternFits(Infeasible),
}

/// One problem with one row. A row with several problems has one entry for each.
#[derive(Clone, Debug, PartialEq)]
pub struct RowProblem {
    /// Row number in the file (the header is row 1).
    pub row: usize,
    /// The row's id, when it has one.
    pub id: Option<String>,
    /// What is wrong.
    pub kind: RowErrorKind,
}

/// A roster read from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Roster {
    /// The good rows, in file order.
    pub households: Vec<Household>,
    /// The problems of the other rows, in file order.
    pub problems: Vec<RowProblem>,
    /// Data rows read (blank rows not counted): every one is a household or has problems.
    pub rows: usize,
    /// The separator found.
    pub separator: char,
    /// The unit of the land column in the file.
    pub land_unit: LandUnit,
    /// Optional columns not in the file: every household takes the current input for them.
    pub defaulted: Vec<Column>,
    /// The cells of every row with problems, as written, in [`Column::ALL`] order (land in mu
    /// where it reads as a number), in file order: the export writes them back, so that the
    /// file can be fixed and read again.
    pub originals: Vec<(usize, [String; 8])>,
}

impl Roster {
    /// The cells of row `row` as written, if it had problems.
    pub fn original(&self, row: usize) -> Option<&[String; 8]> {
        self.originals
            .binary_search_by_key(&row, |(r, _)| *r)
            .ok()
            .map(|i| &self.originals[i].1)
    }
}

/// The cell of column `c` in a row, trimmed ("" when the file has no such column or the row
/// is short).
fn cell<'a>(layout: &Layout, record: &'a Record, c: Column) -> &'a str {
    layout
        .get(c)
        .and_then(|i| record.fields.get(i))
        .map_or("", |s| s.trim())
}

/// A row's cells as written, in [`Column::ALL`] order: land converted to mu when it is a
/// number (the export's land column is in mu), every other cell as it is.
fn original_cells(layout: &Layout, record: &Record) -> [String; 8] {
    Column::ALL.map(|c| {
        let text = cell(layout, record, c);
        match columns::number(text) {
            Ok(Some(x)) if c == Column::Land => {
                crate::model::form::plain_number(exported(layout.land.to_mu(x)), 4)
            }
            _ => text.to_owned(),
        }
    })
}

/// The inputs for household `h`: `base` (the cooperative's current inputs) with the row's
/// values put in. The registered flag works like the household screen's switch
/// ([`Inputs::set_poor`]: a fund still at its default follows it, so a blank fund is 7,000 for a
/// registered household and 0 for another); a fund in the row wins. Adults who can work away
/// are capped at the row's adults.
pub fn apply(base: &Inputs, h: &Household) -> Inputs {
    overlay(base, &h.numbers(), h.registered)
}

fn overlay(base: &Inputs, numbers: &[Option<f64>; 6], registered: Option<bool>) -> Inputs {
    let mut inputs = base.clone();
    if let Some(r) = registered {
        inputs.set_poor(r);
    }
    for (c, x) in Column::NUMBERS.into_iter().zip(numbers) {
        if let (Some(f), Some(x)) = (c.field(), x) {
            inputs.set(f, *x);
        }
    }
    if let Some(adults) = numbers[1] {
        inputs.set(Field::Away, inputs[Field::Away].min(adults.max(0.0)));
    }
    inputs
}

/// Reads a roster from decoded text (a leading BOM is ignored). `base` is the cooperative's
/// current inputs: blank values take them, and every row is checked with them.
pub fn import(text: &str, base: &Inputs) -> Result<Roster, ImportError> {
    let text = strip_bom(text);
    let (separator, mut reader) = match excel_separator(text) {
        // Excel's first line `sep=;` names the separator; the header is on the next line.
        Some((sep, rest)) => (sep, Reader::starting_at(rest, sep, 2)),
        None => {
            let sep = detect_separator(text);
            (sep, Reader::new(text, sep))
        }
    };
    let unclosed = |e: super::csv::UnclosedQuote| ImportError::UnclosedQuote { row: e.row };
    let header = reader.next().ok_or(ImportError::Empty)?.map_err(unclosed)?;
    let layout = columns::layout(&header.fields)?;
    let mut roster = Roster {
        households: Vec::new(),
        problems: Vec::new(),
        rows: 0,
        separator,
        land_unit: layout.land,
        defaulted: Column::ALL
            .into_iter()
            .filter(|c| layout.get(*c).is_none())
            .collect(),
        originals: Vec::new(),
    };
    let mut seen = Seen::default();
    for record in reader {
        let record = record.map_err(unclosed)?;
        roster.rows += 1;
        if roster.rows <= MAX_ROWS {
            let before = roster.problems.len();
            read_row(&layout, base, &record, &mut seen, &mut roster);
            if roster.problems.len() > before {
                let cells = original_cells(&layout, &record);
                roster.originals.push((record.row, cells));
            }
        }
    }
    match roster.rows {
        0 => Err(ImportError::NoRows),
        rows if rows > MAX_ROWS => Err(ImportError::TooManyRows { rows }),
        _ => Ok(roster),
    }
}

/// The separator a first line `sep=X` (Excel writes it to name the separator) declares, and
/// the text after that line.
fn excel_separator(text: &str) -> Option<(char, &str)> {
    let (line, rest) = text.split_once('\n').unwrap_or((text, ""));
    let value = line.trim_end_matches('\r').trim_matches(' ');
    let sep = value.get(..4).filter(|p| p.eq_ignore_ascii_case("sep="))?;
    let mut chars = value[sep.len()..].chars();
    match (chars.next(), chars.next()) {
        (Some(c @ (',' | ';' | '\t' | '|')), None) => Some((c, rest)),
        _ => None,
    }
}

/// The ids seen so far and their rows: a small open-addressing hash set (FNV-1a, linear
/// probing, at most half full). Hand-written: std's HashMap costs ~10 KB of WebAssembly.
#[derive(Default)]
struct Seen {
    slots: Vec<u32>,
    ids: Vec<(String, usize)>,
}

impl Seen {
    fn slot(slots: &[u32], ids: &[(String, usize)], id: &str) -> usize {
        let mask = slots.len() - 1;
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in id.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        let mut i = h as usize & mask;
        while slots[i] != 0 && ids[slots[i] as usize - 1].0 != id {
            i = (i + 1) & mask;
        }
        i
    }

    /// The row where `id` was first seen, or None after noting it at `row`.
    fn first_or_insert(&mut self, id: &str, row: usize) -> Option<usize> {
        if self.slots.len() < 2 * (self.ids.len() + 1) {
            let mut slots = vec![0u32; (4 * (self.ids.len() + 1)).next_power_of_two()];
            for (n, (known, _)) in self.ids.iter().enumerate() {
                let i = Self::slot(&slots, &self.ids, known);
                slots[i] = n as u32 + 1;
            }
            self.slots = slots;
        }
        let i = Self::slot(&self.slots, &self.ids, id);
        match self.slots[i] {
            0 => {
                self.ids.push((id.to_owned(), row));
                self.slots[i] = self.ids.len() as u32;
                None
            }
            n => Some(self.ids[n as usize - 1].1),
        }
    }
}

/// A value at the precision the results export writes it (4 decimals): a household is
/// computed with what its row in the export says, so an exported file read again gives the
/// same results (found by the fuzz harness, issue #14: `6001e-320` yuan was computed as
/// itself and exported as 0).
fn exported(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

fn read_row(layout: &Layout, base: &Inputs, record: &Record, seen: &mut Seen, out: &mut Roster) {
    let row = record.row;
    let cell = |c: Column| cell(layout, record, c);
    let id = columns::id(cell(Column::Id));
    let id = (!id.is_empty()).then(|| id.to_string());
    let before = out.problems.len();
    let mut problem = |kind| {
        out.problems.push(RowProblem {
            row,
            id: id.clone(),
            kind,
        });
    };
    let found = record.fields.len();
    let extra_blank = record.fields[layout.width.min(found)..]
        .iter()
        .all(|f| f.trim().is_empty());
    if found < layout.width || !extra_blank {
        // Its id is taken all the same: a later row with the same id is a duplicate, as it
        // is when this row's cells are fixed (or written back by the results export).
        if let Some(id) = &id {
            seen.first_or_insert(id, row);
        }
        return problem(RowErrorKind::WrongFieldCount {
            expected: layout.width,
            found,
        });
    }
    match &id {
        None => problem(RowErrorKind::EmptyId),
        Some(id) => {
            if let Some(first_row) = seen.first_or_insert(id, row) {
                return problem(RowErrorKind::DuplicateId { first_row });
            }
        }
    }
    let mut numbers = [None; 6];
    let mut unread = [false; 6];
    for (i, c) in Column::NUMBERS.into_iter().enumerate() {
        let text = cell(c);
        match columns::number(text) {
            Ok(Some(x)) if c == Column::Land => numbers[i] = Some(exported(layout.land.to_mu(x))),
            Ok(Some(x)) => numbers[i] = Some(exported(x)),
            Ok(None) if c.required() => {
                unread[i] = true;
                problem(RowErrorKind::EmptyValue { column: c });
            }
            Ok(None) => {}
            Err(columns::BadCell) => {
                unread[i] = true;
                problem(RowErrorKind::BadNumber {
                    column: c,
                    text: text.to_string(),
                });
            }
        }
    }
    let registered = match columns::flag(cell(Column::Registered)) {
        Ok(r) => r,
        Err(columns::BadCell) => {
            problem(RowErrorKind::BadFlag {
                text: cell(Column::Registered).to_string(),
            });
            None
        }
    };
    for e in overlay(base, &numbers, registered).validate() {
        let Some(column) = Column::of_field(e.field) else {
            continue; // not the row's: a field the file does not set
        };
        let given = match Column::NUMBERS.iter().position(|c| *c == column) {
            Some(i) => numbers[i].is_some() && !unread[i],
            None => registered.is_some(),
        };
        if given {
            problem(RowErrorKind::OutOfBounds {
                column,
                kind: e.kind,
            });
        }
    }
    if out.problems.len() == before {
        let [land, adults, wage, months, cash, fund] = numbers;
        out.households.push(Household {
            row,
            id: id.unwrap_or_default(),
            land_mu: land.unwrap_or_default(),
            adults: adults.unwrap_or_default(),
            wage,
            months,
            cash,
            fund,
            registered,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::error::ErrorKind;
    use Column::*;

    fn base() -> Inputs {
        Inputs::paper_defaults()
    }

    fn ok(text: &str) -> Roster {
        import(text, &base()).unwrap_or_else(|e| panic!("{e:?} for {text:?}"))
    }

    fn hh(row: usize, id: &str, land: f64, adults: f64) -> Household {
        Household {
            row,
            id: id.into(),
            land_mu: land,
            adults,
            wage: None,
            months: None,
            cash: None,
            fund: None,
            registered: None,
        }
    }

    fn kinds(r: &Roster) -> Vec<(usize, RowErrorKind)> {
        r.problems.iter().map(|p| (p.row, p.kind.clone())).collect()
    }

    /// Values are read at the export's precision, so an export read again computes the same
    /// (found by the fuzz harness, issue #14).
    #[test]
    fn values_are_read_at_the_exports_precision() {
        let r = ok("id,land,adults,cash\nP1,3.333333,2,6001e-320\n");
        let h = &r.households[0];
        assert_eq!(h.land_mu, 3.3333);
        assert_eq!(h.cash, Some(0.0));
    }

    /// A row with the wrong number of cells still takes its id: the same id later is a
    /// duplicate, as it is once that row is fixed (found by the fuzz harness, issue #14).
    #[test]
    fn a_row_with_the_wrong_cell_count_keeps_its_id() {
        let r = ok("id,land,adults\nP5,1,4,9\nP5,1,4\nP6,2,2\n");
        let ids: Vec<&str> = r.households.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["P6"]);
        assert_eq!(
            r.problems[1].kind,
            RowErrorKind::DuplicateId { first_row: 2 }
        );
    }

    #[test]
    fn file_errors() {
        let many = {
            let mut s = String::from("id,land,adults\n");
            for i in 0..=MAX_ROWS {
                s.push_str(&i.to_string());
                s.push_str(",1,1\n");
            }
            s
        };
        // (case, text, error)
        let cases = [
            ("empty", "", ImportError::Empty),
            ("bom only", "\u{FEFF}", ImportError::Empty),
            ("blank lines", "\r\n \n,,\n", ImportError::Empty),
            ("no header", "A1,3.9,2\nA2,4,2\n", ImportError::NoHeader),
            (
                "missing column",
                "id,land\nA1,3\n",
                ImportError::MissingColumns(vec![Adults]),
            ),
            ("header only", "id,land,adults\r\n\r\n", ImportError::NoRows),
            (
                "unclosed quote",
                "id,land,adults\nA1,3,2\n\"A2,3,2\n",
                ImportError::UnclosedQuote { row: 3 },
            ),
            (
                "100,001 rows",
                many.as_str(),
                ImportError::TooManyRows { rows: MAX_ROWS + 1 },
            ),
        ];
        for (case, text, want) in cases {
            assert_eq!(import(text, &base()), Err(want), "{case}");
        }
        // Exactly the limit is fine.
        let limit = many.rsplit_once("100000,").unwrap().0;
        assert_eq!(ok(limit).households.len(), MAX_ROWS);
    }

    #[test]
    fn same_roster_however_written() {
        let want = vec![
            Household {
                wage: Some(3_485.0),
                registered: Some(true),
                ..hh(2, "A1", 3.9, 2.0)
            },
            Household {
                wage: Some(3_000.0),
                registered: Some(false),
                ..hh(3, "A 2", 15.0, 1.0)
            },
        ];
        // (case, text)
        let cases = [
            (
                "comma, LF",
                "id,land,adults,wage,registered\nA1,3.9,2,3485,1\nA 2,15,1,3000,0\n",
            ),
            (
                "BOM, CRLF, chinese",
                "\u{FEFF}户号,土地,劳动力,月工资,建档立卡\r\nA1,3.9,2,3485,是\r\nA 2,15,1,3000,否\r\n",
            ),
            (
                "semicolon, thousands",
                "id;land;adults;wage;poor\nA1;3.9;2;3,485;yes\nA 2;15;1;3,000;no",
            ),
            (
                "tab (pasted cells), full-width",
                "户号\t土地(亩)\t劳动力\t外出月工资\t贫困户\nA1\t３.９\t2\t3485\t√\nA 2\t１５\t1\t3000\t×\n",
            ),
            (
                "quoted, hectares, CR",
                "\"id\",\"land (ha)\",adults,wage,registered\r\"A1\",0.26,2,\"3,485\",y\r\" A 2 \",1,1,3000,n",
            ),
            (
                "extra columns and blank rows",
                "序号,户号,村,耕地,劳动力,工资,是否贫困户,备注\n1,A1,一村,3.9,2,3485,是,\n\n2,A 2,二村,15,1,3000,否,\"外出, 已返乡\"\n",
            ),
        ];
        for (case, text) in cases {
            let r = ok(text);
            let mut got = r.households.clone();
            if case.starts_with("quoted") {
                // 0.26 ha is 3.9 mu up to rounding.
                assert!((got[0].land_mu - 3.9).abs() < 1e-9, "{case}");
                got[0].land_mu = 3.9;
            }
            if case.starts_with("extra") {
                assert_eq!(got[1].row, 4, "blank rows keep row numbers true");
                got[1].row = 3;
            }
            assert_eq!(got, want, "{case}");
            assert!(r.problems.is_empty(), "{case}: {:?}", r.problems);
            assert_eq!(r.rows, 2, "{case}");
            assert_eq!(r.defaulted, vec![Months, Cash, Fund], "{case}");
        }
    }

    #[test]
    fn bad_rows_are_reported_and_the_others_kept() {
        let text = "id,land,adults,registered\n\
                    A1,3,2,1\n\
                    A2,abc,2,1\n\
                    A3,-2,2,1\n\
                    A1,4,2,1\n\
                    ,3,2,1\n\
                    A6,3\n\
                    A7,1e12,2,1\n\
                    A8,3,1.5,maybe\n\
                    A9,,2,\n\
                    A10,3,2,1,,\n\
                    A11,3,2,1,x\n\
                    A12,3,2,0\n";
        let r = ok(text);
        let ids: Vec<&str> = r.households.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["A1", "A10", "A12"]);
        let want = vec![
            (
                3,
                RowErrorKind::BadNumber {
                    column: Land,
                    text: "abc".into(),
                },
            ),
            (
                4,
                RowErrorKind::OutOfBounds {
                    column: Land,
                    kind: ErrorKind::Negative,
                },
            ),
            (5, RowErrorKind::DuplicateId { first_row: 2 }),
            (6, RowErrorKind::EmptyId),
            (
                7,
                RowErrorKind::WrongFieldCount {
                    expected: 4,
                    found: 2,
                },
            ),
            (
                8,
                RowErrorKind::OutOfBounds {
                    column: Land,
                    kind: ErrorKind::AboveMax(10_000.0),
                },
            ),
            (
                9,
                RowErrorKind::BadFlag {
                    text: "maybe".into(),
                },
            ),
            (
                9,
                RowErrorKind::OutOfBounds {
                    column: Adults,
                    kind: ErrorKind::NotWhole,
                },
            ),
            (10, RowErrorKind::EmptyValue { column: Land }),
            (
                12,
                RowErrorKind::WrongFieldCount {
                    expected: 4,
                    found: 5,
                },
            ),
        ];
        assert_eq!(kinds(&r), want);
        assert_eq!(r.rows, 12);
        // Nothing dropped: every data row is a household or has a problem.
        let mut rows: Vec<usize> = r.households.iter().map(|h| h.row).collect();
        rows.extend(r.problems.iter().map(|p| p.row));
        rows.sort_unstable();
        rows.dedup();
        assert_eq!(rows, (2..=13).collect::<Vec<_>>());
        assert_eq!(r.problems[0].id.as_deref(), Some("A2"));
        assert_eq!(r.problems[3].id, None);
    }

    #[test]
    fn bounds_are_the_household_screens() {
        // (case, header, row, problem)
        let cases = [
            (
                "13 months",
                "id,land,adults,months",
                "A,3,2,13",
                Months,
                ErrorKind::AboveMax(12.0),
            ),
            (
                "negative cash",
                "id,land,adults,cash",
                "A,3,2,-5",
                Cash,
                ErrorKind::Negative,
            ),
            (
                "huge fund",
                "id,land,adults,fund",
                "A,3,2,1e9",
                Fund,
                ErrorKind::AboveMax(10_000_000.0),
            ),
            (
                "21 adults",
                "id,land,adults",
                "A,3,21",
                Adults,
                ErrorKind::AboveMax(20.0),
            ),
            (
                "land in ha too big",
                "id,land_ha,adults",
                "A,700,2",
                Land,
                ErrorKind::AboveMax(10_000.0),
            ),
        ];
        for (case, header, row, column, kind) in cases {
            let r = ok(&format!("{header}\n{row}\n"));
            assert_eq!(
                kinds(&r),
                vec![(2, RowErrorKind::OutOfBounds { column, kind })],
                "{case}"
            );
        }
        // No adults: nobody can work away either, which is not the row's error.
        assert_eq!(ok("id,land,adults\nA,3,0\n").households.len(), 1);
    }

    #[test]
    fn apply_follows_the_household_screen() {
        let r = ok("id,land,adults,wage,months,cash,fund,registered\n\
                    A,5,3,4000,8,100,,否\n\
                    B,5,1,,,,,\n\
                    C,5,2,,,,2000,0\n\
                    D,5,2,,,,,1\n");
        let base = base();
        let [a, b, c, d] = [0, 1, 2, 3].map(|i| apply(&base, &r.households[i]));
        let cases = [
            ("row's land", a[Field::Land], 5.0),
            ("row's adults", a[Field::Adults], 3.0),
            ("row's wage", a[Field::Wage], 4_000.0),
            ("row's months", a[Field::Months], 8.0),
            ("row's cash", a[Field::Cash], 100.0),
            ("not registered, blank fund: 0", a[Field::Fund], 0.0),
            ("not registered", a[Field::Poor], 0.0),
            ("base wage", b[Field::Wage], 3_485.0),
            ("base fund", b[Field::Fund], 7_000.0),
            ("base registered", b[Field::Poor], 1.0),
            ("away capped", b[Field::Away], 1.0),
            ("row's fund wins", c[Field::Fund], 2_000.0),
            ("registered: 7,000", d[Field::Fund], 7_000.0),
        ];
        for (case, got, want) in cases {
            assert_eq!(got, want, "{case}");
        }
        let mut zero = r.households[1].clone();
        zero.adults = 0.0;
        assert_eq!(apply(&base, &zero)[Field::Away], 0.0);
        assert!(apply(&base, &zero).validate().is_empty());
    }

    /// `core/tests/fixtures/roster/gbk.csv` as the browser's `TextDecoder("gbk")` gives it.
    const GBK_TEXT: &str =
        "户号,户主姓名,土地(亩),劳动力,外出月工资,外出月数,手头现金,扶持资金,建档立卡\r\n\
        XD001,张国华,3.9,2,3485,10,3000,,是\r\n\
        XD002,李秀英,6.5,3,3200,9,8000,,是\r\n\
        XD003,王小明,1.2,1,0,0,500,0,否\r\n\
        XD004,赵金花,4.0,2,\"3,600\",11,2500,7000,是\r\n\
        XD005,马德福,2.8,2,3000,8,1200,,否\r\n";

    #[test]
    fn gbk_fixture() {
        let bytes = include_bytes!("../../tests/fixtures/roster/gbk.csv");
        assert_eq!(
            super::super::encoding::detect(bytes),
            super::super::Encoding::Gbk
        );
        // Without a GBK table natively: the ASCII parts agree, and each Chinese character is
        // two bytes in GBK.
        let ascii: Vec<u8> = bytes.iter().copied().filter(u8::is_ascii).collect();
        let text_ascii: Vec<u8> = GBK_TEXT.bytes().filter(u8::is_ascii).collect();
        assert_eq!(ascii, text_ascii);
        let wide = GBK_TEXT.chars().filter(|c| !c.is_ascii()).count();
        assert_eq!(bytes.len(), text_ascii.len() + 2 * wide);
        let r = ok(GBK_TEXT);
        assert_eq!(r.households.len(), 5);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.households[3].wage, Some(3_600.0));
        assert_eq!(r.households[2].registered, Some(false));
        assert_eq!(r.defaulted, vec![]);
    }

    #[test]
    fn fixtures() {
        let bom = ok(include_str!("../../tests/fixtures/roster/utf8-bom.csv"));
        assert_eq!(bom.separator, ';');
        assert_eq!(bom.households.len(), 5);
        assert!(bom.problems.is_empty(), "{:?}", bom.problems);

        let pasted = ok(include_str!("../../tests/fixtures/roster/pasted.tsv"));
        assert_eq!(pasted.separator, '\t');
        assert_eq!(pasted.land_unit, LandUnit::Ha);
        assert_eq!(pasted.households.len(), 5);
        assert!(pasted.problems.is_empty(), "{:?}", pasted.problems);

        let bad = ok(include_str!("../../tests/fixtures/roster/bad-rows.csv"));
        let ids: Vec<&str> = bad.households.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["H001", "H002", "H003", "H009"]);
        let rows: Vec<(usize, &str)> = bad
            .problems
            .iter()
            .map(|p| {
                let k = match p.kind {
                    RowErrorKind::BadNumber { .. } => "bad number",
                    RowErrorKind::OutOfBounds {
                        kind: ErrorKind::Negative,
                        ..
                    } => "negative",
                    RowErrorKind::OutOfBounds {
                        kind: ErrorKind::AboveMax(_),
                        ..
                    } => "too large",
                    RowErrorKind::DuplicateId { first_row: 2 } => "duplicate of row 2",
                    RowErrorKind::EmptyId => "empty id",
                    RowErrorKind::WrongFieldCount { .. } => "field count",
                    _ => "other",
                };
                (p.row, k)
            })
            .collect();
        assert_eq!(
            rows,
            [
                (5, "bad number"),
                (6, "negative"),
                (7, "duplicate of row 2"),
                (8, "empty id"),
                (10, "field count"),
                (11, "too large"),
            ]
        );
    }

    #[test]
    fn an_excel_sep_line_names_the_separator_and_rows_keep_their_numbers() {
        let base = Inputs::paper_defaults();
        let cases = [
            (
                "semicolon",
                "sep=;\n户号;土地;劳动力\nA1;4;2\nA2;x;2\n",
                ';',
            ),
            (
                "comma, CRLF",
                "sep=,\r\nid,land,adults\r\nA1,4,2\r\nA2,x,2\r\n",
                ',',
            ),
            (
                "tab, upper case",
                "SEP=\t\nid\tland\tadults\nA1\t4\t2\nA2\tx\t2\n",
                '\t',
            ),
        ];
        for (name, text, sep) in cases {
            let r = import(text, &base).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert_eq!(r.separator, sep, "{name}");
            assert_eq!(r.households.len(), 1, "{name}");
            assert_eq!(r.households[0].row, 3, "{name}: the file's row");
            assert_eq!(r.problems.len(), 1, "{name}");
            assert_eq!(r.problems[0].row, 4, "{name}: the file's row");
        }
        // Without the line, "sep=x" is an ordinary (unknown) header.
        assert_eq!(
            import("sep=x\nA1,4,2\n", &base).err(),
            Some(ImportError::NoHeader)
        );
    }
}
