//! Running a parser on untrusted bytes so that its panics and endless loops cannot take the
//! application down.
//!
//! Third-party parsers (PDF in particular) are not written for hostile input: they may panic,
//! recurse deeply or loop. Each import runs in its own worker thread with a large stack; a panic
//! is caught and reported as a failed read, and if the thread has not answered after
//! [`PARSE_TIMEOUT`] the caller gets an error and the thread is abandoned. Our own loops check a
//! [`Deadline`], which is also cancelled on time-out, so that an abandoned worker stops at its next
//! check instead of burning a core.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::Problem;

/// How long one file may take to import before it is abandoned. Real articles take well under a
/// second; the margin is for slow machines and very large PDFs.
pub const PARSE_TIMEOUT: Duration = Duration::from_secs(30);

/// The name of the importers' worker threads (whose caught panics need not be printed).
pub const WORKER_THREAD: &str = "briefsmith-import";

/// Deep recursion in a parser overflows the stack, which aborts the process (it cannot be caught
/// as a panic). The worker gets a large stack; it is only reserved, not committed, until used.
const WORKER_STACK_BYTES: usize = 256 * 1024 * 1024;

/// The point after which a worker should give up, shared with the thread that waits for it.
#[derive(Clone, Debug)]
pub(crate) struct Deadline {
    at: Instant,
    cancelled: Arc<AtomicBool>,
}

impl Deadline {
    pub(crate) fn after(duration: Duration) -> Self {
        Self { at: Instant::now() + duration, cancelled: Arc::new(AtomicBool::new(false)) }
    }

    /// `Err(TimedOut)` once the time is up or the waiting side gave up.
    pub(crate) fn check(&self) -> Result<(), Problem> {
        if self.cancelled.load(Ordering::Relaxed) || Instant::now() >= self.at {
            Err(Problem::TimedOut)
        } else {
            Ok(())
        }
    }

    fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }
}

/// Runs `work` in a worker thread, bounded by [`PARSE_TIMEOUT`]. `reader` names the parser in the
/// message if it panics ("the PDF reader failed on it").
pub(crate) fn run_bounded<T, F>(reader: &'static str, work: F) -> Result<T, Problem>
where
    T: Send + 'static,
    F: FnOnce(&Deadline) -> Result<T, Problem> + Send + 'static,
{
    run_bounded_for(PARSE_TIMEOUT, reader, work)
}

pub(crate) fn run_bounded_for<T, F>(timeout: Duration, reader: &'static str, work: F) -> Result<T, Problem>
where
    T: Send + 'static,
    F: FnOnce(&Deadline) -> Result<T, Problem> + Send + 'static,
{
    let deadline = Deadline::after(timeout);
    let worker_deadline = deadline.clone();
    // A rendezvous would block a worker that finishes after we stopped waiting; a buffer of one
    // lets it deliver its result and exit.
    let (sender, receiver) = mpsc::sync_channel(1);
    // The work is handed over through a slot so that it can still run here if no thread can be
    // started.
    let slot = Arc::new(std::sync::Mutex::new(Some(work)));
    let worker_slot = Arc::clone(&slot);
    let spawned = std::thread::Builder::new()
        .name(WORKER_THREAD.into())
        .stack_size(WORKER_STACK_BYTES)
        .spawn(move || {
            let work = worker_slot.lock().ok().and_then(|mut slot| slot.take());
            if let Some(work) = work {
                let outcome = catch_unwind(AssertUnwindSafe(|| work(&worker_deadline)));
                let _ = sender.send(outcome);
            }
        });
    if spawned.is_err() {
        // No thread to be had (resource limits): run here rather than fail the import. Panics are
        // still caught; only the time bound is lost, and our own loops still check the deadline.
        let work = slot.lock().ok().and_then(|mut slot| slot.take());
        let Some(work) = work else { return Err(Problem::ParserFailed(reader)) };
        return match catch_unwind(AssertUnwindSafe(|| work(&deadline))) {
            Ok(result) => result,
            Err(_) => Err(Problem::ParserFailed(reader)),
        };
    }
    // A little grace beyond the deadline lets a worker that noticed it report TimedOut itself.
    match receiver.recv_timeout(timeout + Duration::from_millis(250)) {
        Ok(Ok(result)) => result,
        Ok(Err(_panic)) => Err(Problem::ParserFailed(reader)),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            deadline.cancel();
            Err(Problem::TimedOut)
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(Problem::ParserFailed(reader)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_pass_through() {
        assert_eq!(run_bounded("test", |_| Ok(7)), Ok(7));
        assert_eq!(run_bounded::<(), _>("test", |_| Err(Problem::NoText)), Err(Problem::NoText));
    }

    #[test]
    fn a_panic_becomes_a_failed_read() {
        let got = run_bounded::<(), _>("PDF", |_| panic!("parser bug"));
        assert_eq!(got, Err(Problem::ParserFailed("PDF")));
        assert!(got.unwrap_err().to_string().contains("the PDF reader failed on it"));
    }

    #[test]
    fn an_endless_worker_is_abandoned_and_told_to_stop() {
        let (release_sender, release) = mpsc::channel::<()>();
        let (stopped_sender, stopped) = mpsc::channel();
        let got = run_bounded_for::<(), _>(Duration::from_millis(100), "test", move |deadline| {
            // Stuck until the test lets it go, like a third-party parser in a loop.
            let _ = release.recv();
            let checked = deadline.check();
            let _ = stopped_sender.send(checked.clone());
            checked
        });
        // The caller got its answer while the worker was still stuck.
        assert_eq!(got, Err(Problem::TimedOut));
        release_sender.send(()).unwrap();
        assert_eq!(stopped.recv_timeout(Duration::from_secs(10)), Ok(Err(Problem::TimedOut)));
    }

    #[test]
    fn deep_recursion_fits_in_the_worker_stack() {
        fn depth(n: u32) -> u32 {
            let pad = std::hint::black_box([0u8; 512]);
            if n == 0 { u32::from(pad[0]) } else { 1 + depth(n - 1) }
        }
        assert_eq!(run_bounded("test", |_| Ok(depth(100_000))), Ok(100_000));
    }
}
