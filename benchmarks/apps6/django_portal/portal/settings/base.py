"""Shared settings for every environment of the support portal."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None, cast=str):
    value = os.environ.get(name, default)
    if value is None:
        return None
    if cast is bool:
        return str(value).lower() in {"1", "true", "yes", "on"}
    return cast(value)


SECRET_KEY = env("DJANGO_SECRET_KEY", "insecure-dev-key")
DEBUG = False
ALLOWED_HOSTS = env("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "tickets.apps.TicketsConfig",
    "knowledge.apps.KnowledgeConfig",
    "billing.apps.BillingConfig",
    "assistant.apps.AssistantConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.middleware.PromptBudgetMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("POSTGRES_DB", "portal"),
        "USER": env("POSTGRES_USER", "portal"),
        "PASSWORD": env("POSTGRES_PASSWORD", ""),
        "HOST": env("POSTGRES_HOST", "localhost"),
        "PORT": env("POSTGRES_PORT", "5432"),
    }
}

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
    }
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
STATIC_URL = "static/"
TIME_ZONE = "UTC"
USE_TZ = True

CELERY_BROKER_URL = env("CELERY_BROKER_URL", "redis://localhost:6379/0")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_DEFAULT_QUEUE = "portal"

# --- Model providers -------------------------------------------------------

OPENAI_API_KEY = env("OPENAI_API_KEY")
OPENAI_ORG_ID = env("OPENAI_ORG_ID")
OPENAI_CHAT_MODEL = env("OPENAI_CHAT_MODEL", "gpt-4o-mini")
OPENAI_EMBEDDING_MODEL = env("OPENAI_EMBEDDING_MODEL", "text-embedding-3-small")

AZURE_OPENAI_ENDPOINT = env("AZURE_OPENAI_ENDPOINT", "https://support-portal.openai.azure.com")
AZURE_OPENAI_API_KEY = env("AZURE_OPENAI_API_KEY")
AZURE_OPENAI_API_VERSION = env("AZURE_OPENAI_API_VERSION", "2024-10-21")
AZURE_OPENAI_DEPLOYMENT = env("AZURE_OPENAI_DEPLOYMENT", "support-gpt4o")

ANTHROPIC_API_KEY = env("ANTHROPIC_API_KEY")
ANTHROPIC_MODEL = env("ANTHROPIC_MODEL", "claude-3-5-sonnet-latest")
ANTHROPIC_FAST_MODEL = env("ANTHROPIC_FAST_MODEL", "claude-3-5-haiku-latest")

AWS_REGION = env("AWS_REGION", "eu-west-1")
BEDROCK_MODEL_ID = env("BEDROCK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0")
BEDROCK_SUMMARY_MODEL_ID = env("BEDROCK_SUMMARY_MODEL_ID", "amazon.nova-lite-v1:0")

MISTRAL_API_KEY = env("MISTRAL_API_KEY")
MISTRAL_CHAT_MODEL = env("MISTRAL_CHAT_MODEL", "mistral-small-latest")

XAI_API_KEY = env("XAI_API_KEY")
XAI_BASE_URL = "https://api.x.ai/v1"
XAI_MODEL = env("XAI_MODEL", "grok-3-mini")

VOYAGE_API_KEY = env("VOYAGE_API_KEY")
VOYAGE_EMBED_MODEL = env("VOYAGE_EMBED_MODEL", "voyage-3")
VOYAGE_RERANK_MODEL = env("VOYAGE_RERANK_MODEL", "rerank-2")

# Raw endpoints used where we don't want an SDK dependency (celery workers
# on the billing queue run with a slimmed-down image).
ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
OPENAI_CHAT_COMPLETIONS_URL = "https://api.openai.com/v1/chat/completions"
LLM_HTTP_TIMEOUT = 30.0

SLACK_WEBHOOK_URL = env("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T000/B000/XXXX")
INVOICE_BUCKET = env("INVOICE_BUCKET", "portal-invoices")
STRIPE_API_KEY = env("STRIPE_API_KEY")

ASSISTANT_DEFAULT_BACKEND = env("ASSISTANT_DEFAULT_BACKEND", "claude")
ASSISTANT_MAX_PROMPT_TOKENS = env("ASSISTANT_MAX_PROMPT_TOKENS", 6000, cast=int)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
