"""Pre-2024 helpers from the first version of the summary feature.

Still imported by the newsletter export and a couple of scripts. Do not add
new callers; use ai.services.multi_model_service instead.
"""
import logging
import os

import openai
import requests

logger = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"


def quick_complete(prompt: str, model: str = "gpt-4o-mini", temperature: float = 0.5) -> str:
    response = openai.chat.completions.create(
        model=model,
        temperature=temperature,
        messages=[{"role": "user", "content": prompt}],
    )
    return response.choices[0].message.content


def newsletter_blurb(title: str, summary: str) -> str:
    """Uses requests directly because this ran inside the old Python 3.6 worker."""
    resp = requests.post(
        OPENAI_CHAT_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "system", "content": "Write a two-sentence newsletter blurb."},
                {"role": "user", "content": f"{title}\n\n{summary}"},
            ],
            "max_tokens": 120,
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def ping_webhook(url: str, payload: dict) -> int:
    # Notifies the newsletter service; not an LLM call.
    return requests.post(url, json=payload, timeout=10).status_code
