from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    anthropic_api_key: str = ""
    openai_api_key: str = ""
    groq_api_key: str = ""
    aws_region: str = "us-east-1"
    default_model: str = "claude-sonnet-4-5"
    summary_model: str = "anthropic.claude-3-5-haiku-20241022-v1:0"
    embedding_model: str = "text-embedding-3-small"
    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    twilio_from_number: str = ""
    slack_bot_token: str = ""
    stripe_api_key: str = ""
    uploads_bucket: str = "support-assistant-uploads"


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
