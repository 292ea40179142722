"""Builds legacy/faq.json from the top questions in the new store.

Half-migrated: answers now come from Mistral through the shared getter
(the old openai 0.x code path was removed in 2023), but vectors are still
ada-002 because the Slack bot compares against those.
"""

import json
import logging
import os
import sqlite3

from hrassist.clients import get_mistral_client
from hrassist.legacy.policy_bot_v1 import FAQ_PATH, embed

log = logging.getLogger(__name__)

TOP_N = 40


def top_questions(db_path, limit=TOP_N):
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT question, COUNT(*) AS n FROM questions GROUP BY lower(question) ORDER BY n DESC LIMIT ?",
            (limit,),
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def canonical_answer(question):
    client = get_mistral_client()
    resp = client.chat.complete(
        model="mistral-large-latest",
        messages=[
            {"role": "system", "content": "Write a canonical 2-3 sentence FAQ answer for Northwind HR."},
            {"role": "user", "content": question},
        ],
        temperature=0.1,
    )
    return resp.choices[0].message.content.strip()


def build(db_path=None):
    db_path = db_path or os.environ.get("POLICYPAL_DB", "var/policypal.sqlite3")
    faq = []
    for q in top_questions(db_path):
        try:
            ans = canonical_answer(q)
        except Exception:
            log.exception("skipping %r", q)
            continue
        faq.append({"question": q, "answer": ans, "vector": embed(q)})
    with open(FAQ_PATH, "w") as fh:
        json.dump(faq, fh, indent=1)
    log.info("wrote %d FAQ entries", len(faq))
    return len(faq)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    build()
