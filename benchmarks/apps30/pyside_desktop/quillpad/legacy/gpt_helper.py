"""Original helper from v0.3. Still used by the autocomplete popup and
the 'Improve headline' toolbar button. TODO(mara): move to providers.py.
"""
import os

import openai
from PySide6.QtCore import QSettings

from quillpad import APP_NAME, ORG_NAME

_client = None


def _get_client():
    global _client
    if _client is None:
        key = QSettings(ORG_NAME, APP_NAME).value("keys/openai", "") or os.environ.get("OPENAI_API_KEY")
        _client = openai.OpenAI(api_key=key)
    return _client


def ask_gpt(prompt, model="gpt-3.5-turbo", temperature=0.7, max_tokens=300):
    response = _get_client().chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response.choices[0].message.content


def improve_headline(headline):
    return ask_gpt("Improve this headline, keep it under 12 words:\n" + headline, temperature=0.9)


def autocomplete(prefix, n=3):
    resp = _get_client().completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=prefix,
        max_tokens=24,
        n=n,
        stop=["\n"],
    )
    return [c.text for c in resp.choices]


def gpt_client():
    """Exposed for legacy callers that want the raw client."""
    return _get_client()
