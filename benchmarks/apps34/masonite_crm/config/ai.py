"""AI feature settings.

Keys are read from the environment; model names can be overridden per
deployment so ops can downgrade models without a release.
"""
from masonite.environment import env

OPENAI = {
    "key": env("OPENAI_API_KEY"),
    "organization": env("OPENAI_ORG_ID", None),
    "draft_model": env("OPENAI_DRAFT_MODEL", "gpt-4o-mini"),
    "embedding_model": env("OPENAI_EMBEDDING_MODEL", "text-embedding-3-small"),
    "transcription_model": env("OPENAI_TRANSCRIPTION_MODEL", "whisper-1"),
    "timeout": 30,
}

ANTHROPIC = {
    "key": env("ANTHROPIC_API_KEY"),
    "summary_model": env("ANTHROPIC_SUMMARY_MODEL", "claude-3-5-sonnet-latest"),
    "fast_model": env("ANTHROPIC_FAST_MODEL", "claude-3-5-haiku-latest"),
    "max_tokens": 1024,
}

MISTRAL = {
    "key": env("MISTRAL_API_KEY"),
    "analysis_model": env("MISTRAL_ANALYSIS_MODEL", "mistral-large-latest"),
    "embedding_model": "mistral-embed",
}

DEEPSEEK = {
    "key": env("DEEPSEEK_API_KEY"),
    "base_url": env("DEEPSEEK_BASE_URL", "https://api.deepseek.com"),
    "model": env("DEEPSEEK_MODEL", "deepseek-chat"),
}

# Self-hosted gateway in front of a vLLM box the data team runs. Speaks the
# OpenAI wire format, but we call it with plain HTTP because it predates the SDK.
GATEWAY = {
    "url": env("LLM_GATEWAY_URL", "https://llm-gateway.internal.pipeline.io/v1"),
    "token": env("LLM_GATEWAY_TOKEN"),
    "model": env("LLM_GATEWAY_MODEL", "llama-3.1-70b-instruct"),
}

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"

FEATURES = {
    "lead_summaries": env("AI_LEAD_SUMMARIES", True),
    "email_drafts": env("AI_EMAIL_DRAFTS", True),
    "transcript_analysis": env("AI_TRANSCRIPTS", True),
    "moderate_inbound": env("AI_MODERATE_INBOUND", False),
}

RATE_LIMIT_PER_MINUTE = env("AI_RATE_LIMIT_PER_MINUTE", 20)
