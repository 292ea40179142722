"""
Shared settings for every environment. Environment specific modules
(dev.py / prod.py) import * from here and override what they need.
"""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    AZURE_OPENAI_API_VERSION=(str, "2024-06-01"),
    AWS_REGION=(str, "us-east-1"),
)
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-dev-key")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "apps.tenants",
    "apps.documents.apps.DocumentsConfig",
    "apps.support",
    "apps.assistant",
    "apps.insights",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "apps.tenants.middleware.TenantMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {"default": env.db("DATABASE_URL", default="postgres://helix:helix@localhost:5432/helix")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticated",
        "apps.tenants.permissions.IsTenantMember",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.CursorPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "common.exceptions.api_exception_handler",
}

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://localhost:6379/0")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default="redis://localhost:6379/1")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_TIME_LIMIT = 15 * 60

# --- AI providers -----------------------------------------------------------
AZURE_OPENAI_ENDPOINT = env("AZURE_OPENAI_ENDPOINT", default="https://helix-prod-eastus.openai.azure.com")
AZURE_OPENAI_API_KEY = env("AZURE_OPENAI_API_KEY", default="")
AZURE_OPENAI_API_VERSION = env("AZURE_OPENAI_API_VERSION")
AZURE_OPENAI_DEPLOYMENTS = {
    "chat": env("AZURE_OPENAI_CHAT_DEPLOYMENT", default="gpt-4o-prod"),
    "chat_mini": env("AZURE_OPENAI_MINI_DEPLOYMENT", default="gpt-4o-mini-prod"),
    "embeddings": env("AZURE_OPENAI_EMBED_DEPLOYMENT", default="text-embedding-3-large"),
    "images": env("AZURE_OPENAI_IMAGE_DEPLOYMENT", default="dall-e-3"),
    "whisper": env("AZURE_OPENAI_WHISPER_DEPLOYMENT", default="whisper"),
    "batch": env("AZURE_OPENAI_BATCH_DEPLOYMENT", default="gpt-4o-mini-batch"),
}

AWS_REGION = env("AWS_REGION")
BEDROCK_MODELS = {
    "claude": env("BEDROCK_CLAUDE_MODEL", default="anthropic.claude-3-5-sonnet-20240620-v1:0"),
    "claude_fast": env("BEDROCK_CLAUDE_FAST_MODEL", default="anthropic.claude-3-haiku-20240307-v1:0"),
    "titan_embed": "amazon.titan-embed-text-v2:0",
}
BEDROCK_KNOWLEDGE_BASE_ID = env("BEDROCK_KNOWLEDGE_BASE_ID", default="")
BEDROCK_BATCH_ROLE_ARN = env("BEDROCK_BATCH_ROLE_ARN", default="")

COHERE_API_KEY = env("COHERE_API_KEY", default="")
COHERE_CHAT_MODEL = "command-r-plus-08-2024"
COHERE_EMBED_MODEL = "embed-english-v3.0"
COHERE_RERANK_MODEL = "rerank-v3.5"

VOYAGE_API_KEY = env("VOYAGE_API_KEY", default="")
VOYAGE_EMBED_MODEL = "voyage-3"
VOYAGE_RERANK_MODEL = "rerank-2"

# Which embedding provider new tenants get. Existing tenants keep theirs
# (see Tenant.embedding_provider) because vectors are not comparable.
DEFAULT_EMBEDDING_PROVIDER = "voyage"

AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="helix-documents-dev")

STRIPE_API_KEY = env("STRIPE_API_KEY", default="")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "common.logging.JsonFormatter"}},
    "filters": {"tenant": {"()": "common.logging.TenantContextFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["tenant"]},
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "botocore": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},
    },
}
