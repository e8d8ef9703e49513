//! The words of the workshop screen.
