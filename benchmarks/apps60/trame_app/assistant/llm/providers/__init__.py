from .anthropic_provider import AnthropicProvider
from .gemini_provider import GeminiProvider
from .groq_provider import GroqProvider
from .mistral_provider import MistralProvider
from .openai_provider import OpenAIProvider

__all__ = [
    "AnthropicProvider",
    "GeminiProvider",
    "GroqProvider",
    "MistralProvider",
    "OpenAIProvider",
]
