//! Colours: one per tag kind, readable highlights in light and dark themes.

use std::collections::HashMap;

use egui::Color32;

use crate::model::TagKind;

pub const ACTOR: Color32 = Color32::from_rgb(52, 120, 246);
pub const THREAT: Color32 = Color32::from_rgb(220, 53, 69);
pub const QUOTE: Color32 = Color32::from_rgb(25, 160, 90);
pub const KEY_POINT: Color32 = Color32::from_rgb(230, 150, 20);
pub const OTHER: Color32 = Color32::from_rgb(140, 110, 200);

pub const FIND_MATCH: Color32 = Color32::from_rgba_premultiplied(120, 120, 0, 70);
pub const FIND_CURRENT: Color32 = Color32::from_rgba_premultiplied(200, 160, 0, 140);
pub const FLASH: Color32 = Color32::from_rgba_premultiplied(230, 180, 0, 160);

/// The colour of a tag kind; custom kinds use the colour the analyst gave them.
pub fn kind_colour(kind: &TagKind, custom: &HashMap<String, Color32>) -> Color32 {
    match kind {
        TagKind::Actor => ACTOR,
        TagKind::Threat => THREAT,
        TagKind::Quote => QUOTE,
        TagKind::KeyPoint => KEY_POINT,
        TagKind::Custom(name) => custom.get(name).copied().unwrap_or(OTHER),
    }
}

/// A translucent fill for highlighted text; stronger when the tag is selected. Overlapping tags
/// add up, so overlaps show as darker.
pub fn highlight(colour: Color32, dark: bool, selected: bool) -> Color32 {
    let alpha = match (dark, selected) {
        (false, false) => 0.22,
        (false, true) => 0.45,
        (true, false) => 0.30,
        (true, true) => 0.55,
    };
    colour.gamma_multiply(alpha)
}
