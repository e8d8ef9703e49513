//! The site under test: a copy of dist/ plus a test's own pages, served on loopback.

use super::env::{ScratchDir, TestEnvironment};
use super::static_server::StaticServer;

/// A copy of dist/ plus extra test pages, served on a free loopback port.
pub struct Site {
    pub server: StaticServer,
    pub root: ScratchDir,
}

impl Site {
    /// Serves dist/ as built, with `extra_pages` (`(file name, contents)`) beside it.
    pub fn serve(env: &TestEnvironment, extra_pages: &[(&str, &str)]) -> Site {
        Site::serve_with_headers(env, extra_pages, Vec::new())
    }

    /// As [`Site::serve`], adding `(url path, header, value)` response headers.
    pub fn serve_with_headers(
        env: &TestEnvironment,
        extra_pages: &[(&str, &str)],
        headers: Vec<(String, String, String)>,
    ) -> Site {
        let root = ScratchDir::new("site");
        for entry in std::fs::read_dir(&env.dist).expect("read dist/").flatten() {
            if entry.path().is_file() {
                std::fs::copy(entry.path(), root.path().join(entry.file_name()))
                    .expect("copy a dist file");
            }
        }
        for (name, contents) in extra_pages {
            std::fs::write(root.path().join(name), contents).expect("write a test page");
        }
        let server = StaticServer::start_with_headers(root.path(), 0, headers)
            .expect("serve the test site on loopback");
        Site { server, root }
    }

    pub fn url(&self, path: &str) -> String {
        self.server.url(path)
    }

    /// The origin every request of a test must stay within.
    pub fn origin(&self) -> String {
        format!("http://{}", self.server.address())
    }
}

/// A small host page around `body`: `head` holds its script elements, verbatim.
pub fn host_page(title: &str, head: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\n\
         <link rel=\"icon\" href=\"favicon.svg\">\n{head}</head>\n<body><main>{body}</main></body></html>"
    )
}
