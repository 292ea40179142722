"""Model names and knobs. Override with env vars in the Modal secrets."""
import os
from dataclasses import dataclass, field


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Models:
    claude_summary: str = _env("CLAUDE_SUMMARY_MODEL", "claude-3-7-sonnet-20250219")
    claude_fast: str = _env("CLAUDE_FAST_MODEL", "claude-3-5-haiku-20241022")
    claude_bedrock: str = _env(
        "CLAUDE_BEDROCK_MODEL", "us.anthropic.claude-3-7-sonnet-20250219-v1:0"
    )
    bedrock_translate: str = _env(
        "BEDROCK_TRANSLATE_MODEL", "us.anthropic.claude-3-5-haiku-20241022-v1:0"
    )
    gemini_tagging: str = _env("GEMINI_TAGGING_MODEL", "gemini-2.0-flash")
    gemini_embedding: str = _env("GEMINI_EMBED_MODEL", "text-embedding-004")
    whisper: str = _env("WHISPER_MODEL", "whisper-1")
    openai_chat: str = _env("OPENAI_CHAT_MODEL", "gpt-4o-mini")
    openai_embedding: str = _env("OPENAI_EMBED_MODEL", "text-embedding-3-small")
    openai_tts: str = _env("OPENAI_TTS_MODEL", "gpt-4o-mini-tts")
    grok: str = _env("GROK_MODEL", "grok-3-mini")
    groq_fast: str = _env("GROQ_FAST_MODEL", "llama-3.3-70b-versatile")
    groq_guard: str = _env("GROQ_GUARD_MODEL", "llama-guard-3-8b")
    groq_whisper: str = _env("GROQ_WHISPER_MODEL", "whisper-large-v3-turbo")
    flux: str = _env("REPLICATE_IMAGE_MODEL", "black-forest-labs/flux-schnell")
    flux_pro: str = _env("REPLICATE_IMAGE_PRO_MODEL", "black-forest-labs/flux-1.1-pro")


@dataclass(frozen=True)
class Settings:
    models: Models = field(default_factory=Models)
    aws_region: str = _env("AWS_REGION", "us-east-1")
    xai_base_url: str = _env("XAI_BASE_URL", "https://api.x.ai/v1")
    max_transcript_chars: int = int(_env("MAX_TRANSCRIPT_CHARS", "180000"))
    summary_max_tokens: int = int(_env("SUMMARY_MAX_TOKENS", "1500"))
    thumbnail_count: int = int(_env("THUMBNAIL_COUNT", "4"))
    feature_tag: str = _env("FEATURE_TAG", "media-ai-jobs")


settings = Settings()
MODELS = settings.models
