//! The widget with workshop mode, as its own WebAssembly module.
//!
//! Nothing of its own: linking `partnership-assessment` with its `workshop` feature into a
//! second module gives the same `mount` with workshop mode built in. The loader of the
//! script most people download (built without it) loads this one when a facilitator opens
//! workshop mode, and hands it the element.

pub use partnership_assessment::mount;
