//! Spreadsheet exports: the one CSV writer ([`CsvWriter`]: BOM, RFC 4180, formula-safe
//! cells) and the single result as a CSV file ([`export_csv`]). The workshop group
//! summary (`workshop::summary_csv`) writes with the same writer.

mod results;
mod writer;

pub use results::{export_csv, export_csv_with};
pub use writer::{BOM, CsvWriter, Quoting, cell, write_field};
