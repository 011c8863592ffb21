//! Reading numbers as people type them: full-width digits from Chinese input methods,
//! thousands separators, a trailing unit. Bad text gives a typed error, never a panic.

use super::error::ErrorKind;

/// Parses a number typed by a user.
///
/// Accepts ASCII and full-width digits (１２３), `.` or `．` or `。` as the decimal point,
/// `,` `，` and spaces as thousands separators, a leading `+`, and `e` exponents (`1e12`).
/// A separator must group thousands (`15,000`, `1 000 000`): `3,9` or `4，5` is not read as
/// 39 or 45 but refused, since it may mean 3.9. Returns [`ErrorKind::Empty`] for blank text and
/// [`ErrorKind::NotANumber`] otherwise.
pub fn parse_number(text: &str) -> Result<f64, ErrorKind> {
    const SEP: char = ',';
    let mut s = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '０'..='９' => s.push(char::from(b'0' + (c as u32 - '０' as u32) as u8)),
            '．' | '。' => s.push('.'),
            '－' | '−' => s.push('-'),
            '＋' => s.push('+'),
            ',' | '，' | ' ' | '\u{3000}' => s.push(SEP),
            _ => s.push(c),
        }
    }
    if s.is_empty() {
        return Err(ErrorKind::Empty);
    }
    if s.contains(SEP) && !groups_thousands(&s, SEP) {
        return Err(ErrorKind::NotANumber);
    }
    s.retain(|c| c != SEP);
    let ok_chars = s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    if !ok_chars || !s.chars().any(|c| c.is_ascii_digit()) {
        return Err(ErrorKind::NotANumber);
    }
    s.parse::<f64>().map_err(|_| ErrorKind::NotANumber)
}

/// Whether the separators in `s` only group the whole part's digits by thousands: a sign, one
/// to three digits, then groups of exactly three, each after one separator; none after the
/// decimal point or in an exponent.
fn groups_thousands(s: &str, sep: char) -> bool {
    let whole = s.trim_start_matches(['+', '-']);
    let end = whole.find(['.', 'e', 'E']).unwrap_or(whole.len());
    if whole[end..].contains(sep) {
        return false;
    }
    let mut groups = whole[..end].split(sep);
    let first = groups.next().unwrap_or_default();
    let digits = |g: &str| g.chars().all(|c| c.is_ascii_digit());
    (1..=3).contains(&first.len()) && digits(first) && groups.all(|g| g.len() == 3 && digits(g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        let cases: [(&str, &str, Result<f64, ErrorKind>); 24] = [
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
            ("millions", "1,234,567.5", Ok(1_234_567.5)),
            ("spaces group", "1 000 000", Ok(1_000_000.0)),
            ("ideographic space groups", "15\u{3000}000", Ok(15_000.0)),
            ("signed thousands", "-15,000", Ok(-15_000.0)),
            (
                "a comma where a point was meant",
                "3,9",
                Err(ErrorKind::NotANumber),
            ),
            (
                "a Chinese comma where a point was meant",
                "4，5",
                Err(ErrorKind::NotANumber),
            ),
            ("a group of two", "15,00", Err(ErrorKind::NotANumber)),
            ("a group of four", "1,5000", Err(ErrorKind::NotANumber)),
            (
                "a separator in the decimals",
                "1.234,5",
                Err(ErrorKind::NotANumber),
            ),
            ("an underscore", "1_000", Err(ErrorKind::NotANumber)),
        ];
        for (case, text, want) in cases {
            assert_eq!(parse_number(text), want, "{case}");
        }
    }
}
