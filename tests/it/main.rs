//! Integration tests: one binary, one module per feature (mdBook and ripgrep keep the same
//! layout). They run the real executable in temporary folders and read its output back.

mod cli_flow;
#[cfg(unix)]
mod crash;
mod errors;
mod golden;
mod safe_markdown;
mod support;
#[cfg(feature = "gui")]
mod ui;
