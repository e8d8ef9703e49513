//! A tiny static file server on 127.0.0.1, std only.
//!
//! Used by `cargo xtask serve` and, through `#[path]`, by the browser tests, so both serve
//! `dist/` with the same MIME types. It records every request path so tests can assert what
//! the page asked for. Like a host with precompressed files (nginx's `gzip_static`), it
//! answers a client that accepts gzip with `FILE.gz` when that file exists beside `FILE`:
//! the browser bench writes those, so throttled figures are for the bytes hosts send.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

pub struct StaticServer {
    address: SocketAddr,
    requests: Arc<Mutex<Vec<String>>>,
    accept_loop: JoinHandle<()>,
}

/// Extra response headers for one path, for host pages that need e.g. a CSP header.
pub type ExtraHeaders = Vec<(String, String, String)>;

impl StaticServer {
    /// Serves `root` on 127.0.0.1:`port` (0 picks a free port).
    pub fn start(root: &Path, port: u16) -> std::io::Result<StaticServer> {
        StaticServer::start_with_headers(root, port, Vec::new())
    }

    /// As [`StaticServer::start`], adding `(path, header, value)` headers to matching paths.
    pub fn start_with_headers(
        root: &Path,
        port: u16,
        extra_headers: ExtraHeaders,
    ) -> std::io::Result<StaticServer> {
        let listener = TcpListener::bind(("127.0.0.1", port))?;
        let address = listener.local_addr()?;
        let requests = Arc::new(Mutex::new(Vec::new()));
        let root = root.to_path_buf();
        let log = Arc::clone(&requests);
        let extra = Arc::new(extra_headers);
        let accept_loop = std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                let log = Arc::clone(&log);
                let extra = Arc::clone(&extra);
                std::thread::spawn(move || {
                    // A client that hangs up mid-response is not the server's problem.
                    let _ = respond(stream, &root, &log, &extra);
                });
            }
        });
        Ok(StaticServer {
            address,
            requests,
            accept_loop,
        })
    }

    #[allow(dead_code)] // used by the unit tests and the browser tests
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}/{}", self.address, path.trim_start_matches('/'))
    }

    /// Every request line received so far, e.g. `GET /index.html`.
    #[allow(dead_code)] // used by the browser tests, not by `serve`
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// Blocks for as long as the server runs (until the process is stopped).
    #[allow(dead_code)] // used by `serve`, not by the browser tests
    pub fn wait(self) {
        let _ = self.accept_loop.join();
    }
}

fn respond(
    stream: TcpStream,
    root: &Path,
    log: &Mutex<Vec<String>>,
    extra: &ExtraHeaders,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; only Accept-Encoding changes the answer.
    let mut header = String::new();
    let mut accepts_gzip = false;
    while reader.read_line(&mut header)? > 2 {
        let lower = header.to_ascii_lowercase();
        if lower.starts_with("accept-encoding:") && lower.contains("gzip") {
            accepts_gzip = true;
        }
        header.clear();
    }
    let mut words = request_line.split_whitespace();
    let method = words.next().unwrap_or("");
    let target = words.next().unwrap_or("/");
    if let Ok(mut entries) = log.lock() {
        entries.push(format!("{method} {target}"));
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let mut stream = stream;
    if method != "GET" && method != "HEAD" {
        return write_response(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"",
            &[],
            false,
        );
    }
    // Outside the root, missing or unreadable: all the same to the browser.
    let found = resolve(root, path).and_then(|file| Some((std::fs::read(&file).ok()?, file)));
    let Some((body, file)) = found else {
        return write_response(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found",
            &[],
            false,
        );
    };
    let mut headers: Vec<(&str, &str)> = extra
        .iter()
        .filter(|(p, _, _)| p == path)
        .map(|(_, name, value)| (name.as_str(), value.as_str()))
        .collect();
    let mut body = body;
    if accepts_gzip {
        let mut gz = file.clone().into_os_string();
        gz.push(".gz");
        if let Ok(compressed) = std::fs::read(&gz) {
            body = compressed;
            headers.push(("Content-Encoding", "gzip"));
            headers.push(("Vary", "Accept-Encoding"));
        }
    }
    let head_only = method == "HEAD";
    write_response(
        &mut stream,
        "200 OK",
        mime_type(&file),
        &body,
        &headers,
        head_only,
    )
}

/// Maps a URL path to a file under `root`, refusing anything that would climb out of it.
pub fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let mut file = root.to_path_buf();
    for component in Path::new(url_path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

pub fn mime_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn write_response(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
    extra: &[(&str, &str)],
    head_only: bool,
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}
