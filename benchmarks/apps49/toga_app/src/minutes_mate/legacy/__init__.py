"""Code from the 0.3 prototype, still wired to a couple of menu items.

Do not add new callers. Tracked replacements live in services/.
"""
from minutes_mate.legacy.old_summary import summarise_v1
from minutes_mate.legacy.groq_http import groq_chat

__all__ = ["summarise_v1", "groq_chat"]
