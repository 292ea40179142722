"""Accessors for the SDK clients held on the ``ai`` app config.

Most code should call these rather than touching ``apps.get_app_config`` so
that tests can patch a single place.
"""
from functools import lru_cache

import anthropic
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def _config():
    return apps.get_app_config("ai")


def _require(name):
    client = getattr(_config(), name, None)
    if client is None:
        raise ImproperlyConfigured(f"AI client '{name}' is not configured (AI_ENABLED?)")
    return client


def get_openai():
    return _require("openai")


def get_async_openai():
    return _require("async_openai")


def get_anthropic():
    return _require("anthropic")


def get_mistral():
    return _require("mistral")


def get_deepseek():
    return _require("deepseek")


def get_voyage():
    return _require("voyage")


@lru_cache(maxsize=1)
def get_async_anthropic():
    # Only the async views need this one, so it's built lazily.
    return anthropic.AsyncAnthropic(api_key=settings.ANTHROPIC_API_KEY)


def model_for(purpose):
    return settings.AI_MODELS[purpose]
