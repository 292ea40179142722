from quillpad.dialogs.chat_dialog import ChatDialog
from quillpad.dialogs.draft_dialog import DraftDialog
from quillpad.dialogs.rewrite_dialog import RewriteDialog
from quillpad.dialogs.settings_dialog import SettingsDialog

__all__ = ["ChatDialog", "DraftDialog", "RewriteDialog", "SettingsDialog"]
