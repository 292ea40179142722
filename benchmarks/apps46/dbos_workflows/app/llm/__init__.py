from app.llm.clients import (
    get_anthropic_client,
    get_async_anthropic,
    get_async_openai,
    get_async_voyage,
    get_bedrock_runtime,
    get_cohere_client,
    get_openai_client,
    get_voyage_client,
    reset_clients,
)
from app.llm.prompts import PromptTemplate, render, truncate_for_model

__all__ = [
    "get_anthropic_client",
    "get_async_anthropic",
    "get_async_openai",
    "get_async_voyage",
    "get_bedrock_runtime",
    "get_cohere_client",
    "get_openai_client",
    "get_voyage_client",
    "reset_clients",
    "PromptTemplate",
    "render",
    "truncate_for_model",
]
