//! Reading numbers as people type them: full-width digits from Chinese input methods,
//! thousands separators, 万 and 千, the field's unit after the number. Bad text gives a typed
//! error, never a panic.

use super::error::ErrorKind;

/// Parses a number typed by a user.
///
/// Accepts ASCII and full-width digits (１２３), `.` or `．` or `。` as the decimal point,
/// `,` `，` and spaces as thousands separators, a leading `+`, and `e` exponents (`1e12`).
/// A separator must group thousands (`15,000`, `1 000 000`): `3,9` or `4，5` is not read as
/// 39 or 45 but refused ([`ErrorKind::AmbiguousComma`]), since it may mean 3.9. Returns
/// [`ErrorKind::Empty`] for blank text and [`ErrorKind::NotANumber`] otherwise.
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
        // One comma between digits with one to two digits after it: a decimal comma, perhaps.
        let decimal_comma = s.matches(SEP).count() == 1
            && s.split(SEP).all(|g| {
                !g.is_empty()
                    && g.chars()
                        .all(|c| c.is_ascii_digit() || c == '-' || c == '+')
            })
            && s.rsplit(SEP).next().is_some_and(|g| g.len() <= 2);
        return Err(if decimal_comma {
            let read = |t: String| super::decimal::parse_f64(&t).unwrap_or(f64::NAN);
            ErrorKind::AmbiguousComma {
                point: read(s.replace(SEP, ".")),
                joined: read(s.replace(SEP, "")),
            }
        } else {
            ErrorKind::NotANumber
        });
    }
    s.retain(|c| c != SEP);
    let ok_chars = s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    if !ok_chars || !s.chars().any(|c| c.is_ascii_digit()) {
        return Err(ErrorKind::NotANumber);
    }
    super::decimal::parse_f64(&s).ok_or(ErrorKind::NotANumber)
}

/// Parses a number typed into a field whose unit may be written after it (`units`, e.g.
/// `["元", "块"]`): `2000元`, `4 亩`. `万` and `千` after the number multiply it (`0.2万`,
/// `2千`, `1.5万元`). Anything else is read by [`parse_number`].
pub fn parse_in(text: &str, units: &[&str]) -> Result<f64, ErrorKind> {
    let mut rest = text.trim();
    if let Some(u) = units
        .iter()
        .filter(|u| rest.len() > u.len() && rest.ends_with(**u))
        .max_by_key(|u| u.len())
    {
        rest = rest[..rest.len() - u.len()].trim_end();
    }
    let (rest, times) = match rest.chars().last() {
        Some('万') => (&rest[..rest.len() - '万'.len_utf8()], 10_000.0),
        Some('千') => (&rest[..rest.len() - '千'.len_utf8()], 1_000.0),
        _ => (rest, 1.0),
    };
    if times != 1.0 && rest.trim().is_empty() {
        return Err(ErrorKind::NotANumber);
    }
    let x = parse_number(rest).map_err(|e| match e {
        // The readings as the number means them: 4，5万 is 4.5万 or 45万.
        ErrorKind::AmbiguousComma { point, joined } => ErrorKind::AmbiguousComma {
            point: point * times,
            joined: joined * times,
        },
        other => other,
    })?;
    let x = x * times;
    if x.is_finite() {
        Ok(x)
    } else {
        Err(ErrorKind::NotFinite)
    }
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
                Err(ErrorKind::AmbiguousComma {
                    point: 3.9,
                    joined: 39.0,
                }),
            ),
            (
                "a Chinese comma where a point was meant",
                "4，5",
                Err(ErrorKind::AmbiguousComma {
                    point: 4.5,
                    joined: 45.0,
                }),
            ),
            (
                "a group of two",
                "15,00",
                Err(ErrorKind::AmbiguousComma {
                    point: 15.0,
                    joined: 1500.0,
                }),
            ),
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

    /// A case: its name, the text, the field's unit words, what it reads as.
    type Case<'a> = (&'a str, &'a str, &'a [&'a str], Result<f64, ErrorKind>);

    /// Issue #15: numbers as people write them, with 万 and 千 and the field's unit.
    #[test]
    fn reads_wan_qian_and_the_fields_unit() {
        let yuan: &[&str] = &["元", "块钱", "块"];
        let mu: &[&str] = &["亩"];
        let cases: [Case; 15] = [
            ("yuan after the number", "2000元", yuan, Ok(2_000.0)),
            ("a space before the unit", "2000 元", yuan, Ok(2_000.0)),
            ("kuai", "300块", yuan, Ok(300.0)),
            ("wan", "0.2万", yuan, Ok(2_000.0)),
            ("qian", "2千", yuan, Ok(2_000.0)),
            ("wan yuan", "1.5万元", yuan, Ok(15_000.0)),
            ("full-width wan", "１．５万", yuan, Ok(15_000.0)),
            ("mu after land", "4亩", mu, Ok(4.0)),
            (
                "another field's unit",
                "4亩",
                yuan,
                Err(ErrorKind::NotANumber),
            ),
            ("a unit alone", "元", yuan, Err(ErrorKind::NotANumber)),
            ("wan alone", "万", yuan, Err(ErrorKind::NotANumber)),
            ("wan twice", "1万万", yuan, Err(ErrorKind::NotANumber)),
            (
                "a decimal comma with a unit",
                "4，5亩",
                mu,
                Err(ErrorKind::AmbiguousComma {
                    point: 4.5,
                    joined: 45.0,
                }),
            ),
            (
                "a decimal comma in wan",
                "1,5万",
                yuan,
                Err(ErrorKind::AmbiguousComma {
                    point: 15_000.0,
                    joined: 150_000.0,
                }),
            ),
            ("thousands with a unit", "15,000元", yuan, Ok(15_000.0)),
        ];
        for (case, text, units, want) in cases {
            assert_eq!(parse_in(text, units), want, "{case}");
        }
    }
}
