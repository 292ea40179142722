"""Quillpad - a desktop writing assistant built on PySide6."""

__version__ = "0.9.3"
APP_NAME = "Quillpad"
ORG_NAME = "Quillworks"
ORG_DOMAIN = "quillworks.dev"
