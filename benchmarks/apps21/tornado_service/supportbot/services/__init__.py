"""Service layer. Handlers import from here rather than the submodules."""
from supportbot.services.drafting import DraftCache, draft_reply, guess_language, translate_for_agent
from supportbot.services.embeddings import EmbeddingService
from supportbot.services.grok import SentimentAnalyzer
from supportbot.services.kb import KnowledgeBase
from supportbot.services.llm_usage_tracker import llm_tracker
from supportbot.services.moderation import flag_message, rewrite_if_abusive
from supportbot.services.multi_model_service import TaskComplexity, multi_model_service
from supportbot.services.reranker import Reranker, rerank_passages

__all__ = [
    "DraftCache", "draft_reply", "guess_language", "translate_for_agent", "EmbeddingService", "SentimentAnalyzer",
    "KnowledgeBase", "llm_tracker", "flag_message", "rewrite_if_abusive",
    "TaskComplexity", "multi_model_service", "Reranker", "rerank_passages",
]
