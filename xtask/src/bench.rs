//! `cargo xtask bench`: times the engine's scenarios in the release wasm build, then the
//! widget itself in headless Chromium (`xtask/browser-bench.js`): cold start unthrottled
//! and throttled (CPU 4x, 1.6 Mbps / 150 ms, the script served gzip), interaction latency
//! over a scripted run of the full assessment at 1x and 4x CPU (Event Timing API, as
//! browsers measure INP) and the workshop merge of 500 files with the memory it leaves.
//!
//! Figures are reported, never asserted: timings depend on the machine, so budgets in tests
//! stay on deterministic figures (bytes). Targets, where a scenario has one, are shown
//! beside the median.

use std::path::PathBuf;
use std::process::Command;

use crate::{dist, paths, setup, static_server};

const BENCH_PACKAGE: &str = "engine-bench";
/// Cold starts per condition (the issue asks for a median of 5 or more).
const COLD_RUNS: u32 = 7;
/// Scripted runs of the full assessment per CPU rate, and workshop merges.
const INP_RUNS: u32 = 3;

/// Which half of the bench to run.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Part {
    All,
    Engine,
    Browser,
}

/// Runs the bench; `dist`, when given, is a dist/ built earlier (say, from another commit,
/// to compare the two back to back) to time instead of building one.
pub fn run(runs: u32, part: Part, dist: Option<PathBuf>) -> Result<(), String> {
    println!("load average: {}", load_average());
    let files = paths::target_dir().join("xtask-bench/workshop-files.json");
    if part != Part::Browser || !files.is_file() {
        engine(runs, &files)?;
    }
    if part != Part::Engine {
        browser(&files, dist)?;
    }
    println!("load average: {}", load_average());
    Ok(())
}

/// The 1, 5 and 15 minute load averages, for judging how noisy the figures are.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".to_string())
}

fn engine(runs: u32, files: &std::path::Path) -> Result<(), String> {
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
        .arg(files)
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

/// Builds dist/, serves a copy with precompressed `.gz` files beside it and runs the
/// browser bench against it.
fn browser(files: &std::path::Path, dist: Option<PathBuf>) -> Result<(), String> {
    let chrome = setup::ensure_chromium()?;
    let dist = match dist {
        Some(dir) => dir,
        None => dist::run()?,
    };
    println!("xtask: timing the widget built in {}", dist.display());
    let site = paths::target_dir().join("xtask-bench/site");
    let _ = std::fs::remove_dir_all(&site);
    std::fs::create_dir_all(&site).map_err(|e| format!("cannot create {site:?}: {e}"))?;
    let entries = std::fs::read_dir(&dist).map_err(|e| format!("cannot read {dist:?}: {e}"))?;
    for entry in entries.flatten() {
        let from = entry.path();
        if !from.is_file() {
            continue;
        }
        let bytes = std::fs::read(&from).map_err(|e| format!("cannot read {from:?}: {e}"))?;
        let to = site.join(entry.file_name());
        std::fs::write(&to, &bytes).map_err(|e| format!("cannot write {to:?}: {e}"))?;
        let mut gz = to.into_os_string();
        gz.push(".gz");
        std::fs::write(&gz, gzip(&bytes)?).map_err(|e| format!("cannot write {gz:?}: {e}"))?;
    }
    let server = static_server::StaticServer::start(&site, 0)
        .map_err(|e| format!("cannot serve the bench site: {e}"))?;
    println!(
        "xtask: timing the widget in {} ({COLD_RUNS} cold starts per condition, \
         {INP_RUNS} scripted runs per CPU rate)",
        chrome.display()
    );
    let output = Command::new("node")
        .arg(paths::workspace_root().join("xtask/browser-bench.js"))
        .arg(&chrome)
        .arg(server.url("/"))
        .arg(files)
        .arg(COLD_RUNS.to_string())
        .arg(INP_RUNS.to_string())
        // Where the script writes the SurveyJS peer page (a bench-only npm package).
        .env("PA_BENCH_SITE_DIR", &site)
        .env("PA_BENCH_NODE_MODULES", paths::node_modules())
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the browser bench failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    println!();
    println!(
        "{:<42} {:>5} {:>10} {:>10} {:>10} {:>8}",
        "in the browser", "runs", "best", "median", "worst", "target"
    );
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [name, unit, target, values] = fields[..] else {
            return Err(format!("the browser bench printed an odd line: {line}"));
        };
        let mut values: Vec<f64> = values.split(',').filter_map(|v| v.parse().ok()).collect();
        if values.is_empty() {
            return Err(format!("the browser bench printed no figures: {line}"));
        }
        values.sort_by(f64::total_cmp);
        let median = values[values.len() / 2];
        let show = |v: f64| format!("{v:.0} {unit}");
        let target = if target.is_empty() {
            "-".to_string()
        } else {
            format!("{target} {unit}")
        };
        println!(
            "{name:<42} {:>5} {:>10} {:>10} {:>10} {target:>8}",
            values.len(),
            show(values[0]),
            show(median),
            show(values[values.len() - 1]),
        );
    }
    Ok(())
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|e| format!("cannot gzip: {e}"))
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
