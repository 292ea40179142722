"""Legacy nightly summariser (raw REST, written before we vendored the SDK).

Only used for the RSS-import table; everything else moved to
newsletter.tasks.summarize.
"""
import logging
import os
import sqlite3
import time

import requests

log = logging.getLogger("legacy.summaries")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
HEADERS = {"Authorization": f"Bearer {os.environ.get('OPENAI_API_KEY', '')}"}


def summarize(text):
    payload = {
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "Summarise in two sentences."},
            {"role": "user", "content": text[:12000]},
        ],
        "max_tokens": 160,
    }
    r = requests.post(OPENAI_URL, json=payload, headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def notify_slack(message):
    hook = os.environ.get("SLACK_WEBHOOK")
    if hook:
        # plain webhook, not an LLM endpoint
        requests.post(hook, json={"text": message}, timeout=10)


def run(db_path):
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT id, body FROM rss_items WHERE summary IS NULL LIMIT 200").fetchall()
    done = 0
    for item_id, body in rows:
        try:
            conn.execute("UPDATE rss_items SET summary = ? WHERE id = ?", (summarize(body), item_id))
            conn.commit()
            done += 1
        except requests.HTTPError as exc:
            log.warning("item %s failed: %s", item_id, exc)
            time.sleep(2)
    notify_slack(f"legacy summariser: {done}/{len(rows)} items")
    return done


if __name__ == "__main__":
    run(os.environ.get("LEGACY_DB", "/srv/newsletter/classic.db"))
