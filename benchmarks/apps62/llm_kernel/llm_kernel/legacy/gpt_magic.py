"""Original %%gpt implementation -- talks to the REST API with requests.

Deprecated: new code goes through llm_kernel.backends.
"""
from __future__ import annotations

import functools
import os
import warnings

import requests

from ..backends.clients import get_openai_client

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def gpt_cell(prompt: str, model: str = "gpt-3.5-turbo", temperature: float = 0.7) -> str:
    warnings.warn("gpt_cell is deprecated, use the openai backend", DeprecationWarning, stacklevel=2)
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"model": model, "temperature": temperature, "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def ask_many(prompts: list[str], model: str = "gpt-4o-mini") -> list[str]:
    chat = functools.partial(get_openai_client().chat.completions.create, model=model, temperature=0)
    answers = []
    for p in prompts:
        resp = chat(messages=[{"role": "user", "content": p}])
        answers.append(resp.choices[0].message.content)
    return answers
