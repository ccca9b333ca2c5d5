//! The `briefsmith` binary: the command line, or the desktop app when run without a command.

/// mimalloc instead of the system allocator: the suggestion engine makes hundreds of thousands
/// of small allocations per article, and `suggest --json` runs about 7 % faster with it
/// (README, Performance). `benches/extract.rs` uses the same allocator, so it measures what the
/// command does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    briefsmith::cli::main()
}
