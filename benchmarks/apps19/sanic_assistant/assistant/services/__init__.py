from .knowledge import Hit, KnowledgeBase
from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, multi_model_service
from .reply_drafter import ReplyDrafter
from .router import ProviderRegistry
from .summaries import headline, summarize_thread, summarize_thread_tracked
from .triage import TicketTriager, TriageResult

__all__ = [
    "Hit",
    "KnowledgeBase",
    "ProviderRegistry",
    "ReplyDrafter",
    "TaskComplexity",
    "TicketTriager",
    "TriageResult",
    "headline",
    "llm_tracker",
    "multi_model_service",
    "summarize_thread",
    "summarize_thread_tracked",
]
