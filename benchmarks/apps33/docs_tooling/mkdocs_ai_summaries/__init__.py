"""MkDocs plugin: AI page summaries, image alt texts and a vector search index."""
from mkdocs_ai_summaries.plugin import AISummariesPlugin

__all__ = ["AISummariesPlugin"]
