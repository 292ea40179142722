#!/usr/bin/env python
"""Weekly "what are buyers complaining about" digest for the trust & safety team.

Runs on gpu-01 itself (cron, Mondays 07:00). Clusters last week's 1-2 star reviews by
category with the local model, then has Mistral write the final digest and mails it.
"""
from __future__ import annotations

import argparse
import os
import smtplib
import sys
from email.message import EmailMessage
from typing import Dict, List

import requests
from mistralai import Mistral

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from lib.clients.ollama_client import OLLAMA_BASE_URL  # noqa: E402
from lib.textutils import clean_text  # noqa: E402
from lib.warehouse import connect  # noqa: E402

LOCAL_MODEL = "qwen2.5:14b"
DIGEST_MODEL = "mistral-medium-latest"
RECIPIENTS = ["trust-safety@marketplace.example", "data-platform@marketplace.example"]


def low_ratings(days: int) -> Dict[str, List[str]]:
    with connect() as conn:
        rows = conn.execute(
            """
            select l.category, r.body
              from reviews.reviews r join catalogue.listings l on l.id = r.listing_id
             where r.rating <= 2 and r.created_at > now() - make_interval(days => %s)
            """,
            (days,),
        ).fetchall()
    out: Dict[str, List[str]] = {}
    for row in rows:
        out.setdefault(row["category"], []).append(clean_text(row["body"])[:500])
    return out


def themes_for(category: str, bodies: List[str]) -> str:
    prompt = (
        f"These are negative buyer reviews in the '{category}' category. List the 3-5 most common "
        "complaint themes with a rough share of reviews for each, as short bullet points.\n\n"
        + "\n".join(f"- {b}" for b in bodies[:150])
    )
    r = requests.post(
        f"{OLLAMA_BASE_URL}/api/generate",
        json={"model": LOCAL_MODEL, "prompt": prompt, "stream": False, "options": {"num_ctx": 16384}},
        timeout=600,
    )
    r.raise_for_status()
    return r.json()["response"].strip()


def write_digest(themes: Dict[str, str]) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    body = "\n\n".join(f"## {cat}\n{t}" for cat, t in sorted(themes.items()))
    parts: List[str] = []
    stream = client.chat.stream(
        model=DIGEST_MODEL,
        messages=[
            {"role": "system", "content": "You write concise weekly digests for a trust & safety team."},
            {"role": "user", "content": "Turn these per-category complaint themes into a digest with a "
                                        "3-bullet executive summary first:\n\n" + body},
        ],
        temperature=0.3,
    )
    with stream as events:
        for event in events:
            delta = event.data.choices[0].delta.content
            if isinstance(delta, str):
                parts.append(delta)
                sys.stdout.write(delta)
    return "".join(parts)


def send(digest: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Weekly buyer complaints digest"
    msg["From"] = "flows@marketplace.example"
    msg["To"] = ", ".join(RECIPIENTS)
    msg.set_content(digest)
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost")) as smtp:
        smtp.send_message(msg)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--no-mail", action="store_true")
    args = ap.parse_args()

    by_cat = low_ratings(args.days)
    themes = {cat: themes_for(cat, bodies) for cat, bodies in by_cat.items() if len(bodies) >= 10}
    digest = write_digest(themes)
    if not args.no_mail:
        send(digest)


if __name__ == "__main__":
    main()
