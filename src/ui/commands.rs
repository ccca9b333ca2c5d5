//! Every user command with its label, tooltip and keyboard shortcuts (several per command), in
//! one place (by the example of rerun's `UICommand`). Menus, toolbar buttons, the context menu,
//! the shortcuts dialog and shortcut handling all read this enum, so they cannot disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    NewFromArticle,
    Open,
    Save,
    SaveAs,
    AddSource,
    PasteSource,
    ExportBrief,
    ExportWord,
    /// Choose the Word reference document (kept in the preferences).
    ChooseReferenceDoc,
    ClearReferenceDoc,
    CopyBrief,
    Quit,
    Undo,
    Redo,
    Find,
    Suggest,
    TogglePreview,
    ToggleTheme,
    ToggleSnapToWords,
    ToggleTagsPanel,
    ToggleBriefPanel,
    TextBigger,
    TextSmaller,
    TextReset,
    Shortcuts,
    About,
    TagActor,
    TagThreat,
    TagQuote,
    TagKeyPoint,
    /// Accept the current suggestion of the review.
    AcceptSuggestion,
    RejectSuggestion,
    /// Accept every pending suggestion of the current one's kind.
    AcceptAllOfKind,
    /// Open the Check panel: what to fix before exporting the brief.
    CheckBrief,
    /// Replace the shown source's text with a newer version of the article.
    UpdateSource,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers { shift: true, ..Modifiers::COMMAND };
const NONE: Modifiers = Modifiers::NONE;

/// A constant list of shortcuts: `keys![CTRL, Key::Z; CTRL, Key::Y]`.
macro_rules! keys {
    ($($modifiers:expr, $key:expr);+) => {{
        const KEYS: &[KeyboardShortcut] = &[$(KeyboardShortcut::new($modifiers, $key)),+];
        KEYS
    }};
}

impl Command {
    /// Every command, in the order of the shortcuts dialog.
    pub const ALL: &'static [Command] = &[
        Command::NewFromArticle,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::AddSource,
        Command::PasteSource,
        Command::ExportBrief,
        Command::ExportWord,
        Command::ChooseReferenceDoc,
        Command::ClearReferenceDoc,
        Command::CopyBrief,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::Find,
        Command::Suggest,
        Command::TogglePreview,
        Command::ToggleTheme,
        Command::ToggleSnapToWords,
        Command::ToggleTagsPanel,
        Command::ToggleBriefPanel,
        Command::TextBigger,
        Command::TextSmaller,
        Command::TextReset,
        Command::Shortcuts,
        Command::About,
        Command::TagActor,
        Command::TagThreat,
        Command::TagQuote,
        Command::TagKeyPoint,
        Command::AcceptSuggestion,
        Command::RejectSuggestion,
        Command::AcceptAllOfKind,
        Command::CheckBrief,
        Command::UpdateSource,
    ];

    /// Commands with a global shortcut (they work wherever the keyboard focus is). Longer
    /// shortcuts come first: egui matches Ctrl+S inside Ctrl+Shift+S unless the longer one is
    /// consumed first.
    pub const GLOBAL: &'static [Command] = &[
        Command::NewFromArticle,
        Command::Open,
        Command::SaveAs,
        Command::Save,
        Command::ExportBrief,
        Command::Quit,
        Command::Redo,
        Command::Undo,
        Command::Find,
        Command::TextBigger,
        Command::TextSmaller,
        Command::TextReset,
        Command::CheckBrief,
    ];

    /// Tagging commands: plain keys that work while the article has the keyboard focus.
    pub const TAGGING: &'static [Command] =
        &[Command::TagActor, Command::TagThreat, Command::TagQuote, Command::TagKeyPoint];

    /// Reviewing suggestions: keys that work from the article or with nothing focused. Ctrl+Enter
    /// comes before Enter, which it contains.
    pub const REVIEW: &'static [Command] =
        &[Command::AcceptAllOfKind, Command::AcceptSuggestion, Command::RejectSuggestion];

    pub fn label(self) -> &'static str {
        match self {
            Command::NewFromArticle => "New from article…",
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save as…",
            Command::AddSource => "Add source…",
            Command::PasteSource => "Paste article as new source…",
            Command::ExportBrief => "Export brief…",
            Command::ExportWord => "Export as Word…",
            Command::ChooseReferenceDoc => "Word reference document…",
            Command::ClearReferenceDoc => "Clear Word reference document",
            Command::CopyBrief => "Copy brief as Markdown",
            Command::Quit => "Quit",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::Find => "Find…",
            Command::Suggest => "Suggest tags",
            Command::TogglePreview => "Raw Markdown",
            Command::ToggleTheme => "Dark theme",
            Command::ToggleSnapToWords => "Snap selections to whole words",
            Command::ToggleTagsPanel => "Tags panel",
            Command::ToggleBriefPanel => "Brief panel",
            Command::TextBigger => "Larger text",
            Command::TextSmaller => "Smaller text",
            Command::TextReset => "Default text size",
            Command::Shortcuts => "Keyboard shortcuts",
            Command::About => "About Briefsmith",
            Command::TagActor => "Actor",
            Command::TagThreat => "Threat",
            Command::TagQuote => "Quote",
            Command::TagKeyPoint => "Key point",
            Command::AcceptSuggestion => "Accept",
            Command::RejectSuggestion => "Reject",
            Command::AcceptAllOfKind => "Accept all of its kind",
            Command::CheckBrief => "Check brief…",
            Command::UpdateSource => "Update source…",
        }
    }

    /// A shorter label for buttons beside the content (the brief panel, the article toolbar).
    pub fn button_label(self) -> &'static str {
        match self {
            Command::CopyBrief => "Copy",
            Command::ExportBrief => "Export…",
            Command::Find => "Find",
            other => other.label(),
        }
    }

    /// What the command does, without its keys (see [`Command::tooltip_with_keys`]).
    pub fn tooltip(self) -> &'static str {
        match self {
            Command::NewFromArticle => "Start a new session from an article file",
            Command::Open => "Open a session or an article",
            Command::Save => "Save the session",
            Command::SaveAs => "Save the session under a new name",
            Command::AddSource => "Add another article to this session",
            Command::PasteSource => "Add an article pasted from the clipboard",
            Command::ExportBrief => "Write the brief as Markdown (.md), HTML (.html) or Word (.docx)",
            Command::ExportWord => "Write the brief as a Word document (.docx)",
            Command::ChooseReferenceDoc => {
                "Choose the office's Word template (.docx): Word exports use its styles, page setup, header and footer"
            }
            Command::ClearReferenceDoc => "Export to Word with Briefsmith's own styles again",
            Command::CopyBrief => "Copy the brief's Markdown to the clipboard",
            Command::Quit => "Close Briefsmith",
            Command::Undo => "Undo the last change",
            Command::Redo => "Redo the last undone change",
            Command::Find => "Find text in the article",
            Command::Suggest => "Find actors, quotes and threats in the article for review",
            Command::TogglePreview => "Show the brief as raw Markdown instead of the preview",
            Command::ToggleTheme => "Switch between light and dark",
            Command::ToggleSnapToWords => "Grow selections to whole words when tagging",
            Command::ToggleTagsPanel => "Show or hide the tags panel",
            Command::ToggleBriefPanel => "Show or hide the brief panel",
            Command::TextBigger => "Make the article text larger",
            Command::TextSmaller => "Make the article text smaller",
            Command::TextReset => "Set the article text back to its default size",
            Command::Shortcuts => "List the keyboard shortcuts",
            Command::About => "About Briefsmith",
            Command::TagActor => "Tag the selection as an actor",
            Command::TagThreat => "Tag the selection as a threat",
            Command::TagQuote => "Tag the selection as a quote",
            Command::TagKeyPoint => "Tag the selection as a key point",
            Command::AcceptSuggestion => "Accept the current suggestion as a tag",
            Command::RejectSuggestion => "Drop the current suggestion",
            Command::AcceptAllOfKind => "Accept every pending suggestion of the current one's kind",
            Command::CheckBrief => {
                "List what to fix before export: broken citations, empty sections, quotes without a speaker, vague wording"
            }
            Command::UpdateSource => {
                "Replace the shown article with a newer version of it; every tag is found again (kept, moved or orphaned)"
            }
        }
    }

    /// Every shortcut, the main one first.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Command::NewFromArticle => keys![CTRL, Key::N],
            Command::Open => keys![CTRL, Key::O],
            Command::Save => keys![CTRL, Key::S],
            Command::SaveAs => keys![CTRL_SHIFT, Key::S],
            Command::ExportBrief => keys![CTRL, Key::E],
            Command::Quit => keys![CTRL, Key::Q],
            Command::Undo => keys![CTRL, Key::Z],
            Command::Redo => keys![CTRL_SHIFT, Key::Z; CTRL, Key::Y],
            Command::Find => keys![CTRL, Key::F],
            // Ctrl+= is the same key as Ctrl+Plus without Shift on most layouts.
            Command::TextBigger => keys![CTRL, Key::Plus; CTRL, Key::Equals],
            Command::TextSmaller => keys![CTRL, Key::Minus],
            Command::TextReset => keys![CTRL, Key::Num0],
            Command::TagActor => keys![NONE, Key::A; NONE, Key::Num1],
            Command::TagThreat => keys![NONE, Key::T; NONE, Key::Num2],
            Command::TagQuote => keys![NONE, Key::Q; NONE, Key::Num3],
            Command::TagKeyPoint => keys![NONE, Key::K; NONE, Key::Num4],
            Command::AcceptSuggestion => keys![NONE, Key::Enter],
            Command::RejectSuggestion => keys![NONE, Key::Delete],
            Command::AcceptAllOfKind => keys![CTRL, Key::Enter],
            // F7 checks a document in word processors.
            Command::CheckBrief => keys![NONE, Key::F7],
            _ => &[],
        }
    }

    /// The shortcuts as text for menus and the shortcuts dialog ("Ctrl+Shift+Z / Ctrl+Y").
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts().iter().map(|s| ctx.format_shortcut(s)).collect::<Vec<_>>().join(" / ")
    }

    /// The tooltip with the keys, e.g. "Tag the selection as a quote (Q / 3)".
    pub fn tooltip_with_keys(self, ctx: &egui::Context) -> String {
        let keys = self.shortcut_text(ctx);
        if keys.is_empty() { self.tooltip().to_owned() } else { format!("{} ({keys})", self.tooltip()) }
    }

    /// Whether any of the command's shortcuts was pressed; consumes it.
    pub fn consume(self, input: &mut egui::InputState) -> bool {
        self.shortcuts().iter().any(|s| input.consume_shortcut(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_are_unique_and_every_global_or_tagging_command_has_one() {
        let mut seen = std::collections::HashSet::new();
        for c in Command::ALL {
            for s in c.shortcuts() {
                assert!(seen.insert((s.modifiers, s.logical_key)), "{c:?} shares a shortcut");
            }
        }
        for c in Command::GLOBAL.iter().chain(Command::TAGGING).chain(Command::REVIEW) {
            assert!(!c.shortcuts().is_empty(), "{c:?} has no shortcut");
            assert!(Command::ALL.contains(c));
        }
    }

    #[test]
    fn more_specific_shortcuts_are_checked_first() {
        let pos = |list: &[Command], c| list.iter().position(|x| *x == c).unwrap();
        assert!(pos(Command::GLOBAL, Command::SaveAs) < pos(Command::GLOBAL, Command::Save));
        assert!(pos(Command::GLOBAL, Command::Redo) < pos(Command::GLOBAL, Command::Undo));
        assert!(
            pos(Command::REVIEW, Command::AcceptAllOfKind) < pos(Command::REVIEW, Command::AcceptSuggestion)
        );
    }

    #[test]
    fn alternate_keys_are_shortcuts_of_the_same_command() {
        let ctx = egui::Context::default();
        assert_eq!(Command::Redo.shortcuts().len(), 2);
        assert!(Command::Redo.shortcut_text(&ctx).contains(" / "));
        assert_eq!(Command::TagQuote.tooltip_with_keys(&ctx), "Tag the selection as a quote (Q / 3)");
        assert_eq!(Command::Suggest.tooltip_with_keys(&ctx), Command::Suggest.tooltip());
    }
}
