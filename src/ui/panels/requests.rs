//! Requests from the app to a panel that are served the next time the panel draws the thing asked
//! for (focus a field, show a judgment): kept in egui's temporary data, and dropped after a few
//! passes if nothing takes them, so that a section they hold open does not stay open.

use egui::Id;

/// How many passes a request waits for its panel (shown, its section opened) before it is dropped.
pub(super) const WAIT_PASSES: u64 = 10;

/// Asks for `value` under `key`, replacing an earlier request of the same key.
pub(super) fn ask<T: Clone + Send + Sync + 'static>(ctx: &egui::Context, key: &'static str, value: T) {
    let request = (value, ctx.cumulative_pass_nr());
    ctx.data_mut(|d| d.insert_temp(Id::unique(key), request));
}

/// The request waiting under `key`, if it is recent; an old one is forgotten.
pub(super) fn pending<T: Clone + Send + Sync + 'static>(ctx: &egui::Context, key: &'static str) -> Option<T> {
    let (value, at) = ctx.data(|d| d.get_temp::<(T, u64)>(Id::unique(key)))?;
    if ctx.cumulative_pass_nr().saturating_sub(at) > WAIT_PASSES {
        forget::<T>(ctx, key);
        return None;
    }
    Some(value)
}

/// Drops the request under `key` (it was served).
pub(super) fn forget<T: Clone + Send + Sync + 'static>(ctx: &egui::Context, key: &'static str) {
    ctx.data_mut(|d| d.remove::<(T, u64)>(Id::unique(key)));
}
