"""Shared helpers for the ops automation tasks and the queue worker."""
from opslib.clients import (
    get_anthropic,
    get_azure_openai,
    get_cohere,
    get_openai,
    get_replicate,
    get_xai,
)
from opslib.config import OpsSettings, load_settings

__all__ = [
    "OpsSettings",
    "get_anthropic",
    "get_azure_openai",
    "get_cohere",
    "get_openai",
    "get_replicate",
    "get_xai",
    "load_settings",
]

__version__ = "0.14.2"
