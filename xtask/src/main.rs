//! `cargo xtask <command>`: the project's build, serve and test entry points.
//!
//! Kept dependency-light and free of shell scripts so the two README commands work on any
//! machine that has only Rust (via rustup) and Node.js.

mod bench;
mod dist;
mod paths;
mod setup;
mod static_server;
#[cfg(test)]
mod static_server_tests;
mod test;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  dist               build the widget into dist/ and check its size budget
  serve [--port N]   build, then serve dist/ on http://127.0.0.1:N (default 8080)
  bench [--runs N] [--engine|--browser] [--dist DIR]
                     time the engine's scenarios in the release wasm build (default 50
                     runs), then the widget in headless Chromium: cold start, interaction
                     latency (INP) and the workshop merge's memory; --dist times a dist/
                     built earlier (e.g. from another commit) instead of building one
  test               every check: format, clippy, unit and property tests, dist with its
                     size budget, then the browser tests; ends with 'N passed, N failed'
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dist") if args.len() == 1 => dist::run().map(|_| ()),
        Some("serve") => parse_port(&args[1..]).and_then(serve),
        Some("test") if args.len() == 1 => return test::run(),
        Some("bench") => {
            parse_bench(&args[1..]).and_then(|(runs, part, dist)| bench::run(runs, part, dist))
        }
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => Err(format!("unknown or malformed command\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn parse_port(args: &[String]) -> Result<u16, String> {
    match args {
        [] => Ok(8080),
        [flag, value] if flag == "--port" => value
            .parse::<u16>()
            .map_err(|_| format!("--port takes a number from 0 to 65535, not '{value}'")),
        _ => Err(format!("serve takes only --port N\n\n{USAGE}")),
    }
}

fn parse_bench(args: &[String]) -> Result<(u32, bench::Part, Option<std::path::PathBuf>), String> {
    let mut runs = 50;
    let mut part = bench::Part::All;
    let mut dist = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--runs" => {
                let value = rest.next().map(String::as_str).unwrap_or("");
                runs = value
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=100_000).contains(n))
                    .ok_or_else(|| {
                        format!("--runs takes a number from 1 to 100000, not '{value}'")
                    })?;
            }
            "--engine" => part = bench::Part::Engine,
            "--browser" => part = bench::Part::Browser,
            "--dist" => match rest.next() {
                Some(dir) if std::path::Path::new(dir).is_dir() => dist = Some(dir.into()),
                _ => return Err("--dist takes a folder built by cargo xtask dist".into()),
            },
            _ => {
                return Err(format!(
                    "bench takes only --runs N, --engine or --browser, and --dist DIR\n\n{USAGE}"
                ));
            }
        }
    }
    Ok((runs, part, dist))
}

fn serve(port: u16) -> Result<(), String> {
    let dist = dist::run()?;
    let server = static_server::StaticServer::start(&dist, port)
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e} (try --port)"))?;
    println!();
    println!("Serving {} (Ctrl-C stops)", dist.display());
    println!("  demo page:    {}", server.url("/"));
    println!("  offline file: {}", server.url(dist::OFFLINE_NAME));
    println!(
        "  from disk:    file://{}",
        dist.join(dist::OFFLINE_NAME).display()
    );
    server.wait();
    Ok(())
}
