"""Constants for logbook_digest."""

from datetime import timedelta
from typing import Final

DOMAIN: Final = "logbook_digest"

CONF_PROVIDER: Final = "provider"
CONF_MODEL: Final = "model"
CONF_HOST: Final = "host"
CONF_PERIOD_HOURS: Final = "period_hours"
CONF_MAX_SENTENCES: Final = "max_sentences"
CONF_EXCLUDE_DOMAINS: Final = "exclude_domains"
CONF_DEDUPE: Final = "dedupe"

PROVIDER_AUTO: Final = "auto"  # multi_model_service picks
PROVIDER_MISTRAL: Final = "mistral"
PROVIDER_XAI: Final = "xai"
PROVIDER_OLLAMA: Final = "ollama"
DIGEST_PROVIDERS: Final = [PROVIDER_AUTO, PROVIDER_MISTRAL, PROVIDER_XAI, PROVIDER_OLLAMA]

DEFAULT_MODELS: Final = {
    PROVIDER_MISTRAL: "mistral-small-latest",
    PROVIDER_XAI: "grok-3-mini",
    PROVIDER_OLLAMA: "llama3.1:8b",
}
DEFAULT_PERIOD_HOURS: Final = 24
DEFAULT_MAX_SENTENCES: Final = 5
DEFAULT_EXCLUDE_DOMAINS: Final = ["sensor", "sun", "automation", "script", "update"]
UPDATE_INTERVAL: Final = timedelta(hours=1)
MAX_LOG_TOKENS: Final = 6000
DEDUPE_THRESHOLD: Final = 0.92
