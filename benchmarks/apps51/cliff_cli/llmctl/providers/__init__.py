"""Provider adapters.

Commands should prefer ``get_provider(app, name)`` which returns an object
with a ``complete(prompt, **kw)`` method.  Some older commands still grab
the raw clients off the app object directly.
"""
from llmctl.providers.anthropic_provider import AnthropicProvider
from llmctl.providers.base import Completion, Provider
from llmctl.providers.deepseek_provider import DeepSeekProvider, build_deepseek_client
from llmctl.providers.groq_provider import GroqProvider, get_groq_client
from llmctl.providers.openai_provider import OpenAIProvider, make_async_openai
from llmctl.providers.perplexity import PerplexityClient
from llmctl.providers.registry import PROVIDERS, get_provider

__all__ = [
    "AnthropicProvider",
    "Completion",
    "DeepSeekProvider",
    "GroqProvider",
    "OpenAIProvider",
    "PerplexityClient",
    "PROVIDERS",
    "Provider",
    "build_deepseek_client",
    "get_groq_client",
    "get_provider",
    "make_async_openai",
]
