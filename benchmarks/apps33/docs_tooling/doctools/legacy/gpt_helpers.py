"""Old helpers from the docs bot. Still used by scripts/changelog_digest.py."""
from __future__ import annotations

import os
import time

import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
DEFAULT_MODEL = "gpt-3.5-turbo"


def ask_gpt(prompt: str, model: str = DEFAULT_MODEL, retries: int = 3) -> str:
    last_exc: Exception | None = None
    for attempt in range(retries):
        try:
            resp = openai.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": prompt}],
                temperature=0,
            )
            return resp.choices[0].message.content
        except openai.RateLimitError as exc:
            last_exc = exc
            time.sleep(2 ** attempt)
    raise RuntimeError("ask_gpt failed") from last_exc


def ask_gpt_http(prompt: str, model: str = DEFAULT_MODEL) -> str:
    """Used from the GitHub Action runner image, which doesn't have the SDK installed."""
    headers = {
        "Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}",
        "Content-Type": "application/json",
    }
    r = requests.post(
        OPENAI_URL,
        headers=headers,
        json={"model": model, "messages": [{"role": "user", "content": prompt}], "temperature": 0},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def moderate(text: str) -> bool:
    result = openai.moderations.create(model="omni-moderation-latest", input=text)
    return result.results[0].flagged


def summarize_diff(diff: str) -> str:
    prompt = "Summarise this documentation diff for a changelog entry:\n\n" + diff[:8000]
    return ask_gpt(prompt)


# --- pre-1.0 SDK shims ------------------------------------------------------
# The changelog runner image still pins openai==0.28 (platform-infra#88). These
# paths only run there; on 1.x they raise APIRemovedInV1.
OPENAI_V0 = getattr(openai, "version", None) is not None and openai.version.VERSION.startswith("0.")


def embed_titles_v0(titles: list[str]) -> list[list[float]]:
    if not OPENAI_V0:
        raise RuntimeError("embed_titles_v0 needs openai<1.0; use doctools.search.embed instead")
    result = openai.Embedding.create(model="text-embedding-ada-002", input=titles)
    return [row["embedding"] for row in result["data"]]


def rewrite_heading(heading: str) -> str:
    """Turn 'Configuring the thing' into sentence case with a verb first."""
    words = heading.strip().rstrip(".").split()
    if not words:
        return heading
    first = words[0]
    if first.lower().endswith("ing") and len(first) > 5:
        words[0] = first[:-3].capitalize()
    return " ".join([words[0]] + [w.lower() if w.istitle() else w for w in words[1:]])
