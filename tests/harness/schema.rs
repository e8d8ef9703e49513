//! Checking exported files against their JSON Schemas, with the pinned ajv from
//! package.json (Draft 2020-12, the standard formats and the integer formats schemars
//! writes), so a test validates against the whole schema rather than a hand-picked part of it.

use std::path::Path;

use super::env::ScratchDir;

/// Validates `document` against the JSON Schema in the file `schema`; the error lists every
/// place the document breaks the schema.
pub fn validate_against_schema(schema: &Path, document: &[u8]) -> Result<(), String> {
    let node_modules = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules");
    let scratch = ScratchDir::new("schema-check");
    let document_path = scratch.path().join("document.json");
    std::fs::write(&document_path, document).map_err(|e| format!("write document: {e}"))?;
    let script = "const [schemaPath, docPath] = process.argv.slice(1);\
        const Ajv = require('ajv/dist/2020').default;\
        const addFormats = require('ajv-formats').default;\
        const fs = require('fs');\
        const ajv = new Ajv({ allErrors: true, strict: false });\
        addFormats(ajv);\
        const integer = (lo, hi) => ({ type: 'number',\
          validate: (x) => Number.isInteger(x) && x >= lo && x <= hi });\
        ajv.addFormat('uint8', integer(0, 255));\
        ajv.addFormat('int8', integer(-128, 127));\
        ajv.addFormat('uint32', integer(0, 4294967295));\
        const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));\
        const ok = validate(JSON.parse(fs.readFileSync(docPath, 'utf8')));\
        if (!ok) { console.error(JSON.stringify(validate.errors, null, 1)); process.exit(1); }";
    let output = std::process::Command::new("node")
        .arg("-e")
        .arg(script)
        .arg(schema)
        .arg(&document_path)
        .env("NODE_PATH", &node_modules)
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}
