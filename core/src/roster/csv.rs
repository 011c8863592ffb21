//! Records from CSV text or pasted spreadsheet cells (which are tab-separated text).
//!
//! - The separator is a comma, a semicolon or a tab, whichever the header line has most of
//!   outside quotes (ties: tab, then semicolon, then comma; none: comma).
//! - Quotes follow RFC 4180: a field that starts with `"` runs to the matching `"`, `""` inside
//!   is one `"`, and separators and line ends inside are part of the field.
//! - Lines end with CRLF, LF or CR. Row numbers are the ones a spreadsheet shows (the first
//!   line is row 1; a line end inside quotes stays in its row). Blank rows, and rows of
//!   separators only, are skipped, but still counted.

/// One record: its row number and its fields, as written (not trimmed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Row number as a spreadsheet shows it (the first line is row 1).
    pub row: usize,
    /// The fields, quotes removed.
    pub fields: Vec<String>,
}

/// A quote opened in this row is never closed: the rest of the text cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnclosedQuote {
    /// The row the quote opens in.
    pub row: usize,
}

/// The separator of `text`: the one its first non-blank line has most of outside quotes.
pub fn detect_separator(text: &str) -> char {
    // comma, semicolon, tab
    let mut counts = [0usize; 3];
    let (mut quoted, mut content) = (false, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            _ if quoted => {}
            '\n' | '\r' if content || counts != [0; 3] => break,
            ',' => counts[0] += 1,
            ';' => counts[1] += 1,
            '\t' => counts[2] += 1,
            c if !c.is_whitespace() && c != '\u{FEFF}' => content = true,
            _ => {}
        }
    }
    if counts[2] > 0 && counts[2] >= counts[0].max(counts[1]) {
        '\t'
    } else if counts[1] > counts[0] {
        ';'
    } else {
        ','
    }
}

/// Reads the records of a text one at a time, skipping blank rows.
pub struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    sep: char,
    row: usize,
    done: bool,
}

impl<'a> Reader<'a> {
    /// A reader of `text` with the separator `sep`.
    pub fn new(text: &'a str, sep: char) -> Self {
        Self::starting_at(text, sep, 1)
    }

    /// A reader of `text`, the file from its row `row` on (the rows before it were read
    /// otherwise), so that row numbers stay the file's.
    pub fn starting_at(text: &'a str, sep: char, row: usize) -> Self {
        Reader {
            chars: text.chars().peekable(),
            sep,
            row,
            done: false,
        }
    }
}

impl Iterator for Reader<'_> {
    type Item = Result<Record, UnclosedQuote>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let row = self.row;
            let mut fields = Vec::new();
            let mut field = String::new();
            let mut quoted = false;
            loop {
                let Some(c) = self.chars.next() else {
                    self.done = true;
                    if quoted {
                        return Some(Err(UnclosedQuote { row }));
                    }
                    break;
                };
                if quoted {
                    if c != '"' {
                        field.push(c);
                    } else if self.chars.peek() == Some(&'"') {
                        self.chars.next();
                        field.push('"');
                    } else {
                        quoted = false;
                    }
                } else if c == '"' && field.trim().is_empty() {
                    field.clear();
                    quoted = true;
                } else if c == self.sep {
                    fields.push(std::mem::take(&mut field));
                } else if c == '\n' || c == '\r' {
                    if c == '\r' && self.chars.peek() == Some(&'\n') {
                        self.chars.next();
                    }
                    self.row += 1;
                    break;
                } else {
                    field.push(c);
                }
            }
            fields.push(field);
            if fields.iter().any(|f| !f.trim().is_empty()) {
                return Some(Ok(Record { row, fields }));
            }
        }
        None
    }
}

/// Every record of `text` with the separator `sep`.
pub fn records(text: &str, sep: char) -> Result<Vec<Record>, UnclosedQuote> {
    Reader::new(text, sep).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(row: usize, fields: &[&str]) -> Record {
        Record {
            row,
            fields: fields
                .iter()
                .map(std::string::ToString::to_string)
                .collect(),
        }
    }

    #[test]
    fn separators_from_the_header() {
        // (case, text, separator)
        let cases = [
            ("comma", "id,land,adults\n1;2;3", ','),
            ("semicolon", "id;land;adults\n1,2,3", ';'),
            ("tab", "id\tland\tadults\n", '\t'),
            ("tab beats a comma in a name", "id\tland, mu\tadults", '\t'),
            ("quoted commas ignored", "\"a,b,c\";land;adults", ';'),
            ("blank lines first", "\n  \r\nid;land\n", ';'),
            ("one column", "id\n1,2,3", ','),
            ("empty", "", ','),
            ("bom", "\u{FEFF}id;land", ';'),
        ];
        for (case, text, want) in cases {
            assert_eq!(detect_separator(text), want, "{case}");
        }
    }

    #[test]
    fn records_and_rows() {
        // (case, text, separator, records)
        let cases: Vec<(&str, &str, char, Vec<Record>)> = vec![
            (
                "lf",
                "a,b\n1,2\n",
                ',',
                vec![rec(1, &["a", "b"]), rec(2, &["1", "2"])],
            ),
            (
                "crlf, no final line end",
                "a,b\r\n1,2",
                ',',
                vec![rec(1, &["a", "b"]), rec(2, &["1", "2"])],
            ),
            (
                "cr only",
                "a,b\r1,2\r",
                ',',
                vec![rec(1, &["a", "b"]), rec(2, &["1", "2"])],
            ),
            (
                "blank rows counted, not returned",
                "a,b\n\n , \r\n,,\n1,2\n\n",
                ',',
                vec![rec(1, &["a", "b"]), rec(5, &["1", "2"])],
            ),
            (
                "quotes",
                "\"a,b\",\"say \"\"hi\"\"\",\"\"\n",
                ',',
                vec![rec(1, &["a,b", "say \"hi\"", ""])],
            ),
            (
                "quoted line end stays in its row",
                "id,note\n1,\"two\r\nlines\"\n2,x\n",
                ',',
                vec![
                    rec(1, &["id", "note"]),
                    rec(2, &["1", "two\r\nlines"]),
                    rec(3, &["2", "x"]),
                ],
            ),
            (
                "space before a quote",
                "a, \"b,c\"",
                ',',
                vec![rec(1, &["a", "b,c"])],
            ),
            (
                "quote inside a field is kept",
                "5\"2,x",
                ',',
                vec![rec(1, &["5\"2", "x"])],
            ),
            (
                "tabs, empty cells kept",
                "a\tb\tc\n1\t\t3\n",
                '\t',
                vec![rec(1, &["a", "b", "c"]), rec(2, &["1", "", "3"])],
            ),
            (
                "semicolons",
                "a;b\n3,5;x",
                ';',
                vec![rec(1, &["a", "b"]), rec(2, &["3,5", "x"])],
            ),
            ("empty text", "", ',', vec![]),
        ];
        for (case, text, sep, want) in cases {
            assert_eq!(records(text, sep), Ok(want), "{case}");
        }
    }

    #[test]
    fn an_unclosed_quote_names_its_row() {
        assert_eq!(
            records("a,b\n1,2\n3,\"oops\n4,5\n", ','),
            Err(UnclosedQuote { row: 3 })
        );
    }
}
