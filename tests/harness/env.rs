//! Where the browser tests find their tools and put their files: the environment
//! `cargo xtask test` sets, and scratch folders that clean up after themselves.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// Paths the harness needs, from the environment `cargo xtask test` sets.
pub struct TestEnvironment {
    pub chrome: PathBuf,
    pub dist: PathBuf,
    pub axe: PathBuf,
    pub artifacts: PathBuf,
}

impl TestEnvironment {
    pub fn from_env() -> TestEnvironment {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let var = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let chrome = var("CHROME").unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
        let dist = var("PA_DIST").unwrap_or_else(|| root.join("dist"));
        let axe = var("PA_AXE").unwrap_or_else(|| root.join("node_modules/axe-core/axe.min.js"));
        let artifacts = var("PA_ARTIFACTS").unwrap_or_else(|| root.join("test-artifacts"));
        assert!(
            chrome.is_file(),
            "no browser at {}: run the browser tests through `cargo xtask test`, or set CHROME",
            chrome.display()
        );
        assert!(
            dist.join("partnership-assessment.js").is_file(),
            "no built widget in {}: run `cargo xtask dist` first (cargo xtask test does)",
            dist.display()
        );
        TestEnvironment {
            chrome,
            dist,
            axe,
            artifacts,
        }
    }
}

/// A folder under the system temp dir, removed when dropped.
pub struct ScratchDir(PathBuf);

impl ScratchDir {
    pub fn new(purpose: &str) -> ScratchDir {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("pa-{purpose}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a scratch folder");
        ScratchDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
