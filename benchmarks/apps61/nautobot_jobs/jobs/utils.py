"""Shared helpers for the Git-repository jobs."""

import functools

from openai import OpenAI

from nautobot_ai.app_settings import get_setting

LOCAL_API_KEY = "ollama"  # Ollama ignores the key but the SDK requires one


@functools.lru_cache(maxsize=1)
def local_chat_client():
    """OpenAI-compatible endpoint of the on-prem Ollama box.

    Used by jobs that were written against the OpenAI SDK before we had
    the registry; lets us point them at a local model without rewriting.
    """
    return OpenAI(base_url=f"{get_setting('ollama_host')}/v1", api_key=LOCAL_API_KEY)


def log_long_text(logger, text, header=None, chunk=3500):
    """Job log entries are truncated in the UI; split long LLM output."""
    if header:
        logger.info(header)
    for start in range(0, len(text), chunk):
        logger.info(text[start : start + chunk])


def devices_for_scope(queryset, location=None, role=None, platform=None):
    if location:
        queryset = queryset.filter(location=location)
    if role:
        queryset = queryset.filter(role=role)
    if platform:
        queryset = queryset.filter(platform=platform)
    return queryset
