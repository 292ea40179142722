from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["*"]

CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_EAGER", default=True)  # noqa: F405

# Cheaper deployments while developing locally.
AZURE_OPENAI_DEPLOYMENTS["chat"] = "gpt-4o-mini-dev"  # noqa: F405
BEDROCK_MODELS["claude"] = BEDROCK_MODELS["claude_fast"]  # noqa: F405

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
