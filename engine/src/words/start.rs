//! The words of the start screen.
