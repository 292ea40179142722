"""Tiny sqlite layer. One connection per thread."""
import json
import os
import sqlite3
import threading

from kivy.app import App

_local = threading.local()
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS progress (id INTEGER PRIMARY KEY, lesson_id TEXT, score REAL, ts INTEGER, synced INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS lessons (id TEXT PRIMARY KEY, body TEXT);
CREATE TABLE IF NOT EXISTS usage (id INTEGER PRIMARY KEY, provider TEXT, model TEXT, feature TEXT, tin INTEGER, tout INTEGER, ts REAL);
CREATE TABLE IF NOT EXISTS embeddings (model TEXT, word TEXT, vec TEXT, PRIMARY KEY (model, word));
CREATE TABLE IF NOT EXISTS cards (id INTEGER PRIMARY KEY, word TEXT, translation TEXT, example TEXT, due INTEGER, ease REAL DEFAULT 2.5);
"""


def _db_path():
    app = App.get_running_app()
    base = app.user_data_dir if app else os.path.expanduser("~/.lingodesk")
    os.makedirs(base, exist_ok=True)
    return os.path.join(base, "tutor.sqlite3")


class Database:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)
        self.conn.executescript(_SCHEMA)

    def get_meta(self, key, default=None):
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_meta(self, key, value):
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))
        self.conn.commit()

    def progress_since_last_sync(self):
        rows = self.conn.execute("SELECT lesson_id, score, ts FROM progress WHERE synced=0").fetchall()
        return [{"lesson_id": r[0], "score": r[1], "ts": r[2]} for r in rows]

    def record_progress(self, lesson_id, score, ts):
        self.conn.execute("INSERT INTO progress (lesson_id, score, ts) VALUES (?,?,?)", (lesson_id, score, ts))
        self.conn.commit()

    def upsert_lessons(self, lessons):
        self.conn.executemany(
            "INSERT OR REPLACE INTO lessons VALUES (?, ?)",
            [(l["id"], json.dumps(l)) for l in lessons],
        )
        self.conn.commit()

    def lessons(self):
        return [json.loads(r[0]) for r in self.conn.execute("SELECT body FROM lessons")]

    def insert_usage(self, usage_log):
        self.conn.execute(
            "INSERT INTO usage (provider, model, feature, tin, tout, ts) VALUES (?,?,?,?,?,?)",
            (usage_log.provider, usage_log.model, usage_log.feature_context,
             usage_log.input_tokens, usage_log.output_tokens, usage_log.started_at),
        )
        self.conn.commit()

    def save_embeddings(self, model, mapping):
        self.conn.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?,?,?)",
            [(model, w, json.dumps(v)) for w, v in mapping.items()],
        )
        self.conn.commit()

    def load_embeddings(self, model):
        rows = self.conn.execute("SELECT word, vec FROM embeddings WHERE model=?", (model,))
        return {w: json.loads(v) for w, v in rows}

    def add_card(self, word, translation, example, due):
        self.conn.execute(
            "INSERT INTO cards (word, translation, example, due) VALUES (?,?,?,?)",
            (word, translation, example, due),
        )
        self.conn.commit()

    def due_cards(self, now, limit=20):
        rows = self.conn.execute(
            "SELECT id, word, translation, example, ease FROM cards WHERE due<=? ORDER BY due LIMIT ?",
            (now, limit),
        ).fetchall()
        return rows

    def update_card(self, card_id, due, ease):
        self.conn.execute("UPDATE cards SET due=?, ease=? WHERE id=?", (due, ease, card_id))
        self.conn.commit()


def get_db():
    db = getattr(_local, "db", None)
    if db is None:
        db = _local.db = Database(_db_path())
    return db
