"""Mixins shared by the extension classes.

Inkscape instantiates the extension class once per run, so it is fine to
keep the client on ``self``.
"""

import sys

import inkex

from . import clients
from .errors import AIExtensionError
from .settings import load_settings


def add_common_arguments(pars, default_provider="default"):
    pars.add_argument("--tab", type=str, default="main")
    pars.add_argument("--provider", type=str, default=default_provider)
    pars.add_argument("--model", type=str, default="default")
    pars.add_argument("--temperature", type=float, default=0.7)
    pars.add_argument("--use_cache", type=inkex.Boolean, default=True)


class AIExtensionMixin:
    """Gives an extension ``self.settings``, ``self.provider`` and a lazily
    created ``self.client`` for that provider."""

    _client = None

    @property
    def settings(self):
        return load_settings()

    @property
    def provider(self):
        p = getattr(self.options, "provider", "default")
        return self.settings.default_provider if p in (None, "", "default") else p

    @property
    def model(self):
        return self.settings.model_for(self.provider, getattr(self.options, "model", None))

    @property
    def client(self):
        if self._client is None:
            self._client = {
                "openai": clients.get_openai_client,
                "anthropic": clients.get_anthropic_client,
                "google": clients.get_genai_client,
                "huggingface": clients.get_hf_client,
                "openrouter": clients.get_openrouter_client,
            }.get(self.provider, clients.get_openai_client)()
        return self._client

    def fail(self, exc):
        msg = exc.user_message() if isinstance(exc, AIExtensionError) else repr(exc)
        inkex.errormsg(msg)
        sys.exit(1)
