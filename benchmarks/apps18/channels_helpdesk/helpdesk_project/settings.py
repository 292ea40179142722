"""
Django settings for helpdesk_project.

Most values come from the environment (see .env.example). Keep secrets out of here.
"""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    HELPDESK_LLM_WARMUP=(bool, False),
    HELPDESK_USE_DRAMATIQ=(bool, False),
)
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-insecure-change-me")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "channels",
    "huey.contrib.djhuey",
    "django_dramatiq",
    "helpdesk.apps.HelpdeskConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "helpdesk_project.urls"
ASGI_APPLICATION = "helpdesk_project.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default="postgres://helpdesk:helpdesk@localhost:5432/helpdesk")}

CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": [env("REDIS_URL", default="redis://localhost:6379/1")]},
    }
}

HUEY = {
    "huey_class": "huey.RedisHuey",
    "name": "helpdesk",
    "immediate": env.bool("HUEY_IMMEDIATE", default=DEBUG),
    "connection": {"url": env("REDIS_URL", default="redis://localhost:6379/2")},
    "consumer": {"workers": 4, "worker_type": "thread"},
}

DRAMATIQ_BROKER = {
    "BROKER": "dramatiq.brokers.redis.RedisBroker",
    "OPTIONS": {"url": env("REDIS_URL", default="redis://localhost:6379/3")},
    "MIDDLEWARE": [
        "dramatiq.middleware.AgeLimit",
        "dramatiq.middleware.TimeLimit",
        "dramatiq.middleware.Retries",
        "django_dramatiq.middleware.DbConnectionsMiddleware",
    ],
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_THROTTLE_RATES": {"llm": "30/min"},
}

STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"

# --- LLM providers -------------------------------------------------------
OPENAI_API_KEY = env("OPENAI_API_KEY", default="")
ANTHROPIC_API_KEY = env("ANTHROPIC_API_KEY", default="")
GROQ_API_KEY = env("GROQ_API_KEY", default="")
PERPLEXITY_API_KEY = env("PERPLEXITY_API_KEY", default="")
GOOGLE_API_KEY = env("GOOGLE_API_KEY", default="")

HELPDESK_LLM = {
    "DEFAULT_CHAT_MODEL": env("HELPDESK_CHAT_MODEL", default="gpt-4o-mini"),
    "ANSWER_MODEL": "support-answer",  # litellm router alias
    "CLAUDE_MODEL": "claude-3-5-sonnet-latest",
    "CLAUDE_FAST_MODEL": "claude-3-5-haiku-latest",
    "GROQ_MODEL": "llama-3.1-8b-instant",
    "PERPLEXITY_MODEL": "sonar",
    "GEMINI_MODEL": "gemini-2.0-flash",
    "EMBEDDING_MODEL": "text-embedding-3-small",
    "EMBEDDING_DIM": 1536,
    "REQUEST_TIMEOUT": 30,
}
HELPDESK_LLM_WARMUP = env("HELPDESK_LLM_WARMUP")
HELPDESK_USE_DRAMATIQ = env("HELPDESK_USE_DRAMATIQ")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "helpdesk": {"handlers": ["console"], "level": os.getenv("HELPDESK_LOG_LEVEL", "INFO")},
    },
}
