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
