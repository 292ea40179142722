from gateway.backends.anthropic_backend import AnthropicBackend
from gateway.backends.base import Backend, CompletionResult, EmbeddingResult
from gateway.backends.bedrock_backend import BedrockBackend
from gateway.backends.cohere_backend import CohereBackend
from gateway.backends.google_backend import GoogleBackend
from gateway.backends.openai_backend import OpenAIBackend
from gateway.backends.registry import BackendRegistry

__all__ = [
    "AnthropicBackend",
    "Backend",
    "BackendRegistry",
    "BedrockBackend",
    "CohereBackend",
    "CompletionResult",
    "EmbeddingResult",
    "GoogleBackend",
    "OpenAIBackend",
]
