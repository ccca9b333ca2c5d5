//! Autosave: unsaved work is written to a recovery file on a worker thread, on the first change
//! at once and then at most every [`AUTOSAVE_INTERVAL`]. Time comes from a [`Clock`], so that tests
//! move it forward instead of waiting.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::model::Session;
use crate::store;

/// How often unsaved work is written to the recovery file, at most.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(3);

/// Where the app reads the time for autosave: the system clock, or a manual one in tests.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> Instant + Send + Sync>);

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clock")
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

impl Clock {
    pub fn system() -> Self {
        Self(Arc::new(Instant::now))
    }

    /// A clock that stands still until its [`ManualTime`] is advanced.
    pub fn manual() -> (Self, ManualTime) {
        let start = Instant::now();
        let offset = Arc::new(Mutex::new(Duration::ZERO));
        let read = Arc::clone(&offset);
        let clock = Self(Arc::new(move || start + read.lock().map_or(Duration::ZERO, |d| *d)));
        (clock, ManualTime(offset))
    }

    pub fn now(&self) -> Instant {
        (self.0)()
    }
}

/// Moves a [`Clock::manual`] forward.
#[derive(Clone, Debug)]
pub struct ManualTime(Arc<Mutex<Duration>>);

impl ManualTime {
    pub fn advance(&self, by: Duration) {
        if let Ok(mut offset) = self.0.lock() {
            *offset += by;
        }
    }
}

#[derive(Default)]
pub struct Autosave {
    /// The editor state last written (or saved, or opened).
    pub written_state: Option<u64>,
    last: Option<Instant>,
    job: Option<JoinHandle<Result<PathBuf, String>>>,
    clock: Clock,
}

impl Autosave {
    pub fn new(clock: Clock) -> Self {
        Self { clock, ..Self::default() }
    }

    pub fn running(&self) -> bool {
        self.job.is_some()
    }

    /// Collects a finished write: `Some(error)` if it failed.
    pub fn poll(&mut self) -> Option<String> {
        let job = self.job.take_if(|j| j.is_finished())?;
        match job.join() {
            Ok(Ok(_)) => None,
            Ok(Err(e)) => Some(e),
            Err(_) => Some("the autosave thread stopped unexpectedly".to_owned()),
        }
    }

    /// Whether a write is due for unsaved state `state`.
    pub fn due(&self, state: u64) -> bool {
        self.written_state != Some(state)
            && self.job.is_none()
            && self.last.is_none_or(|t| self.clock.now().saturating_duration_since(t) >= AUTOSAVE_INTERVAL)
    }

    /// Writes the recovery file for `session` on a worker thread.
    pub fn start(&mut self, dir: PathBuf, original: Option<PathBuf>, session: Session, state: u64) {
        self.written_state = Some(state);
        self.last = Some(self.clock.now());
        self.job = Some(std::thread::spawn(move || {
            store::write_recovery(&dir, original.as_deref(), &session).map_err(|e| e.to_string())
        }));
    }

    /// Makes the next write due at once.
    pub fn forget_last(&mut self) {
        self.last = None;
    }

    /// Waits for a write in progress; `Some(error)` if it failed.
    pub fn finish(&mut self) -> Option<String> {
        let job = self.job.take()?;
        match job.join() {
            Ok(Ok(_)) => None,
            Ok(Err(e)) => Some(e),
            Err(_) => Some("the autosave thread stopped unexpectedly".to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_advanced() {
        let (clock, time) = Clock::manual();
        let t0 = clock.now();
        assert_eq!(clock.now(), t0);
        time.advance(AUTOSAVE_INTERVAL);
        assert_eq!(clock.now() - t0, AUTOSAVE_INTERVAL);
    }

    #[test]
    fn writes_are_due_once_per_interval() {
        let (clock, time) = Clock::manual();
        let dir = tempfile::tempdir().unwrap();
        let mut autosave = Autosave::new(clock);
        assert!(autosave.due(1), "the first change is written at once");
        autosave.start(dir.path().to_owned(), None, Session::new(), 1);
        assert_eq!(autosave.finish(), None);
        assert!(!autosave.due(1), "already written");
        assert!(!autosave.due(2), "too soon");
        time.advance(AUTOSAVE_INTERVAL);
        assert!(autosave.due(2));
        assert_eq!(store::list_recoveries(dir.path()).len(), 1);
    }
}
