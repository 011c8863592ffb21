//! Prints the comparison for the paper's default household (or `key=value` overrides, the
//! same keys as in links, land in mu): `cargo run --example report -- land=10 adults=3`.
//! With `--json`, prints what the results table's `data-yuan` cells must hold, for the
//! end-to-end tests, every registered pattern in registry order (the tests take the pattern
//! codes from here). The work is [`hezuo_core::app::cli::run`]; a refused argument exits 2.

fn main() {
    match hezuo_core::app::cli::run(std::env::args_os().skip(1)) {
        Ok(out) => print!("{out}"),
        Err(why) => {
            eprintln!("{why}");
            std::process::exit(2);
        }
    }
}
