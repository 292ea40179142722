import logging

import rumps

log = logging.getLogger(__name__)

MAX_BODY = 220


def notify(title: str, message: str, subtitle: str = "", sound: bool = False) -> None:
    body = message if len(message) <= MAX_BODY else message[: MAX_BODY - 1] + "…"
    try:
        rumps.notification(title, subtitle, body, sound=sound)
    except RuntimeError:
        # happens when running from a plain interpreter without an Info.plist
        log.warning("notification failed: %s - %s", title, body)


def notify_error(action: str, exc: BaseException) -> None:
    notify("AI Menubar", f"{action} failed: {exc}", subtitle="Error", sound=True)
