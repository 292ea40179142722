"""Name -> client lookup used by the assist endpoints.

Introduced during the 2024 refactor so that features can be pointed at a
different vendor by config (``ASSIST_PROVIDER``) without touching handlers.
"""
import os

_GETTERS = {
    "openai": lambda app: app.clients.openai,
    "anthropic": lambda app: app.clients.anthropic,
    "xai": lambda app: app.clients.xai,
    "voyage": lambda app: app.clients.voyage,
    "cohere": lambda app: app.clients.cohere,
}


def get_client(app, name):
    try:
        return _GETTERS[name](app)
    except KeyError:
        raise LookupError("unknown provider %r" % name) from None


def assist_provider():
    return os.environ.get("ASSIST_PROVIDER", "anthropic")
