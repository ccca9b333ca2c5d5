//! Sessions survive crashes: a child process saves a session (or writes the recovery file) in a
//! loop and is killed with SIGKILL at random moments, 200 times each. After every kill the file on
//! disk must be a complete old or new version: never corrupt, never missing.
//!
//! The child is this test binary itself, running the ignored `save_loop_child` test with the
//! `BRIEFSMITH_SAVE_LOOP` variable naming what to write.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use briefsmith::model::{Action, Session, SourceMeta, TagBody, apply};
use briefsmith::store;

const KILLS: usize = 200;

/// A session big enough that a save takes a while (so that kills land inside writes).
fn session(version: usize) -> Session {
    let mut s = Session::new();
    let text = include_str!("../../assets/sample-article.txt").repeat(40);
    let src = apply(&mut s, Action::AddSource { meta: SourceMeta::default(), text }).unwrap().sources[0];
    let range = s.occurrences(src, "Moscow denied any involvement.")[0];
    apply(&mut s, Action::AddTag { source: src, range, body: TagBody::KeyPoint, note: String::new() })
        .unwrap();
    s.brief.title = format!("version {version}");
    s.brief.summary = "x".repeat(version % 5_000);
    s
}

/// xorshift: deterministic "random" kill times without a dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Started by the parent tests only; does nothing useful on its own.
#[test]
#[ignore = "the child process of the crash tests"]
fn save_loop_child() {
    let Ok(spec) = std::env::var("BRIEFSMITH_SAVE_LOOP") else { return };
    let mut parts = spec.splitn(3, ':');
    let (mode, base, path) =
        (parts.next().unwrap(), parts.next().unwrap(), parts.next().expect("MODE:BASE:PATH"));
    let path = PathBuf::from(path);
    let base: usize = base.parse().expect("a base version");
    let mut version = base;
    let mut s = session(version);
    loop {
        s.brief.title = format!("version {version}");
        s.brief.summary = "x".repeat(version % 5_000);
        match mode {
            "session" => store::save(&path, &s).expect("save"),
            _ => {
                store::write_recovery(&path, Some(Path::new("/tmp/original.brief.json")), &s)
                    .expect("recovery");
            }
        }
        if version == base {
            // Tell the parent the loop is running, so that its kills land in the middle of saves.
            println!("saving");
            let _ = std::io::Write::flush(&mut std::io::stdout());
        }
        version += 1;
    }
}

fn spawn_child(mode: &str, base: usize, path: &Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "crash::save_loop_child", "--nocapture", "--test-threads=1"])
        .env("BRIEFSMITH_SAVE_LOOP", format!("{mode}:{base}:{}", path.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the test binary starts")
}

/// Kills the child at random moments and checks, after every kill, that `read` finds a complete
/// version: the one before this child, or one this child wrote. Returns how many kills landed after
/// the child had completed more than its first save (so in the middle of its save loop).
fn kill_repeatedly(mode: &str, target: &Path, mut read: impl FnMut() -> usize) -> usize {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut in_loop = 0;
    let mut last = read();
    for kill in 1..=KILLS {
        let base = kill * 1_000_000;
        let mut child = spawn_child(mode, base, target);
        // Wait until the child is in its save loop, then kill it at a random moment.
        let mut lines = std::io::BufReader::new(child.stdout.take().expect("piped stdout")).lines();
        assert!(lines.any(|l| l.is_ok_and(|l| l.ends_with("saving"))), "the child did not start saving");
        let deadline = Instant::now() + Duration::from_micros(500 + rng.below(60_000));
        while Instant::now() < deadline {
            std::hint::spin_loop();
        }
        child.kill().expect("SIGKILL");
        child.wait().unwrap();
        let now = read();
        assert!(
            now == last || (base..base + 1_000_000).contains(&now),
            "version {now} after kill {kill} (before: {last})"
        );
        if now > base {
            in_loop += 1;
        }
        last = now;
    }
    in_loop
}

fn version_of(session: &Session) -> usize {
    session
        .brief
        .title
        .strip_prefix("version ")
        .and_then(|v| v.parse().ok())
        .expect("a title written by the child")
}

#[test]
fn killed_saves_leave_the_old_or_the_new_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.brief.json");
    store::save(&path, &session(0)).unwrap();
    let in_loop = kill_repeatedly("session", &path, || {
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("after a kill the session must load: {e}"));
        let version = version_of(&loaded.session);
        assert_eq!(loaded.session.brief.summary.len(), version % 5_000, "a complete version");
        let backup = store::backup_path(&path);
        if backup.exists() {
            store::load(&backup).unwrap_or_else(|e| panic!("the .bak must load too: {e}"));
        }
        version
    });
    eprintln!("session saves: {in_loop} of {KILLS} kills landed after the first save");
    // How many kills land after a second save depends on the machine's load; some must.
    assert!(in_loop >= KILLS / 20, "only {in_loop} of {KILLS} kills landed in the save loop");
}

#[test]
fn killed_autosaves_leave_a_readable_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let recovery_dir = dir.path().join("recovery");
    let original = Path::new("/tmp/original.brief.json");
    store::write_recovery(&recovery_dir, Some(original), &session(0)).unwrap();
    let file = store::recovery_path(&recovery_dir, Some(original));
    let in_loop = kill_repeatedly("recovery", &recovery_dir, || {
        assert!(file.exists(), "the recovery file is never missing");
        let recovery = store::read_recovery(&file)
            .unwrap_or_else(|e| panic!("after a kill the recovery file must read: {e}"));
        let version = version_of(&recovery.session);
        assert_eq!(recovery.session.brief.summary.len(), version % 5_000);
        version
    });
    eprintln!("recovery writes: {in_loop} of {KILLS} kills landed after the first write");
    assert!(in_loop >= KILLS / 20, "only {in_loop} of {KILLS} kills landed in the write loop");
}
