from mkdocs_ai_docs.features.alt_text import AltTextWriter
from mkdocs_ai_docs.features.glossary import GlossaryBuilder
from mkdocs_ai_docs.features.summaries import PageSummarizer
from mkdocs_ai_docs.features.translate import Translator

__all__ = ["AltTextWriter", "GlossaryBuilder", "PageSummarizer", "Translator"]
