"""Pre-SDK playlist generator that posts to the Anthropic API by hand.

Kept because the Raspberry Pi image ships without the anthropic wheel.
"""

import json
import logging
import os

import requests

logger = logging.getLogger(__name__)

API_URL = "https://api.anthropic.com/v1/messages"


def _headers():
    return {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }


def mood_playlist(mood, limit=15, model="claude-3-haiku-20240307"):
    payload = {
        "model": model,
        "max_tokens": 800,
        "messages": [
            {
                "role": "user",
                "content": (
                    f"List {limit} songs for a {mood} mood as JSON "
                    '[{"artist": ..., "title": ...}] and nothing else.'
                ),
            }
        ],
    }
    r = requests.post(API_URL, headers=_headers(), data=json.dumps(payload), timeout=60)
    r.raise_for_status()
    text = r.json()["content"][0]["text"]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        logger.warning("unparseable playlist: %s", text[:200])
        return []


def count_tokens(text, model="claude-3-haiku-20240307"):
    r = requests.post(
        API_URL + "/count_tokens",
        headers=_headers(),
        json={"model": model, "messages": [{"role": "user", "content": text}]},
        timeout=10,
    )
    return r.json().get("input_tokens", 0)


def to_uris(core, songs):
    uris = []
    for song in songs:
        res = core.library.search({"artist": [song["artist"]], "track_name": [song["title"]]}).get()
        for r in res:
            if r.tracks:
                uris.append(r.tracks[0].uri)
                break
    return uris
