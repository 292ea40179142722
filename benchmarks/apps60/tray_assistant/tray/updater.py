"""Update check and opt-in crash reports."""
from __future__ import annotations

import logging
import platform
import traceback

import requests

from tray import __version__

log = logging.getLogger(__name__)

RELEASES_URL = "https://api.github.com/repos/traytools/tray-assistant/releases/latest"
CRASH_URL = "https://crash.traytools.dev/api/reports"


def latest_version() -> str | None:
    try:
        r = requests.get(RELEASES_URL, timeout=5)
        r.raise_for_status()
    except requests.RequestException:
        return None
    return r.json().get("tag_name", "").lstrip("v") or None


def update_available() -> bool:
    latest = latest_version()
    if latest is None:
        return False
    return tuple(int(p) for p in latest.split(".")) > tuple(int(p) for p in __version__.split("."))


def send_crash_report(exc: BaseException) -> None:
    payload = {
        "version": __version__,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "trace": "".join(traceback.format_exception(exc)),
    }
    try:
        requests.post(CRASH_URL, json=payload, timeout=5)
    except requests.RequestException:
        log.debug("crash report not sent")
