"""Tiny on-disk cache so re-running an extension with identical parameters
does not hit the network again (Inkscape's live preview re-runs a lot)."""

import hashlib
import json
import time

from .settings import load_settings

MAX_AGE = 7 * 24 * 3600


def _key(*parts):
    h = hashlib.sha256()
    for p in parts:
        h.update(json.dumps(p, sort_keys=True, default=str).encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:32]


class ResponseCache:
    def __init__(self, directory=None):
        self.dir = directory or load_settings().cache_dir / "responses"

    def _path(self, key):
        return self.dir / f"{key}.json"

    def get(self, *parts):
        path = self._path(_key(*parts))
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if time.time() - data.get("t", 0) > MAX_AGE:
            return None
        return data.get("v")

    def set(self, value, *parts):
        self.dir.mkdir(parents=True, exist_ok=True)
        self._path(_key(*parts)).write_text(
            json.dumps({"t": time.time(), "v": value}), encoding="utf-8")
        return value

    def get_or_create(self, create, *parts):
        """``create`` is any zero-argument callable producing the value."""
        value = self.get(*parts)
        if value is None:
            value = self.set(create(), *parts)
        return value
