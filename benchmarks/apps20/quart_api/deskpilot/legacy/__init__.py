"""Modules copied from the Flask app. Do not add new code here (DP-301)."""
from .openai_helpers import sync_client, complete_text  # noqa: F401
