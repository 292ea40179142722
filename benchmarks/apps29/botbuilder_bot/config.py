"""Bot configuration. Values come from the environment (App Service settings in prod)."""

import os
from dataclasses import dataclass, field


class DefaultConfig:
    """Legacy config object expected by the Bot Framework samples we started from."""

    PORT = int(os.environ.get("PORT", "3978"))
    APP_ID = os.environ.get("MicrosoftAppId", "")
    APP_PASSWORD = os.environ.get("MicrosoftAppPassword", "")
    APP_TYPE = os.environ.get("MicrosoftAppType", "MultiTenant")
    APP_TENANTID = os.environ.get("MicrosoftAppTenantId", "")


@dataclass
class LLMSettings:
    azure_endpoint: str = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://helpdesk-aoai.openai.azure.com")
    azure_api_key: str = os.environ.get("AZURE_OPENAI_API_KEY", "")
    azure_api_version: str = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01")
    chat_deployment: str = os.environ.get("AZURE_OPENAI_CHAT_DEPLOYMENT", "gpt-4o-helpdesk")
    mini_deployment: str = os.environ.get("AZURE_OPENAI_MINI_DEPLOYMENT", "gpt-4o-mini")
    embedding_deployment: str = os.environ.get("AZURE_OPENAI_EMBED_DEPLOYMENT", "text-embedding-3-small")
    whisper_deployment: str = os.environ.get("AZURE_OPENAI_WHISPER_DEPLOYMENT", "whisper")
    anthropic_api_key: str = os.environ.get("ANTHROPIC_API_KEY", "")
    anthropic_model: str = os.environ.get("ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022")
    gemini_api_key: str = os.environ.get("GEMINI_API_KEY", "")
    gemini_model: str = os.environ.get("GEMINI_MODEL", "gemini-1.5-flash")
    cohere_api_key: str = os.environ.get("COHERE_API_KEY", "")
    cohere_rerank_model: str = os.environ.get("COHERE_RERANK_MODEL", "rerank-english-v3.0")
    cohere_chat_model: str = os.environ.get("COHERE_CHAT_MODEL", "command-r-plus")
    mistral_api_key: str = os.environ.get("MISTRAL_API_KEY", "")
    mistral_model: str = os.environ.get("MISTRAL_MODEL", "mistral-small-latest")
    ollama_host: str = os.environ.get("OLLAMA_HOST", "http://ollama.internal:11434")
    ollama_model: str = os.environ.get("OLLAMA_MODEL", "llama3.1:8b")
    default_provider: str = os.environ.get("HELPDESK_DEFAULT_PROVIDER", "azure")
    enabled_providers: list = field(
        default_factory=lambda: os.environ.get("HELPDESK_PROVIDERS", "azure,anthropic,gemini,cohere,mistral,ollama").split(",")
    )


@dataclass
class ServiceNowSettings:
    instance_url: str = os.environ.get("SNOW_INSTANCE_URL", "https://contoso.service-now.com")
    username: str = os.environ.get("SNOW_USERNAME", "helpdesk-bot")
    password: str = os.environ.get("SNOW_PASSWORD", "")
    assignment_group: str = os.environ.get("SNOW_ASSIGNMENT_GROUP", "IT Service Desk")


DIGEST_INTERVAL_SECONDS = int(os.environ.get("DIGEST_INTERVAL_SECONDS", "900"))
MAX_HISTORY_TURNS = 12
