#!/usr/bin/env python
"""Create tables and a handful of fake articles for local development."""
import datetime
import random

from newsletter.models import get_conn

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, url TEXT, title TEXT, excerpt TEXT,
  body TEXT, summary TEXT, category TEXT, embedding TEXT, created_at TEXT);
CREATE TABLE IF NOT EXISTS issues (id INTEGER PRIMARY KEY, slug TEXT, subject TEXT, intro TEXT,
  status TEXT, article_ids TEXT, locale TEXT, translated INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS subscribers (email TEXT PRIMARY KEY, locale TEXT, topics TEXT,
  active INTEGER DEFAULT 1);
CREATE TABLE IF NOT EXISTS llm_usage_logs (id INTEGER PRIMARY KEY, provider TEXT, model TEXT,
  feature_context TEXT, input_tokens INTEGER, output_tokens INTEGER, duration_ms INTEGER,
  error TEXT, created_at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE IF NOT EXISTS usage (provider TEXT, model TEXT, feature TEXT, input_tokens INTEGER,
  output_tokens INTEGER, at TEXT);
"""

TITLES = [
    "Postgres 17 logical replication in practice",
    "What we learned running Redis at 1M ops/s",
    "A field guide to flaky tests",
    "Rust in the kernel: one year on",
    "Designing idempotent background jobs",
]


def main():
    conn = get_conn()
    conn.executescript(SCHEMA)
    now = datetime.datetime.utcnow()
    for i, title in enumerate(TITLES, start=1):
        conn.execute(
            "INSERT OR IGNORE INTO articles (id, url, title, excerpt, body, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (i, f"https://example.com/{i}", title, title.lower(), (title + ". ") * 40,
             (now - datetime.timedelta(days=random.randint(0, 6))).isoformat()),
        )
    conn.commit()
    print("seeded", len(TITLES), "articles")


if __name__ == "__main__":
    main()
