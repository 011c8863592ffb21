"""The NumPy peer of the engine's Monte Carlo (issue #17), vectorised over draws and households.

It reads what `cargo bench -p hezuo-core --bench peer -- export DIR` writes: the engine's draws
(the same random stream: the Rust side exports them rather than this file porting SplitMix64)
and, for every household and pattern, the year-by-year coefficients the engine's Monte Carlo
runs on (its plans, `sim_coefficients`). From them, in NumPy and timed:

- the expected total of every pattern (each payer a Markov chain, as `engine.rs` computes it);
- every pattern's simulated totals as one matrix product per pattern: a basis of per-draw rows
  shared by every household (each year's crop and migrant factors, whether each payer pays, the
  land dividend when it does, whether the shares are still held, chicken sales per bird) times
  each household's coefficients;
- case 1: the whole spread (mean, sd, P10/P50/P90, chance below S and below zero);
  case 2: each household's P10s and best pattern by expected total.

The plans themselves (which lines a household's year has: the labour rule, the cash limits)
are read, not computed here: the peer does less work than the engine, whose times include them.

Usage: python3 peer.py DIR [rounds] [--no-check]
(prints the checks against the engine, then "one SECONDS" and "county SECONDS": case 1 the
median of 101 calls, case 2 one run, each the best of the rounds)
"""

import json
import sys
import time

import numpy as np

# Fields of a year (engine.rs, SIM_FIELDS).
CONST, CORN, POTATO, WAGE, PROMISE, IF_PAYS, DIV_HA, HELD_PAYS, HELD_FAILS = range(9)
LAST, IF_PAID_LAST, AT_STAKE, CHICKENS = range(9, 13)
CHICK = 13  # then two sales of six: gate, gate payer bit, batch, birds, floor, price payer bit
PAYERS = 4
ALL_PAY = 15


def rank(q, n):
    """Nearest rank, rounded half away from zero as Rust's f64::round."""
    return int(np.floor(q * (max(n, 1) - 1) + 0.5))


def load(d, name, meta):
    m = meta[name]
    h, p, y, n, f = m["households"], m["patterns"], m["years"], m["draws"], m["fields"]
    cols = np.fromfile(f"{d}/{name}_cols.f64").reshape(y, 8, n)
    pays = np.fromfile(f"{d}/{name}_pays.u8", dtype=np.uint8).reshape(y, n)
    years = np.fromfile(f"{d}/{name}_years.f64").reshape(h, p, y, f)
    expected = np.fromfile(f"{d}/{name}_expected.f64").reshape(h, p)
    p10 = np.fromfile(f"{d}/{name}_p10.f64").reshape(h, p)
    return dict(m=m, cols=cols, pays=pays, years=years, expected=expected, p10=p10)


def emax(a, b, floor):
    """E[max(X, floor)] for X uniform on [a, b] (risk.rs, expected_max_uniform)."""
    if b - a <= 0.0:
        return max(a, floor)
    if floor <= a:
        return (a + b) / 2.0
    if floor >= b:
        return floor
    return (floor * (floor - a) + (b * b - floor * floor) / 2.0) / (b - a)


def structure(yr, feasible):
    """What every household shares in one pattern: the payers at stake each year, and each
    chicken sale's gate, batch, protective price and payer."""
    ys = yr[feasible]
    at_stake = [int(np.bitwise_or.reduce(ys[:, y, AT_STAKE].astype(np.int64))) if len(ys) else 0
                for y in range(yr.shape[1])]
    chickens = []
    for y in range(yr.shape[1]):
        sales = []
        for s in range(2):
            o = CHICK + 6 * s
            has = ys[:, y, CHICKENS] > s if len(ys) else np.zeros(0, bool)
            if not has.any():
                sales.append(None)
                continue
            sel = ys[:, y][has]
            first = sel[0]
            idx = [o, o + 1, o + 2, o + 4, o + 5]
            same = sel[:, idx] == first[idx]
            assert same.all(), "a chicken sale's gate differs between households"
            sales.append((int(first[o]), int(first[o + 1]), int(first[o + 2]), first[o + 4], int(first[o + 5])))
        chickens.append(sales)
    return at_stake, chickens


def expected_totals(yr, at_stake, chickens, m):
    """The expected total of one pattern for every household (engine.rs, analyse)."""
    fail, r = m["fail"], m["recover"]
    # dist[c] = [[held 0: not, pays], [held 1: not, pays]]
    dist = [[[0.0, 0.0], [fail[c], 1.0 - fail[c]]] for c in range(PAYERS)]
    held_pays_last = [0.0] * PAYERS
    surv = sum(m["survival"]) / 2.0
    lo, hi = m["hen_price"]
    total = np.zeros(yr.shape[0])
    for y in range(yr.shape[1]):
        x = yr[:, y, :]
        pays = [d[0][1] + d[1][1] for d in dist]
        hp = [d[1][1] for d in dist]
        hf = [d[1][0] for d in dist]
        pl = list(held_pays_last)
        t = x[:, CONST] + x[:, CORN] + x[:, POTATO] + x[:, WAGE]
        div_mean = sum(m["div"]) / 2.0
        for c in range(PAYERS):
            bit = 1 << c
            on = x[:, PROMISE] == bit
            t = t + np.where(on, (x[:, IF_PAYS] + x[:, DIV_HA] * div_mean) * pays[c]
                             + x[:, HELD_PAYS] * hp[c] + x[:, HELD_FAILS] * hf[c], 0.0)
            if y > 0:
                t = t + np.where(x[:, LAST] == bit, x[:, IF_PAID_LAST] * pl[c], 0.0)
        for s, sale in enumerate(chickens[y]):
            if sale is None:
                continue
            kind, payer, _, floor, cp = sale
            gc = payer.bit_length() - 1
            cc = cp.bit_length() - 1
            open_ = [1.0, pays[gc], hp[gc], hf[gc], pl[gc]][kind] if kind else 1.0
            if kind in (1, 2) and payer == cp:
                q = 1.0
            elif kind == 3 and payer == cp:
                q = 0.0
            elif kind == 4 and payer == cp:
                q = 1.0 - fail[cc]
            else:
                q = pays[cc]
            birds = np.where(x[:, CHICKENS] > s, x[:, CHICK + 6 * s + 3], 0.0)
            base = birds * surv * emax(lo, hi, floor)
            without = birds * surv * emax(lo, hi, 0.0)
            t = t + open_ * (q * base + (1.0 - q) * without)
        total = total + t
        # To the next year.
        for c in range(PAYERS):
            d = dist[c]
            held_pays_last[c] = d[1][1]
            if at_stake[y] & (1 << c):
                d[0][0] += d[1][0]
                d[1][0] = 0.0
            p = fail[c]
            for h in range(2):
                no, yes = d[h]
                d[h] = [yes * p + no * (1.0 - r), yes * (1.0 - p) + no * r]
    return total


def basis(yr, at_stake, chickens, cols, pays):
    """One pattern's simulated totals as c0 + C @ B: B's rows are per-draw quantities every
    household shares; C holds each household's coefficients (engine.rs, totals_reference)."""
    n = pays.shape[1]
    rows, coefs = [], []

    def add(coef, row):
        if np.any(coef != 0.0):
            coefs.append(coef)
            rows.append(row)

    c0 = yr[:, :, CONST].sum(axis=1)
    held = np.full(n, 255, dtype=np.uint8)
    paid = np.full(n, ALL_PAY, dtype=np.uint8)
    for y in range(yr.shape[1]):
        x = yr[:, y, :]
        f = cols[y]
        py = pays[y]
        add(x[:, CORN], f[0])
        add(x[:, POTATO], f[1])
        add(x[:, WAGE], f[2])
        for c in range(PAYERS):
            bit = np.uint8(1 << c)
            on = x[:, PROMISE] == (1 << c)
            p_c = (py & bit) != 0
            h_c = (held & bit) != 0
            add(np.where(on, x[:, IF_PAYS], 0.0), p_c.astype(float))
            add(np.where(on, x[:, DIV_HA], 0.0), np.where(p_c, f[3], 0.0))
            add(np.where(on, x[:, HELD_PAYS], 0.0), (p_c & h_c).astype(float))
            add(np.where(on, x[:, HELD_FAILS], 0.0), (~p_c & h_c).astype(float))
            if y > 0:
                last = np.where(x[:, LAST] == (1 << c), x[:, IF_PAID_LAST], 0.0)
                add(last, (h_c & ((paid & bit) != 0)).astype(float))
        for s, sale in enumerate(chickens[y]):
            if sale is None:
                continue
            kind, payer, batch, floor, cp = sale
            g = np.uint8(payer)
            open_ = [np.ones(n, bool), (py & g) != 0, ((py & g) != 0) & ((held & g) != 0),
                     ((held & g) != 0) & ((py & g) == 0), ((held & g) != 0) & ((paid & g) != 0)][kind]
            surv, price = f[4 + 2 * batch], f[5 + 2 * batch]
            with_floor = np.where(((py & np.uint8(cp)) != 0) & (price < floor), floor, price)
            birds = np.where(x[:, CHICKENS] > s, x[:, CHICK + 6 * s + 3], 0.0)
            add(birds, np.where(open_, surv * with_floor, 0.0))
        held = held & ~(np.uint8(at_stake[y]) & ~py)
        paid = py
    if not rows:
        return c0, np.zeros((yr.shape[0], 0)), np.zeros((0, n))
    return c0, np.stack(coefs, axis=1), np.stack(rows)


def patterns(data):
    """Per pattern: feasible households, expected totals, and the basis."""
    out = []
    years, m = data["years"], data["m"]
    for p in range(years.shape[1]):
        yr = years[:, p]
        feasible = ~np.isnan(yr[:, 0, 0])
        yr = np.where(feasible[:, None, None], yr, 0.0)
        at_stake, chickens = structure(yr, feasible)
        e = np.where(feasible, expected_totals(yr, at_stake, chickens, m), np.nan)
        out.append((feasible, e, yr, at_stake, chickens))
    return out


def case_one(data):
    """Case 1: every pattern's expected total and spread for one household."""
    n = data["m"]["draws"]
    per = patterns(data)
    sims = []
    for feasible, e, yr, at_stake, chickens in per:
        c0, c, b = basis(yr, at_stake, chickens, data["cols"], data["pays"])
        sims.append(c0[:, None] + c @ b)
    t = np.concatenate(sims)  # patterns × draws
    ks = [rank(q, n) for q in (0.1, 0.5, 0.9)]
    pct = np.partition(t, ks, axis=1)[:, ks]
    mean = t.mean(axis=1)
    sd = t.std(axis=1, ddof=1)
    below_s = (t < t[0]).mean(axis=1)
    loss = (t < 0).mean(axis=1)
    expected = np.array([e[0] for _, e, *_ in per])
    return expected, pct, mean, sd, below_s, loss


def case_county(data, chunk=4096):
    """Case 2: every household's expected totals, P10s and best pattern."""
    n = data["m"]["draws"]
    k = rank(0.1, n)
    per = patterns(data)
    h = data["years"].shape[0]
    p10 = np.full((h, len(per)), np.nan)
    expected = np.stack([e for _, e, *_ in per], axis=1)
    for p, (feasible, e, yr, at_stake, chickens) in enumerate(per):
        c0, c, b = basis(yr, at_stake, chickens, data["cols"], data["pays"])
        for s in range(0, h, chunk):
            t = c[s:s + chunk] @ b
            t += c0[s:s + chunk, None]
            p10[s:s + chunk, p] = np.partition(t, k, axis=1)[:, k]
        p10[~feasible, p] = np.nan
    best = np.argmax(np.where(np.isnan(expected), -np.inf, expected), axis=1)
    return expected, p10, best


def rel(a, b):
    ok = ~np.isnan(b)
    assert (np.isnan(a) == np.isnan(b)).all(), "feasible patterns differ"
    return float(np.max(np.abs(a[ok] - b[ok]) / np.maximum(np.abs(b[ok]), 1.0)))


def main():
    args = [a for a in sys.argv[1:] if a != "--no-check"]
    d = args[0]
    rounds = int(args[1]) if len(args) > 1 else 3
    meta = json.load(open(f"{d}/meta.json"))
    one, county = load(d, "one", meta), load(d, "county", meta)

    if "--no-check" not in sys.argv:
        check(one, county)
    best_one, best_county = timed(one, county, rounds)
    print(f"one {best_one:.9f}")
    print(f"county {best_county:.6f}")


def check(one, county):
    """The peer against the engine: expected totals to rounding, P10s to the engines's
    tolerance (the same draws, summed in another order)."""
    expected, pct, *_ = case_one(one)
    print(f"check one: expected totals max rel diff {rel(expected, one['expected'][0]):.1e}, "
          f"P10 {rel(pct[:, 0], one['p10'][0]):.1e}")
    expected, p10, _ = case_county(county)
    print(f"check county: expected totals max rel diff {rel(expected, county['expected']):.1e}, "
          f"P10 {rel(p10, county['p10']):.1e}")
    e = max(rel(expected, county["expected"]), rel(case_one(one)[0], one["expected"][0]))
    assert e < 1e-12, "the peer's expected totals differ from the engine's beyond rounding"


def timed(one, county, rounds):
    best_one = best_county = float("inf")
    for _ in range(rounds):
        ts = []
        for _ in range(101):
            s = time.perf_counter()
            case_one(one)
            ts.append(time.perf_counter() - s)
        best_one = min(best_one, sorted(ts)[len(ts) // 2])
        s = time.perf_counter()
        case_county(county)
        best_county = min(best_county, time.perf_counter() - s)
    return best_one, best_county


if __name__ == "__main__":
    main()
