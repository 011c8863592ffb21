//! Times `evaluate_in` with the draws kept, as the household page runs it on every keystroke
//! (land changing): `cargo run --release --example keep_table_timing`.
fn main() {
    let mut table = None;
    let mut inputs = hezuo_core::model::Inputs::paper_defaults();
    let s = hezuo_core::model::Settings::default();
    let t = std::time::Instant::now();
    let n = 4_000;
    for i in 0..n {
        inputs.set(
            hezuo_core::model::Field::Land,
            3.0 + f64::from(i % 20) * 0.1,
        );
        let v = inputs.check().expect("valid");
        std::hint::black_box(hezuo_core::model::evaluate_in(&v, &s, &mut table));
    }
    println!(
        "{:.3} ms per keystroke",
        t.elapsed().as_secs_f64() * 1000.0 / f64::from(n)
    );
}
