"""Runtime settings for the desk assistant.

Values come from the environment (``.env`` is loaded by ``panel serve`` via the
``--setup`` hook in ops) and can be tweaked live from the admin tab, which is why
this is a ``param.Parameterized`` and not a plain dataclass.
"""
from __future__ import annotations

import os

import param


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


class DeskSettings(param.Parameterized):
    openai_api_key = param.String(default=_env("OPENAI_API_KEY"), precedence=-1)
    anthropic_api_key = param.String(default=_env("ANTHROPIC_API_KEY"), precedence=-1)
    gemini_api_key = param.String(default=_env("GEMINI_API_KEY"), precedence=-1)
    mistral_api_key = param.String(default=_env("MISTRAL_API_KEY"), precedence=-1)
    cohere_api_key = param.String(default=_env("CO_API_KEY"), precedence=-1)
    perplexity_api_key = param.String(default=_env("PPLX_API_KEY"), precedence=-1)

    aws_region = param.String(default=_env("AWS_REGION", "eu-west-1"))
    aws_profile = param.String(default=_env("AWS_PROFILE", ""), allow_None=True)

    chat_model = param.String(default=_env("DESK_CHAT_MODEL", "gpt-4o-mini"))
    brief_model = param.String(default=_env("DESK_BRIEF_MODEL", "claude-3-5-sonnet-latest"))
    gemini_model = param.String(default=_env("DESK_GEMINI_MODEL", "gemini-2.0-flash"))
    mistral_model = param.String(default="mistral-large-latest")
    cohere_chat_model = param.String(default="command-r-plus-08-2024")
    cohere_embed_model = param.String(default="embed-english-v3.0")
    cohere_rerank_model = param.String(default="rerank-english-v3.0")
    perplexity_model = param.String(default="sonar-pro")
    bedrock_model_id = param.String(
        default=_env("DESK_BEDROCK_MODEL", "anthropic.claude-3-5-sonnet-20240620-v1:0")
    )
    embedding_model = param.String(default="text-embedding-3-small")

    news_refresh_ms = param.Integer(default=15 * 60 * 1000, bounds=(60_000, None))
    max_output_tokens = param.Integer(default=1024, bounds=(64, 8192))
    temperature = param.Number(default=0.2, bounds=(0.0, 1.0))

    # feature flags -- flipped from the admin tab during incidents
    enable_news_feed = param.Boolean(default=True)
    enable_voice_notes = param.Boolean(default=False)
    use_tracked_service = param.Boolean(
        default=True, doc="Route the brief through multi_model_service (FinOps ask, Q3)."
    )


settings = DeskSettings(name="desk-settings")
