//! A small, strict JSON reader for the results document's reader.
//!
//! Why not `serde_json::Value`: its reader (with floating-point parsing) costs about 10 KB
//! of gzipped wasm, and the importer needs none of it. Numbers here are integers or
//! "some other number" (kept as text, for messages): the results format has no fractions.
//! Recursion is bounded by `max_depth`: the reader stops at the first level too deep.

use std::borrow::Cow;

/// A parsed JSON value. Strings and keys borrow from the input unless they hold an escape
/// (most never do): import reads hundreds of files in workshop mode, and one allocation per
/// key was most of its time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    /// An integer that fits in `i64`.
    Int(i64),
    /// Any other number (fraction, exponent or too large), as written (cut short).
    Number(String),
    Str(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    /// Members in file order. With duplicate keys, `get` finds the last (as most readers
    /// do); the importer inserts members in order into maps, so the last wins there too.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'a> Json<'a> {
    /// The member `key` of an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.as_object()?
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    pub(crate) fn as_object(&self) -> Option<&[(Cow<'a, str>, Json<'a>)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Int(n) => u64::try_from(*n).ok(),
            _ => None,
        }
    }
}

/// Where the text stops being valid JSON: 1-based line and character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub line: usize,
    pub column: usize,
}

/// Parses `bytes` (UTF-8) as one JSON value.
#[cfg(test)]
pub(crate) fn parse(bytes: &[u8], max_depth: usize) -> Result<Json<'_>, SyntaxError> {
    parse_bounded(bytes, max_depth).map_err(|(e, _)| e)
}

/// As [`parse`], and on failure also whether it was because arrays and objects nest
/// deeper than `max_depth` (the reader stops at the first level too deep, so hostile
/// nesting never recurses further).
pub(crate) fn parse_bounded(
    bytes: &[u8],
    max_depth: usize,
) -> Result<Json<'_>, (SyntaxError, bool)> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => return Err((position(bytes, e.valid_up_to()), false)),
    };
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        max_depth,
        too_deep: false,
    };
    let result = reader.value(0).and_then(|v| {
        reader.skip_ws();
        if reader.pos == reader.bytes.len() {
            Ok(v)
        } else {
            Err(())
        }
    });
    result.map_err(|()| (position(bytes, reader.pos), reader.too_deep))
}

fn position(bytes: &[u8], offset: usize) -> SyntaxError {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line = 1 + before.iter().filter(|b| **b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = 1 + String::from_utf8_lossy(before.get(line_start..).unwrap_or(&[]))
        .chars()
        .count();
    SyntaxError { line, column }
}

struct Reader<'a> {
    /// The whole input, already checked to be UTF-8 (so runs of it need no second check).
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    max_depth: usize,
    /// Set when the reader stopped at a level nested too deep.
    too_deep: bool,
}

impl<'a> Reader<'a> {
    // Inlined: the release profile optimises for size, which otherwise leaves these
    // one-line readers as calls on every byte (about a fifth of import's time).
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        if b.is_some() {
            self.pos += 1;
        }
        b
    }

    #[inline(always)]
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, word: &[u8]) -> Result<(), ()> {
        for &w in word {
            if self.peek() != Some(w) {
                return Err(());
            }
            self.pos += 1;
        }
        Ok(())
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, ()> {
        self.skip_ws();
        match self.peek().ok_or(())? {
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string().map(Json::Str),
            b't' => self.expect(b"true").map(|()| Json::Bool(true)),
            b'f' => self.expect(b"false").map(|()| Json::Bool(false)),
            b'n' => self.expect(b"null").map(|()| Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(()),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json<'a>, ()> {
        if depth > self.max_depth {
            self.too_deep = true;
            return Err(());
        }
        self.pos += 1; // '['
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.next() {
                Some(b',') => {}
                Some(b']') => return Ok(Json::Array(items)),
                _ => return Err(()),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json<'a>, ()> {
        if depth > self.max_depth {
            self.too_deep = true;
            return Err(());
        }
        self.pos += 1; // '{'
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(());
            }
            let key = self.string()?;
            self.skip_ws();
            self.expect(b":")?;
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_ws();
            match self.next() {
                Some(b',') => {}
                Some(b'}') => return Ok(Json::Object(members)),
                _ => return Err(()),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, ()> {
        let mut n = 0u32;
        for _ in 0..4 {
            let digit = (self.next().ok_or(())? as char).to_digit(16).ok_or(())?;
            n = n * 16 + digit;
        }
        Ok(n)
    }

    /// The run of plain characters from the current position up to the next quote,
    /// backslash or control character. The input is valid UTF-8 and the run stops only at
    /// ASCII bytes, so slicing the text there never splits a character.
    #[inline(always)]
    fn run(&mut self) -> Result<&'a str, ()> {
        let start = self.pos;
        while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
            self.pos += 1;
        }
        self.text.get(start..self.pos).ok_or(())
    }

    fn string(&mut self) -> Result<Cow<'a, str>, ()> {
        self.pos += 1; // '"'
        // Without an escape, the string is a slice of the input.
        let first = self.run()?;
        if self.peek() == Some(b'"') {
            self.pos += 1;
            return Ok(Cow::Borrowed(first));
        }
        let mut out = String::from(first);
        let mut run = "";
        loop {
            out.push_str(run);
            match self.next().ok_or(())? {
                b'"' => return Ok(Cow::Owned(out)),
                b'\\' => {
                    let c = match self.next().ok_or(())? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                self.expect(b"\\u")?;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(());
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            // Lone low surrogates are not characters: rejected here.
                            char::from_u32(code).ok_or(())?
                        }
                        _ => return Err(()),
                    };
                    out.push(c);
                    run = self.run()?;
                }
                _ => {
                    // A raw control character inside a string.
                    self.pos -= 1;
                    return Err(());
                }
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json<'a>, ()> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        match self.digits() {
            0 => return Err(()),
            n if n > 1 && self.bytes.get(int_start) == Some(&b'0') => {
                self.pos = int_start + 1;
                return Err(());
            }
            _ => {}
        }
        let int_end = self.pos;
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            integer = false;
            if self.digits() == 0 {
                return Err(());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            integer = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(());
            }
        }
        let literal = self.bytes.get(start..self.pos).unwrap_or(&[]);
        if integer {
            let mut n: i64 = 0;
            let mut fits = true;
            for &d in self.bytes.get(int_start..int_end).unwrap_or(&[]) {
                let digit = i64::from(d - b'0');
                let next = n.checked_mul(10).and_then(|m| {
                    if negative {
                        m.checked_sub(digit)
                    } else {
                        m.checked_add(digit)
                    }
                });
                match next {
                    Some(v) => n = v,
                    None => {
                        fits = false;
                        break;
                    }
                }
            }
            if fits {
                return Ok(Json::Int(n));
            }
        }
        let text: String = String::from_utf8_lossy(literal).chars().take(24).collect();
        Ok(Json::Number(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> Json<'_> {
        parse(s.as_bytes(), 16).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    fn err(s: &str) -> SyntaxError {
        parse(s.as_bytes(), 16).expect_err(s)
    }

    #[test]
    fn reads_every_kind_of_value() {
        assert_eq!(
            ok(
                r#" {"a": [1, -2, 0, 2.5, 1e3, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"], "b": {}} "#
            ),
            Json::Object(vec![
                (
                    "a".into(),
                    Json::Array(vec![
                        Json::Int(1),
                        Json::Int(-2),
                        Json::Int(0),
                        Json::Number("2.5".into()),
                        Json::Number("1e3".into()),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null,
                        Json::Str("x\"\\/\u{8}\u{c}\n\r\té😀".into()),
                    ])
                ),
                ("b".into(), Json::Object(vec![])),
            ])
        );
        assert_eq!(ok("9223372036854775807"), Json::Int(i64::MAX));
        assert_eq!(ok("-9223372036854775808"), Json::Int(i64::MIN));
        assert_eq!(
            ok("9223372036854775808"),
            Json::Number("9223372036854775808".into())
        );
        assert_eq!(ok("\"ünïcödé\""), Json::Str("ünïcödé".into()));
    }

    #[test]
    fn the_last_duplicate_key_wins() {
        let v = ok(r#"{"a": 1, "b": 2, "a": 3}"#);
        assert_eq!(v.get("a"), Some(&Json::Int(3)));
    }

    #[test]
    fn rejects_what_json_rejects_with_a_position() {
        for bad in [
            "",
            "  ",
            "hello",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "01",
            "-",
            "1.",
            "1e",
            ".5",
            "+1",
            "\"abc",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\u{1}\"",
            "[1] 2",
            "{'a': 1}",
            "NaN",
            "tru",
        ] {
            let _ = err(bad);
        }
        assert_eq!(err("hello"), SyntaxError { line: 1, column: 1 });
        assert_eq!(
            err("{\"a\": 1,\n  oops}"),
            SyntaxError { line: 2, column: 3 }
        );
        assert_eq!(err("\"é\" x"), SyntaxError { line: 1, column: 5 });
        assert_eq!(
            parse(&[b'"', 0xff, b'"'], 16),
            Err(SyntaxError { line: 1, column: 2 })
        );
    }

    #[test]
    fn depth_is_bounded() {
        assert!(parse(b"[[[]]]", 3).is_ok());
        assert!(parse(b"[[[[]]]]", 3).is_err());
        assert!(parse(b"{\"a\":{\"b\":{\"c\":{}}}}", 3).is_err());
    }

    /// Our reader against serde_json's, as a reference.
    mod differential {
        use super::super::*;
        use proptest::prelude::*;

        fn theirs(s: &str) -> Option<Option<serde_json::Value>> {
            match serde_json::from_str::<serde_json::Value>(s) {
                Ok(v) => Some(Some(v)),
                // serde_json refuses numbers beyond f64; we keep them as text. Not comparable.
                Err(e) if e.to_string().contains("out of range") => None,
                Err(_) => Some(None),
            }
        }

        fn to_serde(v: &Json) -> serde_json::Value {
            match v {
                Json::Null => serde_json::Value::Null,
                Json::Bool(b) => (*b).into(),
                Json::Int(n) => (*n).into(),
                // Kept as (cut-short) text: compare only that it is a non-i64 number.
                Json::Number(_) => "<number>".into(),
                Json::Str(s) => s.to_string().into(),
                Json::Array(a) => a.iter().map(to_serde).collect(),
                Json::Object(m) => m
                    .iter()
                    .map(|(k, v)| (k.to_string(), to_serde(v)))
                    .collect(),
            }
        }

        /// Numbers that are not `i64` become `"<number>"`, as in `to_serde`.
        fn normalise(v: serde_json::Value) -> serde_json::Value {
            use serde_json::Value as V;
            match v {
                V::Number(n) if n.as_i64().is_none() => "<number>".into(),
                V::Number(n) if n.is_f64() => "<number>".into(),
                V::Array(a) => a.into_iter().map(normalise).collect(),
                V::Object(m) => m.into_iter().map(|(k, v)| (k, normalise(v))).collect(),
                other => other,
            }
        }

        fn agree(s: &str) -> Result<(), TestCaseError> {
            let ours = parse(s.as_bytes(), 1000).ok().map(|v| to_serde(&v));
            if let Some(theirs) = theirs(s).map(|t| t.map(normalise)) {
                prop_assert_eq!(ours, theirs, "input: {:?}", s);
            }
            Ok(())
        }

        fn json_value() -> impl Strategy<Value = serde_json::Value> {
            let leaf = prop_oneof![
                Just(serde_json::Value::Null),
                any::<bool>().prop_map(Into::into),
                any::<i64>().prop_map(Into::into),
                any::<u64>().prop_map(Into::into),
                (-1.0e9f64..1.0e9).prop_map(Into::into),
                any::<String>().prop_map(Into::into),
            ];
            leaf.prop_recursive(6, 48, 5, |inner| {
                prop_oneof![
                    proptest::collection::vec(inner.clone(), 0..5).prop_map(Into::into),
                    proptest::collection::btree_map(any::<String>(), inner, 0..5)
                        .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
                ]
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig {
                cases: if std::env::var("PROPTEST_CASES").is_ok() { ProptestConfig::default().cases } else { 256 },
                failure_persistence: None,
                ..ProptestConfig::default()
            })]

            #[test]
            fn agrees_on_json_like_noise(s in "[\\[\\]{}\",:0-9.eE+\\-truefalsn\\\\/u ]{0,32}") {
                agree(&s)?;
            }

            #[test]
            fn agrees_on_valid_documents_and_their_one_byte_edits(
                v in json_value(),
                pretty in any::<bool>(),
                at in any::<proptest::sample::Index>(),
                byte in proptest::sample::select(b"{}[]\",:\\ 0-9.eEtfnu\n".to_vec()),
                edit in 0u8..3,
            ) {
                let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }
                    .unwrap_or_default();
                agree(&text)?;
                let mut bytes = text.into_bytes();
                let i = at.index(bytes.len() + 1);
                match edit {
                    0 => bytes.insert(i, byte),
                    1 if i < bytes.len() => { bytes.remove(i); }
                    _ if i < bytes.len() => bytes[i] = byte,
                    _ => {}
                }
                if let Ok(s) = String::from_utf8(bytes) {
                    agree(&s)?;
                }
            }
        }
    }
}
