"""Original blurb script (2022), ported to openai>=1 by search-and-replace.

Still imported by scripts/reprocess_2022.py; scheduled for deletion.
"""
import os
import time

import openai
import requests
from openai import OpenAI

openai.api_key = os.environ.get("OPENAI_API_KEY")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def blurb_for(title, author, description=""):
    prompt = f"Write a back-cover blurb for {title} by {author}.\n{description}"
    for attempt in range(3):
        try:
            response = openai.chat.completions.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": prompt}],
                max_tokens=300,
            )
            return response.choices[0].message.content
        except openai.RateLimitError:
            time.sleep(5 * (attempt + 1))
    return ""


def blurb_for_claude(title, author, description=""):
    """Used for the poetry list; predates the anthropic SDK in our lockfile."""
    resp = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-haiku-20240307",
            "max_tokens": 300,
            "messages": [{"role": "user", "content": f"Blurb for {title} by {author}.\n{description}"}],
        },
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["content"][0]["text"]


def fetch_cover_metadata(isbn):
    # not an LLM call: the warehouse metadata service
    resp = requests.post("https://metadata.internal/api/covers/lookup", json={"isbn": isbn}, timeout=10)
    resp.raise_for_status()
    return resp.json()


# --- old keyword tagger (was legacy/tagger.py) -------------------------
# ExtractKeywords replaced it for fiction; non-fiction still runs it.


class CatalogueTagger:
    def __init__(self, model="gpt-4o-mini"):
        self.model = model
        self.client = OpenAI()

    @classmethod
    def create(cls, **kwargs):
        return cls(**kwargs)

    def tag(self, title, description, n=5):
        completion = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Return comma-separated subject tags."},
                {"role": "user", "content": f"{title}\n\n{description}\n\nGive {n} tags."},
            ],
            temperature=0,
        )
        return [t.strip() for t in completion.choices[0].message.content.split(",") if t.strip()][:n]

    def tag_many(self, rows, n=5):
        return {r["isbn"]: self.tag(r["title"], r.get("description", ""), n) for r in rows}


# --- Cohere "generate" summaries (2021 pilot) ----------------------------
# The v1 generate endpoint; kept because the reprocess script still calls
# short_pitch() for the audiobook list.

import cohere  # noqa: E402

_co = None


def _cohere():
    global _co
    if _co is None:
        _co = cohere.Client(api_key=os.environ.get("CO_API_KEY"))
    return _co


def short_pitch(title, blurb, max_words=25):
    """One-line sales pitch for the audiobook catalogue."""
    response = _cohere().chat(
        model="command-r",
        message=f"In at most {max_words} words, pitch '{title}' to a bookseller:\n\n{blurb}",
        temperature=0.6,
    )
    return response.text.strip()


def pitch_many(rows, max_words=25):
    pitches = {}
    for row in rows:
        try:
            pitches[row["isbn"]] = short_pitch(row["title"], row.get("blurb", ""), max_words)
        except Exception:  # noqa: BLE001 - legacy behaviour: skip and carry on
            pitches[row["isbn"]] = ""
    return pitches
