"""Provider client factories (re-exported for convenience)."""
from newsenrich.clients.factories import build_inference_client, make_deepseek_client
from newsenrich.clients.pool import (
    get_anthropic,
    get_cohere,
    get_genai,
    get_hf,
    get_openai,
    get_voyage,
    shared_bundle,
)

__all__ = [
    "build_inference_client",
    "get_anthropic",
    "get_cohere",
    "get_genai",
    "get_hf",
    "get_openai",
    "get_voyage",
    "make_deepseek_client",
    "shared_bundle",
]
