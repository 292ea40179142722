import os
from dataclasses import dataclass, field


@dataclass
class Settings:
    http_port: int = 8080
    amp_port: int = 8750
    pb_port: int = 8789
    openai_api_key: str = ""
    openai_org: str = ""
    anthropic_api_key: str = ""
    cohere_api_key: str = ""
    groq_api_key: str = ""
    voyage_api_key: str = ""
    default_chat_model: str = "gpt-4o-mini"
    default_claude_model: str = "claude-3-5-sonnet-20241022"
    groq_model: str = "llama-3.1-8b-instant"
    embed_model: str = "voyage-3"
    rerank_model: str = "rerank-v3.5"
    thread_pool_size: int = 20
    request_timeout: float = 60.0
    feature_flags: dict = field(default_factory=dict)


GROQ_BASE_URL = "https://api.groq.com/openai/v1"
OPENAI_API_BASE = "https://api.openai.com/v1"
ANTHROPIC_API_BASE = "https://api.anthropic.com/v1"


def _flag(name, default="0"):
    return os.environ.get(name, default).lower() in ("1", "true", "yes")


def load_settings():
    return Settings(
        http_port=int(os.environ.get("GATEWAY_HTTP_PORT", 8080)),
        amp_port=int(os.environ.get("GATEWAY_AMP_PORT", 8750)),
        pb_port=int(os.environ.get("GATEWAY_PB_PORT", 8789)),
        openai_api_key=os.environ.get("OPENAI_API_KEY", ""),
        openai_org=os.environ.get("OPENAI_ORG_ID", ""),
        anthropic_api_key=os.environ.get("ANTHROPIC_API_KEY", ""),
        cohere_api_key=os.environ.get("COHERE_API_KEY", ""),
        groq_api_key=os.environ.get("GROQ_API_KEY", ""),
        voyage_api_key=os.environ.get("VOYAGE_API_KEY", ""),
        default_chat_model=os.environ.get("GATEWAY_CHAT_MODEL", "gpt-4o-mini"),
        thread_pool_size=int(os.environ.get("GATEWAY_THREADS", 20)),
        feature_flags={
            "groq_fast_path": _flag("GATEWAY_GROQ_FAST_PATH", "1"),
            "rerank": _flag("GATEWAY_RERANK", "1"),
            "pb_legacy": _flag("GATEWAY_PB_LEGACY"),
        },
    )


_settings = None


def get_settings():
    global _settings
    if _settings is None:
        _settings = load_settings()
    return _settings


def describe(settings):
    """Safe-to-log view of the settings (keys masked)."""
    out = {}
    for name, value in vars(settings).items():
        if name.endswith("_api_key"):
            out[name] = (value[:4] + "...") if value else "<unset>"
        else:
            out[name] = value
    return out


def validate(settings):
    problems = []
    for name in ("openai_api_key", "anthropic_api_key"):
        if not getattr(settings, name):
            problems.append("%s is not set" % name)
    if settings.thread_pool_size < 4:
        problems.append("thread_pool_size should be >= 4 (SDK calls block threads)")
    if settings.feature_flags.get("groq_fast_path") and not settings.groq_api_key:
        problems.append("groq_fast_path enabled without GROQ_API_KEY")
    return problems
