"""Provider layer. Import clients from here, not from ``clients`` directly."""
from newsletter.providers.clients import (  # noqa: F401
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_bedrock_runtime,
    get_cohere_client,
    get_deepseek_client,
    get_mistral_client,
    get_openai_client,
    get_perplexity_client,
    reset_clients,
)
from newsletter.providers.registry import registry  # noqa: F401

openai_client = get_openai_client
claude = get_anthropic_client
