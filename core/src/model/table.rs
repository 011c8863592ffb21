//! One mechanism for a table of inputs, used by the household's (`params::SPECS`) and the
//! cooperative's (`coop::COOP_SPECS`): each input is a row ([`Row`]) with its key, default,
//! bounds, kind, unit, label, source ([`Spec`]) and basis; a value is checked against its row
//! ([`Spec::check`]); the table is documented as Markdown ([`markdown`], `docs/fields.md` and
//! `docs/coop-fields.md`, kept identical by tests).
//!
//! A table is written as rows and split at compile time ([`specs`], [`bases`]) into the specs
//! and, apart, the bases in words: a bundle that never shows the bases (the household page,
//! which reads them from `basis.json` when its settings are first opened) does not carry
//! their text.

use std::marker::PhantomData;

use super::error::{ErrorKind, FieldError};
use super::form::plain_number;
use super::text::Text;

/// How a value is entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// Any number in the bounds.
    Real,
    /// A whole number in the bounds.
    Whole,
    /// A yes/no switch stored as 0 or 1.
    Switch,
}

/// Where a default comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A figure printed in the paper.
    Paper,
    /// Derived by arithmetic from the paper's figures.
    Derived,
    /// A named public statistic.
    Statistic,
    /// An assumption the paper does not give: check it against your village.
    Assumption,
    /// The model's reading of the paper's words where they allow more than one
    /// (`docs/model.md` lists each reading with the words quoted).
    Reading,
}

/// Everything known about one input: a row of a table of inputs whose fields are `F`, grouped
/// by `G`, in units `U`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec<F, G, U> {
    /// The field this row describes.
    pub field: F,
    /// Stable key (the link's query string, element ids, docs).
    pub key: &'static str,
    /// Settings group (fieldset).
    pub group: G,
    /// Default value (the paper's where it gives one).
    pub default: f64,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Real, whole or switch.
    pub kind: ValueKind,
    /// Unit of the stored value.
    pub unit: U,
    /// Short label.
    pub label: Text,
    /// Where the default comes from.
    pub source: Source,
}

/// A row of a table as written: the [`Spec`] and the basis of its default in words. Only
/// compile-time constants hold rows; [`specs`] and [`bases`] split them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row<F, G, U> {
    /// Everything but the basis.
    pub spec: Spec<F, G, U>,
    /// The basis of the default in words.
    pub basis: Text,
}

/// The specs of `rows`, in order (at compile time).
pub const fn specs<F: Copy, G: Copy, U: Copy, const N: usize>(
    rows: &[Row<F, G, U>; N],
) -> [Spec<F, G, U>; N] {
    let mut out = [rows[0].spec; N];
    let mut i = 0;
    while i < N {
        out[i] = rows[i].spec;
        i += 1;
    }
    out
}

/// The bases of `rows`, in order (at compile time).
pub const fn bases<F: Copy, G: Copy, U: Copy, const N: usize>(
    rows: &[Row<F, G, U>; N],
) -> [Text; N] {
    let mut out = [rows[0].basis; N];
    let mut i = 0;
    while i < N {
        out[i] = rows[i].basis;
        i += 1;
    }
    out
}

/// A row, one argument per column (so that each row of a table reads as a row).
#[allow(clippy::too_many_arguments)]
pub const fn spec<F, G, U>(
    field: F,
    key: &'static str,
    group: G,
    default: f64,
    (min, max): (f64, f64),
    kind: ValueKind,
    unit: U,
    label: Text,
    source: Source,
    basis: Text,
) -> Row<F, G, U> {
    Row {
        spec: Spec {
            field,
            key,
            group,
            default,
            min,
            max,
            kind,
            unit,
            label,
            source,
        },
        basis,
    }
}

impl<F, G, U> Spec<F, G, U> {
    /// Checks one value against the row: finite, in bounds, whole where it must be.
    pub fn check(&self, v: f64) -> Result<(), ErrorKind> {
        if !v.is_finite() {
            return Err(ErrorKind::NotFinite);
        }
        if v < 0.0 && self.min >= 0.0 {
            return Err(ErrorKind::Negative);
        }
        if v < self.min {
            return Err(ErrorKind::BelowMin(self.min));
        }
        if v > self.max {
            return Err(ErrorKind::AboveMax(self.max));
        }
        match self.kind {
            ValueKind::Whole | ValueKind::Switch if v.fract() != 0.0 => Err(ErrorKind::NotWhole),
            _ => Ok(()),
        }
    }
}

/// A field of a table of inputs: an enum whose order is its table's.
pub trait TableField: Copy {
    /// Its row in the table.
    fn row(self) -> usize;
}

/// One value per field of a table of `N` inputs, in table order, read and set by field (the
/// household's `Inputs` and the cooperative's `CoopInputs`). Not yet checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Values<F, const N: usize> {
    values: [f64; N],
    field: PhantomData<F>,
}

impl<F: TableField, const N: usize> Values<F, N> {
    /// Every field at its row's default (`specs` in table order).
    pub fn defaults<G, U>(specs: &[Spec<F, G, U>; N]) -> Self {
        Values {
            values: std::array::from_fn(|i| specs[i].default),
            field: PhantomData,
        }
    }

    /// Sets one value (checked later).
    pub fn set(&mut self, field: F, value: f64) {
        self.values[field.row()] = value;
    }

    /// Every value in table order (for passing inputs between threads).
    pub fn values(&self) -> &[f64] {
        &self.values
    }

    /// Values in table order; `None` unless there is one per field.
    pub fn from_values(values: &[f64]) -> Option<Self> {
        Some(Values {
            values: values.try_into().ok()?,
            field: PhantomData,
        })
    }
}

impl<F: TableField, const N: usize> std::ops::Index<F> for Values<F, N> {
    type Output = f64;
    fn index(&self, f: F) -> &f64 {
        &self.values[f.row()]
    }
}

/// Every value's problem against its row, in table order (`value` reads a field's value).
pub fn check_rows<F: Copy, G, U>(
    specs: &[Spec<F, G, U>],
    value: impl Fn(F) -> f64,
) -> Vec<FieldError<F>> {
    specs
        .iter()
        .filter_map(|s| {
            let field = s.field;
            s.check(value(field))
                .err()
                .map(|kind| FieldError { field, kind })
        })
        .collect()
}

/// A table as Markdown: key, label in both languages, unit (`unit` names it), default, bounds,
/// kind, source and basis (`bases`, in the specs' order), one row per input.
pub fn markdown<F, G, U>(
    specs: &[Spec<F, G, U>],
    bases: &[Text],
    unit: impl Fn(&U) -> String,
) -> String {
    let mut out = String::from(
        "| key | field | unit | default | min | max | kind | source | basis |\n|---|---|---|---|---|---|---|---|---|\n",
    );
    for (s, basis) in specs.iter().zip(bases) {
        out.push_str(&format!(
            "| `{}` | {} / {} | {} | {} | {} | {} | {:?} | {:?} | {} |\n",
            s.key,
            s.label.en,
            s.label.zh,
            unit(&s.unit),
            plain_number(s.default, 4),
            plain_number(s.min, 4),
            plain_number(s.max, 4),
            s.kind,
            s.source,
            basis.en
        ));
    }
    out
}
