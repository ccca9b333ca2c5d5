//! Writes the man pages and shell completions from the command line's clap definitions, for the
//! packages (`scripts/package` runs it). clap_mangen and clap_complete are dev-dependencies, so the
//! app binary does not carry them.
//!
//! ```sh
//! cargo run --example gen-docs -- OUT_DIR
//! ```
//!
//! writes `OUT_DIR/man/briefsmith.1` (and one page per subcommand, `briefsmith-export.1`…) and
//! `OUT_DIR/completions/` for bash, zsh, fish, elvish and PowerShell.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: cargo run --example gen-docs -- OUT_DIR");
        return ExitCode::from(2);
    };
    match generate(&out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-docs: {}: {e}", out.display());
            ExitCode::from(1)
        }
    }
}

fn generate(out: &std::path::Path) -> std::io::Result<()> {
    let mut command = briefsmith::cli::Cli::command();
    let man = out.join("man");
    std::fs::create_dir_all(&man)?;
    // One page per subcommand (clap_mangen leaves out the `help` subcommand).
    clap_mangen::generate_to(command.clone(), &man)?;
    let completions = out.join("completions");
    std::fs::create_dir_all(&completions)?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Elvish, Shell::PowerShell] {
        let path = clap_complete::generate_to(shell, &mut command, "briefsmith", &completions)?;
        println!("wrote {}", path.display());
    }
    println!("wrote the man pages in {}", man.display());
    Ok(())
}
