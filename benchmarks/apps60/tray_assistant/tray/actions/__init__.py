"""Menu / hotkey actions. Importing this package registers their worker handlers."""
from tray.actions import ask, explain_code, reply_draft, rewrite, snippets  # noqa: F401
