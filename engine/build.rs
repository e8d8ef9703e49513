//! Turns `instruments/*.toml` into static Rust data (`$OUT_DIR/instruments.rs`), failing the
//! build with `file: id: problem` lines when a file breaks a rule of `instruments/FORMAT.md`;
//! then checks the language files `lang/*.toml` against every text and writes the catalogue
//! (`$OUT_DIR/catalogue.rs`) and one pack per language.
//! The wasm therefore carries the data, never a TOML parser.

#[path = "build/common.rs"]
mod common;
#[path = "build/instrument_files.rs"]
mod instrument_files;
#[path = "build/language_files.rs"]
mod language_files;
#[path = "build/partner_file.rs"]
mod partner_file;
#[path = "build/workshop_file.rs"]
mod workshop_file;

use std::path::Path;

fn main() {
    let dir = Path::new("instruments");
    partner_file::build(dir);
    println!("cargo:rerun-if-changed=instruments");
    println!("cargo:rerun-if-changed=build");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_default();
    if let Err(errors) = workshop_file::build(dir, Path::new(&out_dir)) {
        fail(&errors);
    }
    let mut sources = Vec::new();
    let mut read_errors = Vec::new();
    for name in instrument_files::FILE_NAMES {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        match std::fs::read_to_string(&path) {
            Ok(text) => sources.push((name, text)),
            Err(e) => read_errors.push(format!("{name}: cannot read {}: {e}", path.display())),
        }
    }
    let files: Vec<(&str, &str)> = sources.iter().map(|(n, s)| (*n, s.as_str())).collect();
    let result = instrument_files::load(&files);
    match result {
        Ok(set) if read_errors.is_empty() => {
            let out =
                Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("instruments.rs");
            if let Err(e) = std::fs::write(&out, instrument_files::generate(&set)) {
                fail(&[format!("cannot write {}: {e}", out.display())]);
            }
            // Last: the catalogue needs every instrument text registered above.
            let workshop_words = std::env::var_os("CARGO_FEATURE_WORKSHOP").is_some();
            if let Err(errors) =
                language_files::build(Path::new("lang"), Path::new(&out_dir), workshop_words)
            {
                eprintln!(
                    "The language files in engine/lang/ have problems (see engine/lang/README.md):"
                );
                for e in &errors {
                    eprintln!("  {e}");
                }
                std::process::exit(1);
            }
        }
        Ok(_) => fail(&read_errors),
        Err(errors) => {
            // A missing file is already reported by `load`; keep only the read errors it lacks.
            let mut all = read_errors;
            all.extend(
                errors
                    .into_iter()
                    .filter(|e| !e.ends_with("the file is missing")),
            );
            fail(&all);
        }
    }
}

fn fail(errors: &[String]) -> ! {
    eprintln!("The instrument files in engine/instruments/ have problems (see FORMAT.md):");
    for e in errors {
        eprintln!("  {e}");
    }
    std::process::exit(1);
}
