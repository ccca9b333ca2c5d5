//! The `briefsmith` binary: the command line, or the desktop app when run without a command.

fn main() -> std::process::ExitCode {
    briefsmith::cli::main()
}
