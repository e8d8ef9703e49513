//! The partnership assessment engine: every decision the product makes, with no web
//! dependencies, so it is tested with plain `cargo test`.

/// The name of the product, as shown to users.
pub const PRODUCT_NAME: &str = "Partnership Assessment";
