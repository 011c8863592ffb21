//! A small, fast, seeded random number generator (SplitMix64) and one year's random draw.
//! Hand-written to keep the WebAssembly small; the same seed always gives the same numbers.

/// SplitMix64 (Steele, Lea & Flood 2014): a 64-bit state advanced by a Weyl sequence and mixed.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1), 53 bits of precision.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in [lo, hi).
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Two independent uniforms in [0, 1) from one draw, 32 bits of precision each: plenty for
    /// yields and prices, and half the work.
    pub fn unit_pair(&mut self) -> (f64, f64) {
        const SCALE: f64 = 1.0 / (1u64 << 32) as f64;
        let x = self.next_u64();
        ((x >> 32) as f64 * SCALE, (x & 0xFFFF_FFFF) as f64 * SCALE)
    }

    /// Three independent uniforms in [0, 1) from one draw, 21 bits each (steps of 5 × 10⁻⁷):
    /// for yes/no chances.
    pub fn unit_triple(&mut self) -> [f64; 3] {
        const SCALE: f64 = 1.0 / (1u64 << 21) as f64;
        let x = self.next_u64();
        [
            (x >> 43) as f64 * SCALE,
            ((x >> 22) & 0x1F_FFFF) as f64 * SCALE,
            ((x >> 1) & 0x1F_FFFF) as f64 * SCALE,
        ]
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_numbers() {
        let a: Vec<u64> = {
            let mut r = Rng::new(7);
            (0..5).map(|_| r.next_u64()).collect()
        };
        let mut r = Rng::new(7);
        let b: Vec<u64> = (0..5).map(|_| r.next_u64()).collect();
        assert_eq!(a, b);
        assert_ne!(Rng::new(8).next_u64(), a[0]);
    }

    #[test]
    fn split_uniforms_are_in_range_with_mean_one_half() {
        let mut r = Rng::new(2);
        let n = 50_000;
        let (mut a, mut b, mut c) = (0.0, 0.0, [0.0; 3]);
        for _ in 0..n {
            let (x, y) = r.unit_pair();
            let t = r.unit_triple();
            for v in [x, y].iter().chain(&t) {
                assert!((0.0..1.0).contains(v));
            }
            a += x;
            b += y;
            for i in 0..3 {
                c[i] += t[i];
            }
        }
        for mean in [a, b, c[0], c[1], c[2]].map(|s| s / f64::from(n)) {
            assert!((mean - 0.5).abs() < 0.008, "{mean}");
        }
    }

    #[test]
    fn unit_is_in_range_with_mean_one_half() {
        let mut r = Rng::new(1);
        let n = 100_000;
        let mut sum = 0.0;
        for _ in 0..n {
            let u = r.unit();
            assert!((0.0..1.0).contains(&u));
            sum += u;
        }
        // Standard error of the mean is 0.289 / sqrt(n) ≈ 0.0009.
        assert!((sum / f64::from(n) - 0.5).abs() < 0.005);
    }
}
