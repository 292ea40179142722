from enrich.clients.factories import (
    make_cerebras_client,
    make_fireworks_client,
    make_genai_client,
    make_granite_embeddings,
    make_granite_model,
    make_hf_client,
    make_http_client,
    make_openrouter_client,
    make_replicate_client,
    make_together_client,
    make_voyage_async_client,
    make_voyage_client,
)

__all__ = [
    "make_cerebras_client",
    "make_fireworks_client",
    "make_genai_client",
    "make_granite_embeddings",
    "make_granite_model",
    "make_hf_client",
    "make_http_client",
    "make_openrouter_client",
    "make_replicate_client",
    "make_together_client",
    "make_voyage_async_client",
    "make_voyage_client",
]
