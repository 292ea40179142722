from .ai_summary import register  # noqa: F401
