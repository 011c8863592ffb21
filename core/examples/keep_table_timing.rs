//! Times one keystroke's engine work with the draws kept (land changing), by the household
//! page's path (`evaluate_plain_in`: year by year) and by the fast path (`evaluate_in`: the
//! per-draw basis): `cargo run --release --example keep_table_timing`.
use hezuo_core::model::engine::evaluate_plain_in;
use hezuo_core::model::{evaluate_in, DrawTable, Field, Inputs, Report, Settings, Valid};

type Path = fn(&Valid, &Settings, &mut Option<DrawTable>) -> Report;

fn main() {
    let paths: [(&str, Path); 2] = [
        ("household page (evaluate_plain_in)", evaluate_plain_in),
        ("fast path (evaluate_in)", evaluate_in),
    ];
    for (name, path) in paths {
        let mut table = None;
        let mut inputs = Inputs::paper_defaults();
        let s = Settings::default();
        let t = std::time::Instant::now();
        let n = 4_000;
        for i in 0..n {
            inputs.set(Field::Land, 3.0 + f64::from(i % 20) * 0.1);
            let v = inputs.check().expect("valid");
            std::hint::black_box(path(&v, &s, &mut table));
        }
        println!(
            "{name}: {:.3} ms per keystroke",
            t.elapsed().as_secs_f64() * 1000.0 / f64::from(n)
        );
    }
}
