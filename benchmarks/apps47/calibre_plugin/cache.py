"""Small SQLite cache for embeddings and generated text, stored next to
the plugin prefs so it survives library switches."""

import json
import os
import sqlite3
import time
from threading import RLock

from calibre.constants import config_dir

CACHE_DIR = os.path.join(config_dir, 'plugins', 'ai_book_assistant_cache')


class _SqliteStore(object):

    SCHEMA = ''

    def __init__(self, path):
        self.path = path
        self._lock = RLock()
        self._conn = None

    @property
    def conn(self):
        if self._conn is None:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False)
            self._conn.executescript(self.SCHEMA)
        return self._conn

    def close(self):
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class EmbeddingCache(_SqliteStore):

    SCHEMA = '''
    CREATE TABLE IF NOT EXISTS vectors (
        book_id INTEGER, digest TEXT, vec TEXT, ts REAL,
        PRIMARY KEY (book_id, digest));
    '''

    @classmethod
    def create(cls, model_name):
        safe = model_name.replace('/', '_').replace(':', '_')
        return cls(os.path.join(CACHE_DIR, 'emb_%s.sqlite' % safe))

    def get(self, book_id, digest):
        with self._lock:
            row = self.conn.execute(
                'SELECT vec FROM vectors WHERE book_id=? AND digest=?',
                (book_id, digest)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, book_id, digest, vec):
        with self._lock:
            self.conn.execute(
                'INSERT OR REPLACE INTO vectors VALUES (?,?,?,?)',
                (book_id, digest, json.dumps(vec), time.time()))
            self.conn.commit()


class TextCache(_SqliteStore):

    SCHEMA = '''
    CREATE TABLE IF NOT EXISTS texts (
        kind TEXT, book_id INTEGER, digest TEXT, body TEXT, ts REAL,
        PRIMARY KEY (kind, book_id, digest));
    '''

    @classmethod
    def create(cls):
        return cls(os.path.join(CACHE_DIR, 'texts.sqlite'))

    def get(self, kind, book_id, digest):
        with self._lock:
            row = self.conn.execute(
                'SELECT body FROM texts WHERE kind=? AND book_id=? AND digest=?',
                (kind, book_id, digest)).fetchone()
        return row[0] if row else None

    def put(self, kind, book_id, digest, body):
        with self._lock:
            self.conn.execute('INSERT OR REPLACE INTO texts VALUES (?,?,?,?,?)',
                              (kind, book_id, digest, body, time.time()))
            self.conn.commit()

    def purge(self, older_than_days=180):
        cutoff = time.time() - older_than_days * 86400
        with self._lock:
            self.conn.execute('DELETE FROM texts WHERE ts < ?', (cutoff,))
            self.conn.commit()
