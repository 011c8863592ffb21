//! Why a whole roster file cannot be read.

use super::column::Column;

/// Why a whole file cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file has no text, or only blank rows.
    Empty,
    /// The first row names no known column (the header row is missing or not recognised).
    NoHeader,
    /// Required columns (id, land, adults) are not in the header.
    MissingColumns(Vec<Column>),
    /// Two header cells name the same column.
    DuplicateColumn {
        /// The column.
        column: Column,
        /// The first header cell naming it.
        first: String,
        /// The second.
        second: String,
    },
    /// A header gives a unit that does not fit its column (`现金(万元)`).
    BadUnit {
        /// The header cell.
        header: String,
    },
    /// A header row and no data rows.
    NoRows,
    /// More than [`MAX_ROWS`](super::MAX_ROWS) data rows.
    TooManyRows {
        /// Data rows in the file.
        rows: usize,
    },
    /// A quote opens in this row and never closes, so the rest of the file is one cell.
    UnclosedQuote {
        /// The row it opens in.
        row: usize,
    },
    /// The file is UTF-16 (Excel's "Unicode text"), which is read as neither UTF-8 nor GBK.
    Utf16,
    /// The first row is UTF-8 but a later row is not (rows pasted in from a GBK file).
    MixedEncoding {
        /// The first row that is not UTF-8.
        row: usize,
    },
}
