"""Enricher registry: ``ENRICHERS[name](cfg, template, system)``."""
from jobs.enrichers.anthropic_enricher import AnthropicEnricher
from jobs.enrichers.base import EnrichResult, Enricher
from jobs.enrichers.bedrock_enricher import BedrockEnricher
from jobs.enrichers.gemini_enricher import GeminiEnricher
from jobs.enrichers.openai_enricher import AzureOpenAIEnricher, OpenAIEnricher, OpenAIResponsesEnricher
from jobs.enrichers.together_enricher import TogetherEnricher

ENRICHERS: dict[str, type[Enricher]] = {
    "openai": OpenAIEnricher,
    "openai-responses": OpenAIResponsesEnricher,
    "azure": AzureOpenAIEnricher,
    "anthropic": AnthropicEnricher,
    "google": GeminiEnricher,
    "bedrock": BedrockEnricher,
    "together": TogetherEnricher,
}


def create(name: str, cfg, template, system=None) -> Enricher:
    try:
        cls = ENRICHERS[name]
    except KeyError:
        raise ValueError(f"unknown enricher {name!r}; choose from {sorted(ENRICHERS)}") from None
    return cls(cfg, template, system)


__all__ = ["ENRICHERS", "EnrichResult", "Enricher", "create"]
