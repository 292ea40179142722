"""Userbot plugins. Every module here is imported by ``loader.load_plugins``."""
