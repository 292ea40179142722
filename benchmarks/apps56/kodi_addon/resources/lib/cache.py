# -*- coding: utf-8 -*-
"""Tiny sqlite cache for AI answers so we don't pay twice for the same plot."""
import hashlib
import json
import sqlite3
import time

from resources.lib import kodiutils

_DB = None


def _conn():
    global _DB
    if _DB is None:
        _DB = sqlite3.connect(kodiutils.profile_path("cache.db"), check_same_thread=False)
        _DB.execute(
            "CREATE TABLE IF NOT EXISTS answers (k TEXT PRIMARY KEY, v TEXT, created REAL)"
        )
    return _DB


def make_key(*parts):
    h = hashlib.sha1()
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def get(key, max_age=7 * 24 * 3600):
    row = _conn().execute("SELECT v, created FROM answers WHERE k = ?", (key,)).fetchone()
    if not row:
        return None
    value, created = row
    if time.time() - created > max_age:
        return None
    return json.loads(value)


def put(key, value):
    _conn().execute(
        "INSERT OR REPLACE INTO answers (k, v, created) VALUES (?, ?, ?)",
        (key, json.dumps(value), time.time()),
    )
    _conn().commit()


def clear():
    _conn().execute("DELETE FROM answers")
    _conn().commit()
