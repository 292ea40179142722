"""Client utilities, one per vendor.

Use :func:`get_provider` rather than instantiating these classes: the
instances registered in ZCML are process-wide singletons.
"""
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.settings import default_provider_name
from acme.aiassist.utilities.anthropic_provider import AnthropicClientProvider
from acme.aiassist.utilities.google_provider import GeminiClientProvider
from acme.aiassist.utilities.mistral_provider import MistralClientProvider
from acme.aiassist.utilities.openai_provider import OpenAIClientProvider
from acme.aiassist.utilities.openrouter_provider import OpenRouterClientProvider
from zope.component import getUtilitiesFor
from zope.component import getUtility
from zope.component import queryUtility


__all__ = [
    "AnthropicClientProvider",
    "GeminiClientProvider",
    "MistralClientProvider",
    "OpenAIClientProvider",
    "OpenRouterClientProvider",
    "get_provider",
    "get_client",
    "available_providers",
]


def get_provider(name=None):
    """Return the provider utility ``name`` (default from the registry)."""
    name = name or default_provider_name()
    provider = queryUtility(IAIClientProvider, name=name)
    if provider is None:
        provider = getUtility(IAIClientProvider, name="openai")
    return provider


def get_client(name):
    """Shortcut: the raw vendor SDK client of the provider ``name``."""
    return getUtility(IAIClientProvider, name=name).client


def available_providers():
    return sorted(name for name, _util in getUtilitiesFor(IAIClientProvider))


def reset_all():
    for _name, util in getUtilitiesFor(IAIClientProvider):
        util.reset()
