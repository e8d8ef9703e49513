//! The words of the partners screen.
