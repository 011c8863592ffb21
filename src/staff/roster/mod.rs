//! The member roster screen: a file or pasted cells in, the best pattern for every household
//! out, computed by workers (`crate::staff::worker`) while the page stays responsive.

mod roster_results;
mod roster_run;
mod roster_view;

pub use roster_view::RosterView;
