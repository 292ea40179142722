from enrich.lib.clients import (
    CLIENT_FACTORIES,
    build_client,
    get_bedrock,
    get_fireworks,
    get_openai,
    get_together,
    make_async_openai_client,
    make_bedrock_client,
    make_fireworks_client,
    make_hf_client,
    make_openai_client,
    make_together_client,
)
from enrich.lib.ratelimit import LimiterRegistry, TokenBucket
from enrich.lib.retry import call_with_retries, retrying

__all__ = [
    "CLIENT_FACTORIES",
    "build_client",
    "get_bedrock",
    "get_fireworks",
    "get_openai",
    "get_together",
    "make_async_openai_client",
    "make_bedrock_client",
    "make_fireworks_client",
    "make_hf_client",
    "make_openai_client",
    "make_together_client",
    "LimiterRegistry",
    "TokenBucket",
    "call_with_retries",
    "retrying",
]
