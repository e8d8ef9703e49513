//! The words of the files screen.
