from .agent import AgentHandler
from .chat import ChatHandler, ChatStreamHandler
from .complete import CompleteHandler
from .embeddings import EmbedSearchHandler
from .explain import ExplainHandler, ExplainOutputHandler, SummarizeHandler
from .fix_error import FixErrorHandler
from .models import ModelsHandler, TokenCountHandler, UsageHandler
from .chat import ModerationHandler

__all__ = [
    "AgentHandler",
    "ChatHandler",
    "ChatStreamHandler",
    "ExplainOutputHandler",
    "CompleteHandler",
    "EmbedSearchHandler",
    "ExplainHandler",
    "FixErrorHandler",
    "ModelsHandler",
    "ModerationHandler",
    "SummarizeHandler",
    "TokenCountHandler",
    "UsageHandler",
]
