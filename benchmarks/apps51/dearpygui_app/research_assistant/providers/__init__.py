"""Provider adapters. Importing this package re-exports the common factories."""
from research_assistant.providers.factory import (  # noqa: F401
    get_anthropic_client,
    get_async_openai,
    get_cohere_client,
    get_openai_client,
    make_openai_compatible,
)
from research_assistant.providers.dispatcher import PROVIDERS, dispatch, provider_names  # noqa: F401
