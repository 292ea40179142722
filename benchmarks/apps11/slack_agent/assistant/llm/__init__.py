from assistant.llm.clients import (  # noqa: F401
    anthropic_client,
    async_anthropic_client,
    async_openai_client,
    get_provider_client,
    groq_client,
    mistral_client,
    ollama_client,
    openai_client,
)
