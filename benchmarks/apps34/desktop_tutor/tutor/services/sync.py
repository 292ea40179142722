"""Sync service: uploads progress and usage logs to the Lingo Desk backend.

Runs on a background thread started from ``TutorApp.on_start``; results are
marshalled back to the UI thread with ``Clock.schedule_once``.
"""
import json
import logging
import threading
import time

import requests

from tutor.config import SYNC_BASE_URL
from tutor.services.llm_usage_tracker import llm_tracker
from tutor.storage.db import get_db

log = logging.getLogger(__name__)

SYNC_INTERVAL_S = 300


class SyncError(Exception):
    pass


class SyncService:
    def __init__(self, token_provider, base_url=SYNC_BASE_URL, session=None):
        self._token_provider = token_provider
        self.base_url = base_url.rstrip("/")
        self.session = session or requests.Session()
        self._stop = threading.Event()
        self._thread = None
        self.last_synced = None

    def _headers(self):
        return {"Authorization": f"Bearer {self._token_provider()}", "Content-Type": "application/json"}

    def push_progress(self):
        db = get_db()
        payload = {"since": db.get_meta("last_sync", 0), "items": db.progress_since_last_sync()}
        resp = self.session.post(
            f"{self.base_url}/progress", data=json.dumps(payload), headers=self._headers(), timeout=15
        )
        if resp.status_code >= 400:
            raise SyncError(f"progress upload failed: {resp.status_code}")
        db.set_meta("last_sync", int(time.time()))

    def push_usage(self):
        logs = llm_tracker.drain()
        if not logs:
            return 0
        body = [
            {
                "provider": l.provider,
                "model": l.model,
                "feature": l.feature_context,
                "input_tokens": l.input_tokens,
                "output_tokens": l.output_tokens,
                "duration_ms": l.duration_ms,
            }
            for l in logs
        ]
        self.session.post(f"{self.base_url}/usage", json=body, headers=self._headers(), timeout=15)
        return len(body)

    def pull_lessons(self):
        resp = self.session.get(f"{self.base_url}/lessons", headers=self._headers(), timeout=15)
        resp.raise_for_status()
        return resp.json()["lessons"]

    def sync_once(self):
        try:
            self.push_progress()
            self.push_usage()
            lessons = self.pull_lessons()
            get_db().upsert_lessons(lessons)
            self.last_synced = time.time()
            return True
        except (requests.RequestException, SyncError):
            log.warning("sync failed, will retry", exc_info=True)
            return False

    def start(self):
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="sync", daemon=True)
        self._thread.start()

    def stop(self):
        self._stop.set()

    def _loop(self):
        while not self._stop.is_set():
            self.sync_once()
            self._stop.wait(SYNC_INTERVAL_S)
