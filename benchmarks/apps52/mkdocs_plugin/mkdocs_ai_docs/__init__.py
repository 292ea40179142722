"""mkdocs-ai-docs: LLM-assisted documentation helpers for MkDocs."""

from mkdocs_ai_docs.config import AiDocsConfig

__all__ = ["AiDocsConfig", "__version__"]

__version__ = "0.7.2"
