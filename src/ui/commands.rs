//! Every user command with its label, keyboard shortcut and tooltip, in one place. Menus, the
//! toolbar, context menus and shortcut handling all read this list, so they cannot disagree.

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
    CopyBrief,
    Quit,
    Undo,
    Redo,
    RedoAlt,
    Find,
    Suggest,
    TogglePreview,
    ToggleTheme,
    TextBigger,
    /// Ctrl+= : the same key as Ctrl+Plus without Shift on most layouts.
    TextBiggerAlt,
    TextSmaller,
    TextReset,
    Shortcuts,
    About,
    TagActor,
    TagThreat,
    TagQuote,
    TagKeyPoint,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers { shift: true, ..Modifiers::COMMAND };

impl Command {
    /// Commands with a global shortcut (they work wherever the keyboard focus is).
    pub const GLOBAL: &'static [Command] = &[
        Command::NewFromArticle,
        Command::Open,
        Command::SaveAs,
        Command::Save,
        Command::ExportBrief,
        Command::Quit,
        Command::Redo,
        Command::RedoAlt,
        Command::Undo,
        Command::Find,
        Command::TextBigger,
        Command::TextBiggerAlt,
        Command::TextSmaller,
        Command::TextReset,
    ];

    /// Tagging commands: plain keys that work while the article has the keyboard focus.
    pub const TAGGING: &'static [Command] =
        &[Command::TagActor, Command::TagThreat, Command::TagQuote, Command::TagKeyPoint];

    pub fn label(self) -> &'static str {
        match self {
            Command::NewFromArticle => "New from article…",
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save as…",
            Command::AddSource => "Add source…",
            Command::PasteSource => "Paste article as new source…",
            Command::ExportBrief => "Export brief…",
            Command::CopyBrief => "Copy brief as Markdown",
            Command::Quit => "Quit",
            Command::Undo => "Undo",
            Command::Redo | Command::RedoAlt => "Redo",
            Command::Find => "Find…",
            Command::Suggest => "Suggest tags",
            Command::TogglePreview => "Raw Markdown",
            Command::ToggleTheme => "Dark theme",
            Command::TextBigger | Command::TextBiggerAlt => "Larger text",
            Command::TextSmaller => "Smaller text",
            Command::TextReset => "Default text size",
            Command::Shortcuts => "Keyboard shortcuts",
            Command::About => "About Briefsmith",
            Command::TagActor => "Actor",
            Command::TagThreat => "Threat",
            Command::TagQuote => "Quote",
            Command::TagKeyPoint => "Key point",
        }
    }

    pub fn tooltip(self) -> &'static str {
        match self {
            Command::NewFromArticle => "Start a new session from an article file",
            Command::Open => "Open a session or an article",
            Command::Save => "Save the session",
            Command::SaveAs => "Save the session under a new name",
            Command::AddSource => "Add another article to this session",
            Command::PasteSource => "Add an article pasted from the clipboard",
            Command::ExportBrief => "Write the brief as Markdown or HTML",
            Command::CopyBrief => "Copy the brief's Markdown to the clipboard",
            Command::Quit => "Close Briefsmith",
            Command::Undo => "Undo the last change",
            Command::Redo | Command::RedoAlt => "Redo the last undone change",
            Command::Find => "Find text in the article",
            Command::Suggest => "Find actors, quotes and threats in the article for review",
            Command::TogglePreview => "Show the brief as raw Markdown instead of the preview",
            Command::ToggleTheme => "Switch between light and dark",
            Command::TextBigger | Command::TextBiggerAlt => "Make the article text larger",
            Command::TextSmaller => "Make the article text smaller",
            Command::TextReset => "Set the article text back to its default size",
            Command::Shortcuts => "List the keyboard shortcuts",
            Command::About => "About Briefsmith",
            Command::TagActor => "Tag the selection as an actor (A or 1)",
            Command::TagThreat => "Tag the selection as a threat (T or 2)",
            Command::TagQuote => "Tag the selection as a quote (Q or 3)",
            Command::TagKeyPoint => "Tag the selection as a key point (K or 4)",
        }
    }

    /// The main shortcut, if any.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let s = |m, k| Some(KeyboardShortcut::new(m, k));
        match self {
            Command::NewFromArticle => s(CTRL, Key::N),
            Command::Open => s(CTRL, Key::O),
            Command::Save => s(CTRL, Key::S),
            Command::SaveAs => s(CTRL_SHIFT, Key::S),
            Command::ExportBrief => s(CTRL, Key::E),
            Command::Quit => s(CTRL, Key::Q),
            Command::Undo => s(CTRL, Key::Z),
            Command::Redo => s(CTRL_SHIFT, Key::Z),
            Command::RedoAlt => s(CTRL, Key::Y),
            Command::Find => s(CTRL, Key::F),
            Command::TextBigger => s(CTRL, Key::Plus),
            Command::TextBiggerAlt => s(CTRL, Key::Equals),
            Command::TextSmaller => s(CTRL, Key::Minus),
            Command::TextReset => s(CTRL, Key::Num0),
            Command::TagActor => s(Modifiers::NONE, Key::A),
            Command::TagThreat => s(Modifiers::NONE, Key::T),
            Command::TagQuote => s(Modifiers::NONE, Key::Q),
            Command::TagKeyPoint => s(Modifiers::NONE, Key::K),
            _ => None,
        }
    }

    /// A second key for tagging: the digits 1–4.
    pub fn digit_key(self) -> Option<Key> {
        match self {
            Command::TagActor => Some(Key::Num1),
            Command::TagThreat => Some(Key::Num2),
            Command::TagQuote => Some(Key::Num3),
            Command::TagKeyPoint => Some(Key::Num4),
            _ => None,
        }
    }

    /// The shortcut as text for menus ("Ctrl+S").
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        let main = self.shortcut().map(|s| ctx.format_shortcut(&s)).unwrap_or_default();
        match (self, self.digit_key()) {
            (_, Some(digit)) => format!("{main} / {}", digit.symbol_or_name()),
            (Command::Redo, _) => {
                format!("{main} / {}", ctx.format_shortcut(&KeyboardShortcut::new(CTRL, Key::Y)))
            }
            _ => main,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn global_shortcuts_are_unique_and_every_global_command_has_one() {
        let mut seen = std::collections::HashSet::new();
        for c in Command::GLOBAL.iter().chain(Command::TAGGING) {
            let s = c.shortcut().unwrap_or_else(|| panic!("{c:?} has no shortcut"));
            assert!(seen.insert((s.modifiers, s.logical_key)), "{c:?} shares a shortcut");
        }
    }

    #[test]
    fn more_specific_shortcuts_are_checked_first() {
        // egui matches Ctrl+S inside Ctrl+Shift+S unless the longer one is consumed first.
        let pos = |c| Command::GLOBAL.iter().position(|x| *x == c).unwrap();
        assert!(pos(Command::SaveAs) < pos(Command::Save));
        assert!(pos(Command::Redo) < pos(Command::Undo));
    }
}
