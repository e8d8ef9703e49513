//! The one CSV writer behind every spreadsheet export.
//!
//! - UTF-8 with a byte order mark, so spreadsheet programs (Excel first) detect the
//!   encoding and do not mistake accented letters for another one.
//! - RFC 4180: fields separated by commas, records ended by CRLF, quotes inside a quoted
//!   field doubled. With [`Quoting::WhenNeeded`] a field is quoted only when it holds a
//!   comma, a double quote, CR or LF; with [`Quoting::Always`] every field is, so commas,
//!   quotes and line breaks can never leave their cell whatever a reader expects.
//! - Formula injection: a field starting with `=`, `+`, `-`, `@`, a tab or a carriage
//!   return is prefixed with an apostrophe (inside the quotes), so a spreadsheet shows it
//!   as text instead of running it: exports carry texts typed by other people.
//!
//! ```
//! use partnership_engine::csv::CsvWriter;
//! let mut csv = CsvWriter::new();
//! csv.row(&["name", "note"]);
//! csv.row(&["Ana, B.", "=1+1"]);
//! assert_eq!(csv.finish(), "\u{feff}name,note\r\n\"Ana, B.\",'=1+1\r\n");
//! ```

/// The byte order mark written first.
pub const BOM: char = '\u{feff}';

/// When a field is enclosed in double quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quoting {
    /// Every field (the single-result export).
    Always,
    /// Only a field holding a comma, a double quote, CR or LF (the workshop summary).
    WhenNeeded,
}

/// Writes CSV records into a string.
#[derive(Clone, Debug)]
pub struct CsvWriter {
    out: String,
    quoting: Quoting,
    row_started: bool,
}

impl Default for CsvWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl CsvWriter {
    /// An empty document (just the byte order mark), quoting fields only when needed.
    pub fn new() -> Self {
        Self::with_quoting(Quoting::WhenNeeded)
    }

    /// An empty document (just the byte order mark) with the given quoting.
    pub fn with_quoting(quoting: Quoting) -> Self {
        let mut out = String::new();
        out.push(BOM);
        CsvWriter {
            out,
            quoting,
            row_started: false,
        }
    }

    /// Appends one field to the current record.
    pub fn field(&mut self, value: &str) {
        if self.row_started {
            self.out.push(',');
        }
        self.row_started = true;
        write_field(&mut self.out, value, self.quoting);
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
/// as `quoting` says.
pub fn write_field(out: &mut String, value: &str, quoting: Quoting) {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = match quoting {
        Quoting::Always => true,
        Quoting::WhenNeeded => value.contains([',', '"', '\r', '\n']),
    };
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

/// One cell as the single-result export writes it: always quoted, and neutralised if it
/// could start a formula.
pub fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 3);
    write_field(&mut out, text, Quoting::Always);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(value: &str) -> String {
        let mut s = String::new();
        write_field(&mut s, value, Quoting::WhenNeeded);
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
    fn always_quoted_cells_are_neutralised_the_same_way() {
        for bad in ["=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            let c = cell(bad);
            assert!(c.starts_with("\"'"), "{bad:?} became {c:?}");
        }
        assert_eq!(cell("plain"), "\"plain\"");
        assert_eq!(cell(""), "\"\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
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
        let mut w = CsvWriter::with_quoting(Quoting::Always);
        w.row(&["a", ""]);
        assert_eq!(w.finish(), "\u{feff}\"a\",\"\"\r\n");
    }
}
