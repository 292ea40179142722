#!/usr/bin/env python
"""OLD weekly digest cron (pre-huey). Still run by ops for the 'classic' list
until the last B2B customers migrate. Do not add features here.

crontab: 0 7 * * 1 /srv/newsletter/venv/bin/python -m legacy.cron_digest
"""
import os
import smtplib
import sqlite3
import sys
from email.message import EmailMessage

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

DB = os.environ.get("LEGACY_DB", "/srv/newsletter/classic.db")
MODEL = "gpt-4o-mini"


def load_stories(conn):
    cur = conn.execute(
        "SELECT title, excerpt FROM stories WHERE week = strftime('%W', 'now') ORDER BY score DESC"
    )
    return cur.fetchall()[:8]


def write_digest(stories):
    listing = "\n".join(f"* {t}: {e}" for t, e in stories)
    resp = openai.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You write short, friendly newsletter digests."},
            {"role": "user", "content": "Write this week's digest from:\n" + listing},
        ],
        temperature=0.5,
    )
    return resp.choices[0].message.content


def send(body, recipients):
    msg = EmailMessage()
    msg["Subject"] = "Your weekly digest"
    msg["From"] = os.environ.get("SENDER", "digest@example.com")
    msg["To"] = ", ".join(recipients)
    msg.set_content(body)
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost")) as smtp:
        smtp.send_message(msg)


def main():
    conn = sqlite3.connect(DB)
    stories = load_stories(conn)
    if not stories:
        print("no stories this week", file=sys.stderr)
        return 1
    body = write_digest(stories)
    recipients = [r[0] for r in conn.execute("SELECT email FROM classic_subscribers")]
    send(body, recipients)
    return 0


if __name__ == "__main__":
    sys.exit(main())
