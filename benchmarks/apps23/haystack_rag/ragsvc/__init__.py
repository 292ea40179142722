"""ragsvc - Haystack 2 based RAG service for the support knowledge base."""

__version__ = "0.9.3"
