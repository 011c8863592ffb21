//! Figures quoted from the paper (Yan & Yang, "The Model of 'Party Branch +' in Promoting
//! Industrial Poverty Alleviation …", Asian Agricultural Research, 2019). Each constant names
//! its section; the golden tests in `core/tests/golden.rs` check the app reproduces them.

/// 1 ha = 15 mu exactly (Chinese land unit).
pub const MU_PER_HA: f64 = 15.0;

/// Wandanping land rent (transfer fee), yuan per ha per year, paid at the start of the year (sect. 4.2).
pub const RENT_PER_HA: f64 = 15_000.0;
/// Wandanping land dividend, low end, yuan per ha, paid at year end after the sale (sect. 4.2).
pub const LAND_DIVIDEND_LO_PER_HA: f64 = 3_000.0;
/// Wandanping land dividend, high end, yuan per ha (sect. 4.2).
pub const LAND_DIVIDEND_HI_PER_HA: f64 = 6_000.0;
/// Equity dividend: 10% of the equity funds a year (sect. 4.1, 4.2).
pub const SHARE_RATE_PCT: f64 = 10.0;
/// The support fund a registered poor household invests, yuan (sect. 4.1, 4.2).
pub const SUPPORT_FUND: f64 = 7_000.0;
/// Contract term in years; the principal comes back in full at its end (sect. 4.1, 4.2).
pub const TERM_YEARS: f64 = 3.0;

/// Lanya: price of a 50-day chick given as dividend, yuan — 90% of the market price (sect. 4.1).
pub const CHICK_PRICE: f64 = 20.0;
/// Lanya: chicks are priced at 90% of the market price (sect. 4.1).
pub const CHICK_PRICE_PCT_OF_MARKET: f64 = 90.0;
/// Lanya: a chicken sells for 150 yuan after half a year (sect. 4.1).
pub const HEN_PRICE: f64 = 150.0;
/// Lanya: two raising cycles a year (sect. 4.1).
pub const BATCHES_PER_YEAR: f64 = 2.0;

/// Profit insurance 2017: total premium, yuan (sect. 4.4).
pub const INSURANCE_PREMIUM_TOTAL: f64 = 2_563_657.50;
/// … of which county finance paid, yuan (sect. 4.4).
pub const INSURANCE_PREMIUM_COUNTY: f64 = 1_794_560.25;
/// … and the enterprises paid, yuan (sect. 4.4).
pub const INSURANCE_PREMIUM_ENTERPRISE: f64 = 769_097.25;
/// … for a total insured amount, yuan (sect. 4.4).
pub const INSURED_AMOUNT_TOTAL: f64 = 51_273_150.0;

/// Table 1, potato: income increase per registered poor household, yuan.
pub const POTATO_INCREASE_PER_HOUSEHOLD: f64 = 2_266.0;
/// Table 1, potato: households.
pub const POTATO_HOUSEHOLDS: f64 = 16_136.0;
/// Table 1, potato: planting scale, ha.
pub const POTATO_AREA_HA: f64 = 4_157.93;

/// Sect. 3.4: income increase per registered household from land circulation, yuan.
pub const LAND_CIRCULATION_INCREASE: f64 = 1_541.0;

/// Sect. 1: poor people and registered households since 2013.
pub const POOR_PEOPLE: f64 = 127_960.0;
/// Sect. 1: registered poor households.
pub const REGISTERED_HOUSEHOLDS: f64 = 33_358.0;

/// Sect. 4.3: enterprises with more than this many registered households holding shares are supported.
pub const INCENTIVE_HOUSEHOLDS: u32 = 50;

/// Potato income increase per ha of potato land, derived from Table 1:
/// 2,266 yuan × 16,136 households ÷ 4,157.93 ha ≈ 8,794 yuan/ha.
pub fn potato_increase_per_ha() -> f64 {
    POTATO_INCREASE_PER_HOUSEHOLD * POTATO_HOUSEHOLDS / POTATO_AREA_HA
}

/// The same per mu: ≈ 586 yuan/mu.
pub fn potato_increase_per_mu() -> f64 {
    potato_increase_per_ha() / MU_PER_HA
}

/// Potato land per household, derived from Table 1: 4,157.93 ha ÷ 16,136 ≈ 0.258 ha (≈ 3.9 mu).
pub fn potato_land_per_household_ha() -> f64 {
    POTATO_AREA_HA / POTATO_HOUSEHOLDS
}

/// Converts hectares to mu (1 ha = 15 mu).
pub fn ha_to_mu(ha: f64) -> f64 {
    ha * MU_PER_HA
}

/// Converts mu to hectares (15 mu = 1 ha).
pub fn mu_to_ha(mu: f64) -> f64 {
    mu / MU_PER_HA
}
