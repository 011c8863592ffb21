//! Numbers and money as each language writes them: whole yuan with thousands separators;
//! in Chinese, 万 for large sums in sentences (2.15 万元).

use crate::model::form::fixed_point;
use crate::model::Lang;

/// `1234567` → `1,234,567` (a minus sign for negatives).
pub fn group_thousands(n: i64) -> String {
    let mut out = String::with_capacity(24);
    push_grouped(&mut out, n);
    out
}

/// Appends [`group_thousands`] of `n` to `out` (no `core::fmt`: the results table writes
/// about a hundred of these on every keystroke).
pub fn push_grouped(out: &mut String, n: i64) {
    if n < 0 {
        out.push('−');
    }
    push_digits(out, n.unsigned_abs());
}

/// Appends `m`'s digits, grouped by three with commas.
fn push_digits(out: &mut String, mut m: u64) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    loop {
        digits[len] = b'0' + (m % 10) as u8;
        len += 1;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    for i in (0..len).rev() {
        out.push(char::from(digits[i]));
        if i > 0 && i % 3 == 0 {
            out.push(',');
        }
    }
}

/// A decimal number with thousands separators and at most `decimals` decimals (trailing
/// zeros dropped): `15000.5` → `15,000.5`. No float formatting (see `fixed_point`).
pub fn number(x: f64, decimals: usize) -> String {
    let s = fixed_point(x.abs(), decimals as u32);
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let int: i64 = int.parse().unwrap_or(0);
    let mut out = group_thousands(int);
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    if x < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '−');
    }
    out
}

/// A coordinate for SVG: one decimal at most.
pub fn svg(x: f64) -> String {
    crate::model::form::plain_number(x, 1)
}

/// Whole yuan: `12,345 元` or `¥12,345`.
pub fn yuan(lang: Lang, n: i64) -> String {
    let mut out = String::with_capacity(24);
    match lang {
        Lang::Zh => {
            push_grouped(&mut out, n);
            out.push_str(" 元");
        }
        Lang::En => {
            if n < 0 {
                out.push('−');
            }
            out.push('¥');
            push_digits(&mut out, n.unsigned_abs());
        }
    }
    out
}

/// Money in a sentence: in Chinese `2.15 万元` from 10,000 up, otherwise whole yuan.
pub fn yuan_words(lang: Lang, x: f64) -> String {
    match lang {
        Lang::Zh if x.abs() >= 10_000.0 => format!("{} 万元", number(x / 10_000.0, 2)),
        _ => yuan(lang, x.round() as i64),
    }
}

/// A fraction as a whole percent: `0.123` → `12%`.
pub fn percent(x: f64) -> String {
    format!("{}%", number(x * 100.0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_in_both_languages() {
        let cases = [
            (Lang::Zh, 21_500.0, "2.15 万元"),
            (Lang::Zh, 8_500.0, "8,500 元"),
            (Lang::Zh, 100_000.0, "10 万元"),
            (Lang::En, 21_500.4, "¥21,500"),
            (Lang::En, -700.0, "−¥700"),
            (Lang::Zh, -12_345.0, "−1.23 万元"),
        ];
        for (lang, x, want) in cases {
            assert_eq!(yuan_words(lang, x), want);
        }
    }

    #[test]
    fn whole_yuan_grouped_by_thousands() {
        // (case, amount, Chinese, English)
        let cases = [
            ("zero", 0, "0 元", "¥0"),
            ("three digits", 999, "999 元", "¥999"),
            ("four digits", 1_000, "1,000 元", "¥1,000"),
            ("seven digits", 1_234_567, "1,234,567 元", "¥1,234,567"),
            ("negative", -70_500, "−70,500 元", "−¥70,500"),
            (
                "the smallest i64",
                i64::MIN,
                "−9,223,372,036,854,775,808 元",
                "−¥9,223,372,036,854,775,808",
            ),
        ];
        for (case, n, zh, en) in cases {
            assert_eq!(yuan(Lang::Zh, n), zh, "{case}");
            assert_eq!(yuan(Lang::En, n), en, "{case}");
        }
        assert_eq!(group_thousands(1_234_567), "1,234,567");
        assert_eq!(group_thousands(-1_000), "−1,000");
        assert_eq!(group_thousands(0), "0");
        assert_eq!(number(15_000.5, 2), "15,000.5");
        assert_eq!(number(-0.001, 2), "0");
        assert_eq!(percent(0.098), "10%");
    }
}
