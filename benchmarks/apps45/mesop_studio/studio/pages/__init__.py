"""Importing this package registers every page with Mesop."""

from studio.pages import compare, history, images, playground, settings_page, summarize  # noqa: F401
