//! The staff page (`staff.html`, the `staff` binary): the cooperative's promises and the
//! member roster, with the roster's workers. Villagers never download this bundle.

mod app;
pub mod coop;
mod exact;
mod markup;
pub mod roster;
pub mod worker;

pub use app::{start, StaffApp};
