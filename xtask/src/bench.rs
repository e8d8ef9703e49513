//! `cargo xtask bench`: times the engine's scenarios in the release wasm build.
//!
//! Figures are reported, never asserted: timings depend on the machine, so budgets in tests
//! stay on deterministic figures (bytes). Targets, where a scenario has one, are shown
//! beside the median.

use std::process::Command;

use crate::{paths, setup};

const BENCH_PACKAGE: &str = "engine-bench";

pub fn run(runs: u32) -> Result<(), String> {
    setup::ensure_wasm_target()?;
    setup::ensure_npm_tools()?;
    let root = paths::workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    println!("xtask: building the benchmark wasm (release, as shipped)");
    setup::run(
        Command::new(cargo)
            .args(["build", "--release", "--target", "wasm32-unknown-unknown"])
            .args(["--package", BENCH_PACKAGE])
            .current_dir(&root),
    )?;
    let built = paths::target_dir().join("wasm32-unknown-unknown/release/engine_bench.wasm");
    let optimised = paths::target_dir().join("xtask-bench/engine_bench_opt.wasm");
    if let Some(dir) = optimised.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {dir:?}: {e}"))?;
    }
    // The same optimisation the widget gets, so the figures are the shipped code's.
    setup::run(
        Command::new("node")
            .arg(setup::wasm_opt_script())
            .args(["-Oz", "--strip-debug", "--strip-producers"])
            .arg(&built)
            .arg("-o")
            .arg(&optimised),
    )?;
    println!("xtask: timing {runs} runs of each scenario under Node.js");
    let output = Command::new("node")
        .arg(root.join("xtask/bench-runner.js"))
        .arg(&optimised)
        .arg(runs.to_string())
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the benchmark runner failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let json = String::from_utf8_lossy(&output.stdout);
    print_table(&json)
}

/// Prints the runner's JSON as a table, with nothing but std (no JSON crate in xtask).
fn print_table(json: &str) -> Result<(), String> {
    let rows: Vec<&str> = json
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split("},{")
        .collect();
    println!();
    println!(
        "{:<30} {:>6} {:>10} {:>10} {:>10} {:>10} {:>12}",
        "scenario", "runs", "best ms", "median ms", "worst ms", "target ms", "memory +KB"
    );
    for row in rows {
        let field = |name: &str| -> Result<String, String> {
            let key = format!("\"{name}\":");
            let start = row
                .find(&key)
                .ok_or_else(|| format!("the runner's output has no {name}: {row}"))?
                + key.len();
            let rest = &row[start..];
            let end = rest.find([',', '}']).unwrap_or(rest.len());
            Ok(rest[..end].trim_matches('"').to_string())
        };
        let ms = |name: &str| -> Result<String, String> {
            let value: f64 = field(name)?
                .parse()
                .map_err(|_| format!("bad {name} in {row}"))?;
            Ok(format!("{value:.3}"))
        };
        let target = match field("targetMs")?.as_str() {
            "0" => "-".to_string(),
            t => t.to_string(),
        };
        let growth: u64 = field("memoryGrowthBytes")?.parse().unwrap_or(0);
        println!(
            "{:<30} {:>6} {:>10} {:>10} {:>10} {:>10} {:>12}",
            field("name")?,
            field("runs")?,
            ms("bestMs")?,
            ms("medianMs")?,
            ms("worstMs")?,
            target,
            growth / 1024
        );
    }
    Ok(())
}
