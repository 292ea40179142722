"""A tiny provider registry so the DJ can switch commentary providers.

``ProviderRegistry.from_config`` builds each configured client once; the DJ
modules look them up by name (``registry.get("anthropic")``).
"""

import logging
from dataclasses import dataclass, field

from . import factory

logger = logging.getLogger(__name__)


@dataclass
class ProviderRegistry:
    clients: dict = field(default_factory=dict)
    models: dict = field(default_factory=dict)

    @classmethod
    def from_config(cls, ext_config):
        reg = cls()
        builders = {
            "openai": (factory.make_openai_client, "openai_model"),
            "anthropic": (factory.make_anthropic_client, "commentary_model"),
            "cohere": (factory.make_cohere_client, "cohere_model"),
            "together": (factory.make_together_client, "together_model"),
            "xai": (factory.make_xai_client, "xai_model"),
        }
        for name, (builder, model_key) in builders.items():
            client = builder(ext_config)
            if client is None:
                logger.debug("AIDJ: %s not configured", name)
                continue
            reg.clients[name] = client
            reg.models[name] = ext_config.get(model_key)
        return reg

    def get(self, name):
        try:
            return self.clients[name]
        except KeyError:
            raise LookupError(f"provider {name!r} is not configured") from None

    def model_for(self, name):
        return self.models.get(name)

    def available(self):
        return sorted(self.clients)

    def __contains__(self, name):
        return name in self.clients
