from pricewatch.llm.clients import (
    get_async_deepseek_client,
    get_async_together_client,
    get_deepseek_client,
    get_gemini_client,
    get_mistral_client,
    get_together_client,
)

__all__ = [
    "get_async_deepseek_client",
    "get_async_together_client",
    "get_deepseek_client",
    "get_gemini_client",
    "get_mistral_client",
    "get_together_client",
]
