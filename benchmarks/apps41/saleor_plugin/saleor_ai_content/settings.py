"""Default settings; can be overridden in the Saleor settings module."""
import os

from django.conf import settings

AI_CONTENT_OPENAI_MODEL = getattr(settings, "AI_CONTENT_OPENAI_MODEL", "gpt-4o-mini")
AI_CONTENT_ANTHROPIC_MODEL = getattr(
    settings, "AI_CONTENT_ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022"
)
AI_CONTENT_TOGETHER_MODEL = getattr(
    settings,
    "AI_CONTENT_TOGETHER_MODEL",
    "meta-llama/Llama-3.3-70B-Instruct-Turbo",
)
AI_CONTENT_COHERE_EMBED_MODEL = getattr(
    settings, "AI_CONTENT_COHERE_EMBED_MODEL", "embed-multilingual-v3.0"
)
AI_CONTENT_COHERE_RERANK_MODEL = getattr(
    settings, "AI_CONTENT_COHERE_RERANK_MODEL", "rerank-v3.5"
)
AI_CONTENT_VOYAGE_MODEL = getattr(settings, "AI_CONTENT_VOYAGE_MODEL", "voyage-3")

AI_CONTENT_CACHE_ALIAS = getattr(settings, "AI_CONTENT_CACHE_ALIAS", "default")
AI_CONTENT_CACHE_TTL = int(os.environ.get("AI_CONTENT_CACHE_TTL", 60 * 60 * 24))

AI_CONTENT_BULK_BATCH_SIZE = int(os.environ.get("AI_CONTENT_BULK_BATCH_SIZE", 25))
AI_CONTENT_MAX_WORKERS = int(os.environ.get("AI_CONTENT_MAX_WORKERS", 4))

TOGETHER_BASE_URL = "https://api.together.xyz/v1"
ANTHROPIC_API_URL = "https://api.anthropic.com/v1/messages"
COHERE_CHAT_URL = "https://api.cohere.com/v2/chat"
