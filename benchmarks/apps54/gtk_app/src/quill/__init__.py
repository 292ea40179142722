"""Quill — an AI-assisted writing companion for GNOME."""

APP_ID = "org.gnome.Quill"
__version__ = "0.9.2"
