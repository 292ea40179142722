"""Model wrappers. Import from here rather than from the submodules."""
from .anthropic_model import AnthropicModel
from .base import BaseModel, GenerationResult
from .clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_hf_client,
    get_async_openai_client,
    get_fireworks_client,
    get_hf_client,
    get_ollama_client,
    get_openai_client,
    get_together_openai_client,
)
from .fireworks_model import FireworksModel
from .hf_model import HFInferenceModel
from .local_model import OllamaModel, VLLMModel
from .openai_model import OpenAIChatModel, OpenAIResponsesModel
from .together_model import TogetherModel
from .tracked_model import GatewayModel

__all__ = [
    "AnthropicModel",
    "BaseModel",
    "FireworksModel",
    "GatewayModel",
    "GenerationResult",
    "HFInferenceModel",
    "OllamaModel",
    "OpenAIChatModel",
    "OpenAIResponsesModel",
    "TogetherModel",
    "VLLMModel",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_hf_client",
    "get_async_openai_client",
    "get_fireworks_client",
    "get_hf_client",
    "get_ollama_client",
    "get_openai_client",
    "get_together_openai_client",
]
