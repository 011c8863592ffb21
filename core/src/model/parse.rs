//! Reading numbers as people type them: full-width digits from Chinese input methods,
//! thousands separators, a trailing unit. Bad text gives a typed error, never a panic.

use super::error::ErrorKind;

/// Parses a number typed by a user.
///
/// Accepts ASCII and full-width digits (１２３), `.` or `．` or `。` as the decimal point,
/// `,` `，` and spaces as thousands separators, a leading `+`, and `e` exponents (`1e12`).
/// Returns [`ErrorKind::Empty`] for blank text and [`ErrorKind::NotANumber`] otherwise.
pub fn parse_number(text: &str) -> Result<f64, ErrorKind> {
    let mut s = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '０'..='９' => s.push(char::from(b'0' + (c as u32 - '０' as u32) as u8)),
            '．' | '。' => s.push('.'),
            '－' | '−' => s.push('-'),
            '＋' => s.push('+'),
            ',' | '，' | ' ' | '\u{3000}' | '_' => {}
            _ => s.push(c),
        }
    }
    if s.is_empty() {
        return Err(ErrorKind::Empty);
    }
    let ok_chars = s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    if !ok_chars || !s.chars().any(|c| c.is_ascii_digit()) {
        return Err(ErrorKind::NotANumber);
    }
    s.parse::<f64>().map_err(|_| ErrorKind::NotANumber)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        let cases: [(&str, &str, Result<f64, ErrorKind>); 14] = [
            ("plain", "5", Ok(5.0)),
            ("decimal", "3.9", Ok(3.9)),
            ("spaces", "  12 ", Ok(12.0)),
            ("thousands", "15,000", Ok(15_000.0)),
            ("full-width", "１５０００", Ok(15_000.0)),
            ("full-width point", "３．５", Ok(3.5)),
            ("chinese comma", "7，000", Ok(7_000.0)),
            ("negative", "-1", Ok(-1.0)),
            ("exponent", "1e12", Ok(1e12)),
            ("empty", "", Err(ErrorKind::Empty)),
            ("blank", "   ", Err(ErrorKind::Empty)),
            ("letters", "abc", Err(ErrorKind::NotANumber)),
            ("two points", "1.2.3", Err(ErrorKind::NotANumber)),
            ("inf word", "inf", Err(ErrorKind::NotANumber)),
        ];
        for (case, text, want) in cases {
            assert_eq!(parse_number(text), want, "{case}");
        }
    }
}
