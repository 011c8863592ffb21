//! Results derived from the state: read the form, check it, run the engine. Only valid inputs
//! reach the engine; with any error there is no report, so no stale number is shown.

use crate::model::engine::{evaluate_plain_in, DrawTable, Report, Settings};
use crate::model::error::FieldError;
use crate::model::form::{read, LandUnit, Reading};
use crate::model::params::{Field, Valid};

/// What the screens show, computed from the typed texts.
#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    /// The form as read.
    pub reading: Reading,
    /// The inputs, when every field is right.
    pub valid: Option<Valid>,
    /// The report, when every field is right.
    pub report: Option<Report>,
}

impl Derived {
    /// Reads the texts and, when they are all right, computes the report, with the draws
    /// kept in `table` from the last time (drawn again only when the ranges change).
    pub fn new(texts: &[String], unit: LandUnit, table: &mut Option<DrawTable>) -> Self {
        let reading = read(texts, unit);
        let valid = reading
            .errors
            .is_empty()
            .then(|| reading.inputs.check().ok())
            .flatten();
        let report = valid
            .as_ref()
            .map(|v| evaluate_plain_in(v, &Settings::default(), table));
        Derived {
            reading,
            valid,
            report,
        }
    }

    /// The problem with `field`, if any.
    pub fn error(&self, field: Field) -> Option<&FieldError> {
        self.reading.errors.iter().find(|e| e.field == field)
    }
}
