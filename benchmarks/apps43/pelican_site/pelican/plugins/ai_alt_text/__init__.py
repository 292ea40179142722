from .alt_text import register  # noqa: F401
