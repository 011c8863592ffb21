//! Helpers the native test files share.
#![allow(dead_code)]

use hezuo_core::model::params::{Field, Inputs, Valid};

/// Every payer always pays: the paper's figures as promised.
pub const NO_FAIL: [(Field, f64); 4] = [
    (Field::FailWdp, 0.0),
    (Field::FailLanya, 0.0),
    (Field::FailEnt, 0.0),
    (Field::FailTenant, 0.0),
];

/// The default household with some inputs changed, checked.
pub fn household(changes: &[(Field, f64)]) -> Valid {
    let mut inputs = Inputs::paper_defaults();
    for &(f, x) in changes {
        inputs.set(f, x);
    }
    inputs.check().expect("valid test household")
}
