"""Service layer: LLM client factories, tracking and helpers."""
from gateway.services.clients import (
    build_llm_bundle,
    get_anthropic_client,
    get_genai_client,
    get_openai_client,
    get_voyage_client,
    get_xai_client,
)
from gateway.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "build_llm_bundle",
    "get_anthropic_client",
    "get_genai_client",
    "get_openai_client",
    "get_voyage_client",
    "get_xai_client",
    "multi_model_service",
    "TaskComplexity",
]
