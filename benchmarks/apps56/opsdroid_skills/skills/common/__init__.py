"""Shared code for the opsbot skills."""
from .clients import (
    ClientBundle,
    anthropic_client,
    bedrock_control_plane,
    bedrock_runtime,
    openai_client,
    perplexity_client,
    sync_openai_client,
)
from .config import setting
from .llm_usage_tracker import llm_tracker
from .memory import ConversationStore, remember, store_for
from .multi_model_service import TaskComplexity, multi_model_service
from .registry import get_backend

__all__ = [
    "ClientBundle",
    "ConversationStore",
    "TaskComplexity",
    "anthropic_client",
    "bedrock_control_plane",
    "bedrock_runtime",
    "get_backend",
    "llm_tracker",
    "multi_model_service",
    "openai_client",
    "perplexity_client",
    "remember",
    "setting",
    "store_for",
    "sync_openai_client",
]
