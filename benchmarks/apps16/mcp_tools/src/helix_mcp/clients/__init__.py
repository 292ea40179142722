"""Provider clients.

``factory`` builds the clients the server keeps in its lifespan context.
``registry`` holds the older process-wide getters still used by the services,
the resources and the CLI; they are re-exported here for convenience.
"""
from helix_mcp.clients.registry import (
    get_anthropic,
    get_async_openai,
    get_cohere,
    get_openai,
    get_perplexity,
    reset_clients,
)

__all__ = [
    "get_anthropic",
    "get_async_openai",
    "get_cohere",
    "get_openai",
    "get_perplexity",
    "reset_clients",
]
