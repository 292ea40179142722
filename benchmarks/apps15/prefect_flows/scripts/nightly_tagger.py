#!/usr/bin/env python
"""Nightly style tagging of new fashion listings.

cron (batch-01):  15 2 * * *  cd /opt/marketplace-flows && venv/bin/python scripts/nightly_tagger.py

Tags come from the local Llama on gpu-01 first; if it is down we fall back to the hosted
model. Descriptions longer than the local context are sent to Gemini.

TODO(DATA-1290): port to a Prefect flow; the Gemini part already uses lib.clients.
"""
import argparse
import json
import logging
import os
import sys
import time
from datetime import date, timedelta

import litellm
import psycopg2
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from lib.clients.gemini import gemini_client  # noqa: E402

OLLAMA_URL = os.environ.get("OLLAMA_URL", "http://gpu-01.internal:11434")
OLLAMA_MODEL = "llama3.1:8b"
FALLBACK_MODEL = "mistral/mistral-small-latest"
SLACK_WEBHOOK_URL = os.environ.get("SLACK_WEBHOOK_URL", "")
DSN = os.environ.get("WAREHOUSE_DSN", "dbname=marketplace user=flows host=localhost")
LOCAL_MAX_CHARS = 6000

STYLE_TAGS = ["vintage", "streetwear", "minimalist", "boho", "sporty", "formal", "y2k",
              "workwear", "preppy", "gothic", "designer", "casual"]

PROMPT = """Pick up to 3 style tags for this fashion listing from this list: {tags}.
Reply with a JSON list of strings only.

Title: {title}
Description: {description}
"""

log = logging.getLogger("nightly_tagger")


def ollama_up():
    try:
        r = requests.get(OLLAMA_URL + "/api/tags", timeout=5)
        names = [m["name"] for m in r.json().get("models", [])]
        return OLLAMA_MODEL in names
    except requests.RequestException:
        return False


def tag_local(prompt):
    r = requests.post(
        OLLAMA_URL + "/api/chat",
        json={
            "model": OLLAMA_MODEL,
            "messages": [{"role": "user", "content": prompt}],
            "stream": False,
            "format": "json",
            "options": {"temperature": 0},
        },
        timeout=120,
    )
    r.raise_for_status()
    return r.json()["message"]["content"]


def tag_hosted(prompt):
    resp = litellm.completion(
        model=FALLBACK_MODEL,
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
        max_tokens=60,
    )
    return resp.choices[0].message.content


def tag_long(prompt):
    resp = gemini_client().models.generate_content(model="gemini-2.0-flash", contents=prompt)
    return resp.text


def parse_tags(raw):
    try:
        data = json.loads(raw)
    except (TypeError, json.JSONDecodeError):
        return []
    if isinstance(data, dict):
        data = data.get("tags", [])
    return [t for t in data if t in STYLE_TAGS][:3]


def notify(text):
    if not SLACK_WEBHOOK_URL:
        return
    requests.post(SLACK_WEBHOOK_URL, json={"text": text}, timeout=10)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=1)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    since = date.today() - timedelta(days=args.days)
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute(
        "select id, title, description from catalogue.listings"
        " where category = 'fashion' and created_at >= %s and style_tags is null",
        (since,),
    )
    rows = cur.fetchall()
    log.info("%d listings to tag", len(rows))

    local = ollama_up()
    if not local:
        log.warning("ollama not reachable at %s, using %s", OLLAMA_URL, FALLBACK_MODEL)

    started = time.time()
    tagged = 0
    for listing_id, title, description in rows:
        description = description or ""
        prompt = PROMPT.format(tags=", ".join(STYLE_TAGS), title=title, description=description)
        try:
            if len(description) > LOCAL_MAX_CHARS:
                raw = tag_long(prompt)
            elif local:
                raw = tag_local(prompt)
            else:
                raw = tag_hosted(prompt)
        except Exception:
            log.exception("tagging failed for %s", listing_id)
            continue
        tags = parse_tags(raw)
        if tags and not args.dry_run:
            cur.execute("update catalogue.listings set style_tags = %s where id = %s", (tags, listing_id))
            tagged += 1
        if tagged and tagged % 200 == 0:
            conn.commit()
    conn.commit()
    conn.close()
    notify(f"nightly_tagger: tagged {tagged}/{len(rows)} listings in {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
