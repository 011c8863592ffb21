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
//! the default failure chances), are the *exceptions*: their totals are computed draw by draw
//! with the straightforward year-by-year rule ([`exact`]), the same arithmetic in the same
//! order as [`DrawTable::totals_reference`], so they are equal to the last bit.
//!
//! **Tolerance.** In the other draws the sum is reassociated (years summed first, the
//! constant added once), so a total can differ from the year-by-year sum in its last bits:
//! by at most a few units in the last place of the largest partial sum, far below
//! [`TOLERANCE`] × (1 + |total|) for household-sized amounts. Every figure drawn from the
//! totals (mean, standard deviation, percentiles) moves by no more than the totals do; the
//! chances of ending below the status quo or below zero count a draw differently only when
//! the two totals compared lie within that tolerance of each other. `core/tests/fast_path.rs`
//! checks this against the straightforward path on generated households.
//!
//! **Low ranks** ([`low_rank`]: a roster's P10, without every total). Where every payer pays,
//! a pattern with one or two terms totals `c₀ + a·x` or `c₀ + (a·x + b·y)` over its columns.
//! Rounding is monotone, so a draw whose `x` and `y` (each signed as its coefficient) are both
//! at most another's has a total at most the other's, computed or exact. A draw that more
//! than `k` others are at most in both (ties counted once, by draw order) therefore has more
//! than `k` totals at most its own: it cannot be the only one at its value among the lowest
//! `k + 1`, and leaving out every such draw leaves the value at rank `k` as it was, whatever
//! the exceptions' totals. Which draws stay depends only on the columns, the signs, the payers
//! and `k`, not on the household: the table keeps them per case (about a third of the draws
//! for two terms, `k + 1` for one), with their values in the columns side by side, so a
//! household's P10 needs those totals, the exceptions' and a selection among them. The
//! total order of a zero's sign is the one thing a left-out draw could change: a rank whose
//! value is zero takes every total.

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
    /// For each set of payers, the draws where one of them misses a year, grouped by who
    /// pays when.
    groups: [Option<Vec<Group>>; 16],
    /// The draws that can hold a low rank of a program with one or two terms ([`low_rank`]),
    /// as their values in the terms' columns.
    lows: Vec<(LowKey, [Vec<f64>; 2])>,
}

/// What decides which draws can hold a low rank: the terms' columns and the signs of their
/// coefficients, the payers whose misses are exceptions, and the rank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct LowKey {
    /// (column, coefficient below zero) per term; a single term has `usize::MAX` second.
    terms: [(usize, bool); 2],
    mask: u8,
    k: usize,
}

/// Draws where the payers of a set pay in the same years.
#[derive(Clone, Debug)]
struct Group {
    /// Who pays when, as in [`DrawTable`]'s `fates`, payers outside the set left out.
    fate: u64,
    draws: Vec<u32>,
}

/// `mask` in every year's four bits.
fn every_year(mask: u8) -> u64 {
    u64::from(mask) * 0x1111_1111_1111_1111
}

/// A sort key in IEEE total order of `x`, then `a`, then `b` (every sort of the low ranks is
/// one of `u128`: one instance of the standard sort in the WebAssembly).
fn rank_key(x: f64, a: u32, b: u32) -> u128 {
    // `order_key`'s order, from the signed integers to the unsigned ones.
    let ordered = (super::order_key(x) as u64) ^ (1 << 63);
    (u128::from(ordered) << 64) | (u128::from(a) << 32) | u128::from(b)
}

/// Each value's rank among `xs`, values equal as floats (−0 and +0 too) sharing one.
fn ranks(xs: &[f64]) -> Vec<u32> {
    let mut order: Vec<u128> = (0u32..).zip(xs).map(|(i, x)| rank_key(*x, 0, i)).collect();
    order.sort_unstable();
    let mut out = vec![0; xs.len()];
    let (mut rank, mut last) = (0, None);
    for o in order {
        let i = o as u32 as usize;
        if last.is_some_and(|v: f64| v != xs[i]) {
            rank += 1;
        }
        last = Some(xs[i]);
        out[i] = rank;
    }
    out
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
        self.cols.push(sum);
        self.cols.len() - 1
    }

    /// The index in `lows` of the draws for `key` (module doc, "Low ranks"), computed on first
    /// use: among the draws where no payer in the mask misses a year, those that fewer than
    /// `k + 1` others are at most in every term's column (signed by its coefficient), each
    /// other draw tied with it in both counted once (by draw order). One term: the `k + 1`
    /// lowest of the column; two: counted with a Fenwick tree. In draw order.
    fn low(&mut self, fates: &[u64], key: LowKey, years: usize) -> usize {
        if let Some(i) = self.lows.iter().position(|(k, _)| *k == key) {
            return i;
        }
        let all = every_year(key.mask) & u64::MAX.checked_shr(64 - 4 * years as u32).unwrap_or(0);
        let regular: Vec<u32> = (0u32..)
            .zip(fates)
            .filter(|(_, f)| *f & all == all)
            .map(|(j, _)| j)
            .collect();
        let signed = |(c, neg): (usize, bool)| -> Vec<f64> {
            let col = &self.cols[c];
            regular
                .iter()
                .map(|&j| {
                    if neg {
                        -col[j as usize]
                    } else {
                        col[j as usize]
                    }
                })
                .collect()
        };
        let [first, second] = key.terms;
        // Which of the regular draws stay (by their place in `regular`).
        let mut keep = vec![false; regular.len()];
        if second.0 == usize::MAX {
            // The k + 1 lowest, ties in draw order.
            let x = signed(first);
            let mut order: Vec<u128> = (0u32..).zip(&x).map(|(i, v)| rank_key(*v, 0, i)).collect();
            order.sort_unstable();
            for o in order.iter().take(key.k + 1) {
                keep[*o as u32 as usize] = true;
            }
        } else {
            // In order of the first column, then the second, then the draw: every draw before
            // `p` is at most `p` in the first column; those at most `p` in the second too are
            // below it in both (or tied, and earlier). A Fenwick tree over the second column's
            // ranks counts them.
            let (x, y) = (ranks(&signed(first)), ranks(&signed(second)));
            let mut order: Vec<u128> = (0u32..)
                .zip(x.iter().zip(&y))
                .map(|(i, (&a, &b))| (u128::from(a) << 64) | (u128::from(b) << 32) | u128::from(i))
                .collect();
            order.sort_unstable();
            let mut tree = vec![0u32; regular.len() + 1];
            for o in order {
                let p = o as u32 as usize;
                let at = y[p] as usize + 1;
                let (mut below, mut i) = (0, at);
                while i > 0 {
                    below += tree[i];
                    i &= i - 1;
                }
                keep[p] = (below as usize) <= key.k;
                let mut i = at;
                while i < tree.len() {
                    tree[i] += 1;
                    i += i & i.wrapping_neg();
                }
            }
        }
        let draws: Vec<u32> = regular
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(j, _)| *j)
            .collect();
        let column = |c: usize| -> Vec<f64> {
            match self.cols.get(c) {
                Some(col) => draws.iter().map(|&j| col[j as usize]).collect(),
                None => Vec::new(),
            }
        };
        let values = [column(first.0), column(second.0)];
        self.lows.push((key, values));
        self.lows.len() - 1
    }

    /// The draws where a payer in `mask` misses one of the first `years` years, by fate.
    fn groups(&mut self, fates: &[u64], mask: u8, years: usize) -> &[Group] {
        self.groups[usize::from(mask & 15)].get_or_insert_with(|| {
            let all = every_year(mask) & u64::MAX.checked_shr(64 - 4 * years as u32).unwrap_or(0);
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
    out.clear();
    // Two terms per pass over the horizons; the first pass writes the totals (the constant
    // plus its terms, as adding them to the constant would), the others add to them.
    let c0 = prog.c0;
    let (first, rest) = prog.resolved.split_at(prog.resolved.len().min(2));
    match *first {
        [(i, a), (k, b)] => out.extend(
            cache.cols[i]
                .iter()
                .zip(&cache.cols[k])
                .map(|(x, y)| c0 + (a * x + b * y)),
        ),
        [(i, a)] => out.extend(cache.cols[i].iter().map(|x| c0 + a * x)),
        _ => out.resize(table.n, c0),
    }
    for pair in rest.chunks(2) {
        match *pair {
            [(i, a), (k, b)] => {
                for ((t, x), y) in out.iter_mut().zip(&cache.cols[i]).zip(&cache.cols[k]) {
                    *t += a * x + b * y;
                }
            }
            [(i, a)] => {
                for (t, x) in out.iter_mut().zip(&cache.cols[i]) {
                    *t += a * x;
                }
            }
            _ => {}
        }
    }
    exceptions(table, cache, years, prog, |j, t| out[j] = t);
}

/// The totals of the draws where a payer the pattern depends on misses a year, group by
/// group, each given to `put` with its draw; `prog` is left built for the last group.
fn exceptions(
    table: &DrawTable,
    cache: &mut Cache,
    years: &[SimYear],
    prog: &mut Program,
    mut put: impl FnMut(usize, f64),
) {
    if prog.mask == 0 {
        return;
    }
    let mask = prog.mask;
    // The groups are kept in the cache, whose columns the programs add to: taken out while
    // they are read.
    let slot = usize::from(mask & 15);
    cache.groups(&table.fates, mask, years.len());
    let groups = cache.groups[slot].take().unwrap_or_default();
    for g in &groups {
        if g.draws.len() < SMALL_GROUP {
            for &j in &g.draws {
                put(j as usize, exact(years, &table.cols, j as usize));
            }
            continue;
        }
        prog.build(years, g.fate);
        prog.resolve(cache, &table.cols);
        for &j in &g.draws {
            let j = j as usize;
            let mut t = prog.c0;
            for &(i, a) in &prog.resolved {
                t += a * cache.cols[i][j];
            }
            put(j, t);
        }
    }
    cache.groups[slot] = Some(groups);
}

/// The value at index `k` of the pattern's totals sorted in IEEE total order, as
/// [`nth`] over [`totals`] gives it, to the last bit: where it can, without every total
/// (module doc, "Low ranks": the totals of the draws that can hold rank `k` or below, and
/// the exceptions'); with no term or more than two, or a zero at the rank (whose sign the
/// draws left out could decide), from every total. None where the years do not fit the
/// fast path ([`fits`]).
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
    let c0 = prog.c0;
    let term = |t: Option<&(usize, f64)>| t.map_or((usize::MAX, false), |&(i, a)| (i, a < 0.0));
    let key = LowKey {
        terms: [term(prog.resolved.first()), term(prog.resolved.get(1))],
        mask: prog.mask,
        k,
    };
    out.clear();
    match prog.resolved[..] {
        [(_, a)] => {
            let at = cache.low(&table.fates, key, years.len());
            let [x, _] = &cache.lows[at].1;
            out.extend(x.iter().map(|x| c0 + a * x));
        }
        [(_, a), (_, b)] => {
            let at = cache.low(&table.fates, key, years.len());
            let [x, y] = &cache.lows[at].1;
            out.extend(x.iter().zip(y).map(|(x, y)| c0 + (a * x + b * y)));
        }
        _ => {
            fill(table, cache, years, prog, out);
            return Some(nth(out, k, s));
        }
    }
    exceptions(table, cache, years, prog, |_, t| out.push(t));
    let x = nth(out, k, s);
    if x != 0.0 {
        return Some(x);
    }
    // The exceptions' programs were built last.
    prog.build(years, u64::MAX);
    prog.resolve(cache, &table.cols);
    fill(table, cache, years, prog, out);
    Some(nth(out, k, s))
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

/// Appends the values of `xs` at most `hi` to `band` (negated first with `NEG`) without a
/// branch on them: every value is written, and the write position moves on only for those
/// kept. Blocks of 256 through a local buffer, where the position (at most the value's own)
/// needs no bound check.
fn gather_upto<const NEG: bool>(xs: &[f64], hi: f64, band: &mut Vec<f64>) {
    const B: usize = 256;
    let mut buf = [0.0; B];
    for block in xs.chunks(B) {
        let mut m = 0;
        for &x in block {
            let x = if NEG { -x } else { x };
            buf[m & (B - 1)] = x;
            m += usize::from(x <= hi);
        }
        band.extend_from_slice(&buf[..m]);
    }
}

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
        gather_upto::<NEG>(xs, hi, &mut s.band);
        if k < s.band.len() {
            return select(&mut s.band, k);
        }
        s.band.clear();
    }
    gather_upto::<NEG>(xs, f64::INFINITY, &mut s.band);
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

    /// The draws kept for a low rank hold it: the value at rank `k` of the kept draws' totals
    /// with any exceptions is that of every draw's, to the last bit, for one or two terms,
    /// coefficients of either sign, ties (values on a coarse grid) and draws left out as
    /// exceptions by their payers.
    #[test]
    fn low_draws_hold_the_low_ranks() {
        let mut rng = Rng::new(5);
        let n = 600;
        for case in 0..60 {
            let grid = if case % 3 == 0 { 4.0 } else { 1e6 };
            let column = |rng: &mut Rng| -> Vec<f64> {
                (0..n)
                    .map(|_| (rng.uniform(0.0, 1.0) * grid).floor() / grid * 100.0)
                    .collect()
            };
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
            let mut cache = Cache {
                cols: vec![column(&mut rng), column(&mut rng)],
                ..Cache::default()
            };
            let two = case % 4 < 2;
            let (a, b) = (rng.uniform(-3.0, 3.0), rng.uniform(-3.0, 3.0));
            let c0 = rng.uniform(-50.0, 50.0);
            let k = [0, 1, 60, 100, 200][case % 5];
            let key = LowKey {
                terms: [
                    (0, a < 0.0),
                    if two {
                        (1, b < 0.0)
                    } else {
                        (usize::MAX, false)
                    },
                ],
                mask,
                k,
            };
            let total = |x: f64, y: f64| {
                if two {
                    c0 + (a * x + b * y)
                } else {
                    c0 + a * x
                }
            };
            let at = cache.low(&fates, key, 1);
            let [xs, ys] = &cache.lows[at].1;
            let exceptions: Vec<f64> = (0..n)
                .filter(|&j| mask != 0 && fates[j] != u64::MAX)
                .map(|j| -100.0 + j as f64 % 7.0 * 40.0)
                .collect();
            let mut kept: Vec<f64> = (0..xs.len())
                .map(|i| total(xs[i], ys.get(i).copied().unwrap_or(0.0)))
                .chain(exceptions.iter().copied())
                .collect();
            let mut every: Vec<f64> = (0..n)
                .filter(|&j| mask == 0 || fates[j] == u64::MAX)
                .map(|j| total(cache.cols[0][j], cache.cols[1][j]))
                .chain(exceptions.iter().copied())
                .collect();
            if every.len() <= k {
                continue;
            }
            assert!(
                kept.len() < every.len() || k + 1 >= every.len() / 2,
                "case {case}: nothing left out"
            );
            kept.sort_by(f64::total_cmp);
            every.sort_by(f64::total_cmp);
            assert_eq!(kept[k].to_bits(), every[k].to_bits(), "case {case}");
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
