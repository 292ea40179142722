from quill.ai.backends.anthropic_backend import AnthropicBackend
from quill.ai.backends.base import Backend, Completion
from quill.ai.backends.deepseek_backend import DeepSeekBackend
from quill.ai.backends.mistral_backend import MistralBackend
from quill.ai.backends.ollama_backend import OllamaBackend
from quill.ai.backends.openai_backend import OpenAIBackend

BACKEND_CLASSES = {
    cls.name: cls
    for cls in (OpenAIBackend, AnthropicBackend, MistralBackend, OllamaBackend, DeepSeekBackend)
}

__all__ = [
    "AnthropicBackend",
    "Backend",
    "BACKEND_CLASSES",
    "Completion",
    "DeepSeekBackend",
    "MistralBackend",
    "OllamaBackend",
    "OpenAIBackend",
]
