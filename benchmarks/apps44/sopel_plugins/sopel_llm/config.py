"""Configuration section shared by every LLM plugin.

All plugins call :func:`sopel_llm.configure_section` in their ``setup`` so the
``[llm]`` section is always defined, whichever plugin Sopel loads first.
"""
from __future__ import annotations

from sopel.config import types


class LLMSection(types.StaticSection):
    openai_api_key = types.SecretAttribute("openai_api_key")
    anthropic_api_key = types.SecretAttribute("anthropic_api_key")
    mistral_api_key = types.SecretAttribute("mistral_api_key")
    cohere_api_key = types.SecretAttribute("cohere_api_key")
    openrouter_api_key = types.SecretAttribute("openrouter_api_key")

    default_backend = types.ChoiceAttribute(
        "default_backend",
        choices=["openai", "anthropic", "mistral", "cohere", "openrouter"],
        default="openai",
    )
    openai_model = types.ValidatedAttribute("openai_model", default="gpt-4o-mini")
    anthropic_model = types.ValidatedAttribute(
        "anthropic_model", default="claude-3-5-sonnet-20241022"
    )
    anthropic_fast_model = types.ValidatedAttribute(
        "anthropic_fast_model", default="claude-3-5-haiku-20241022"
    )
    mistral_model = types.ValidatedAttribute("mistral_model", default="mistral-small-latest")
    cohere_model = types.ValidatedAttribute("cohere_model", default="command-r-plus-08-2024")
    openrouter_model = types.ValidatedAttribute(
        "openrouter_model", default="meta-llama/llama-3.1-70b-instruct"
    )

    request_timeout = types.ValidatedAttribute("request_timeout", parse=float, default=30.0)
    max_reply_lines = types.ValidatedAttribute("max_reply_lines", parse=int, default=3)
    history_db = types.FilenameAttribute("history_db", relative=True, default="llm_history.db")
    history_turns = types.ValidatedAttribute("history_turns", parse=int, default=6)


class DigestSection(types.StaticSection):
    channels = types.ListAttribute("channels", default=[])
    hour_utc = types.ValidatedAttribute("hour_utc", parse=int, default=7)
    min_messages = types.ValidatedAttribute("min_messages", parse=int, default=40)


class ModerationSection(types.StaticSection):
    channels = types.ListAttribute("channels", default=[])
    engine = types.ChoiceAttribute("engine", choices=["openai", "mistral", "both"], default="openai")
    action = types.ChoiceAttribute("action", choices=["warn", "kick", "log"], default="warn")
    exempt_nicks = types.ListAttribute("exempt_nicks", default=[])


class TranslateSection(types.StaticSection):
    auto_channels = types.ListAttribute("auto_channels", default=[])
    target_language = types.ValidatedAttribute("target_language", default="English")
    model = types.ValidatedAttribute("model", default="google/gemini-flash-1.5")
