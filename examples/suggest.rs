//! Writes the suggestions for each article as JSON, the shape the dev-set scorer reads.
//!
//!     cargo run --release --example suggest -- OUT_DIR ARTICLE.txt...
//!
//! Each `NAME.txt` becomes `OUT_DIR/NAME.json` holding `serde_json` of
//! `briefsmith::extract::suggest` over the normalised text (the same as `suggest --json`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

fn run(out_dir: &Path, articles: &[PathBuf]) -> anyhow::Result<()> {
    std::fs::create_dir_all(out_dir).with_context(|| format!("cannot create {}", out_dir.display()))?;
    for article in articles {
        let raw =
            std::fs::read_to_string(article).with_context(|| format!("cannot read {}", article.display()))?;
        let text = briefsmith::model::text::normalize(&raw);
        let suggestions = briefsmith::extract::suggest(&text);
        let stem = article.file_stem().with_context(|| format!("{} has no file name", article.display()))?;
        let out = out_dir.join(stem).with_extension("json");
        let json = serde_json::to_string_pretty(&suggestions)?;
        std::fs::write(&out, json).with_context(|| format!("cannot write {}", out.display()))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let Some(out_dir) = args.next() else {
        eprintln!("usage: suggest OUT_DIR ARTICLE.txt...");
        return ExitCode::from(2);
    };
    let articles: Vec<PathBuf> = args.collect();
    match run(&out_dir, &articles) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(1)
        }
    }
}
