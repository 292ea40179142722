"""Thin wrapper over the tray icon's desktop notifications."""
from __future__ import annotations

import logging

from tray import services

log = logging.getLogger(__name__)

MAX_LEN = 240


def notify(message: str, title: str = "Tray assistant") -> None:
    icon = services.icon
    if icon is None or not getattr(icon, "HAS_NOTIFICATION", False):
        log.info("%s: %s", title, message)
        return
    if len(message) > MAX_LEN:
        message = message[: MAX_LEN - 1] + "\u2026"
    try:
        icon.notify(message, title)
    except Exception:  # some Linux backends raise if no notification daemon runs
        log.exception("notification failed")


def error(message: str) -> None:
    notify(message, "Tray assistant - error")
