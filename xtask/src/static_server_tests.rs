//! Unit tests of the static server, kept apart so the browser harness, which includes
//! the server's source, does not run them a second time.

use crate::static_server::*;
use std::io::Write;
use std::net::TcpStream;
use std::path::Path;

#[test]
fn paths_cannot_climb_out_of_the_root() {
    let root = std::env::temp_dir();
    assert_eq!(resolve(&root, "/../etc/passwd"), None);
    assert_eq!(resolve(&root, "/a/../../b"), None);
}

#[test]
fn mime_types_match_what_browsers_require() {
    assert_eq!(mime_type(Path::new("a.wasm")), "application/wasm");
    assert_eq!(
        mime_type(Path::new("a.js")),
        "text/javascript; charset=utf-8"
    );
    assert_eq!(mime_type(Path::new("a.html")), "text/html; charset=utf-8");
}

/// Serves one file from a fresh folder, sends `request` and returns the server (for its
/// log) and the whole response.
fn serve_one_and_ask(
    folder: &str,
    file: &str,
    contents: &str,
    request: &[u8],
) -> (StaticServer, String) {
    let root = std::env::temp_dir().join(format!("xtask-{folder}-{}", std::process::id()));
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(root.join(file), contents).unwrap();
    let server = StaticServer::start(&root, 0).unwrap();
    let mut stream = TcpStream::connect(server.address()).unwrap();
    stream.write_all(request).unwrap();
    let mut response = String::new();
    std::io::Read::read_to_string(&mut stream, &mut response).unwrap();
    std::fs::remove_dir_all(root).unwrap();
    (server, response)
}

#[test]
fn serves_a_file_and_logs_the_request() {
    let (server, response) = serve_one_and_ask(
        "serve",
        "index.html",
        "<p>hi</p>",
        b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
    );
    assert!(response.starts_with("HTTP/1.1 200 OK"));
    assert!(response.contains("text/html; charset=utf-8"));
    assert!(response.ends_with("<p>hi</p>"));
    assert_eq!(server.requests(), vec!["GET /".to_string()]);
}

#[test]
fn head_reports_the_length_without_sending_the_body() {
    let (_server, response) = serve_one_and_ask(
        "head",
        "a.js",
        "let x = 1;",
        b"HEAD /a.js HTTP/1.1\r\nHost: x\r\n\r\n",
    );
    assert!(response.contains("Content-Length: 10\r\n"), "{response}");
    assert!(response.ends_with("\r\n\r\n"), "no body: {response}");
}

#[test]
fn a_precompressed_file_is_sent_only_to_clients_that_accept_gzip() {
    let root = std::env::temp_dir().join(format!("xtask-gzip-{}", std::process::id()));
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(root.join("a.js"), "plain").unwrap();
    std::fs::write(root.join("a.js.gz"), "zipped").unwrap();
    let server = StaticServer::start(&root, 0).unwrap();
    let ask = |request: &[u8]| {
        let mut stream = TcpStream::connect(server.address()).unwrap();
        stream.write_all(request).unwrap();
        let mut response = String::new();
        std::io::Read::read_to_string(&mut stream, &mut response).unwrap();
        response
    };
    let gzip = ask(b"GET /a.js HTTP/1.1\r\nAccept-Encoding: gzip, br\r\n\r\n");
    assert!(gzip.contains("Content-Encoding: gzip\r\n"), "{gzip}");
    assert!(gzip.contains("text/javascript"), "{gzip}");
    assert!(gzip.ends_with("zipped"), "{gzip}");
    let plain = ask(b"GET /a.js HTTP/1.1\r\nHost: x\r\n\r\n");
    assert!(!plain.contains("Content-Encoding"), "{plain}");
    assert!(plain.ends_with("plain"), "{plain}");
    std::fs::remove_dir_all(root).unwrap();
}
