"""Module where all interfaces, events and exceptions live."""
from acme.aiassist import _
from zope import schema
from zope.interface import Attribute
from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IAcmeAiassistLayer(IDefaultBrowserLayer):
    """Marker interface that defines a browser layer."""


class IAIClientProvider(Interface):
    """A named utility wrapping one LLM vendor SDK client.

    Registered in configure.zcml as named utilities: ``openai``,
    ``anthropic``, ``google``, ``mistral`` and ``openrouter``.
    """

    name = Attribute("Short vendor name")
    client = Attribute("The (lazily constructed) vendor SDK client")

    def default_model():
        """Return the model id configured in the control panel."""

    def complete(prompt, system=None, model=None, max_tokens=512):
        """Return the text completion for ``prompt``."""


class ISummarizer(Interface):
    """Adapter: produce a short summary of a content object."""

    def summarize(max_words=60):
        """Return a plain text summary."""


class IKeywordExtractor(Interface):
    """Adapter: suggest subject keywords for a content object."""

    def keywords(limit=8):
        """Return a list of keyword strings."""


class IAISummarized(Interface):
    """Marker for content that has been summarised by the AI subscriber."""


PROVIDERS = schema.Choice(
    title=_("Provider"),
    values=("openai", "anthropic", "google", "mistral", "openrouter"),
    default="openai",
)


class IAIAssistSettings(Interface):
    """Registry schema for the AI assistant control panel."""

    default_provider = schema.Choice(
        title=_("Default provider"),
        description=_("Used when a feature does not pin a provider."),
        values=("openai", "anthropic", "google", "mistral", "openrouter"),
        default="openai",
        required=True,
    )

    openai_api_key = schema.Password(
        title=_("OpenAI API key"), required=False, default=""
    )
    openai_model = schema.TextLine(
        title=_("OpenAI model"), required=False, default="gpt-4o-mini"
    )
    openai_embedding_model = schema.TextLine(
        title=_("OpenAI embedding model"),
        required=False,
        default="text-embedding-3-small",
    )

    anthropic_api_key = schema.Password(
        title=_("Anthropic API key"), required=False, default=""
    )
    anthropic_model = schema.TextLine(
        title=_("Anthropic model"),
        required=False,
        default="claude-3-5-haiku-latest",
    )

    google_api_key = schema.Password(
        title=_("Gemini API key"), required=False, default=""
    )
    google_model = schema.TextLine(
        title=_("Gemini model"), required=False, default="gemini-2.0-flash"
    )

    mistral_api_key = schema.Password(
        title=_("Mistral API key"), required=False, default=""
    )
    mistral_model = schema.TextLine(
        title=_("Mistral model"), required=False, default="mistral-small-latest"
    )

    openrouter_api_key = schema.Password(
        title=_("OpenRouter API key"), required=False, default=""
    )
    openrouter_model = schema.TextLine(
        title=_("OpenRouter model"),
        required=False,
        default="meta-llama/llama-3.1-70b-instruct",
    )

    summarize_on_add = schema.Bool(
        title=_("Summarise new content automatically"),
        default=False,
        required=False,
    )
    summarize_portal_types = schema.List(
        title=_("Content types summarised on creation"),
        value_type=schema.TextLine(),
        default=["Document", "News Item", "Event"],
        required=False,
    )
    moderate_comments = schema.Bool(
        title=_("Moderate new discussion comments"),
        default=True,
        required=False,
    )
    request_timeout = schema.Int(
        title=_("Request timeout (seconds)"), default=30, required=False
    )
    monthly_budget_usd = schema.Float(
        title=_("Monthly budget (USD)"), default=50.0, required=False
    )
