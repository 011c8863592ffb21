//! Prints `docs/fields.md`: every input field with its link key, unit, default, bounds and basis.

fn main() {
    println!("# Input fields\n");
    println!("Every input of the engine, its key in links, unit, default, the bounds validation enforces");
    println!(
        "(a value outside them is refused with a message naming the field), and the basis of the"
    );
    println!(
        "default. Land is stored in mu (1 ha = 15 mu); in links `land` is in the `unit` chosen."
    );
    println!(
        "Percent fields are written as percents (`share_rate=10` is 10%). Switches are 0 or 1.\n"
    );
    println!("Rules between fields: `away` ≤ `adults`; `div_lo` ≤ `div_hi`.\n");
    print!("{}", hezuo_core::model::params::fields_markdown());
}
