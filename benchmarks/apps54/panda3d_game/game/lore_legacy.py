"""LEGACY (prototype jam build). Still used by the book reader and signposts.

TODO(anya): move to ai.provider_switch / multi_model_service, then delete.
"""
import os

import openai
import requests

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def book_page(title: str, page: int) -> str:
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You write pages of in-world books for a fantasy lake town."},
            {"role": "user", "content": f"Book: {title}. Write page {page}, about 120 words."},
        ],
    )
    return resp.choices[0].message.content


def signpost_text(place: str) -> str:
    # written before we had the SDK in requirements; kept because it works
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": f"A weathered signpost for {place}, max 8 words."}],
            "max_tokens": 30,
        },
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def tavern_rumour() -> str:
    client = openai.OpenAI()
    out = client.responses.create(
        model="gpt-4o-mini",
        instructions="You are a tavern gossip in Hollowmere.",
        input="Tell me one rumour, one sentence.",
    )
    return out.output_text
