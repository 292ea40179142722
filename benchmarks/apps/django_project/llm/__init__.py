from .clients import *  # noqa: F401,F403
from .registry import CLIENTS, get_client

__all__ = ["openai_client", "gemini", "cohere_client", "DEFAULT_MODEL", "CLIENTS", "get_client"]
