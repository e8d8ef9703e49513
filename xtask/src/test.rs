//! `cargo xtask test`: every check, in order, stopping at the first failure.
//!
//! Ends with one line `N passed, N failed`: N passed counts tests; N failed counts failed
//! tests, plus one for a check (format, clippy, dist) that failed before tests could run.

use std::io::{BufRead, BufReader};
use std::process::{Command, ExitCode, Stdio};

use crate::{dist, paths, setup};

#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
}

pub fn run() -> ExitCode {
    let mut tally = Tally::default();
    let outcome = run_steps(&mut tally);
    println!();
    if let Err(message) = &outcome {
        eprintln!("xtask test: stopped: {message}");
        if tally.failed == 0 {
            tally.failed = 1;
        }
    }
    println!("{} passed, {} failed", tally.passed, tally.failed);
    if outcome.is_ok() && tally.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(paths::workspace_root());
    command
}

fn run_steps(tally: &mut Tally) -> Result<(), String> {
    step("set-up: wasm target and pinned npm tools");
    setup::ensure_wasm_target()?;
    setup::ensure_npm_tools()?;

    step("format: cargo fmt --check");
    setup::run(cargo().args(["fmt", "--all", "--check"]))
        .map_err(|e| format!("{e}: run `cargo fmt --all` to fix the formatting"))?;

    step("lint: cargo clippy -D warnings");
    setup::run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The script most people download is the app without workshop mode: lint that build
    // too, so code only it compiles cannot hide a warning.
    setup::run(cargo().args([
        "clippy",
        "--package",
        "partnership-assessment",
        "--lib",
        "--no-default-features",
        "--",
        "-D",
        "warnings",
    ]))?;

    step("unit and property tests");
    // Everything but the browser tests, which need the built dist/ and run last.
    cargo_test(
        tally,
        &["--workspace", "--exclude", "partnership-assessment"],
    )?;
    cargo_test(tally, &["--package", "partnership-assessment", "--lib"])?;

    step("release build with its size budget: cargo xtask dist");
    let dist = dist::run()?;

    step("browser tests in headless Chromium");
    let chrome = setup::ensure_chromium()?;
    let artifacts = paths::workspace_root().join("test-artifacts");
    let mut browser_tests = cargo();
    browser_tests
        // Only the integration tests in tests/: the lib's unit tests already ran above.
        .args(["test", "--package", "partnership-assessment", "--test", "*"])
        .env("CHROME", chrome)
        .env("PA_DIST", &dist)
        .env("PA_AXE", setup::axe_script())
        .env("PA_ARTIFACTS", artifacts);
    run_counting(tally, browser_tests)
}

fn step(name: &str) {
    println!("\n== {name}");
}

fn cargo_test(tally: &mut Tally, args: &[&str]) -> Result<(), String> {
    let mut command = cargo();
    command.arg("test").args(args);
    run_counting(tally, command)
}

/// Runs a `cargo test`, echoing its output and adding up its `test result:` lines.
fn run_counting(tally: &mut Tally, mut command: Command) -> Result<(), String> {
    let shown = setup::describe(&command);
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some((passed, failed)) = parse_result_line(&line) {
                tally.passed += passed;
                tally.failed += failed;
            }
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("`{shown}` did not finish: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Reads cargo's `test result: ok. 3 passed; 0 failed; ...` summary.
fn parse_result_line(line: &str) -> Option<(u64, u64)> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let count = |label: &str| -> Option<u64> {
        rest.split(';')
            .find_map(|part| {
                part.trim()
                    .trim_start_matches(|c: char| !c.is_ascii_digit())
                    .strip_suffix(label)
            })
            .and_then(|n| n.trim().parse().ok())
    };
    Some((count("passed")?, count("failed")?))
}

#[cfg(test)]
mod tests {
    use super::parse_result_line;

    #[test]
    fn reads_cargo_test_summaries() {
        let ok = "test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s";
        assert_eq!(parse_result_line(ok), Some((12, 0)));
        let failed =
            "test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out";
        assert_eq!(parse_result_line(failed), Some((3, 2)));
        assert_eq!(parse_result_line("running 3 tests"), None);
    }
}
