//! One-time set-up the commands do for themselves: the wasm target, the pinned npm tools and
//! a headless Chromium for the browser tests.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::paths;

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Runs a command with inherited output and turns a failure into a message naming it.
pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = describe(command);
    let status = command
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

pub fn describe(command: &Command) -> String {
    let mut words = vec![command.get_program().to_string_lossy().into_owned()];
    words.extend(command.get_args().map(|a| a.to_string_lossy().into_owned()));
    words.join(" ")
}

fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

pub fn ensure_wasm_target() -> Result<(), String> {
    let installed = output_of("rustup", &["target", "list", "--installed"]);
    match installed {
        Some(list) if list.lines().any(|l| l.trim() == WASM_TARGET) => {}
        Some(_) => {
            println!("xtask: adding the {WASM_TARGET} target");
            run(Command::new("rustup").args(["target", "add", WASM_TARGET]))?;
        }
        None => {
            return Err(format!(
                "rustup was not found; install Rust with rustup, add the {WASM_TARGET} target \
                 and the rust-src component to your toolchain by hand"
            ));
        }
    }
    // The release wasm rebuilds std (see `dist::build_wasm`), which needs its sources.
    let components = output_of("rustup", &["component", "list", "--installed"]);
    if !components.is_some_and(|list| list.lines().any(|l| l.trim().starts_with("rust-src"))) {
        println!("xtask: adding the rust-src component");
        run(Command::new("rustup").args(["component", "add", "rust-src"]))?;
    }
    Ok(())
}

/// Installs the npm tools (binaryen's wasm-opt, terser, axe-core, ajv) exactly as the lockfile pins them,
/// once per lockfile change.
pub fn ensure_npm_tools() -> Result<(), String> {
    let version = output_of("node", &["--version"]).ok_or(
        "Node.js was not found: install Node.js 18 or newer (it runs binaryen's wasm-opt)",
    )?;
    let major: u32 = version
        .trim()
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    if major < 18 {
        return Err(format!(
            "Node.js {} is too old: install Node.js 18 or newer",
            version.trim()
        ));
    }
    let root = paths::workspace_root();
    let lock = std::fs::read(root.join("package-lock.json"))
        .map_err(|e| format!("cannot read package-lock.json: {e}"))?;
    let stamp_path = paths::node_modules().join(".xtask-installed-lock");
    let wasm_opt = wasm_opt_script();
    if wasm_opt.is_file() && std::fs::read(&stamp_path).ok().as_deref() == Some(&lock[..]) {
        return Ok(());
    }
    println!("xtask: installing the pinned npm tools (npm ci)");
    run(Command::new(npm_program())
        .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .current_dir(&root))?;
    std::fs::write(&stamp_path, &lock).map_err(|e| format!("cannot write {stamp_path:?}: {e}"))
}

fn npm_program() -> &'static str {
    if cfg!(windows) { "npm.cmd" } else { "npm" }
}

/// binaryen's wasm-opt is a Node script; run it through `node` so no shebang or PATH matters.
pub fn wasm_opt_script() -> PathBuf {
    paths::node_modules().join("binaryen/bin/wasm-opt")
}

pub fn terser_script() -> PathBuf {
    paths::node_modules().join("terser/bin/terser")
}

pub fn axe_script() -> PathBuf {
    paths::node_modules().join("axe-core/axe.min.js")
}

/// Finds Chromium: `CHROME=/path` first, then the usual names on PATH; installs Debian's
/// package when running as root with apt. Never downloads a browser build of its own.
pub fn ensure_chromium() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("CHROME").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(format!("CHROME={} is not a file", path.display()))
        };
    }
    if let Some(found) = find_on_path() {
        return Ok(found);
    }
    let is_root = output_of("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    let has_apt = Path::new("/usr/bin/apt-get").is_file();
    if is_root && has_apt {
        println!("xtask: installing Debian's chromium for the browser tests");
        run(Command::new("apt-get").arg("update").arg("-qq"))?;
        run(Command::new("apt-get")
            .args([
                "install",
                "-y",
                "-qq",
                "--no-install-recommends",
                "chromium",
            ])
            .env("DEBIAN_FRONTEND", "noninteractive"))?;
        if let Some(found) = find_on_path() {
            return Ok(found);
        }
    }
    Err(
        "no Chromium found for the browser tests. Install it (on Debian or Ubuntu: \
         `sudo apt-get install chromium`), or point CHROME=/path/to/chrome at a Chromium or \
         Chrome binary."
            .to_string(),
    )
}

fn find_on_path() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
    .find(|candidate| candidate.is_file())
}
