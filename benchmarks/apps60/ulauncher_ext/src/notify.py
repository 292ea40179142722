"""Desktop notifications (libnotify via gi), used for long answers."""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

try:
    import gi

    gi.require_version("Notify", "0.7")
    from gi.repository import Notify
except (ImportError, ValueError):  # pragma: no cover
    Notify = None

APP_NAME = "Ulauncher AI"


class Notifier:
    def __init__(self, title: str = "AI Assistant"):
        self.title = title
        self._n = None
        if Notify is not None and not Notify.is_initted():
            Notify.init(APP_NAME)

    def update(self, body: str) -> None:
        if Notify is None:
            log.info("%s: %s", self.title, body[:200])
            return
        if self._n is None:
            self._n = Notify.Notification.new(self.title, body, "dialog-information")
        else:
            self._n.update(self.title, body, "dialog-information")
        try:
            self._n.show()
        except Exception:  # noqa: BLE001
            log.debug("notification failed", exc_info=True)
