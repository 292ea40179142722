"""Quill desktop writing assistant."""

__version__ = "0.9.3"
APP_NAME = "Quill"
ORG_NAME = "QuillWorks"
