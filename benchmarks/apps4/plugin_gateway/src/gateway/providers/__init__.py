"""Provider plugins. Importing this package registers every built-in vendor."""
from gateway.providers.registry import available, get_provider, register

# Import for the @register side effect.
from gateway.providers import (  # noqa: F401,E402
    anthropic_provider,
    bedrock_provider,
    cohere_provider,
    deepseek_provider,
    groq_provider,
    mistral_provider,
    openai_provider,
    xai_provider,
)

__all__ = ["available", "get_provider", "register"]
