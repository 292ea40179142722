"""Public surface of the AI services package."""
from .embeddings import EmbeddingService, embed_query
from .multi_model_service import TaskComplexity, multi_model_service
from .qa import QuestionAnswerer
from .seo import generate_seo_metadata
from .summarizer import ArticleSummarizer

__all__ = [
    "ArticleSummarizer",
    "EmbeddingService",
    "QuestionAnswerer",
    "TaskComplexity",
    "embed_query",
    "generate_seo_metadata",
    "multi_model_service",
]
