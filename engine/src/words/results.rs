//! The words of the results screen.
