"""Pre-0.5 code paths kept for the classic Notebook frontend. Do not extend."""
from .llm import LegacyLLM
from .completer import legacy_complete

__all__ = ["LegacyLLM", "legacy_complete"]
