"""Tiny wrapper around Secret Manager with an in-process cache.

Functions are long-lived between invocations (warm starts) so we cache the
decoded payloads for the lifetime of the instance. Locally, an env var with
the upper-cased secret name wins (OPENAI_API_KEY etc.) so nobody needs
Secret Manager access to run the tests.
"""
from __future__ import annotations

import logging
import os
import threading

from google.cloud import secretmanager

from common.config import get_settings

log = logging.getLogger(__name__)


class SecretNotFound(RuntimeError):
    pass


class Secrets:
    _cache: dict[str, str] = {}
    _lock = threading.Lock()
    _client: secretmanager.SecretManagerServiceClient | None = None

    @classmethod
    def _sm(cls) -> secretmanager.SecretManagerServiceClient:
        if cls._client is None:
            cls._client = secretmanager.SecretManagerServiceClient()
        return cls._client

    @classmethod
    def get(cls, name: str, version: str = "latest") -> str:
        env_name = name.upper().replace("-", "_")
        if os.environ.get(env_name):
            return os.environ[env_name]

        key = f"{name}:{version}"
        with cls._lock:
            if key in cls._cache:
                return cls._cache[key]
            project = get_settings().project_id
            path = f"projects/{project}/secrets/{name}/versions/{version}"
            try:
                resp = cls._sm().access_secret_version(request={"name": path})
            except Exception as exc:  # google.api_core.exceptions.NotFound mostly
                log.error("secret %s unavailable: %s", name, exc)
                raise SecretNotFound(name) from exc
            value = resp.payload.data.decode("utf-8").strip()
            cls._cache[key] = value
            return value

    @classmethod
    def clear(cls) -> None:
        with cls._lock:
            cls._cache.clear()
