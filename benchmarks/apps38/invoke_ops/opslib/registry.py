"""Provider registry for the "draft" helpers.

Each entry maps a provider name to a function (prompt, system, settings) -> str.
Added when we wanted to A/B release notes between vendors; kept because the
worker uses it to fall back when one vendor is down.
"""
from __future__ import annotations

import logging
from typing import Callable

from opslib.clients import get_anthropic, get_azure_openai, get_cohere, get_openai, get_xai
from opslib.config import OpsSettings

log = logging.getLogger(__name__)

DraftFn = Callable[[str, str, OpsSettings], str]


def _openai_draft(prompt: str, system: str, settings: OpsSettings) -> str:
    resp = get_openai().chat.completions.create(
        model=settings.openai_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=settings.max_tokens,
    )
    return resp.choices[0].message.content or ""


def _azure_draft(prompt: str, system: str, settings: OpsSettings) -> str:
    resp = get_azure_openai().chat.completions.create(
        model=settings.azure_deployment,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=settings.max_tokens,
    )
    return resp.choices[0].message.content or ""


def _anthropic_draft(prompt: str, system: str, settings: OpsSettings) -> str:
    msg = get_anthropic().messages.create(
        model=settings.anthropic_model,
        system=system,
        max_tokens=settings.max_tokens,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


def _cohere_draft(prompt: str, system: str, settings: OpsSettings) -> str:
    resp = get_cohere().chat(
        model=settings.cohere_chat_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=settings.max_tokens,
    )
    return resp.message.content[0].text


def _xai_draft(prompt: str, system: str, settings: OpsSettings) -> str:
    resp = get_xai().chat.completions.create(
        model=settings.xai_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


DRAFTERS: dict[str, DraftFn] = {
    "openai": _openai_draft,
    "azure": _azure_draft,
    "anthropic": _anthropic_draft,
    "cohere": _cohere_draft,
    "xai": _xai_draft,
}


def draft(provider: str, prompt: str, system: str, settings: OpsSettings,
          fallbacks: tuple[str, ...] = ("azure", "anthropic")) -> tuple[str, str]:
    """Try ``provider`` then each fallback; returns (provider_used, text)."""
    order = [provider] + [p for p in fallbacks if p != provider]
    last_exc: Exception | None = None
    for name in order:
        fn = DRAFTERS.get(name)
        if fn is None:
            continue
        try:
            return name, fn(prompt, system, settings)
        except Exception as exc:  # noqa: BLE001 - vendor SDKs raise all sorts
            log.warning("draft via %s failed: %s", name, exc)
            last_exc = exc
    raise RuntimeError(f"all providers failed for draft: {order}") from last_exc
