from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["*"]

DATABASES["default"]["NAME"] = "portal_dev"  # noqa: F405

CELERY_TASK_ALWAYS_EAGER = True
ASSISTANT_DEFAULT_BACKEND = "mistral"
