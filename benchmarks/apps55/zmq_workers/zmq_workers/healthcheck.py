"""Provider health checks, exposed via `scripts/run_worker.py --check`.

The "deep" check sends a 1-token request; it is off by default because it
costs money on every deploy.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from .llm import get_anthropic_client, get_genai_client, get_openai_client, get_xai_client

log = logging.getLogger(__name__)


@dataclass
class ProbeResult:
    provider: str
    ok: bool
    latency_ms: float
    detail: str = ""


def _timed(provider: str, fn) -> ProbeResult:
    t0 = time.perf_counter()
    try:
        detail = fn()
        return ProbeResult(provider, True, (time.perf_counter() - t0) * 1000, str(detail))
    except Exception as exc:  # noqa: BLE001
        return ProbeResult(provider, False, (time.perf_counter() - t0) * 1000, repr(exc))


def shallow_checks() -> list[ProbeResult]:
    """List models only: free, proves credentials + network."""
    return [
        _timed("openai", lambda: len(get_openai_client().models.list().data)),
        _timed("xai", lambda: len(get_xai_client().models.list().data)),
        _timed("google", lambda: sum(1 for _ in get_genai_client().models.list())),
    ]


def deep_checks() -> list[ProbeResult]:
    def anthropic_ping():
        msg = get_anthropic_client().messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=1,
            messages=[{"role": "user", "content": "ping"}],
        )
        return msg.stop_reason

    def xai_ping():
        resp = get_xai_client().chat.completions.create(
            model="grok-2-latest", messages=[{"role": "user", "content": "ping"}], max_tokens=1,
        )
        return resp.choices[0].finish_reason

    return [_timed("anthropic", anthropic_ping), _timed("xai", xai_ping)]
