"""Pre-Hamilton enrichment code. Still used by scripts/backfill_embeddings.py."""
from enrichment.legacy.gpt_enricher import GPTEnricher, shared_client
from enrichment.legacy.http_fallback import anthropic_http_complete, openai_http_chat

__all__ = ["GPTEnricher", "shared_client", "anthropic_http_complete", "openai_http_chat"]
