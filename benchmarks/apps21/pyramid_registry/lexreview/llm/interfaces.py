"""Marker interfaces used to look up provider clients in the Pyramid registry.

We register concrete SDK clients as utilities (or as pyramid_services services)
against these, so tests can swap in fakes with ``registry.registerUtility``.
"""
from zope.interface import Attribute, Interface


class IOpenAIClient(Interface):
    """An ``openai.OpenAI`` instance (api.openai.com)."""


class IAnthropicClient(Interface):
    """An ``anthropic.Anthropic`` instance."""


class ITogetherClient(Interface):
    """A ``together.Together`` instance (embeddings + rerank)."""


class IFireworksClient(Interface):
    """A ``fireworks.Fireworks`` instance (translation models)."""


class IWatsonxModel(Interface):
    """An ``ibm_watsonx_ai.foundation_models.ModelInference``.

    Registered by name: ``chat`` and ``redaction``.
    """

    model_id = Attribute("watsonx model id")


class IWatsonxEmbeddings(Interface):
    """An ``ibm_watsonx_ai.foundation_models.Embeddings`` instance."""


class IPrivilegeReviewer(Interface):
    def review(document):
        """Return a PrivilegeAssessment for a Document."""


class IUsageTracker(Interface):
    def track_llm_call(provider, model, feature_context):
        """Async context manager yielding a usage log row."""
