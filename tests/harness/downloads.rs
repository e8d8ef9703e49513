//! Downloads: a fresh folder the page may save into, and waiting for a finished file there.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chromiumoxide::cdp::browser_protocol::browser::{
    SetDownloadBehaviorBehavior, SetDownloadBehaviorParams,
};

use super::env::ScratchDir;
use super::session::Session;

impl Session {
    /// Lets the page download into a fresh folder, which is returned (and removed when
    /// dropped). Pair with [`wait_for_download`].
    pub async fn allow_downloads(&self) -> ScratchDir {
        let downloads = ScratchDir::new("downloads");
        self.page
            .execute(
                SetDownloadBehaviorParams::builder()
                    .behavior(SetDownloadBehaviorBehavior::Allow)
                    .download_path(downloads.path().display().to_string())
                    .build()
                    .expect("download parameters"),
            )
            .await
            .expect("allow downloads");
        downloads
    }
}

/// Waits (up to 20 s) for a finished download with this extension in `dir`. Chromium may
/// create the file before it has written it, so a file counts only once it is non-empty
/// and its size has stayed the same across two looks.
pub async fn wait_for_download(dir: &Path, extension: &str) -> PathBuf {
    let started = Instant::now();
    let mut last: Option<(PathBuf, u64)> = None;
    loop {
        let found = std::fs::read_dir(dir).ok().and_then(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|e| e == extension))
        });
        if let Some(file) = found {
            let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
            if size > 0 && last.as_ref() == Some(&(file.clone(), size)) {
                return file;
            }
            last = Some((file, size));
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "no finished download arrived in {}",
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// The file name of a download, as text ("" if it has none).
pub fn file_name(file: &Path) -> String {
    file.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned()
}
