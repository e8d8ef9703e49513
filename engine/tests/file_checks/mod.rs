//! What the tests of the build-time file checkers share (`instrument_files`,
//! `partner_file`, `workshop_file`): breaking a real file by one edit, and looking for the
//! exact message among the checker's errors.

use toml::Table;

/// The TOML file `real` with `edit` applied, written back as TOML.
pub fn edited(real: &str, edit: impl FnOnce(&mut Table)) -> String {
    let mut table: Table = real.parse().expect("the real file parses");
    edit(&mut table);
    toml::to_string(&table).expect("serialises")
}

/// `expected` is one of `errors`, word for word.
pub fn assert_has(errors: &[String], expected: &str) {
    assert!(
        errors.iter().any(|e| e == expected),
        "expected the error\n  {expected}\nin\n  {}",
        errors.join("\n  ")
    );
}
