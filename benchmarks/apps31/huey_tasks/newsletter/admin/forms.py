"""Request parsing for the admin endpoints (no WTForms, just dicts)."""
from dataclasses import dataclass

VALID_PROVIDERS = {"openai", "anthropic", "mistral", "cohere", "deepseek", "bedrock"}


class FormError(ValueError):
    pass


@dataclass
class SummarizeForm:
    article_id: int
    provider: str = "anthropic"

    @classmethod
    def from_json(cls, data):
        try:
            article_id = int(data["article_id"])
        except (KeyError, TypeError, ValueError):
            raise FormError("article_id is required")
        provider = data.get("provider", "anthropic")
        if provider not in VALID_PROVIDERS:
            raise FormError(f"provider must be one of {sorted(VALID_PROVIDERS)}")
        return cls(article_id=article_id, provider=provider)


@dataclass
class PreviewForm:
    prompt: str
    max_tokens: int = 300

    @classmethod
    def from_json(cls, data):
        prompt = (data or {}).get("prompt", "").strip()
        if not prompt:
            raise FormError("prompt is required")
        return cls(prompt=prompt, max_tokens=min(int(data.get("max_tokens", 300)), 1000))
