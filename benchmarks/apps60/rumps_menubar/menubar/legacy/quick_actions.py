"""Old 'quick actions' (Services menu). Half-migrated: DeepSeek goes through
the shared client now, Cohere still builds its own v1 client."""
from __future__ import annotations

import functools
import os

import cohere

from menubar.llm.clients import get_deepseek_client

# TODO(marta): move to ProviderSwitch once it supports per-action models
_ask_deepseek = functools.partial(
    get_deepseek_client().chat.completions.create,
    model="deepseek-chat",
    temperature=0.5,
)


def make_title(text: str) -> str:
    resp = _ask_deepseek(
        messages=[
            {"role": "system", "content": "Write a 3-6 word title for this text. No quotes."},
            {"role": "user", "content": text[:3000]},
        ],
        max_tokens=20,
    )
    return resp.choices[0].message.content.strip().strip('"')


def bulletise(text: str) -> str:
    resp = _ask_deepseek(
        messages=[{"role": "user", "content": f"Turn this into bullet points:\n\n{text}"}],
    )
    return resp.choices[0].message.content


_co = None


def _cohere_v1() -> cohere.Client:
    global _co
    if _co is None:
        _co = cohere.Client(api_key=os.environ.get("CO_API_KEY"))
    return _co


def tldr(text: str) -> str:
    resp = _cohere_v1().chat(
        message=f"TL;DR in one sentence:\n\n{text}",
        model="command-r",
        temperature=0.3,
    )
    return resp.text.strip()


def to_email(text: str, recipient: str = "") -> str:
    co = _cohere_v1()
    prompt = f"Turn these notes into a short email{' to ' + recipient if recipient else ''}:\n\n{text}"
    return co.chat(message=prompt, model="command-r").text.strip()
