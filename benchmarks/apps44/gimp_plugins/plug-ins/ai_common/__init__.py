"""Shared code for the GIMP AI plug-ins.

Each plug-in does::

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import ai_common
"""
from .clients import (
    CLIENT_FACTORIES,
    MissingKeyError,
    client_for,
    get_anthropic_client,
    get_genai_client,
    get_hf_client,
    get_openai_client,
    get_replicate_client,
    reset_clients,
)
from .settings import AISettings, get_settings, load_settings, save_settings
from .worker import run_blocking_with_progress, run_in_thread

__all__ = [
    "AISettings",
    "CLIENT_FACTORIES",
    "MissingKeyError",
    "client_for",
    "get_anthropic_client",
    "get_genai_client",
    "get_hf_client",
    "get_openai_client",
    "get_replicate_client",
    "get_settings",
    "load_settings",
    "reset_clients",
    "run_blocking_with_progress",
    "run_in_thread",
    "save_settings",
]

__version__ = "0.6.2"
