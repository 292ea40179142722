"""Provider bundle hung off the Flask server.

``attach_providers(server)`` is called once from ``app.py``; callbacks that run
inside a request (i.e. everything that is not a background callback) can then
grab the bundle with ``get_bundle()`` instead of importing the getters.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app, has_app_context

from ai.clients import (
    get_anthropic_client,
    get_bedrock_runtime,
    get_genai_client,
    get_groq_client,
    get_mistral_client,
    get_openai_client,
    get_together_client,
)

log = logging.getLogger(__name__)

EXTENSION_KEY = "ai_providers"


@dataclass
class ProviderBundle:
    openai: Any
    anthropic: Any
    gemini: Any
    mistral: Any
    groq: Any
    together: Any
    bedrock: Any

    @classmethod
    def from_getters(cls) -> "ProviderBundle":
        return cls(
            openai=get_openai_client(),
            anthropic=get_anthropic_client(),
            gemini=get_genai_client(),
            mistral=get_mistral_client(),
            groq=get_groq_client(),
            together=get_together_client(),
            bedrock=get_bedrock_runtime(),
        )

    def names(self) -> list[str]:
        return [k for k, v in self.__dict__.items() if v is not None]


def attach_providers(server: Flask, bundle: ProviderBundle | None = None) -> ProviderBundle:
    bundle = bundle or ProviderBundle.from_getters()
    server.extensions[EXTENSION_KEY] = bundle
    # Older callbacks read it off the server object directly; keep both until
    # the refactor in callbacks/shared.py is done.
    server.ai_providers = bundle
    log.info("attached AI providers: %s", ", ".join(bundle.names()))
    return bundle


def get_bundle() -> ProviderBundle:
    if has_app_context():
        bundle = current_app.extensions.get(EXTENSION_KEY)
        if bundle is not None:
            return bundle
    # Background workers have no app context: fall back to fresh getters.
    return ProviderBundle.from_getters()
