//! A small JSON writer for the two documents the engine writes (the results document and
//! the workshop's group summary), beside the strict reader in `json`.
//!
//! It writes exactly what `serde_json::to_string_pretty` wrote before it: two-space
//! indents, `"key": value`, `[]` and `{}` when empty, and serde_json's string escapes. The
//! engine's tests compare the two on generated documents. In the wasm it replaces serde's
//! derived serialisers and serde_json's formatter, which were far larger than this.

use std::fmt::Display;

/// A pretty-printed JSON text being written, one value at a time.
pub(crate) struct JsonOut {
    out: String,
    depth: usize,
    /// Nothing written yet in the innermost object or array.
    empty: bool,
}

impl JsonOut {
    pub(crate) fn new() -> Self {
        JsonOut {
            out: String::new(),
            depth: 0,
            empty: true,
        }
    }

    pub(crate) fn finish(self) -> String {
        self.out
    }

    /// Writes `value` as one whole JSON value.
    pub(crate) fn write(mut self, value: &dyn ToJson) -> String {
        value.to_json(&mut self);
        self.finish()
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// Opens an object (`{`) or array (`[`).
    pub(crate) fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Closes what [`JsonOut::open`] opened, with `}` or `]`.
    pub(crate) fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.empty {
            self.newline();
        }
        self.out.push(bracket);
        self.empty = false;
    }

    /// Starts the next element of an array.
    pub(crate) fn element(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.newline();
    }

    /// Starts the member `name` of an object; its value comes next.
    pub(crate) fn key(&mut self, name: &str) {
        self.element();
        self.string(name);
        self.out.push_str(": ");
    }

    /// The member `name` with `value`.
    pub(crate) fn field(&mut self, name: &str, value: &dyn ToJson) {
        self.key(name);
        value.to_json(self);
    }

    /// The member `name` with `value`, left out when it is `None`.
    pub(crate) fn field_if<T: ToJson>(&mut self, name: &str, value: &Option<T>) {
        if let Some(value) = value {
            self.field(name, value);
        }
    }

    pub(crate) fn string(&mut self, text: &str) {
        self.out.push('"');
        for c in text.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                '\u{8}' => self.out.push_str("\\b"),
                '\u{c}' => self.out.push_str("\\f"),
                c if c < ' ' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let b = c as usize;
                    self.out.push_str("\\u00");
                    self.out.push(char::from(HEX[b >> 4]));
                    self.out.push(char::from(HEX[b & 15]));
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    /// A number, or any value written as its `Display` text in quotes (`quoted`).
    pub(crate) fn display(&mut self, value: &dyn Display, quoted: bool) {
        use std::fmt::Write;
        if quoted {
            self.string(&value.to_string());
        } else {
            let _ = write!(self.out, "{value}");
        }
    }

    pub(crate) fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }
}

/// A value the engine writes into its JSON documents.
pub(crate) trait ToJson {
    fn to_json(&self, w: &mut JsonOut);
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn to_json(&self, w: &mut JsonOut) {
        (**self).to_json(w);
    }
}

impl ToJson for str {
    fn to_json(&self, w: &mut JsonOut) {
        w.string(self);
    }
}

impl ToJson for String {
    fn to_json(&self, w: &mut JsonOut) {
        w.string(self);
    }
}

impl ToJson for bool {
    fn to_json(&self, w: &mut JsonOut) {
        w.raw(if *self { "true" } else { "false" });
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self, w: &mut JsonOut) {
                w.display(self, false);
            }
        }
    )*};
}
numbers!(u8, i8, u32, i64);

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self, w: &mut JsonOut) {
        match self {
            Some(value) => value.to_json(w),
            None => w.raw("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self, w: &mut JsonOut) {
        w.open('[');
        for value in self {
            w.element();
            value.to_json(w);
        }
        w.close(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, w: &mut JsonOut) {
        self.as_slice().to_json(w);
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    fn to_json(&self, w: &mut JsonOut) {
        self.as_slice().to_json(w);
    }
}

/// Implements [`ToJson`] for a field-less enum as its kebab-case id.
macro_rules! enum_ids {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::document::json_out::ToJson for $t {
            fn to_json(&self, w: &mut $crate::document::json_out::JsonOut) {
                w.string(self.id());
            }
        }
    )*};
}
pub(crate) use enum_ids;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_printing_matches_serde_json() {
        let mut w = JsonOut::new();
        w.open('{');
        w.field("a", &1u32);
        w.field("empty", &Vec::<u32>::new());
        w.field("list", &vec![1u8, 2]);
        w.key("nested");
        w.open('{');
        w.close('}');
        w.field("none", &None::<u8>);
        w.field("text", &"q\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}é");
        w.close('}');
        let ours = w.finish();
        let theirs = serde_json::to_string_pretty(&serde_json::json!({
            "a": 1,
            "empty": [],
            "list": [1, 2],
            "nested": {},
            "none": null,
            "text": "q\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}é",
        }))
        .unwrap();
        assert_eq!(ours, theirs);
    }
}
