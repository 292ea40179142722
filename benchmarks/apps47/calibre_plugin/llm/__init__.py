# Public surface of the llm helpers. Feature modules should import from
# here rather than from the submodules (the layout moved around in 1.5).

from calibre_plugins.ai_book_assistant.llm.clients import (  # noqa: F401
    get_openai_client,
    get_async_openai_client,
    get_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_deepseek_client,
    client_for,
    reset_clients,
)
from calibre_plugins.ai_book_assistant.llm.prompts import (  # noqa: F401
    summary_messages,
    tag_messages,
    series_messages,
    translation_messages,
)

__all__ = [
    'get_openai_client', 'get_async_openai_client', 'get_anthropic_client',
    'get_genai_client', 'get_mistral_client', 'get_deepseek_client',
    'client_for', 'reset_clients', 'summary_messages', 'tag_messages',
    'series_messages', 'translation_messages',
]
