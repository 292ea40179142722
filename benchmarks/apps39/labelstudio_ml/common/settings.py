"""Environment-driven settings (mirrors docker-compose.yml)."""
import os
from dataclasses import dataclass, field


def _bool(name: str, default: bool = False) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on")


@dataclass
class Settings:
    label_studio_url: str = field(default_factory=lambda: os.getenv("LABEL_STUDIO_URL", "http://localhost:8080"))
    label_studio_api_key: str = field(default_factory=lambda: os.getenv("LABEL_STUDIO_API_KEY", ""))

    openai_api_key: str = field(default_factory=lambda: os.getenv("OPENAI_API_KEY", ""))
    openai_model: str = field(default_factory=lambda: os.getenv("OPENAI_MODEL", "gpt-4o-mini"))
    openai_base_url: str = field(default_factory=lambda: os.getenv("OPENAI_BASE_URL", ""))
    azure_endpoint: str = field(default_factory=lambda: os.getenv("AZURE_OPENAI_ENDPOINT", ""))
    azure_api_version: str = field(default_factory=lambda: os.getenv("AZURE_OPENAI_API_VERSION", "2024-06-01"))

    anthropic_api_key: str = field(default_factory=lambda: os.getenv("ANTHROPIC_API_KEY", ""))
    anthropic_model: str = field(default_factory=lambda: os.getenv("ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022"))

    aws_region: str = field(default_factory=lambda: os.getenv("AWS_REGION", "us-east-1"))
    aws_profile: str = field(default_factory=lambda: os.getenv("AWS_PROFILE", ""))
    bedrock_model_id: str = field(
        default_factory=lambda: os.getenv("BEDROCK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0")
    )

    gcp_project: str = field(default_factory=lambda: os.getenv("GOOGLE_CLOUD_PROJECT", ""))
    gcp_location: str = field(default_factory=lambda: os.getenv("GOOGLE_CLOUD_LOCATION", "us-central1"))
    gemini_model: str = field(default_factory=lambda: os.getenv("GEMINI_MODEL", "gemini-1.5-flash-002"))

    hf_token: str = field(default_factory=lambda: os.getenv("HF_TOKEN", ""))
    hf_model: str = field(
        default_factory=lambda: os.getenv("HF_MODEL", "meta-llama/Meta-Llama-3.1-8B-Instruct")
    )
    hf_classifier_model: str = field(
        default_factory=lambda: os.getenv("HF_CLASSIFIER_MODEL", "facebook/bart-large-mnli")
    )

    temperature: float = field(default_factory=lambda: float(os.getenv("TEMPERATURE", "0.0")))
    max_tokens: int = field(default_factory=lambda: int(os.getenv("MAX_TOKENS", "1024")))
    request_timeout: float = field(default_factory=lambda: float(os.getenv("REQUEST_TIMEOUT", "60")))
    track_usage: bool = field(default_factory=lambda: _bool("TRACK_LLM_USAGE", True))
    debug: bool = field(default_factory=lambda: _bool("DEBUG"))


settings = Settings()
