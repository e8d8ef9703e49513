//! Feeds arbitrary bytes to the importer: it must never panic, and whatever it accepts
//! must export and import again to the same assessment.

#![no_main]

use libfuzzer_sys::fuzz_target;
use partnership_engine::{evaluate, export, import};

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = import(data) {
        let _ = evaluate(&imported.assessment.answers);
        let again = import(export(&imported.assessment).as_bytes());
        assert_eq!(again.map(|i| i.assessment), Ok(imported.assessment));
    }
});
