//! Briefs.
