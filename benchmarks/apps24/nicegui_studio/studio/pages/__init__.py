"""Importing this package registers every @ui.page route."""
from studio.pages import campaigns, editor, home, images, settings_page, tools  # noqa: F401
