//! A small CSV writer for exports meant to be opened in a spreadsheet.
//!
//! - UTF-8 with a byte order mark, so spreadsheet programs detect the encoding.
//! - RFC 4180: fields separated by commas, records ended by CRLF, a field holding a comma,
//!   a double quote, CR or LF is enclosed in double quotes with its quotes doubled.
//! - Formula injection: a field starting with `=`, `+`, `-`, `@`, a tab or a carriage
//!   return is prefixed with an apostrophe, so a spreadsheet shows it as text instead of
//!   running it (exports carry texts typed by other people).
//!
//! ```
//! use partnership_engine::csv_writer::CsvWriter;
//! let mut csv = CsvWriter::new();
//! csv.row(&["name", "note"]);
//! csv.row(&["Ana, B.", "=1+1"]);
//! assert_eq!(csv.finish(), "\u{feff}name,note\r\n\"Ana, B.\",'=1+1\r\n");
//! ```

/// The byte order mark written first.
pub const BOM: char = '\u{feff}';

/// Writes CSV records into a string.
#[derive(Clone, Debug)]
pub struct CsvWriter {
    out: String,
    row_started: bool,
}

impl Default for CsvWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl CsvWriter {
    /// An empty document (just the byte order mark).
    pub fn new() -> Self {
        let mut out = String::new();
        out.push(BOM);
        CsvWriter {
            out,
            row_started: false,
        }
    }

    /// Appends one field to the current record.
    pub fn field(&mut self, value: &str) {
        if self.row_started {
            self.out.push(',');
        }
        self.row_started = true;
        write_field(&mut self.out, value);
    }

    /// Ends the current record.
    pub fn end_row(&mut self) {
        self.out.push_str("\r\n");
        self.row_started = false;
    }

    /// Appends a whole record.
    pub fn row<S: AsRef<str>>(&mut self, fields: &[S]) {
        for f in fields {
            self.field(f.as_ref());
        }
        self.end_row();
    }

    /// The document (an unfinished record is ended).
    pub fn finish(mut self) -> String {
        if self.row_started {
            self.end_row();
        }
        self.out
    }
}

/// Writes `value` as one field: apostrophe-prefixed if it could start a formula, quoted
/// if needed.
pub fn write_field(out: &mut String, value: &str) {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = value.contains([',', '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(value: &str) -> String {
        let mut s = String::new();
        write_field(&mut s, value);
        s
    }

    #[test]
    fn plain_fields_are_left_alone() {
        assert_eq!(one("plain text"), "plain text");
        assert_eq!(one(""), "");
        assert_eq!(one("2.75"), "2.75");
        assert_eq!(one("Don't know"), "Don't know");
        assert_eq!(one("café “quoted”"), "café “quoted”");
    }

    #[test]
    fn rfc_4180_quoting() {
        assert_eq!(one("a,b"), "\"a,b\"");
        assert_eq!(one("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(one("two\nlines"), "\"two\nlines\"");
        assert_eq!(one("cr\rhere"), "\"cr\rhere\"");
        assert_eq!(one("\""), "\"\"\"\"");
    }

    #[test]
    fn formula_starts_get_an_apostrophe() {
        assert_eq!(one("=SUM(A1:A9)"), "'=SUM(A1:A9)");
        assert_eq!(one("+1"), "'+1");
        assert_eq!(one("-1"), "'-1");
        assert_eq!(one("@cmd"), "'@cmd");
        assert_eq!(one("\tx"), "'\tx");
        // Quoted too (it holds a CR): the apostrophe goes inside the quotes.
        assert_eq!(one("\rx"), "\"'\rx\"");
        assert_eq!(
            one("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
        // Only at the start.
        assert_eq!(one("a=b"), "a=b");
        assert_eq!(one(" =b"), " =b");
    }

    #[test]
    fn records_end_with_crlf_after_a_bom() {
        let mut w = CsvWriter::new();
        w.row(&["a", "b"]);
        w.field("c");
        w.field("");
        w.field("d,e");
        let out = w.finish();
        assert_eq!(out, "\u{feff}a,b\r\nc,,\"d,e\"\r\n");
        assert!(out.as_bytes().starts_with(b"\xEF\xBB\xBF"));
        assert_eq!(CsvWriter::default().finish(), "\u{feff}");
    }
}
