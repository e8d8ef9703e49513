//! Where things are: the workspace root, the cargo target directory, dist/.

use std::path::PathBuf;

/// The workspace root (the xtask crate lives one level below it).
pub fn workspace_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}

/// Cargo's target directory, honouring `CARGO_TARGET_DIR` (CI keeps it outside the clone).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                workspace_root().join(dir)
            }
        }
        _ => workspace_root().join("target"),
    }
}

pub fn dist_dir() -> PathBuf {
    workspace_root().join("dist")
}

pub fn node_modules() -> PathBuf {
    workspace_root().join("node_modules")
}
