from services.providers.base import ChatProvider, ChatResult
from services.providers.openai_provider import OpenAIProvider
from services.providers.anthropic_provider import AnthropicProvider
from services.providers.mistral_provider import MistralProvider
from services.providers.ollama_provider import OllamaProvider
from services.providers.gemini_provider import GeminiProvider

__all__ = [
    "ChatProvider",
    "ChatResult",
    "OpenAIProvider",
    "AnthropicProvider",
    "MistralProvider",
    "OllamaProvider",
    "GeminiProvider",
]
