//! Which text encoding a roster file is in. Only detection happens here: the UI decodes with
//! the browser's `TextDecoder` (`"utf-8"` or `"gbk"`), so no GBK table ships in the app.

/// The encoding of a file's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 starting with the byte order mark EF BB BF (Excel's "CSV UTF-8", our export).
    Utf8Bom,
    /// UTF-8 without a byte order mark (plain ASCII is here too).
    Utf8,
    /// Not valid UTF-8: taken as GBK (GB 18030), what Chinese spreadsheet software writes.
    Gbk,
}

impl Encoding {
    /// The label to give `TextDecoder`.
    pub const fn label(self) -> &'static str {
        match self {
            Encoding::Utf8Bom | Encoding::Utf8 => "utf-8",
            Encoding::Gbk => "gbk",
        }
    }
}

/// The encoding of `bytes`: a UTF-8 byte order mark gives [`Encoding::Utf8Bom`], otherwise
/// valid UTF-8 gives [`Encoding::Utf8`], anything else [`Encoding::Gbk`]. (Chinese GBK text is
/// valid UTF-8 by accident only for a few characters in a row, never for a whole roster.)
pub fn detect(bytes: &[u8]) -> Encoding {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        Encoding::Utf8Bom
    } else if std::str::from_utf8(bytes).is_ok() {
        Encoding::Utf8
    } else {
        Encoding::Gbk
    }
}

/// Why `bytes` cannot be read as a roster in any encoding the app reads, if so: UTF-16 (a
/// byte order mark FF FE or FE FF, or a zero byte in every other place of its start, as
/// Excel's "Unicode text" writes), or a first row in UTF-8 with a later row that is not (so
/// the file is neither UTF-8 nor GBK, and read as either its header or its rows would come
/// out garbled).
pub fn unreadable(bytes: &[u8]) -> Option<super::ImportError> {
    use super::ImportError;
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Some(ImportError::Utf16);
    }
    let start = &bytes[..bytes.len().min(256)];
    if start.len() >= 8 && start.iter().filter(|&&b| b == 0).count() * 3 >= start.len() {
        return Some(ImportError::Utf16);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return None;
    }
    let mut rows = bytes.split(|&b| b == b'\n');
    let first = rows.next().unwrap_or_default();
    let first = first.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(first);
    // A first row in UTF-8 with at least one character outside ASCII (a Chinese header): in
    // GBK that is a coincidence that does not happen for a row of column names.
    if std::str::from_utf8(first).is_ok() && !first.is_ascii() {
        let bad = rows
            .position(|row| std::str::from_utf8(row).is_err())
            .map_or(2, |i| i + 2);
        return Some(ImportError::MixedEncoding { row: bad });
    }
    None
}

/// `text` without a leading byte order mark (U+FEFF), which decoders may leave in.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{FEFF}').unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_encoding() {
        // (case, bytes, expected)
        let cases: [(&str, &[u8], Encoding); 7] = [
            ("bom", b"\xEF\xBB\xBFid,land\r\n", Encoding::Utf8Bom),
            ("bom only", b"\xEF\xBB\xBF", Encoding::Utf8Bom),
            ("ascii", b"id,land\n1,3\n", Encoding::Utf8),
            ("empty", b"", Encoding::Utf8),
            ("utf-8 chinese", "户号,土地\n".as_bytes(), Encoding::Utf8),
            // 户号,土地 in GBK.
            (
                "gbk",
                b"\xbb\xa7\xba\xc5,\xcd\xc1\xb5\xd8\r\n",
                Encoding::Gbk,
            ),
            (
                "gbk fixture",
                include_bytes!("../../tests/fixtures/roster/gbk.csv"),
                Encoding::Gbk,
            ),
        ];
        for (case, bytes, want) in cases {
            assert_eq!(detect(bytes), want, "{case}");
        }
        assert_eq!(Encoding::Gbk.label(), "gbk");
        assert_eq!(Encoding::Utf8Bom.label(), "utf-8");
    }

    #[test]
    fn strips_one_bom() {
        assert_eq!(strip_bom("\u{FEFF}id"), "id");
        assert_eq!(strip_bom("id"), "id");
        assert_eq!(strip_bom("\u{FEFF}\u{FEFF}id"), "\u{FEFF}id");
    }
}

#[cfg(test)]
mod unreadable_tests {
    use super::*;
    use crate::roster::ImportError;

    #[test]
    fn utf16_and_mixed_files_are_named() {
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "户号,土地,劳动力\nA1,4,2\n"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        let utf16_no_bom: Vec<u8> = "id,land,adults\nA1,4,2\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let mut mixed = "户号,土地,劳动力\nA1,4,2\n".as_bytes().to_vec();
        mixed.extend_from_slice(&[0xD5, 0xC5, 0xC8, 0xFD, b',', b'3', b',', b'2', b'\n']); // 张三 in GBK
        let gbk = [
            0xBB, 0xA7, 0xBA, 0xC5, b',', 0xCD, 0xC1, 0xB5, 0xD8, b'\n', b'A', b'1', b',', b'4',
            b'\n',
        ];
        let cases: [(&str, &[u8], Option<ImportError>); 6] = [
            ("UTF-16 LE with BOM", &utf16le, Some(ImportError::Utf16)),
            (
                "UTF-16 without BOM",
                &utf16_no_bom,
                Some(ImportError::Utf16),
            ),
            (
                "UTF-8 header, GBK row 3",
                &mixed,
                Some(ImportError::MixedEncoding { row: 3 }),
            ),
            ("GBK throughout", &gbk, None),
            ("UTF-8", "户号,土地\nA1,4\n".as_bytes(), None),
            ("ASCII header, GBK row", b"id,land\n\xD5\xC5,4\n", None),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(unreadable(bytes), want, "{name}");
        }
    }
}
