//! Integration tests: one binary, one module per feature (mdBook and ripgrep keep the same
//! layout). They run the real executable in temporary folders and read its output back.

mod analysis_flow;
mod cli_flow;
#[cfg(unix)]
mod crash;
mod errors;
mod export_docx;
mod extract_quality;
mod extract_robustness;
mod golden;
mod import_bad_input;
mod import_formats;
mod import_html_eval;
mod import_pdf_eval;
mod import_pdf_realworld;
mod no_panic;
mod packaging;
mod safe_markdown;
mod support;
#[cfg(feature = "gui")]
mod ui;
#[cfg(feature = "gui")]
mod ui_analysis;
#[cfg(feature = "gui")]
mod ui_flows;
#[cfg(feature = "gui")]
mod ui_judgments;
#[cfg(feature = "gui")]
mod ui_panels;
#[cfg(feature = "gui")]
mod ui_scripts;
#[cfg(feature = "gui")]
mod ui_tag_export;
