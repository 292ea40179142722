"""Opt-in anonymous usage analytics (`analytics: true` in the config)."""

import json
import platform
import time
import uuid
from pathlib import Path
from typing import Any, Dict, Optional

import requests

from . import __version__
from .logging_setup import get_logger

log = get_logger(__name__)

POSTHOG_HOST = "https://us.i.posthog.com"
POSTHOG_PROJECT_KEY = "phc_3kQ9vT0mYw8JxR2fUeLs7cNbA5dHgZp1oKiWqE6rtyV"
UUID_FILE = Path.home() / ".termcoder" / "analytics.json"


class Analytics:
    def __init__(self, enabled: bool = False):
        self.enabled = enabled
        self.user_id = self._load_user_id() if enabled else None

    def _load_user_id(self) -> str:
        if UUID_FILE.exists():
            try:
                return json.loads(UUID_FILE.read_text())["uuid"]
            except (KeyError, ValueError):
                pass
        uid = uuid.uuid4().hex
        UUID_FILE.parent.mkdir(parents=True, exist_ok=True)
        UUID_FILE.write_text(json.dumps({"uuid": uid}))
        return uid

    def event(self, name: str, main_model=None, **props: Any) -> None:
        if not self.enabled:
            return
        properties: Dict[str, Optional[Any]] = dict(props)
        properties.update(
            python_version=platform.python_version(),
            os_platform=platform.system(),
            termcoder_version=__version__,
        )
        if main_model is not None:
            # only report names of models we ship settings for; never user-supplied ones
            properties["main_model"] = main_model.name if main_model.settings.vendor != "litellm" else "other"
        payload = {
            "api_key": POSTHOG_PROJECT_KEY,
            "event": name,
            "distinct_id": self.user_id,
            "properties": properties,
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        try:
            requests.post(f"{POSTHOG_HOST}/capture/", json=payload, timeout=3)
        except requests.RequestException as err:
            log.debug("analytics event dropped: %s", err)
