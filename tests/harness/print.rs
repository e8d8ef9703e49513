//! Print: the page as Chromium prints it on A4, and how many pages that took.

use chromiumoxide::cdp::browser_protocol::page::PrintToPdfParams;

use super::session::Session;

impl Session {
    /// The page printed to PDF on A4 paper (8.27 x 11.69 inches, Chromium's default
    /// margins).
    pub async fn print_a4(&self) -> Vec<u8> {
        self.page
            .pdf(
                PrintToPdfParams::builder()
                    .paper_width(8.27)
                    .paper_height(11.69)
                    .build(),
            )
            .await
            .expect("print to PDF")
    }
}

/// Pages in a PDF that Chromium printed: each page is one `/Type /Page` object.
pub fn pdf_page_count(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type /Page")
        .filter(|(at, m)| !text[at + m.len()..].starts_with('s'))
        .count()
}
