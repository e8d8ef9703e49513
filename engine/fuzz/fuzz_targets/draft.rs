//! Feeds arbitrary text to draft recovery as a kept draft: it must never panic; whatever
//! it offers must export and import again unchanged; and merging what it offers with
//! itself (two tabs holding the same draft) changes nothing.

#![no_main]

use libfuzzer_sys::fuzz_target;
use partnership_engine::draft::{Merged, close_truncated, merge, recover};
use partnership_engine::{ResultId, Timestamp, export, import};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = close_truncated(&text);
    let recovered = recover(
        &text,
        ResultId::from_random_bytes([1; 16]),
        Timestamp::from_unix_millis(0),
    );
    if let Some(a) = recovered.assessment {
        let again = import(export(&a).as_bytes()).map(|i| i.assessment);
        assert_eq!(again.as_ref(), Ok(&a));
        assert_eq!(merge(Some(&a), &a, &a), Merged::Joined(Box::new(a.clone())));
    }
});
