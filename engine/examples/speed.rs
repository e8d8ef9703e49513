//! How long `evaluate`, `export` and `import` take on a full assessment (release build):
//! `CARGO_TARGET_DIR=/work/target-engine cargo run -p partnership-engine --release --example speed`

use partnership_engine::*;
use std::time::Instant;

fn main() {
    let mut a = Assessment::new(
        ResultId::from_random_bytes([1; 16]),
        Timestamp::from_unix_millis(0),
    );
    for (n, item) in INSTRUMENTS
        .readiness
        .dimensions
        .iter()
        .flat_map(|d| d.items)
        .enumerate()
    {
        a.answers.set_readiness(
            item.id,
            ReadinessAnswer::Scale(Rating::new((n % 5) as u8).expect("0..=4")),
        );
    }
    for b in INSTRUMENTS.barriers.barriers {
        a.answers.set_barrier(b.id, Rating::new(3), Rating::new(4));
    }
    let json = export(&a);
    let runs = 20_000u32;
    let time = |name: &str, f: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..runs {
            f();
        }
        println!(
            "{name}: {} ns per call",
            start.elapsed().as_nanos() / u128::from(runs)
        );
    };
    time("evaluate", &|| {
        std::hint::black_box(evaluate(std::hint::black_box(&a.answers)));
    });
    time("export", &|| {
        std::hint::black_box(export(std::hint::black_box(&a)));
    });
    time("import", &|| {
        let _ = std::hint::black_box(import(std::hint::black_box(json.as_bytes())));
    });
    println!("document size: {} bytes", json.len());
}
