"""Bokeh server lifecycle hooks (directory-format app).

Shared, thread-safe clients are created once per server process here and stashed
in :mod:`analysis.state`; per-session bookkeeping lives in ``SESSIONS``.
"""
from __future__ import annotations

import logging
import os

from analysis import get_anthropic_client, get_fireworks_client, get_mistral_client, get_openai_client, make_bedrock_runtime
from analysis import state
from config import settings

log = logging.getLogger("ops_insights.lifecycle")


def _warm_up(clients: state.SharedClients) -> None:
    """Fail fast on bad keys: list models (free) instead of issuing a completion."""
    if clients.openai is not None:
        try:
            ids = [m.id for m in clients.openai.models.list()]
            log.info("openai reachable, %d models visible", len(ids))
        except Exception:  # noqa: BLE001
            log.warning("openai key rejected; disabling provider")
            clients.openai = None
    if clients.mistral is not None:
        try:
            clients.mistral.models.list()
        except Exception:  # noqa: BLE001
            clients.mistral = None


def on_server_loaded(server_context):
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    clients = state.CLIENTS
    if settings.openai_api_key:
        clients.openai = get_openai_client()
    if settings.anthropic_api_key:
        clients.anthropic = get_anthropic_client()
    if settings.mistral_api_key:
        clients.mistral = get_mistral_client()
    if settings.fireworks_api_key:
        clients.fireworks = get_fireworks_client()
    clients.bedrock = make_bedrock_runtime()
    _warm_up(clients)
    state.get_executor()
    log.info("providers available: %s", ", ".join(clients.available()))

    if os.environ.get("OPS_SMOKE_TEST") and clients.anthropic is not None:
        # deploy pipeline sets this to prove the key works end to end
        smoke = clients.anthropic.messages.create(
            model=settings.anthropic_model,
            max_tokens=5,
            messages=[{"role": "user", "content": "Reply with OK"}],
        )
        log.info("anthropic smoke test: %s", smoke.content[0].text)


def on_server_unloaded(server_context):
    if state.EXECUTOR is not None:
        state.EXECUTOR.shutdown(wait=False, cancel_futures=True)


def on_session_created(session_context):
    args = session_context.request.arguments if session_context.request else {}
    user = (args.get("user") or [b"anonymous"])[0].decode()
    provider = (args.get("model") or [settings.default_provider.encode()])[0].decode()
    state.SESSIONS[session_context.id] = state.SessionInfo(session_id=session_context.id, user=user, provider=provider)
    log.info("session %s created for %s", session_context.id, user)


def on_session_destroyed(session_context):
    info = state.SESSIONS.pop(session_context.id, None)
    if info:
        log.info("session %s closed after %d explanations", info.session_id, info.explanations)
