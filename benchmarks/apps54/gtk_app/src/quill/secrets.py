"""Thin wrapper over libsecret so API keys never land in GSettings."""

from __future__ import annotations

import logging

import gi

gi.require_version("Secret", "1")
from gi.repository import Secret  # noqa: E402

log = logging.getLogger(__name__)

SCHEMA = Secret.Schema.new(
    "org.gnome.Quill.ApiKey",
    Secret.SchemaFlags.NONE,
    {"provider": Secret.SchemaAttributeType.STRING},
)


def lookup_api_key(provider: str) -> str | None:
    try:
        return Secret.password_lookup_sync(SCHEMA, {"provider": provider}, None)
    except Exception:  # pragma: no cover - keyring locked / no session bus
        log.warning("could not read %s key from keyring", provider, exc_info=True)
        return None


def store_api_key(provider: str, key: str) -> bool:
    return Secret.password_store_sync(
        SCHEMA,
        {"provider": provider},
        Secret.COLLECTION_DEFAULT,
        f"Quill {provider} API key",
        key,
        None,
    )


def clear_api_key(provider: str) -> bool:
    return Secret.password_clear_sync(SCHEMA, {"provider": provider}, None)
