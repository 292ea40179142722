"""Backfill titles for clips saved with an empty title (the !clip title step used to time out).

    python scripts/backfill_clip_titles.py --db bot.sqlite3 [--dry-run]
"""
import argparse
import os
import sqlite3
import sys

import requests
from groq import Groq

HELIX = "https://api.twitch.tv/helix"


def app_token() -> str:
    r = requests.post(
        "https://id.twitch.tv/oauth2/token",
        params={
            "client_id": os.environ["TWITCH_CLIENT_ID"],
            "client_secret": os.environ["TWITCH_CLIENT_SECRET"],
            "grant_type": "client_credentials",
        },
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def clip_info(token: str, clip_id: str) -> dict:
    r = requests.get(
        f"{HELIX}/clips",
        params={"id": clip_id},
        headers={"Client-Id": os.environ["TWITCH_CLIENT_ID"], "Authorization": f"Bearer {token}"},
        timeout=10,
    )
    r.raise_for_status()
    data = r.json()["data"]
    return data[0] if data else {}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="bot.sqlite3")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    client = Groq()
    token = app_token()
    db = sqlite3.connect(args.db)
    rows = db.execute("SELECT clip_id, channel FROM clips WHERE title = ''").fetchall()
    print(f"{len(rows)} clips without a title")
    for clip_id, channel in rows:
        info = clip_info(token, clip_id)
        if not info:
            continue
        completion = client.chat.completions.create(
            model="llama-3.3-70b-versatile",
            messages=[
                {"role": "system", "content": "Suggest a catchy Twitch clip title, max 60 chars, no quotes."},
                {"role": "user", "content": f"Channel {channel}, game id {info.get('game_id')}, "
                                            f"current title: {info.get('title')}"},
            ],
            max_tokens=30,
        )
        title = completion.choices[0].message.content.strip().strip('"')
        print(f"{clip_id}: {title}")
        if not args.dry_run:
            db.execute("UPDATE clips SET title = ? WHERE clip_id = ?", (title, clip_id))
    db.commit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
