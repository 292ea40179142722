"""SQLite listening history. Written from the frontend actor thread only."""

import logging
import sqlite3
import threading
import time
from collections import namedtuple

logger = logging.getLogger(__name__)

Play = namedtuple("Play", "played_at uri artist title album")

SCHEMA = """
CREATE TABLE IF NOT EXISTS plays (
    played_at REAL NOT NULL,
    uri TEXT NOT NULL,
    artist TEXT,
    title TEXT,
    album TEXT
);
CREATE INDEX IF NOT EXISTS plays_time ON plays (played_at);
CREATE TABLE IF NOT EXISTS summaries (
    week TEXT PRIMARY KEY,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS moods (
    uri TEXT PRIMARY KEY,
    mood TEXT NOT NULL
);
"""


class HistoryStore:
    def __init__(self, path):
        self.path = str(path)
        self._local = threading.local()
        with self._conn() as conn:
            conn.executescript(SCHEMA)

    def _conn(self):
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path)
            self._local.conn = conn
        return conn

    def create(self, track, played_at=None):
        """Insert a play row. (Named ``create`` for symmetry with the old ORM.)"""
        artist = ", ".join(a.name for a in (track.artists or []) if a.name)
        album = track.album.name if track.album else None
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO plays VALUES (?, ?, ?, ?, ?)",
                (played_at or time.time(), track.uri, artist, track.name, album),
            )

    def plays_since(self, since):
        ts = since.timestamp() if hasattr(since, "timestamp") else float(since)
        cur = self._conn().execute(
            "SELECT played_at, uri, artist, title, album FROM plays "
            "WHERE played_at >= ? ORDER BY played_at",
            (ts,),
        )
        return [Play(*row) for row in cur.fetchall()]

    def top_artists(self, limit=10):
        cur = self._conn().execute(
            "SELECT artist, COUNT(*) c FROM plays GROUP BY artist ORDER BY c DESC LIMIT ?",
            (limit,),
        )
        return cur.fetchall()

    def save_summary(self, now, body):
        week = now.strftime("%G-W%V")
        with self._conn() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO summaries (week, body) VALUES (?, ?)", (week, body)
            )

    def latest_summary(self):
        row = self._conn().execute(
            "SELECT week, body FROM summaries ORDER BY week DESC LIMIT 1"
        ).fetchone()
        return row

    def save_moods(self, mapping):
        with self._conn() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO moods (uri, mood) VALUES (?, ?)", mapping.items()
            )

    def uris_for_mood(self, mood):
        cur = self._conn().execute("SELECT uri FROM moods WHERE mood = ?", (mood,))
        return [r[0] for r in cur.fetchall()]
