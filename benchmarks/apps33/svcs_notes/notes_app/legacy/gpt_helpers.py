"""Old helper functions from v0.3. Do not add new callers; use the container.

TODO(mara): move remaining callers to multi_model_service.
"""

from __future__ import annotations

import os

import requests

from notes_app.services import get_openai_client

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def ask_gpt(prompt: str, model: str = "gpt-4o-mini", temperature: float = 0.3) -> str:
    client = get_openai_client()
    resp = client.chat.completions.create(
        model=model,
        temperature=temperature,
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


def classify_note_kind(body: str) -> str:
    """meeting / journal / reference / todo — used by the importer."""
    out = ask_gpt(
        "Classify this note as one of meeting, journal, reference, todo. "
        f"Answer with the word only.\n\n{body[:3000]}",
        temperature=0,
    )
    return out.strip().lower() or "reference"


def long_form(prompt: str, model: str = "gpt-4o") -> str:
    """Long answers need a longer timeout than the default client."""
    resp = get_openai_client().with_options(timeout=180.0).chat.completions.create(
        model=model,
        max_tokens=4000,
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


def moderate(text: str) -> bool:
    result = get_openai_client().moderations.create(
        model="omni-moderation-latest", input=text
    )
    return not result.results[0].flagged


def ask_gpt_raw(prompt: str, model: str = "gpt-4o-mini") -> str:
    """requests-based version from before we had the SDK in the image."""
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
