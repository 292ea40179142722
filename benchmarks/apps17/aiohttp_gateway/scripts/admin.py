#!/usr/bin/env python
"""Ops helper for the assist gateway.

    python scripts/admin.py smoke            # one request per upstream, prints latency
    python scripts/admin.py backfill-titles  # titles for untitled conversations (uses the legacy summarizer)
    python scripts/admin.py models
"""
import argparse
import os
import sys
import time

import cohere
import psycopg2
import requests
from google import genai
from groq import Groq
from openai import OpenAI

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from gateway.services.legacy_summarizer import headline  # noqa: E402

STATUS_URL = os.environ.get("STATUS_PAGE_URL", "https://status.internal.example.com/api/components/assist")


def _timed(label, fn):
    start = time.perf_counter()
    try:
        out = fn()
        print(f"{label:<10} ok   {(time.perf_counter() - start) * 1000:7.0f}ms  {out!r:.60}")
        return True
    except Exception as exc:  # noqa: BLE001
        print(f"{label:<10} FAIL {exc}")
        return False


def smoke():
    gemini = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    groq = Groq()
    deepseek = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")

    results = [
        _timed("gemini", lambda: gemini.models.generate_content(model="gemini-2.0-flash", contents="Say pong.").text),
        _timed("cohere", lambda: len(co.embed(texts=["ping"], model="embed-english-v3.0",
                                              input_type="search_query", embedding_types=["float"]).embeddings.float_[0])),
        _timed("groq", lambda: groq.chat.completions.create(
            model="llama-3.1-8b-instant", messages=[{"role": "user", "content": "Say pong."}], max_tokens=5,
        ).choices[0].message.content),
    ]

    def ask_deepseek():
        r = deepseek.chat.completions.create(
            model="deepseek-chat", messages=[{"role": "user", "content": "Say pong."}], max_tokens=5
        )
        return r.choices[0].message.content

    results.append(_timed("deepseek", ask_deepseek))

    ok = all(results)
    requests.post(STATUS_URL, json={"status": "operational" if ok else "degraded_performance"}, timeout=5)
    return 0 if ok else 1


def backfill_titles(limit):
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT c.id, string_agg(m.content, ' ' ORDER BY m.id) FROM conversations c "
            "JOIN messages m ON m.conversation_id = c.id WHERE c.title = 'New conversation' "
            "GROUP BY c.id LIMIT %s",
            (limit,),
        )
        for cid, text in cur.fetchall():
            title = headline(text[:4000])
            cur.execute("UPDATE conversations SET title = %s WHERE id = %s", (title, cid))
            print(cid, title)
    return 0


def models():
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    for m in client.models.list():
        print(m.name)
    for m in Groq().models.list().data:
        print(m.id)
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("smoke")
    bf = sub.add_parser("backfill-titles")
    bf.add_argument("--limit", type=int, default=100)
    sub.add_parser("models")
    args = parser.parse_args(argv)
    if args.cmd == "smoke":
        return smoke()
    if args.cmd == "backfill-titles":
        return backfill_titles(args.limit)
    return models()


if __name__ == "__main__":
    sys.exit(main())
