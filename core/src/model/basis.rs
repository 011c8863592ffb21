//! The Monte Carlo's fast path: every pattern's simulated totals from a basis of per-draw
//! columns shared by every pattern and every household of a draw table.
//!
//! A pattern's total over the horizon is, in a draw where every payer it depends on pays in
//! every year, a constant plus a linear form of a few quantities of the draw: each crop's
//! yield × price factor and the migrant-earnings factor of each year, the land dividend of
//! each year, and each chicken batch's survival × price (the protective price holding, since
//! the cooperative pays). Years with the same coefficient share one column, the sum of those
//! years' quantities (most coefficients are the same every year, so a column is usually the
//! quantity summed over the horizon). The columns are computed once per table and kept in
//! it ([`Cache`]), for every pattern and every household that uses the table.
//!
//! The other draws, where a payer the pattern depends on missed a year (a few in a hundred at
//! the default failure chances), are the *exceptions*, grouped by who pays when. A group of
//! [`SMALL_GROUP`] draws or more has a program of its own, the same kind of constant and
//! terms, which reads the group's own copies of the columns at its draws, side by side; a
//! smaller group's totals are computed draw by draw with the straightforward year-by-year
//! rule ([`exact`]), the same arithmetic in the same order as
//! [`DrawTable::totals_reference`], so they are equal to the last bit.
//!
//! **Tolerance.** In the programs' totals the sum is reassociated (years summed first, the
//! constant added once), so a total can differ from the year-by-year sum in its last bits:
//! by at most a few units in the last place of the largest partial sum, far below
//! [`TOLERANCE`] × (1 + |total|) for household-sized amounts. Every figure drawn from the
//! totals (mean, standard deviation, percentiles) moves by no more than the totals do; the
//! chances of ending below the status quo or below zero count a draw differently only when
//! the two totals compared lie within that tolerance of each other. `core/tests/fast_path.rs`
//! checks this against the straightforward path on generated households.
//!
//! **Low ranks** ([`low_rank`]: a roster's P10, without every total). Where every payer pays,
//! a pattern's total is `c₀ + Σ aᵢxᵢ` over `d` columns. Scale each column by its largest size
//! `Sᵢ` and sign it as its coefficient (`x̂ᵢ = sign(aᵢ) xᵢ / Sᵢ`, at most 1 in size): the
//! total is `c₀ + Σ wᵢx̂ᵢ` with weights `wᵢ = |aᵢ| Sᵢ ≥ 0`. A household's weights fall in a
//! *cell*: which term weighs most (`m`), and for each other term which of a few equal bins
//! its ratio `wᵢ / w_m` lies in. Every weight vector of a cell is `w_m` times a mixture of
//! the cell's *edges* (the ratios at either end of their bins, `2^(d − 1)` of them), so a
//! draw `q` below another `p` by at least `ETA` along every edge is below it for every
//! household of the cell, by at least `ETA × w_m` before rounding. The totals' rounding
//! moves each by less than half that (asked of each household, with room to spare: where its
//! constant is too large beside its weights, every total is taken), so `q`'s computed total
//! is below `p`'s. A draw with more than `k` draws below it in that sense has more than `k`
//! totals strictly below its own, so it lies above the value at rank `k`, and leaving out
//! every such draw leaves every total at most that value, the sign of a zero included: the
//! value at rank `k` is the same among the rest and the exceptions'. Which draws stay
//! depends on the columns, the signs, the payers, the cell and `k`, not on the household:
//! the table keeps them per cell, built once [`BUILD_AFTER`] households have fallen in it
//! (those before take every total; about 120 of 1,000 draws kept for two terms, 150 to 300
//! for three to five), with their values in the columns side by side, ordered along the
//! cell's middle so that a household's totals come nearly sorted, and the rank is found by
//! counting against a few of them as bounds ([`nth_guided`]). Programs with more than
//! [`CONE_TERMS`] terms take every total.

use std::cmp::Ordering;

use super::{DrawTable, SimYear, YearCols};
use crate::model::risk::{YearState, ALL_PAY};
use crate::model::stream::{Counterparty, Gate, Risk};

/// Relative tolerance of a fast total against the year-by-year sum (module doc).
pub const TOLERANCE: f64 = 1e-12;

/// The most years a column's set of years can name; longer horizons take the straightforward
/// path (the inputs allow 10).
const MAX_YEARS: usize = 16;

// What a column holds, per year.
/// Corn's yield × price factor.
const CORN: u8 = 0;
/// Potatoes' yield × price factor.
const POTATO: u8 = 1;
/// The migrant-earnings factor.
const WAGE: u8 = 2;
/// The land dividend, yuan/ha.
const LAND: u8 = 3;
/// The first chicken batch's survival × price (at least the protective price).
const HEN: u8 = 4;

/// A column: a quantity summed over a set of years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    /// [`CORN`], [`POTATO`], [`WAGE`], [`LAND`], or [`HEN`] + batch.
    kind: u8,
    /// The protective price's bits, for chicken columns (0 otherwise).
    floor: u64,
    /// Bit `y` for year `y + 1`.
    years: u16,
}

/// The columns and groups of draws computed so far for one draw table.
#[derive(Clone, Debug, Default)]
pub struct Cache {
    keys: Vec<Key>,
    cols: Vec<Vec<f64>>,
    /// Each column's largest absolute value (the low ranks' scale).
    scales: Vec<f64>,
    /// For each set of payers, the draws where one of them misses a year, grouped by who
    /// pays when.
    groups: [Option<Vec<Group>>; 16],
    /// The draws that can hold a low rank, per program shape ([`low_rank`]).
    cones: Vec<Cones>,
    /// Scratch space for building a cell's draws.
    work: Vec<u64>,
}

/// The most terms a program can have for its low ranks to be taken from kept draws (a cell
/// has 2^(d − 1) edges); more take every total.
const CONE_TERMS: usize = 5;

/// How far (in the columns' scaled units, each at most 1 in size) a draw must be below
/// another along every edge of a cell to count as below it for every household in the cell.
/// Far above the rounding of the scaled columns and their projections (a few units in the
/// last place of numbers at most `d` in size, below 1e-14).
const ETA: f64 = 1e-9;

/// Bins per ratio of weights: cells for `d` terms are `d × bins^(d − 1)`.
fn bins(d: usize) -> usize {
    match d {
        0 | 1 => 1,
        2 => 8,
        _ => 4,
    }
}

/// What decides which draws can hold a low rank, besides the cell: the terms' columns and the
/// signs of their coefficients, the payers whose misses are exceptions, and the rank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ConeKey {
    /// (column, coefficient below zero) per term; `d` of them.
    terms: [(usize, bool); CONE_TERMS],
    d: usize,
    mask: u8,
    k: usize,
}

/// The kept draws of one program shape, cell by cell.
#[derive(Clone, Debug)]
struct Cones {
    key: ConeKey,
    /// The draws where no payer in the mask misses a year, in draw order.
    regular: Vec<u32>,
    /// Per cell (module doc, "Low ranks").
    cells: Vec<Cell>,
}

/// One cell of a program shape.
#[derive(Clone, Debug)]
enum Cell {
    /// Not built yet: how many households have fallen in it so far.
    Asked(u32),
    /// Built: the kept draws' values in the terms' columns, term after term.
    Built(Vec<f64>),
}

/// A cell is built for the households after this many have fallen in it (those before take
/// every total): building one costs as much as 40 to 400 households' totals (two to five
/// terms), and many cells get only a few households.
const BUILD_AFTER: u32 = 16;

/// Draws where the payers of a set pay in the same years.
#[derive(Clone, Debug)]
struct Group {
    /// Who pays when, as in [`DrawTable`]'s `fates`, payers outside the set left out.
    fate: u64,
    draws: Vec<u32>,
    /// Per column of the cache, its values at these draws side by side (empty until a
    /// program of the group reads it).
    cols: Vec<Vec<f64>>,
}

/// `mask` in every year's four bits, for the first `years` years: the fate of a draw where
/// every payer in the mask pays.
fn every_year(mask: u8, years: usize) -> u64 {
    (u64::from(mask) * 0x1111_1111_1111_1111)
        & u64::MAX.checked_shr(64 - 4 * years as u32).unwrap_or(0)
}

/// A column's largest absolute value.
fn scale(col: &[f64]) -> f64 {
    col.iter().fold(0.0, |m: f64, x| m.max(x.abs()))
}

/// A sort key in IEEE total order of `x`, then `i` (the low ranks' one sort, of `u128`: one
/// instance of the standard sort in the WebAssembly).
fn sort_key(x: f64, i: u32) -> u128 {
    // `order_key`'s order, from the signed integers to the unsigned ones.
    let ordered = (super::order_key(x) as u64) ^ (1 << 63);
    (u128::from(ordered) << 64) | u128::from(i)
}

impl Cache {
    /// The index of column `key`, computed on first use.
    fn column(&mut self, cols: &[YearCols], key: Key) -> usize {
        if let Some(i) = self.keys.iter().position(|k| *k == key) {
            return i;
        }
        let n = cols.first().map_or(0, |c| c.pays.len());
        let mut sum = vec![0.0; n];
        for (y, c) in cols.iter().enumerate() {
            if key.years & (1 << y) == 0 {
                continue;
            }
            match key.kind {
                CORN | POTATO | WAGE => {
                    for (s, x) in sum.iter_mut().zip(&c.f[key.kind as usize]) {
                        *s += x;
                    }
                }
                LAND => {
                    for (s, x) in sum.iter_mut().zip(&c.land_div) {
                        *s += x;
                    }
                }
                _ => {
                    // Without the protective price, the floor is −∞.
                    let floor = f64::from_bits(key.floor);
                    let [surv, price] = &c.hens[usize::from(key.kind - HEN)];
                    for ((s, a), p) in sum.iter_mut().zip(surv).zip(price) {
                        *s += a * if *p < floor { floor } else { *p };
                    }
                }
            }
        }
        self.keys.push(key);
        self.scales.push(scale(&sum));
        self.cols.push(sum);
        self.cols.len() - 1
    }

    /// The kept draws' values (term after term) of the cell of a program with these terms
    /// (column and coefficient) and constant (module doc, "Low ranks"), the cell built when
    /// [`BUILD_AFTER`] households have asked for it before.
    /// None (every total is then taken) before that, where the program has no term or more
    /// than [`CONE_TERMS`], or where its weights are too small beside its constant for the
    /// margin [`ETA`] to hold.
    fn cell(
        &mut self,
        fates: &[u64],
        years: usize,
        terms: &[(usize, f64)],
        c0: f64,
        mask: u8,
        k: usize,
    ) -> Option<&[f64]> {
        let d = terms.len();
        if d == 0 || d > CONE_TERMS {
            return None;
        }
        // Each term's weight: its coefficient's size times its column's scale.
        let mut w = [0.0; CONE_TERMS];
        for (w, &(i, a)) in w.iter_mut().zip(terms) {
            *w = a.abs() * self.scales[i];
        }
        let mut m = 0;
        for t in 1..d {
            if w[t] > w[m] {
                m = t;
            }
        }
        let sum: f64 = w[..d].iter().sum();
        // A total's rounding error is at most (2d + 1) units in the last place of
        // |c₀| + Σ|aᵢxᵢ|; the draws counted below another are below it by ETA × w[m] at least
        // (module doc): twice the error is to be below that, asked with a factor of 8 to spare.
        if ETA * w[m] <= 16.0 * (d + 1) as f64 * f64::EPSILON * (c0.abs() + sum) {
            return None;
        }
        let per = bins(d);
        let mut ratio = [0usize; CONE_TERMS];
        let mut cell = m;
        for t in (0..d).filter(|&t| t != m) {
            ratio[t] = ((w[t] / w[m] * per as f64) as usize).min(per - 1);
            cell = cell * per + ratio[t];
        }
        let mut key = ConeKey {
            terms: [(usize::MAX, false); CONE_TERMS],
            d,
            mask,
            k,
        };
        for (slot, &(i, a)) in key.terms.iter_mut().zip(terms) {
            *slot = (i, a < 0.0);
        }
        let at = match self.cones.iter().position(|c| c.key == key) {
            Some(at) => at,
            None => {
                let all = every_year(mask, years);
                let regular = (0u32..)
                    .zip(fates)
                    .filter(|(_, f)| *f & all == all)
                    .map(|(j, _)| j)
                    .collect();
                self.cones.push(Cones {
                    key,
                    regular,
                    cells: vec![Cell::Asked(0); d * per.pow(d as u32 - 1)],
                });
                self.cones.len() - 1
            }
        };
        if let Cell::Asked(n) = &mut self.cones[at].cells[cell] {
            if *n < BUILD_AFTER {
                *n += 1;
                return None;
            }
            let values = self.build_cell(at, m, &ratio[..d], per);
            self.cones[at].cells[cell] = Cell::Built(values);
        }
        match &self.cones[at].cells[cell] {
            Cell::Built(values) => Some(values),
            Cell::Asked(_) => None,
        }
    }

    /// The kept draws of one cell, their values term after term: among the regular draws,
    /// those fewer than `k + 1` others are below along every edge of the cell (by [`ETA`] at
    /// least, in the columns scaled to at most 1 and signed as the coefficients). A cell's
    /// edges: the weight of term `m` (the largest) is 1, each other term's is either end of its
    /// bin, `ratio[t] / per` or `(ratio[t] + 1) / per`.
    fn build_cell(&mut self, at: usize, m: usize, ratio: &[usize], per: usize) -> Vec<f64> {
        let Cones { key, regular, .. } = &self.cones[at];
        let (d, k, n) = (key.d, key.k, regular.len());
        // The columns scaled and signed, term after term.
        let scaled: Vec<Vec<f64>> = key.terms[..d]
            .iter()
            .map(|&(i, neg)| {
                let (col, s) = (&self.cols[i], self.scales[i]);
                let s = if neg { -s } else { s };
                regular
                    .iter()
                    .map(|&j| if s == 0.0 { 0.0 } else { col[j as usize] / s })
                    .collect()
            })
            .collect();
        let edges = 1usize << (d - 1);
        let words = n.div_ceil(64);
        // Per edge, how many draws are below each by the margin, and (with two edges or more)
        // the set of the first `t` draws along the edge, for every `t`.
        let mut below = vec![0u32; edges * n];
        // Every row but each edge's first is written whole below: the space is only grown.
        if edges > 1 && self.work.len() < edges * (n + 1) * words {
            self.work.resize(edges * (n + 1) * words, 0);
        }
        // Term t's weight at `up` (0 or 1: either end of its bin, ½: its centre).
        let weight = |t: usize, up: f64| {
            if t == m {
                1.0
            } else {
                (ratio[t] as f64 + up) / per as f64
            }
        };
        let mut proj = vec![0.0; n];
        let mut order: Vec<u128> = Vec::with_capacity(n);
        for e in 0..edges {
            // Edge e takes the upper end of the bins of the other terms whose bit is set.
            let mut bit = 0;
            for (t, col) in scaled.iter().enumerate() {
                let up = if t == m {
                    0.0
                } else {
                    bit += 1;
                    f64::from((e >> (bit - 1) & 1) as u8)
                };
                let w = weight(t, up);
                if t == 0 {
                    for (p, x) in proj.iter_mut().zip(col) {
                        *p = w * x;
                    }
                } else {
                    for (p, x) in proj.iter_mut().zip(col) {
                        *p += w * x;
                    }
                }
            }
            order.clear();
            order.extend((0u32..).zip(&proj).map(|(r, p)| sort_key(*p, r)));
            order.sort_unstable();
            let mut first = 0;
            for &o in &order {
                let p = proj[o as u32 as usize];
                while proj[order[first] as u32 as usize] < p - ETA {
                    first += 1;
                }
                below[e * n + o as u32 as usize] = first as u32;
            }
            if edges > 1 {
                let sets = &mut self.work[e * (n + 1) * words..(e + 1) * (n + 1) * words];
                sets[..words].fill(0);
                for (t, &o) in order.iter().enumerate() {
                    let r = o as u32 as usize;
                    let (done, rest) = sets.split_at_mut((t + 1) * words);
                    let next = &mut rest[..words];
                    next.copy_from_slice(&done[t * words..]);
                    next[r / 64] |= 1 << (r % 64);
                }
            }
        }
        // A draw is kept when fewer than k + 1 draws are below it along every edge: surely
        // when along one edge fewer are, otherwise as counted in the sets' intersection.
        let mut kept: Vec<u128> = Vec::new();
        let mut sets: [&[u64]; 1 << (CONE_TERMS - 1)] = [&[]; 1 << (CONE_TERMS - 1)];
        for r in 0..n {
            let fewest = (0..edges).map(|e| below[e * n + r]).min().unwrap_or(0) as usize;
            let keep = if fewest <= k || edges == 1 {
                fewest <= k
            } else {
                for (e, set) in sets[..edges].iter_mut().enumerate() {
                    let at = (e * (n + 1) + below[e * n + r] as usize) * words;
                    *set = &self.work[at..at + words];
                }
                let count: u32 = (0..words)
                    .map(|w| {
                        sets[1..edges]
                            .iter()
                            .fold(sets[0][w], |a, s| a & s[w])
                            .count_ones()
                    })
                    .sum();
                count as usize <= k
            };
            if keep {
                // In order along the cell's middle (each bin's centre): a household's totals
                // of the kept draws come nearly sorted.
                let middle: f64 = (0..d).map(|t| weight(t, 0.5) * scaled[t][r]).sum();
                kept.push(sort_key(middle, r as u32));
            }
        }
        kept.sort_unstable();
        let mut values = Vec::with_capacity(d * kept.len());
        for &(i, _) in &key.terms[..d] {
            values.extend(
                kept.iter()
                    .map(|&o| self.cols[i][regular[o as u32 as usize] as usize]),
            );
        }
        values
    }

    /// The draws where a payer in `mask` misses one of the first `years` years, by fate.
    fn groups(&mut self, fates: &[u64], mask: u8, years: usize) -> &[Group] {
        self.groups[usize::from(mask & 15)].get_or_insert_with(|| {
            let all = every_year(mask, years);
            let mut odd: Vec<(u64, u32)> = (0u32..)
                .zip(fates)
                .map(|(j, f)| (f & all, j))
                .filter(|(f, _)| *f != all)
                .collect();
            odd.sort_unstable();
            let mut groups: Vec<Group> = Vec::new();
            for (fate, j) in odd {
                match groups.last_mut() {
                    Some(g) if g.fate == fate => g.draws.push(j),
                    _ => groups.push(Group {
                        fate,
                        draws: vec![j],
                        cols: Vec::new(),
                    }),
                }
            }
            groups
        })
    }
}

/// One pattern's totals as a constant and terms over the columns, for the draws of one fate
/// (every payer paying every year, or one group's). Reused from one pattern to the next.
#[derive(Clone, Debug, Default)]
pub struct Program {
    c0: f64,
    mask: u8,
    /// (kind, floor bits, coefficient per year) before years are grouped.
    staged: Vec<(u8, u64, [f64; MAX_YEARS])>,
    terms: Vec<(Key, f64)>,
    resolved: Vec<(usize, f64)>,
    /// One exception group's totals.
    group_totals: Vec<f64>,
}

impl Program {
    fn add(&mut self, kind: u8, floor: u64, year: usize, coef: f64) {
        if coef == 0.0 {
            return;
        }
        let at = match self
            .staged
            .iter()
            .position(|(k, f, _)| *k == kind && *f == floor)
        {
            Some(i) => i,
            None => {
                self.staged.push((kind, floor, [0.0; MAX_YEARS]));
                self.staged.len() - 1
            }
        };
        self.staged[at].2[year] += coef;
    }

    /// Reads the pattern's years for the draws of `fate` (who pays when, as in
    /// [`DrawTable`]'s `fates`; `u64::MAX` for every payer every year): the gates of each
    /// year are then known, and the rest is linear in the columns.
    fn build(&mut self, years: &[SimYear], fate: u64) {
        self.c0 = 0.0;
        self.mask = 0;
        self.staged.clear();
        self.terms.clear();
        let (mut held, mut paid) = (u8::MAX, ALL_PAY);
        for (y, yr) in years.iter().enumerate() {
            let pays = ((fate >> (4 * y)) & 15) as u8;
            self.c0 += yr.constant;
            for (kind, &a) in [CORN, POTATO, WAGE].into_iter().zip(&yr.linear) {
                self.add(kind, 0, y, a);
            }
            let p = yr.promise;
            if p != 0 {
                self.mask |= p;
                if pays & p != 0 {
                    self.c0 += yr.if_pays;
                    self.add(LAND, 0, y, yr.dividend_ha);
                    if held & p != 0 {
                        self.c0 += yr.if_held_pays;
                    }
                } else if held & p != 0 {
                    self.c0 += yr.if_held_fails;
                }
            }
            let lp = yr.last_promise;
            if lp != 0 {
                self.mask |= lp;
                if y > 0 && held & paid & lp != 0 {
                    self.c0 += yr.if_paid_last;
                }
            }
            for &(gate, batch, birds, floor, cp) in &yr.chickens {
                self.mask |= cp | payer_bit(gate);
                if gate.masks().open(pays, held, paid) {
                    let floor = if pays & cp != 0 {
                        floor
                    } else {
                        f64::NEG_INFINITY
                    };
                    self.add(HEN + batch, floor.to_bits(), y, birds);
                }
            }
            for item in &yr.items {
                self.mask |= payer_bit(item.gate);
                if !item.gate.open(pays, held, paid) {
                    continue;
                }
                match item.risk {
                    Risk::Fixed => self.c0 += item.base,
                    Risk::LandDividend { ha } => self.add(LAND, 0, y, ha),
                    Risk::Crop(c) => self.add(c as u8, 0, y, item.base),
                    Risk::Wage { gross } => {
                        self.c0 += item.base - gross;
                        self.add(WAGE, 0, y, gross);
                    }
                    Risk::Chickens { .. } => {
                        unreachable!("chicken sales are kept apart by sim_years")
                    }
                }
            }
            if yr.at_stake != 0 {
                held &= !(yr.at_stake & !pays);
            }
            paid = pays;
        }
        // Years with the same coefficient share a column.
        for (kind, floor, coefs) in &self.staged {
            let mut done = 0u16;
            for y in 0..years.len() {
                let c = coefs[y];
                if done & (1 << y) != 0 || c == 0.0 {
                    continue;
                }
                let same = (y..years.len())
                    .filter(|&z| coefs[z].to_bits() == c.to_bits())
                    .fold(0u16, |m, z| m | 1 << z);
                done |= same;
                self.terms.push((
                    Key {
                        kind: *kind,
                        floor: *floor,
                        years: same,
                    },
                    c,
                ));
            }
        }
    }

    /// The terms' columns, computed on first use.
    fn resolve(&mut self, cache: &mut Cache, cols: &[YearCols]) {
        self.resolved.clear();
        for &(key, coef) in &self.terms {
            self.resolved.push((cache.column(cols, key), coef));
        }
    }
}

fn payer_bit(gate: Gate) -> u8 {
    gate.payer().map_or(0, Counterparty::bit)
}

/// True when the fast path can run these years (the straightforward one runs otherwise).
pub fn fits(years: &[SimYear]) -> bool {
    years.len() <= MAX_YEARS
}

/// Groups of fewer draws than this are summed draw by draw ([`exact`]); larger ones by
/// their own program.
const SMALL_GROUP: usize = 8;

/// Every horizon's total of one pattern (module doc): the constant and terms over the kept
/// columns for every horizon, then the draws where a payer it depends on misses a year,
/// group by group.
pub fn totals(table: &DrawTable, years: &[SimYear], prog: &mut Program, out: &mut Vec<f64>) {
    prog.build(years, u64::MAX);
    let cache = &mut *table.cache.borrow_mut();
    prog.resolve(cache, &table.cols);
    fill(table, cache, years, prog, out);
}

/// [`totals`] with `prog` built for every payer paying and resolved.
fn fill(
    table: &DrawTable,
    cache: &mut Cache,
    years: &[SimYear],
    prog: &mut Program,
    out: &mut Vec<f64>,
) {
    let cols = &cache.cols;
    sum_terms(
        prog.c0,
        table.n,
        prog.resolved.iter().map(|&(i, a)| (a, &cols[i][..])),
        out,
    );
    exceptions(table, cache, years, prog, |draws, totals| {
        for (&j, &t) in draws.iter().zip(totals) {
            out[j as usize] = t;
        }
    });
}

/// Writes `n` totals, each the constant plus the terms (coefficient, values), two terms per
/// pass: the first pass writes the totals (the constant plus its terms, as adding them to the
/// constant would), the others add to them. Every fast total is summed in this order.
fn sum_terms<'a>(
    c0: f64,
    n: usize,
    mut terms: impl Iterator<Item = (f64, &'a [f64])>,
    out: &mut Vec<f64>,
) {
    out.clear();
    match (terms.next(), terms.next()) {
        (Some((a, x)), Some((b, y))) => {
            out.extend(
                x[..n]
                    .iter()
                    .zip(&y[..n])
                    .map(|(x, y)| c0 + (a * x + b * y)),
            );
        }
        (Some((a, x)), None) => {
            out.extend(x[..n].iter().map(|x| c0 + a * x));
            return;
        }
        _ => {
            out.resize(n, c0);
            return;
        }
    }
    while let Some((a, x)) = terms.next() {
        match terms.next() {
            Some((b, y)) => {
                for ((t, x), y) in out.iter_mut().zip(x).zip(y) {
                    *t += a * x + b * y;
                }
            }
            None => {
                for (t, x) in out.iter_mut().zip(x) {
                    *t += a * x;
                }
            }
        }
    }
}

/// The totals of the draws where a payer the pattern depends on misses a year, group by
/// group, each group's draws and totals given to `put`; `prog` is left built for the last
/// group. A group's program reads its own copies of the columns at its draws, side by side.
fn exceptions(
    table: &DrawTable,
    cache: &mut Cache,
    years: &[SimYear],
    prog: &mut Program,
    mut put: impl FnMut(&[u32], &[f64]),
) {
    if prog.mask == 0 {
        return;
    }
    let mask = prog.mask;
    // The groups are kept in the cache, whose columns the programs add to: taken out while
    // they are read.
    let slot = usize::from(mask & 15);
    cache.groups(&table.fates, mask, years.len());
    let mut groups = cache.groups[slot].take().unwrap_or_default();
    let mut t = std::mem::take(&mut prog.group_totals);
    for g in &mut groups {
        t.clear();
        if g.draws.len() < SMALL_GROUP {
            t.extend(
                g.draws
                    .iter()
                    .map(|&j| exact(years, &table.cols, j as usize)),
            );
        } else {
            prog.build(years, g.fate);
            prog.resolve(cache, &table.cols);
            t.resize(g.draws.len(), prog.c0);
            for &(i, a) in &prog.resolved {
                if g.cols.len() <= i {
                    g.cols.resize(i + 1, Vec::new());
                }
                if g.cols[i].is_empty() {
                    g.cols[i] = g.draws.iter().map(|&j| cache.cols[i][j as usize]).collect();
                }
                for (t, x) in t.iter_mut().zip(&g.cols[i]) {
                    *t += a * x;
                }
            }
        }
        put(&g.draws, &t);
    }
    prog.group_totals = t;
    cache.groups[slot] = Some(groups);
}

/// The value at index `k` of the pattern's totals sorted in IEEE total order, as
/// [`nth`] over [`totals`] gives it, to the last bit: where it can, without every total
/// (module doc, "Low ranks": the totals of the kept draws of the household's cell, and the
/// exceptions'); otherwise from every total. None where the years do not fit the fast path
/// ([`fits`]).
pub fn low_rank(
    table: &DrawTable,
    years: &[SimYear],
    prog: &mut Program,
    k: usize,
    out: &mut Vec<f64>,
    s: &mut Select,
) -> Option<f64> {
    if !fits(years) {
        return None;
    }
    prog.build(years, u64::MAX);
    let cache = &mut *table.cache.borrow_mut();
    prog.resolve(cache, &table.cols);
    let Some(values) = cache.cell(
        &table.fates,
        years.len(),
        &prog.resolved,
        prog.c0,
        prog.mask,
        k,
    ) else {
        fill(table, cache, years, prog, out);
        return Some(nth(out, k, s));
    };
    let len = values.len() / prog.resolved.len();
    sum_terms(
        prog.c0,
        len,
        (0..)
            .zip(&prog.resolved)
            .map(|(t, &(_, a))| (a, &values[t * len..(t + 1) * len])),
        out,
    );
    exceptions(table, cache, years, prog, |_, totals| {
        out.extend_from_slice(totals);
    });
    Some(nth_guided(out, len, k, s))
}

/// The total of horizon `j`, year by year: the same arithmetic in the same order as
/// [`DrawTable::totals_reference`].
pub fn exact(years: &[SimYear], cols: &[YearCols], j: usize) -> f64 {
    let mut t: f64 = years.iter().map(|y| y.constant).sum();
    let mut held = u8::MAX;
    for (i, (year, c)) in years.iter().zip(cols).enumerate() {
        let [a, b, w] = year.linear;
        let (x, y, z) = (c.f[0][j], c.f[1][j], c.f[2][j]);
        match (a != 0.0, b != 0.0, w != 0.0) {
            (false, false, false) => {}
            (true, false, true) => t += a * x + w * z,
            (false, true, true) => t += b * y + w * z,
            _ => t += a * x + b * y + w * z,
        }
        let pays = c.pays[j];
        let p = year.promise;
        if p != 0 && year.if_held_pays == 0.0 && year.if_held_fails == 0.0 {
            if pays & p != 0 {
                t += year.if_pays + year.dividend_ha * c.land_div[j];
            }
        } else if p != 0 {
            let h = held & p != 0;
            if pays & p != 0 {
                t += year.if_pays + year.dividend_ha * c.land_div[j];
                if h {
                    t += year.if_held_pays;
                }
            } else if h {
                t += year.if_held_fails;
            }
        }
        let paid = match i.checked_sub(1) {
            Some(k) => cols[k].pays[j],
            None => ALL_PAY,
        };
        if i > 0 && year.last_promise != 0 && held & paid & year.last_promise != 0 {
            t += year.if_paid_last;
        }
        for &(gate, batch, birds, floor, cp) in &year.chickens {
            let [surv, price] = &c.hens[batch as usize];
            if gate.masks().open(pays, held, paid) {
                let p = price[j];
                let p = if pays & cp != 0 && p < floor {
                    floor
                } else {
                    p
                };
                t += birds * surv[j] * p;
            }
        }
        if !year.items.is_empty() {
            let st = YearState {
                draw: &c.draws[j],
                alive: held,
                paid_last: paid,
            };
            for item in &year.items {
                t += item.sample(&st);
            }
        }
        if year.at_stake != 0 {
            held &= !(year.at_stake & !pays);
        }
    }
    t
}

/// Scratch space for [`nth`].
#[derive(Debug, Default)]
pub struct Select {
    band: Vec<f64>,
}

/// Sorts 16 values (a bitonic network: the same 80 compare-exchanges whatever the values, no
/// branch on them).
fn sort16(v: &mut [f64; 16]) {
    let mut k = 2;
    while k <= 16 {
        let mut j = k / 2;
        while j > 0 {
            for i in 0..16 {
                let l = i ^ j;
                if l > i {
                    let (a, b) = (v[i], v[l]);
                    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                    let up = i & k == 0;
                    v[i] = if up { lo } else { hi };
                    v[l] = if up { hi } else { lo };
                }
            }
            j /= 2;
        }
        k *= 2;
    }
}

/// Appends the values of `xs` above `lo` and at most `hi` to `band` (negated first with
/// `NEG`) without a branch on them: every value is written, and the write position moves on
/// only for those kept. Blocks of 256 through a local buffer, where the position (at most the
/// value's own) needs no bound check.
fn gather<const NEG: bool>(xs: &[f64], lo: f64, hi: f64, band: &mut Vec<f64>) {
    const B: usize = 256;
    let mut buf = [0.0; B];
    for block in xs.chunks(B) {
        let mut m = 0;
        for &x in block {
            let x = if NEG { -x } else { x };
            buf[m & (B - 1)] = x;
            m += usize::from(x > lo) & usize::from(x <= hi);
        }
        band.extend_from_slice(&buf[..m]);
    }
}

/// [`nth`] of `xs` whose first `run` values come nearly in order (a cell's kept draws' totals
/// along the cell's middle, [`Cache::build_cell`]; the exceptions' follow). Values of the run
/// are tried as bounds, each counted against every value (a pass that only compares), the
/// next one moved by how far the count was from the rank, until at most [`BAND`] values lie
/// between the bound below the rank and the one above; the rank is selected among those. The
/// values at most a bound (as floats) come first in total order too, whatever its sign.
fn nth_guided(xs: &[f64], run: usize, k: usize, s: &mut Select) -> f64 {
    const PROBES: usize = 8;
    let n = xs.len();
    if run == 0 || n <= BAND || k >= n {
        return nth(xs, k, s);
    }
    // At most k values are at most `lo`; more than k are at most `hi`.
    let (mut lo, mut below) = (f64::NEG_INFINITY, 0);
    let (mut hi, mut upto) = (f64::INFINITY, n);
    let mut i = (k * run / n).min(run - 1);
    // Counted values per step along the run, first as if evenly mixed.
    let mut slope = n as f64 / run as f64;
    let mut last: Option<(usize, usize)> = None;
    for _ in 0..PROBES {
        let v = xs[i];
        if !(v > lo && v < hi) {
            break;
        }
        let c = xs.iter().filter(|&&x| x <= v).count();
        if c <= k {
            (lo, below) = (v, c);
        } else {
            (hi, upto) = (v, c);
        }
        if upto - below <= BAND {
            break;
        }
        if let Some((j, cj)) = last {
            let d = (c as f64 - cj as f64) / (i as f64 - j as f64);
            if d > 0.0 {
                slope = d;
            }
        }
        last = Some((i, c));
        let step = ((k as f64 + 0.5 - c as f64) / slope).round() as isize;
        let step = if step == 0 {
            if c <= k {
                1
            } else {
                -1
            }
        } else {
            step
        };
        i = (i as isize + step).clamp(0, run as isize - 1) as usize;
    }
    s.band.clear();
    gather::<false>(xs, lo, hi, &mut s.band);
    select(&mut s.band, k - below)
}

/// Values between a guided selection's bounds at most this many are selected among.
const BAND: usize = 32;

/// The value at index `k` of `xs` sorted in IEEE total order, as a full sort would give it,
/// by selection. For a rank in the lower half (the P10), up to 128 of the values taken at
/// even intervals are read as 16 groups (7 values each for the P10 of 1,000: as many as make
/// a group's minimum below the rank about half the time); the groups' minima, sorted by a
/// fixed network, give a bound above the rank with a known chance, whatever the distribution
/// (each minimum is below the rank with chance 1 − (1 − q)^per). One branch-free pass gathers
/// the values at most that bound, and only those are selected among (about 1.5 times the
/// rank: 160 of 1,000 for the P10); when the bound
/// is below the rank (about 4 times in 10,000 on the county's totals), all of them are. A
/// rank in the upper half is the same rank from the top among the values negated (negation
/// reverses total order exactly). Only the final selection branches on the values.
pub fn nth(xs: &[f64], k: usize, s: &mut Select) -> f64 {
    let n = xs.len();
    if 2 * k < n {
        nth_by::<false>(xs, k, s)
    } else {
        -nth_by::<true>(xs, n - 1 - k, s)
    }
}

/// [`nth`] of the values (negated with `NEG`), for `k` in the lower half.
fn nth_by<const NEG: bool>(xs: &[f64], k: usize, s: &mut Select) -> f64 {
    const GROUPS: usize = 16;
    const WIDTH: f64 = 1.5;
    let n = xs.len();
    s.band.clear();
    // Fewer values than that are selected among at once (a sample would be most of them).
    if n >= 160 {
        let value = |x: f64| if NEG { -x } else { x };
        // Groups of `per` values, `per` such that a group's minimum is below the rank about
        // half the time (at most 8; the P10 of 1,000 takes 7).
        let q = k as f64 / n as f64;
        let per = ((0.5f64.ln() / (1.0 - q).ln()).round() as usize).clamp(1, 8);
        let sample = GROUPS * per;
        // Sample `j` at j × n / sample, in 16-bit fixed point (no division per sample); group
        // i takes every 16th sample from the i-th, so that each group spans all of `xs`.
        let step = (n << 16) / sample;
        let mut minima = [0.0; GROUPS];
        for (i, m) in minima.iter_mut().enumerate() {
            let at = |t: usize| value(xs[((GROUPS * t + i) * step) >> 16]);
            *m = (1..per).fold(at(0), |m, t| if at(t) < m { at(t) } else { m });
        }
        sort16(&mut minima);
        // A group's minimum is below the rank with chance 1 − (1 − q)^per: the rank's place
        // among the sorted minima is binomial; a bound WIDTH standard deviations above it.
        let p = 1.0 - (1.0 - q).powi(per as i32);
        let g = GROUPS as f64;
        let b = (g * p - 0.5 + WIDTH * (g * p * (1.0 - p)).sqrt()).ceil();
        let hi = if b > g - 1.0 {
            f64::INFINITY
        } else {
            minima[b as usize]
        };
        // Every value above `hi` comes after every value at most `hi` in total order too (−0
        // and +0 fall on the same side of any bound), so the rank is the same among those.
        gather::<NEG>(xs, f64::NEG_INFINITY, hi, &mut s.band);
        if k < s.band.len() {
            return select(&mut s.band, k);
        }
        s.band.clear();
    }
    gather::<NEG>(xs, f64::NEG_INFINITY, f64::INFINITY, &mut s.band);
    select(&mut s.band, k)
}

/// The value at index `k` of `xs` in IEEE total order, by a selection that compares as
/// floats (cheaper than [`f64::total_cmp`]); only the sign of a zero can then differ from total
/// order (−0 before +0), and it is settled by counting. The values are not NaN (totals).
fn select(xs: &mut [f64], k: usize) -> f64 {
    let x = *xs
        .select_nth_unstable_by(k, |a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal))
        .1;
    if x != 0.0 {
        return x;
    }
    // Below −0 in total order: the negatives; then the −0s, then the +0s.
    let negative = xs.iter().filter(|&&y| y < 0.0).count();
    let minus_zero = xs
        .iter()
        .filter(|y| y.to_bits() == (-0.0f64).to_bits())
        .count();
    if k < negative + minus_zero {
        -0.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::random::Rng;

    fn sorted_at(xs: &[f64], k: usize) -> f64 {
        let mut v = xs.to_vec();
        v.sort_by(f64::total_cmp);
        v[k]
    }

    /// A cache over these columns, as [`Cache::column`] would have left it.
    fn with_columns(cols: Vec<Vec<f64>>) -> Cache {
        Cache {
            scales: cols.iter().map(|c| scale(c)).collect(),
            cols,
            ..Cache::default()
        }
    }

    /// A cell's kept draws hold the low ranks: the value at rank `k` of their totals with the
    /// exceptions' (by the guided selection) is that of every draw's, to the last bit, for
    /// one to five terms, coefficients of either sign and of sizes far apart, constants
    /// around zero (zeros of both signs among the totals), ties (values on a coarse grid),
    /// draws left out as exceptions by their payers, and many households on one cache (cells
    /// built once, read again).
    #[test]
    fn cells_hold_the_low_ranks() {
        let mut rng = Rng::new(5);
        let n = 700;
        let mut cells = 0;
        for case in 0..12 {
            let grid = if case % 3 == 0 { 4.0 } else { 1e6 };
            let cols: Vec<Vec<f64>> = (0..5)
                .map(|c| {
                    (0..n)
                        .map(|_| {
                            let u = (rng.uniform(0.0, 1.0) * grid).floor() / grid;
                            (u - 0.2 * f64::from(c)) * 10f64.powi(c)
                        })
                        .collect()
                })
                .collect();
            let mut cache = with_columns(cols);
            let mask = u8::from(case % 2 != 0);
            // Payer 1 misses year 1 in about one draw in ten.
            let fates: Vec<u64> = (0..n)
                .map(|_| {
                    if rng.chance(0.1) {
                        u64::MAX - 1
                    } else {
                        u64::MAX
                    }
                })
                .collect();
            let mut s = Select::default();
            for household in 0..100 {
                let d = 1 + household % 5;
                let k = [0, 1, 60, 100, 200][(household / 5 + case) % 5];
                let terms: Vec<(usize, f64)> = (0..d)
                    .map(|t| {
                        let size = 10f64.powf(rng.uniform(-3.0, 3.0));
                        (t, if rng.chance(0.5) { -size } else { size })
                    })
                    .collect();
                let c0 = if household % 7 == 0 {
                    0.0
                } else {
                    rng.uniform(-1e3, 1e3)
                };
                let exceptions: Vec<f64> = (0..n)
                    .filter(|&j| mask != 0 && fates[j] != u64::MAX)
                    .map(|j| c0 - 100.0 + j as f64 % 7.0 * 40.0)
                    .collect();
                let total = |x: &dyn Fn(usize) -> f64, out: &mut Vec<f64>, len: usize| {
                    let cols: Vec<Vec<f64>> = (0..d)
                        .map(|t| (0..len).map(|r| x(t * len + r)).collect())
                        .collect();
                    sum_terms(
                        c0,
                        len,
                        terms.iter().zip(&cols).map(|(&(_, a), c)| (a, &c[..])),
                        out,
                    );
                };
                let regular: Vec<usize> = (0..n)
                    .filter(|&j| mask == 0 || fates[j] == u64::MAX)
                    .collect();
                let mut every = Vec::new();
                total(
                    &|i| cache.cols[i / regular.len()][regular[i % regular.len()]],
                    &mut every,
                    regular.len(),
                );
                every.extend(&exceptions);
                if every.len() <= k {
                    continue;
                }
                // A constant too large beside the terms for the margin: every total is taken.
                // A cell is built once enough households have asked for it.
                let asked = (0..=BUILD_AFTER).find_map(|_| {
                    cache
                        .cell(&fates, 1, &terms, c0, mask, k)
                        .map(<[f64]>::to_vec)
                });
                let Some(values) = asked else {
                    let w = terms.iter().map(|&(i, a)| a.abs() * cache.scales[i]);
                    assert!(
                        c0.abs() > 1e4 * w.fold(0.0, f64::max),
                        "case {case} household {household}: no cell"
                    );
                    continue;
                };
                cells += 1;
                let len = values.len() / d;
                let mut kept = Vec::new();
                total(&|i| values[i], &mut kept, len);
                assert!(
                    len < regular.len() || k + 1 >= regular.len() / 3,
                    "case {case} household {household}: nothing left out"
                );
                kept.extend(&exceptions);
                let got = nth_guided(&kept, len, k, &mut s);
                every.sort_by(f64::total_cmp);
                assert_eq!(
                    got.to_bits(),
                    every[k].to_bits(),
                    "case {case} household {household}: d {d} k {k}"
                );
            }
        }
        assert!(cells > 1_000, "{cells} households with a cell");
    }

    /// The guided selection gives a full sort's value to the last bit, whatever the order of
    /// the run it is guided by (sorted, reversed, shuffled, ties, signed zeros).
    #[test]
    fn guided_selection_matches_a_full_sort() {
        let mut rng = Rng::new(23);
        let mut s = Select::default();
        for n in [1usize, 5, 33, 100, 250, 1_000] {
            for case in 0..6 {
                let mut xs: Vec<f64> = (0..n)
                    .map(|i| {
                        let u = rng.uniform(0.0, 1.0);
                        match case {
                            0 => i as f64 + u,
                            1 => -(i as f64),
                            2 => (u * 5.0).floor(),
                            3 => [0.0, -0.0, 1.0, -1.0][i % 4],
                            4 => 1.0 / (u + 1e-9) - 3.0,
                            _ => u,
                        }
                    })
                    .collect();
                if case == 5 {
                    xs.sort_by(f64::total_cmp);
                }
                for run in [0, n / 2, n] {
                    for k in [0, n / 10, n / 2, n - 1] {
                        let want = sorted_at(&xs, k);
                        let got = nth_guided(&xs, run, k, &mut s);
                        assert_eq!(
                            got.to_bits(),
                            want.to_bits(),
                            "n {n} case {case} run {run} k {k}"
                        );
                    }
                }
            }
        }
    }

    /// The selection gives a full sort's value to the last bit (sign of zero included), on
    /// spreads, skewed and heavy-tailed values, ties and signed zeros, at sizes around the
    /// bracket's threshold and ranks over the whole range (the upper half by a full
    /// selection).
    #[test]
    fn nth_matches_a_full_sort() {
        let mut rng = Rng::new(17);
        let mut s = Select::default();
        for n in [1usize, 2, 7, 100, 511, 512, 513, 640, 1_000, 2_000, 3_001] {
            for case in 0..8 {
                let xs: Vec<f64> = (0..n)
                    .map(|i| {
                        let u = rng.uniform(0.0, 1.0);
                        match case {
                            0 => u,
                            1 => -1e4 * u * u * u,
                            2 => (u * 5.0).floor(),
                            3 => [0.0, -0.0, 1.0, -1.0][i % 4],
                            4 => 42.0,
                            5 => 1.0 / (u + 1e-9) - 3.0,
                            6 => i as f64,
                            _ => -(i as f64),
                        }
                    })
                    .collect();
                let mut ks = vec![0, n / 10, n / 2, n - 1];
                ks.extend((0..4).map(|_| (rng.uniform(0.0, 1.0) * n as f64) as usize % n));
                for k in ks {
                    let want = sorted_at(&xs, k);
                    let got = nth(&xs, k, &mut s);
                    assert_eq!(got.to_bits(), want.to_bits(), "n {n} case {case} k {k}");
                }
            }
        }
    }
}
