"""Configuration schema for the ``ai-docs`` plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

PROVIDERS = ("openai", "anthropic", "google", "cohere", "deepseek")

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "google": "gemini-2.0-flash",
    "cohere": "command-r-plus-08-2024",
    "deepseek": "deepseek-chat",
}


class AiDocsConfig(base.Config):
    enabled = c.Type(bool, default=True)
    provider = c.Choice(PROVIDERS, default="openai")
    model = c.Optional(c.Type(str))
    vision_model = c.Optional(c.Type(str))
    api_key_env = c.Optional(c.Type(str))
    base_url = c.Optional(c.Type(str))
    temperature = c.Type(float, default=0.2)
    max_page_tokens = c.Type(int, default=8000)

    summaries = c.Type(bool, default=True)
    summary_style = c.Choice(("admonition", "meta", "none"), default="admonition")
    summary_max_words = c.Type(int, default=60)

    alt_text = c.Type(bool, default=False)
    alt_text_provider = c.Optional(c.Choice(PROVIDERS))

    glossary = c.Type(bool, default=False)
    glossary_page = c.Type(str, default="glossary.md")

    languages = c.ListOfItems(c.Type(str), default=[])
    translation_provider = c.Optional(c.Choice(PROVIDERS))

    search_embeddings = c.Type(bool, default=False)
    embeddings_provider = c.Choice(("openai", "cohere", "google"), default="openai")

    llms_txt = c.Type(bool, default=False)
    cache_dir = c.Type(str, default=".cache/ai-docs")
    offline = c.Type(bool, default=False)
    exclude = c.ListOfItems(c.Type(str), default=[])
    concurrency = c.Type(int, default=4)
    track_usage = c.Type(bool, default=True)


def resolve_model(config: AiDocsConfig, provider: str | None = None) -> str:
    provider = provider or config.provider
    if config.model and provider == config.provider:
        return config.model
    return DEFAULT_MODELS[provider]
