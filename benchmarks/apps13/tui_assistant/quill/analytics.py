"""Opt-in anonymous usage analytics.

Only event names, model names and token counts are sent, never code or prompts.
Disabled unless the user runs ``quill --analytics`` once to opt in.
"""

from __future__ import annotations

import json
import logging
import platform
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Dict, Optional

import requests

from quill import __version__

log = logging.getLogger(__name__)

POSTHOG_HOST = "https://us.i.posthog.com"
POSTHOG_PROJECT_KEY = "phc_3vQ4kZfXbLw7oRtY1mNcA9sGhJ2pE6uD8xKiV0qWzB5"
DATA_FILE = Path.home() / ".quill" / "analytics.json"


class Analytics:
    def __init__(self, enabled: bool = False, logfile: Optional[str] = None):
        self.logfile = logfile
        self.user_id: Optional[str] = None
        self.enabled = False
        self._load()
        if enabled:
            self.enable()

    def _load(self) -> None:
        try:
            data = json.loads(DATA_FILE.read_text())
        except (OSError, ValueError):
            data = {}
        self.user_id = data.get("uuid") or uuid.uuid4().hex
        self.permanently_disabled = bool(data.get("permanently_disable"))

    def _save(self) -> None:
        DATA_FILE.parent.mkdir(parents=True, exist_ok=True)
        DATA_FILE.write_text(json.dumps({"uuid": self.user_id, "permanently_disable": self.permanently_disabled}))

    def enable(self) -> None:
        if self.permanently_disabled:
            return
        self.enabled = True
        self._save()

    def disable(self, permanently: bool = False) -> None:
        self.enabled = False
        if permanently:
            self.permanently_disabled = True
            self._save()

    def _system_info(self) -> Dict[str, Any]:
        return {
            "python_version": sys.version.split()[0],
            "os_platform": platform.system(),
            "machine": platform.machine(),
            "quill_version": __version__,
        }

    def event(self, event: str, main_model=None, **kwargs: Any) -> None:
        if not self.enabled and not self.logfile:
            return
        properties = dict(self._system_info())
        if main_model is not None:
            properties["main_model"] = getattr(main_model, "name", str(main_model))
            properties["provider"] = getattr(main_model, "provider", None)
        for key, value in kwargs.items():
            properties[key] = value if isinstance(value, (int, float, bool, str)) or value is None else str(value)

        if self.logfile:
            with open(self.logfile, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"event": event, "properties": properties, "time": int(time.time())}) + "\n")

        if self.enabled:
            threading.Thread(target=self._capture, args=(event, properties), daemon=True).start()

    def _capture(self, event: str, properties: Dict[str, Any]) -> None:
        try:
            requests.post(
                f"{POSTHOG_HOST}/capture/",
                json={
                    "api_key": POSTHOG_PROJECT_KEY,
                    "event": event,
                    "distinct_id": self.user_id,
                    "properties": properties,
                },
                timeout=5,
            )
        except requests.RequestException as err:
            log.debug("analytics capture failed: %s", err)
