from .base import *  # noqa: F401,F403
from .base import env

DEBUG = False
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 30

CONN_MAX_AGE = env("DB_CONN_MAX_AGE", 60, cast=int)
LLM_HTTP_TIMEOUT = 60.0
