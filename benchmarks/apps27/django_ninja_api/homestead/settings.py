"""
Django settings for the homestead project (listing platform backend).

Most values come from the environment; see .env.example in the repo root.
"""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    LLM_ENABLED=(bool, True),
)
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-insecure-change-me")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_q",
    "huey.contrib.djhuey",
    "core.apps.CoreConfig",
    "listings.apps.ListingsConfig",
    "search.apps.SearchConfig",
    "leads.apps.LeadsConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "homestead.urls"
WSGI_APPLICATION = "homestead.wsgi.application"
ASGI_APPLICATION = "homestead.asgi.application"

DATABASES = {"default": env.db("DATABASE_URL", default="postgres://homestead@localhost/homestead")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]

STATIC_URL = "static/"
MEDIA_URL = "media/"
MEDIA_ROOT = BASE_DIR / "media"
TIME_ZONE = "UTC"
USE_TZ = True

# --------------------------------------------------------------------------
# Background work.
# django-q2 is the new queue; huey is still used by search (migration WIP,
# see PLAT-412).
# --------------------------------------------------------------------------
Q_CLUSTER = {
    "name": "homestead",
    "workers": env.int("Q_WORKERS", default=4),
    "timeout": 300,
    "retry": 360,
    "orm": "default",
}

HUEY = {
    "huey_class": "huey.RedisHuey",
    "name": "homestead-search",
    "immediate": env.bool("HUEY_IMMEDIATE", default=DEBUG),
    "connection": {"url": env("REDIS_URL", default="redis://localhost:6379/1")},
}

# --------------------------------------------------------------------------
# LLM providers
# --------------------------------------------------------------------------
LLM_ENABLED = env("LLM_ENABLED")

OPENAI_API_KEY = env("OPENAI_API_KEY", default="")
OPENAI_ORG_ID = env("OPENAI_ORG_ID", default=None)
ANTHROPIC_API_KEY = env("ANTHROPIC_API_KEY", default="")
GEMINI_API_KEY = env("GEMINI_API_KEY", default="")
VOYAGE_API_KEY = env("VOYAGE_API_KEY", default="")
REPLICATE_API_TOKEN = env("REPLICATE_API_TOKEN", default="")
XAI_API_KEY = env("XAI_API_KEY", default="")
AWS_BEDROCK_REGION = env("AWS_BEDROCK_REGION", default="us-east-1")

# Which provider/model serves which product feature. The factory in
# homestead/llm_factory.py reads this; change models here, not in code.
LLM_FEATURES = {
    "listing_copy": {"provider": "openai", "model": "gpt-4o-mini"},
    "listing_features": {"provider": "openai", "model": "gpt-4o-2024-08-06"},
    "listing_title": {"provider": "openai", "model": "gpt-4.1-mini"},
    "translation": {"provider": "google", "model": "gemini-2.0-flash"},
    "photo_caption": {"provider": "google", "model": "gemini-2.0-flash"},
    "market_commentary": {"provider": "xai", "model": "grok-3-mini"},
    "concierge": {"provider": "anthropic", "model": "claude-sonnet-4-20250514"},
    "concierge_fast": {"provider": "anthropic", "model": "claude-3-5-haiku-latest"},
    "inquiry_triage": {"provider": "bedrock", "model": "anthropic.claude-3-haiku-20240307-v1:0"},
    "search_embeddings": {"provider": "voyage", "model": "voyage-3.5"},
    "search_rerank": {"provider": "voyage", "model": "rerank-2.5-lite"},
    "virtual_staging": {"provider": "replicate", "model": "adirik/interior-design"},
    "hero_image": {"provider": "xai", "model": "grok-2-image"},
}

EMBEDDING_DIMENSIONS = 1024
MODERATION_MODEL = "omni-moderation-latest"

CRM_WEBHOOK_URL = env("CRM_WEBHOOK_URL", default="https://hooks.example-crm.com/homestead")
REPLICATE_WEBHOOK_URL = env("REPLICATE_WEBHOOK_URL", default="https://api.homestead.dev/api/v1/listings/staging/webhook")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "httpx": {"level": "WARNING"},
        "homestead.llm": {"level": "INFO"},
    },
}
