"""Bottle plugins.

``ProviderClientPlugin`` injects provider clients into route callbacks that
ask for them by keyword, e.g.::

    @app.post("/ask")
    def ask(openai_client):
        ...

Only callbacks whose signature mentions one of the known keywords are
wrapped, everything else is returned untouched (Bottle calls ``apply`` once
per route, at first request).
"""

from __future__ import annotations

import functools
import logging
import time

import bottle

log = logging.getLogger(__name__)

#: keyword -> ClientFactory method name
DEFAULT_KEYWORDS = {
    "openai_client": "chat_client",
    "azure_client": "azure",
    "anthropic_client": "anthropic",
    "mistral_client": "mistral",
    "cohere_client": "cohere",
    "together_client": "together",
    "ollama_client": "ollama",
    "watsonx_model": "watsonx_model",
}


class PluginError(bottle.BottleException):
    pass


class ProviderClientPlugin:
    name = "provider_clients"
    api = 2

    def __init__(self, factory=None, keywords: dict | None = None, config_key="hr.client_factory"):
        self.factory = factory
        self.keywords = dict(keywords or DEFAULT_KEYWORDS)
        self.config_key = config_key

    def setup(self, app):
        for other in app.plugins:
            if not isinstance(other, ProviderClientPlugin):
                continue
            if other.keywords.keys() & self.keywords.keys():
                raise PluginError("Found another provider plugin with conflicting keywords.")
        if self.factory is None:
            self.factory = app.config.get(self.config_key)
        if self.factory is None:
            raise PluginError(f"No client factory configured under {self.config_key!r}")

    def apply(self, callback, route):
        conf = route.config.get("provider_clients", {})
        if conf.get("skip"):
            return callback

        wanted = [kw for kw in route.get_callback_args() if kw in self.keywords]
        if not wanted:
            return callback

        factory = self.factory
        keywords = self.keywords

        @functools.wraps(callback)
        def wrapper(*args, **kwargs):
            started = time.monotonic()
            for kw in wanted:
                if kw not in kwargs:
                    kwargs[kw] = getattr(factory, keywords[kw])()
            try:
                return callback(*args, **kwargs)
            finally:
                log.debug(
                    "route %s used %s (%.1f ms)",
                    route.rule,
                    ",".join(wanted),
                    (time.monotonic() - started) * 1000,
                )

        return wrapper

    def close(self):
        pass


class JSONErrorPlugin:
    """Turns uncaught exceptions in /api routes into JSON bodies."""

    name = "json_errors"
    api = 2

    def apply(self, callback, route):
        def wrapper(*args, **kwargs):
            try:
                return callback(*args, **kwargs)
            except bottle.HTTPResponse:
                raise
            except Exception as exc:  # noqa: BLE001
                log.exception("unhandled error in %s", route.rule)
                bottle.response.status = 500
                bottle.response.content_type = "application/json"
                return {"error": type(exc).__name__, "detail": str(exc)[:300]}

        return wrapper
