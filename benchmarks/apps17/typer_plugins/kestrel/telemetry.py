"""Anonymous command usage telemetry for the DevEx dashboard (opt out: KESTREL_TELEMETRY=0)."""
from __future__ import annotations

import getpass
import hashlib
import logging
import platform
import threading
import time
from typing import Any, Dict

import httpx

from kestrel import __version__
from kestrel.config import get_settings

log = logging.getLogger(__name__)


def _user_hash() -> str:
    return hashlib.sha256(getpass.getuser().encode()).hexdigest()[:16]


def _send(event: Dict[str, Any], url: str) -> None:
    try:
        httpx.post(url, json=event, timeout=2.0)
    except httpx.HTTPError:
        log.debug("telemetry post failed", exc_info=True)


def record_command(command: str, duration_s: float, ok: bool, **extra: Any) -> None:
    settings = get_settings()
    if not settings.telemetry_enabled:
        return
    event = {
        "ts": time.time(),
        "command": command,
        "duration_s": round(duration_s, 3),
        "ok": ok,
        "version": __version__,
        "python": platform.python_version(),
        "os": platform.system(),
        "user": _user_hash(),
        **extra,
    }
    threading.Thread(target=_send, args=(event, settings.telemetry_url), daemon=True).start()
