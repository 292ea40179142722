"""WriterAI helper package (lives in the extension's pythonpath/ folder)."""
from writerai.config import Settings, load_settings
from writerai.clients import (
    get_anthropic_client,
    get_groq_client,
    get_openai_client,
    get_watsonx_model,
)

__all__ = [
    "Settings",
    "load_settings",
    "get_openai_client",
    "get_anthropic_client",
    "get_groq_client",
    "get_watsonx_model",
]

__version__ = "0.9.3"
