"""Service layer. Resolvers import from here rather than from submodules."""
from kb_api.llm_clients import get_openai_client as openai_client
from kb_api.services.embeddings import EmbeddingService
from kb_api.services.llm_usage_tracker import llm_tracker
from kb_api.services.multi_model_service import TaskComplexity, multi_model_service
from kb_api.services.rerank import rerank_articles
from kb_api.services.summarizer import Summarizer

__all__ = [
    "EmbeddingService",
    "Summarizer",
    "TaskComplexity",
    "llm_tracker",
    "multi_model_service",
    "openai_client",
    "rerank_articles",
]
