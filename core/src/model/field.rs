//! The input fields: one variant per input, in table order.

/// One input field. The order is the order of [`SPECS`](super::params::SPECS); the
/// table and the methods are in [`params`](super::params).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// Land the household contracts, mu.
    Land,
    /// Working-age adults.
    Adults,
    /// How many of them can go away to work.
    Away,
    /// Migrant wage, yuan per month away.
    Wage,
    /// Months worked away per year.
    Months,
    /// Cost of living away, yuan per month away (the wage is shown net of it).
    Living,
    /// Local day wage, yuan.
    DayWage,
    /// Days of paid local work an adult at home can find per year.
    LocalDays,
    /// Working days an adult has per year.
    AdultDays,
    /// Cash on hand, yuan.
    Cash,
    /// Support fund, yuan.
    Fund,
    /// Registered poor household (switch).
    Poor,
    /// The support fund may pay for the inputs of the program's own production (seed
    /// potatoes and their inputs, chicks and feed) (switch).
    FundInputs,
    /// Horizon, years.
    Years,
    /// Renew contracts at term end (switch).
    Renew,
    /// Wandanping land rent, yuan/ha, start of year.
    Rent,
    /// Wandanping land dividend, low end, yuan/ha, end of year.
    DivLo,
    /// Wandanping land dividend, high end, yuan/ha, end of year.
    DivHi,
    /// Equity dividend, percent of the equity a year.
    ShareRate,
    /// A1 also puts the support fund into the cooperative as shares (switch).
    A1Equity,
    /// Contract term, years.
    Term,
    /// Potato yield, kg/mu.
    PotatoYield,
    /// Potato farm-gate price, yuan/kg.
    PotatoPrice,
    /// Seed potatoes bought from the cooperative, yuan/mu.
    SeedCost,
    /// Other potato costs (fertiliser, film, pesticide), yuan/mu.
    PotatoCost,
    /// Potato work, days/mu.
    PotatoDays,
    /// Status-quo crop (corn) yield, kg/mu.
    CornYield,
    /// Corn price, yuan/kg.
    CornPrice,
    /// Corn costs, yuan/mu.
    CornCost,
    /// Corn work, days/mu.
    CornDays,
    /// Chick price when given as dividend, yuan.
    ChickPrice,
    /// That price as a percent of the market price.
    ChickPct,
    /// Part of the Lanya dividend taken as chicks, percent.
    ChickShare,
    /// Sale price of a grown chicken, yuan.
    HenPrice,
    /// Raising batches per year.
    Batches,
    /// The second batch's chicks are bought at the market price (switch).
    SecondAtMarket,
    /// The dividend chicks come at the start of the year instead of with the cash dividend
    /// at year end (switch).
    ChicksAtStart,
    /// Feed and vaccine per bird per batch, yuan.
    Feed,
    /// Mortality per batch, percent.
    Mortality,
    /// The cooperative's protective price per chicken, yuan.
    FloorPrice,
    /// Work per bird per batch, days.
    BirdDays,
    /// Rent when land is transferred to an enterprise or another farmer, yuan/ha.
    RentOut,
    /// The enterprise's dividend, percent of the share a year (pattern C).
    EntRate,
    /// The enterprise of pattern C holds profit insurance (switch, sect. 4.4).
    EntInsured,
    /// How much that insurance lowers the enterprise's yearly failure chance, percent.
    InsureCut,
    /// Yearly chance that the Wandanping cooperative stops paying, percent.
    FailWdp,
    /// Yearly chance that the Lanya cooperative stops paying, percent.
    FailLanya,
    /// Yearly chance that the enterprise of pattern C stops paying, percent.
    FailEnt,
    /// Yearly chance that the tenant of pattern D stops paying, percent.
    FailTenant,
    /// Yearly chance that a payer who stopped paying pays again, percent.
    Recover,
    /// Discount rate, percent a year.
    Discount,
    /// Yield swings up or down by as much as this, percent.
    YieldSpread,
    /// Prices swing up or down by as much as this, percent.
    PriceSpread,
    /// Migrant earnings swing up or down by as much as this, percent.
    WageSpread,
}
