"""Settings for the engine, read from the environment (DOCFLOW_*)."""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# Kept as a module constant because legacy/ and scripts/ import it directly.
OLLAMA_DEFAULT_URL = "http://localhost:11434"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DOCFLOW_", env_file=".env", extra="ignore")

    environment: str = "dev"

    # provider credentials -------------------------------------------------
    openai_api_key: str | None = None
    openai_org: str | None = None
    anthropic_api_key: str | None = None
    voyage_api_key: str | None = None
    mistral_api_key: str | None = None
    hf_token: str | None = None
    hf_provider: str = "hf-inference"

    # Vertex AI (google-genai in vertexai mode)
    gcp_project: str = "docflow-prod"
    gcp_location: str = "europe-west4"

    ollama_host: str = OLLAMA_DEFAULT_URL

    # model choices ---------------------------------------------------------
    summary_model: str = "gpt-4o-mini"
    summary_plugin: str | None = None
    embedding_model: str = "text-embedding-3-small"
    embedding_plugin: str = "openai"
    claude_model: str = "claude-3-5-sonnet-latest"
    gemini_model: str = "gemini-2.0-flash-001"
    mistral_model: str = "mistral-small-latest"
    ollama_model: str = "llama3.1:8b"

    # plugin selection ------------------------------------------------------
    disabled_plugins: list[str] = Field(default_factory=list)
    load_entrypoints: bool = True

    # misc
    request_timeout: float = 60.0
    max_chunk_tokens: int = 6000
    track_costs: bool = True


@lru_cache
def get_settings() -> Settings:
    return Settings()
