from research_assistant.ui.chat_window import build_chat_window  # noqa: F401
from research_assistant.ui.notes_window import build_notes_window  # noqa: F401
from research_assistant.ui.pdf_window import build_pdf_window  # noqa: F401
from research_assistant.ui.settings_window import build_settings_window  # noqa: F401
from research_assistant.ui.translate_window import build_translate_window  # noqa: F401
