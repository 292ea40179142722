"""Runtime configuration, read from the environment (prefix ``TUTOR_``)."""
from __future__ import annotations

import logging
import logging.config
from functools import lru_cache
from typing import List, Optional

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="TUTOR_", extra="ignore")

    telegram_token: str
    database_url: str = "postgresql+asyncpg://tutor:tutor@localhost:5432/tutor"
    environment: str = "dev"
    log_level: str = "INFO"

    # provider credentials
    openai_api_key: str = ""
    openai_tts_api_key: Optional[str] = None  # separate project so TTS spend is visible on its own
    anthropic_api_key: str = ""
    gemini_api_key: str = ""
    deepseek_api_key: str = ""

    # models
    default_chat_model: str = "gpt-4o-mini"
    claude_model: str = "claude-3-5-sonnet-20241022"
    claude_fast_model: str = "claude-3-5-haiku-20241022"
    gemini_model: str = "gemini-2.0-flash"
    deepseek_model: str = "deepseek-chat"
    stt_model: str = "whisper-1"
    tts_model: str = "tts-1"
    tts_voice: str = "nova"
    image_model: str = "imagen-3.0-generate-002"

    llm_timeout: float = 30.0
    max_history_turns: int = 12

    # integrations
    voice_archive_bucket: Optional[str] = None
    aws_region: str = "eu-central-1"
    languagetool_url: str = "https://api.languagetool.org/v2/check"

    # bot behaviour
    admin_ids: List[int] = Field(default_factory=list)
    reminder_default_hour: int = 18
    digest_weekday: int = 0  # PTB counts days from Sunday = 0
    digest_hour_utc: int = 8


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]


def configure_logging(level: Optional[str] = None) -> None:
    level = level or get_settings().log_level
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {
                "default": {"format": "%(asctime)s %(levelname)-7s %(name)s: %(message)s"},
            },
            "handlers": {
                "console": {"class": "logging.StreamHandler", "formatter": "default"},
            },
            "root": {"handlers": ["console"], "level": level},
            "loggers": {
                # PTB and httpx are very chatty at INFO
                "httpx": {"level": "WARNING"},
                "telegram.ext": {"level": "INFO"},
                "apscheduler": {"level": "WARNING"},
            },
        }
    )
