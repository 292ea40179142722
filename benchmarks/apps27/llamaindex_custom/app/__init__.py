"""docs-rag: retrieval-augmented QA over product documentation."""

__version__ = "0.9.3"
