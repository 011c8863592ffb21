//! The columns a roster file can have (their names, units and values are in
//! [`columns`](super::columns)).

/// A roster column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    /// The household's id (户号): required, unique in the file. A column of names (户主) is
    /// the id when there is no id column.
    Id,
    /// Land, mu (or hectares when the header says so): required.
    Land,
    /// Working-age adults: required.
    Adults,
    /// Migrant wage, yuan per month: optional.
    Wage,
    /// Months away per year: optional.
    Months,
    /// Cash on hand, yuan: optional.
    Cash,
    /// Support fund, yuan: optional (empty: 7,000 for a registered household, else 0).
    Fund,
    /// Registered poor household, yes or no: optional.
    Registered,
}
