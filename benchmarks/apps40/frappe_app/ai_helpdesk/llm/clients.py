"""Client factories for the model providers we talk to.

Clients are cached per site (bench workers serve many sites, so a plain
module-level singleton would leak keys across tenants).
"""

from __future__ import annotations

import threading
from functools import lru_cache

import frappe
from anthropic import Anthropic, AsyncAnthropic
from google import genai
from groq import Groq
from mistralai import Mistral
from openai import AsyncOpenAI, AzureOpenAI, OpenAI

SETTINGS_DOCTYPE = "AI Helpdesk Settings"

_lock = threading.Lock()
_clients: dict[tuple[str, str], object] = {}


def _site() -> str:
    return getattr(frappe.local, "site", None) or "default"


def get_settings():
    """Cached Single doc. Invalidated in AIHelpdeskSettings.on_update."""
    return frappe.get_cached_doc(SETTINGS_DOCTYPE)


def _secret(fieldname: str) -> str | None:
    settings = get_settings()
    try:
        return settings.get_password(fieldname, raise_exception=False)
    except frappe.AuthenticationError:
        return None


def _memo(kind: str, build):
    key = (_site(), kind)
    client = _clients.get(key)
    if client is None:
        with _lock:
            client = _clients.get(key)
            if client is None:
                client = build()
                _clients[key] = client
    return client


def clear_client_cache():
    with _lock:
        for key in [k for k in _clients if k[0] == _site()]:
            _clients.pop(key, None)
    get_azure_client.cache_clear()


def get_openai_client() -> OpenAI:
    def build():
        settings = get_settings()
        return OpenAI(
            api_key=_secret("openai_api_key"),
            organization=settings.openai_organization or None,
            timeout=float(settings.request_timeout or 60),
            max_retries=2,
        )

    return _memo("openai", build)


def get_async_openai_client() -> AsyncOpenAI:
    return _memo("openai-async", lambda: AsyncOpenAI(api_key=_secret("openai_api_key")))


@lru_cache(maxsize=1)
def get_azure_client() -> AzureOpenAI:
    # Only used by the EU tenants, see docs/azure.md
    conf = frappe.conf.get("azure_openai") or {}
    return AzureOpenAI(
        api_key=conf.get("api_key"),
        api_version=conf.get("api_version", "2024-06-01"),
        azure_endpoint=conf.get("endpoint"),
    )


def get_anthropic_client() -> Anthropic:
    return _memo("anthropic", lambda: Anthropic(api_key=_secret("anthropic_api_key"), max_retries=3))


def get_async_anthropic_client() -> AsyncAnthropic:
    return _memo("anthropic-async", lambda: AsyncAnthropic(api_key=_secret("anthropic_api_key")))


def get_genai_client() -> genai.Client:
    def build():
        settings = get_settings()
        if settings.use_vertex_ai:
            return genai.Client(
                vertexai=True,
                project=settings.gcp_project,
                location=settings.gcp_location or "europe-west4",
            )
        return genai.Client(api_key=_secret("gemini_api_key"))

    return _memo("genai", build)


def get_mistral_client() -> Mistral:
    return _memo("mistral", lambda: Mistral(api_key=_secret("mistral_api_key")))


def get_groq_client() -> Groq:
    return _memo("groq", lambda: Groq(api_key=_secret("groq_api_key")))


def default_model(provider: str) -> str:
    settings = get_settings()
    return {
        "openai": settings.openai_model or "gpt-4o-mini",
        "anthropic": settings.anthropic_model or "claude-3-5-sonnet-20241022",
        "google": settings.gemini_model or "gemini-2.0-flash",
        "mistral": settings.mistral_model or "mistral-small-latest",
        "groq": settings.groq_model or "llama-3.1-8b-instant",
    }[provider]
