//! Reading a decimal number into an `f64`, exactly as `str::parse::<f64>` reads it (the same
//! strings accepted, the same value to the last bit, correctly rounded), without the standard
//! library's parser: its table of 128-bit powers of five alone is 11 KB of WebAssembly that
//! brotli cannot compress (10.7 KB on the wire), more than anything else the household page
//! parses numbers with (docs/performance.md).
//!
//! Most numbers people type (up to 15 digits, small exponents) take the fast path: the
//! digits as an integer, times or divided by an exact power of ten, one rounding (Clinger's).
//! Others take an exact path with big integers: slow, but only for long or extreme numbers.

/// `10^0 ..= 10^22`: every power of ten an `f64` holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// `s` read as `s.parse::<f64>()` reads it: an optional sign, then `inf`, `infinity` or `nan`
/// in any case, or digits with an optional point (at least one digit) and an optional
/// exponent (`e` or `E`, an optional sign, at least one digit). None where `parse` fails.
pub fn parse_f64(s: &str) -> Option<f64> {
    let (negative, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let value = match rest.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => decimal(rest.as_bytes())?,
    };
    Some(if negative { -value } else { value })
}

/// An unsigned decimal: digits, point, exponent.
fn decimal(b: &[u8]) -> Option<f64> {
    let mut i = 0;
    // The significant digits (leading zeros dropped) and the exponent of the last one.
    let mut digits: Vec<u8> = Vec::new();
    let mut exp: i64 = 0;
    let mut any = false;
    while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
        if !(digits.is_empty() && c == b'0') {
            digits.push(c - b'0');
        }
        any = true;
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            if !(digits.is_empty() && c == b'0') {
                digits.push(c - b'0');
            }
            exp -= 1;
            any = true;
            i += 1;
        }
    }
    if !any {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        let negative = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            // Saturates far beyond any exponent that could matter.
            e = (e * 10 + i64::from(c - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp += if negative { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    // Trailing zeros of the digits go into the exponent.
    while digits.last() == Some(&0) {
        digits.pop();
        exp += 1;
    }
    if digits.is_empty() {
        return Some(0.0);
    }
    let magnitude = exp + digits.len() as i64; // 10^(magnitude - 1) <= value < 10^magnitude
    if magnitude > 310 {
        return Some(f64::INFINITY);
    }
    if magnitude < -326 {
        return Some(0.0);
    }
    if digits.len() <= 15 {
        let w = digits.iter().fold(0u64, |w, &d| w * 10 + u64::from(d));
        // Below 10^15 < 2^53: `w` is exact, so are the powers, and one operation rounds.
        if (0..=22).contains(&exp) {
            return Some(w as f64 * POW10[exp as usize]);
        }
        if (-22..0).contains(&exp) {
            return Some(w as f64 / POW10[(-exp) as usize]);
        }
    }
    Some(exact(&digits, exp))
}

/// The digits × 10^exp, correctly rounded, by big integers.
fn exact(digits: &[u8], exp: i64) -> f64 {
    let mut n = Big::default();
    for &d in digits {
        n.mul_add(10, u32::from(d));
    }
    if exp >= 0 {
        for _ in 0..exp {
            n.mul_add(10, 0);
        }
        // The top 64 bits, with any lower bit that is set folded into the lowest (a sticky
        // bit far below the 53 kept, so that ties round as they should), then scaled.
        let bits = n.bits();
        let shift = bits.saturating_sub(64);
        let (top, rest) = n.top64(shift);
        let m = top | u64::from(rest);
        return scale(m as f64, i64::from(shift));
    }
    // n / 10^-exp = q / 2^k with q holding 64 bits and the remainder's sticky bit; below the
    // normal range, q holds exactly the bits a subnormal keeps and is rounded here.
    let mut s = Big::default();
    s.mul_add(1, 1);
    for _ in 0..-exp {
        s.mul_add(10, 0);
    }
    // 2^(nb - sb - 1) < n / s < 2^(nb - sb + 1), so q starts in [2^62, 2^64).
    let (nb, sb) = (i64::from(n.bits()), i64::from(s.bits()));
    let mut k = 63 - (nb - sb);
    let (mut q, mut rem) = n.shifted_div(k, &s);
    if q < 1 << 63 {
        k += 1;
        (q, rem) = n.shifted_div(k, &s);
    }
    // value ≈ q × 2^-k with q in [2^63, 2^64): binary exponent of the value is 63 - k.
    if 63 - k >= -1022 {
        return scale((q | u64::from(rem.is_some())) as f64, -k);
    }
    // Subnormal (or zero): q = value × 2^1074, rounded half to even by hand.
    let (q, rem) = n.shifted_div(1074, &s);
    let up = match rem.map(|r| r.cmp_half(&s)) {
        Some(std::cmp::Ordering::Greater) => true,
        Some(std::cmp::Ordering::Equal) => q & 1 == 1,
        _ => false,
    };
    f64::from_bits(q + u64::from(up))
}

/// `x × 2^e`, exactly while the result is a normal number (and infinite above).
fn scale(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= f64::from_bits(2023 << 52); // 2^1000
        e -= 1000;
    }
    while e < -1000 {
        x *= f64::from_bits(23 << 52); // 2^-1000
        e += 1000;
    }
    x * f64::from_bits(((1023 + e) as u64) << 52)
}

/// An unsigned big integer, 32-bit limbs, least significant first.
#[derive(Clone, Debug, Default)]
struct Big(Vec<u32>);

impl Big {
    /// self = self × m + a.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let x = u64::from(*limb) * u64::from(m) + carry;
            *limb = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// Number of significant bits.
    fn bits(&self) -> u32 {
        let mut v = &self.0[..];
        while let [rest @ .., 0] = v {
            v = rest;
        }
        match v.last() {
            Some(&top) => 32 * (v.len() as u32 - 1) + (32 - top.leading_zeros()),
            None => 0,
        }
    }

    /// Bit `i`.
    fn bit(&self, i: u32) -> bool {
        self.0
            .get((i / 32) as usize)
            .is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    /// self >> shift as 64 bits (the value must fit), and whether any bit shifted out was set.
    fn top64(&self, shift: u32) -> (u64, bool) {
        let top = (0..64).fold(0u64, |t, j| t | u64::from(self.bit(shift + j)) << j);
        let rest = (0..shift).any(|j| self.bit(j));
        (top, rest)
    }

    /// self << shift (shift ≥ 0).
    fn shl(&self, shift: u32) -> Big {
        let (limbs, bits) = ((shift / 32) as usize, shift % 32);
        let mut out = vec![0u32; limbs];
        let mut carry = 0u32;
        for &l in &self.0 {
            out.push(if bits == 0 { l } else { l << bits | carry });
            carry = if bits == 0 { 0 } else { l >> (32 - bits) };
        }
        out.push(carry);
        Big(out)
    }

    /// Compares, limb by limb from the top.
    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        let len = self.0.len().max(other.0.len());
        (0..len)
            .rev()
            .map(|i| {
                let a = self.0.get(i).copied().unwrap_or(0);
                let b = other.0.get(i).copied().unwrap_or(0);
                a.cmp(&b)
            })
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    }

    /// self -= other (other ≤ self).
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let x = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            *limb = x.rem_euclid(1 << 32) as u32;
            borrow = i64::from(x < 0);
        }
    }

    /// 2 × self against `s`.
    fn cmp_half(&self, s: &Big) -> std::cmp::Ordering {
        self.shl(1).cmp(s)
    }

    /// floor(self × 2^k / s) (for a quotient below 2^64; k may be negative) and the
    /// remainder when it is not zero.
    fn shifted_div(&self, k: i64, s: &Big) -> (u64, Option<Big>) {
        let (mut r, d) = if k >= 0 {
            (self.shl(k as u32), s.clone())
        } else {
            (self.clone(), s.shl((-k) as u32))
        };
        let mut q = 0u64;
        for bit in (0..64).rev() {
            let t = d.shl(bit);
            if r.cmp(&t).is_ge() {
                r.sub(&t);
                q |= 1 << bit;
            }
        }
        // When k < 0 the remainder is against s × 2^-k: only whether it is zero is used then
        // (its size against s only for subnormals, where k ≥ 0).
        let zero = r.0.iter().all(|&l| l == 0);
        (q, (!zero).then_some(r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::random::Rng;

    fn same(s: &str) {
        let want = s.parse::<f64>().ok();
        let got = parse_f64(s);
        match (want, got) {
            (Some(w), Some(g)) => assert!(
                w.to_bits() == g.to_bits() || (w.is_nan() && g.is_nan()),
                "{s:?}: std {w:e}, ours {g:e}"
            ),
            (None, None) => {}
            _ => panic!("{s:?}: std {want:?}, ours {got:?}"),
        }
    }

    #[test]
    fn the_same_as_the_standard_parser_on_chosen_strings() {
        for s in [
            "0",
            "-0",
            "+0",
            "00",
            "0.0",
            ".5",
            "5.",
            ".",
            "",
            "+",
            "-",
            "e5",
            "1e",
            "1e+",
            "1e-",
            "1e5",
            "1E5",
            "1e+5",
            "1e-5",
            "--1",
            "+-1",
            " 1",
            "1 ",
            "1_000",
            "0x10",
            "1,5",
            "inf",
            "-inf",
            "+Infinity",
            "INFINITY",
            "infinit",
            "nan",
            "NaN",
            "-nan",
            "+NAN",
            "in",
            "3.5",
            "12000",
            "0.2",
            "0.1",
            "0.3",
            "123.456",
            "9007199254740992",
            "9007199254740993",
            "9007199254740995",
            "18446744073709551615",
            "18446744073709551616",
            "123456789012345678901234567890",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "2e308",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-324",
            "5e-324",
            "1e-400",
            "1e400",
            "0e999999",
            "0.000000000000000000000000000001",
            "1e99999999999999999999999",
            "1e-99999999999999",
            "7.0e-10",
            "8.41e21",
            "8.41e22",
            "1e23",
            "9e22",
            "123456789012345e10",
            "1234567890123456",
            "0.1000000000000000055511151231257827",
            "0.1000000000000000055511151231257828",
            "3.0000000000000004",
            "10000000000000001",
            "4.5",
            "1e22",
            "1e-22",
            "1e-23",
            "2.5e-320",
        ] {
            same(s);
        }
    }

    /// The exact decimal expansion of `m × 2^-1075`: for odd `m`, halfway between two
    /// subnormals (or, for `2^53 - 1`, between the largest subnormal and the smallest normal).
    fn halfway(m: u64) -> String {
        let mut n = Big::default();
        n.mul_add(1, (m >> 32) as u32);
        n.mul_add(1 << 16, 0);
        n.mul_add(1 << 16, m as u32);
        for _ in 0..1075 {
            n.mul_add(5, 0);
        }
        let mut digits = Vec::new();
        while n.bits() > 0 {
            let mut rem = 0u64;
            for limb in n.0.iter_mut().rev() {
                let x = rem << 32 | u64::from(*limb);
                *limb = (x / 10) as u32;
                rem = x % 10;
            }
            digits.push(char::from(b'0' + rem as u8));
        }
        digits.reverse();
        format!("{}e-1075", digits.into_iter().collect::<String>())
    }

    #[test]
    fn ties_below_the_normal_range_round_to_even() {
        for m in [
            1,
            3,
            5,
            7,
            1 << 20 | 1,
            (1 << 52) - 1,
            (1 << 52) + 1,
            (1 << 53) - 1,
        ] {
            same(&halfway(m));
        }
    }

    #[test]
    fn the_same_as_the_standard_parser_on_generated_strings() {
        let mut rng = Rng::new(13);
        let mut text = String::new();
        for _ in 0..40_000 {
            text.clear();
            let r = |rng: &mut Rng, n: u64| rng.next_u64() % n;
            match r(&mut rng, 3) {
                0 => text.push('-'),
                1 if r(&mut rng, 4) == 0 => text.push('+'),
                _ => {}
            }
            let int = r(&mut rng, 25) as usize;
            for _ in 0..int {
                text.push(char::from(b'0' + r(&mut rng, 10) as u8));
            }
            if r(&mut rng, 2) == 0 {
                text.push('.');
                for _ in 0..r(&mut rng, 25) {
                    text.push(char::from(b'0' + r(&mut rng, 10) as u8));
                }
            }
            if r(&mut rng, 3) == 0 {
                text.push(if r(&mut rng, 2) == 0 { 'e' } else { 'E' });
                match r(&mut rng, 3) {
                    0 => text.push('-'),
                    1 => text.push('+'),
                    _ => {}
                }
                text.push_str(&r(&mut rng, 340).to_string());
            }
            same(&text);
            // Halfway and near-halfway cases: a double's decimal expansion, nudged.
            let x = f64::from_bits(rng.next_u64() >> 1);
            if x.is_finite() {
                let mid = format!("{:.30e}", x);
                same(&mid);
                same(&format!("{x:e}"));
                same(&format!("{x}"));
            }
        }
    }
}
