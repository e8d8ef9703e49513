//! The words of the questions screen.
