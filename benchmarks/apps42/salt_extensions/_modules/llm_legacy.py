# -*- coding: utf-8 -*-
"""
Legacy OpenAI module from the 2023 pilot (openai<1.0).

Still pinned on the build farm minions (see pillar ``llm:legacy_minions``).
Do not add new functions here.
"""
from __future__ import absolute_import, print_function, unicode_literals

import logging

try:
    import openai

    HAS_OPENAI = hasattr(openai, "ChatCompletion")
except ImportError:
    HAS_OPENAI = False

log = logging.getLogger(__name__)

__virtualname__ = "gpt"


def __virtual__():
    if not HAS_OPENAI:
        return (False, "gpt: requires openai<1.0")
    return __virtualname__


def _setup():
    openai.api_key = __salt__["config.get"]("openai.api_key")
    org = __salt__["config.get"]("openai.organization")
    if org:
        openai.organization = org


def complete(prompt, model="gpt-3.5-turbo", temperature=0.3):
    _setup()
    resp = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
    )
    return resp["choices"][0]["message"]["content"]


def embedding(text, model="text-embedding-ada-002"):
    _setup()
    resp = openai.Embedding.create(input=[text], model=model)
    return resp["data"][0]["embedding"]


def models():
    _setup()
    return [m["id"] for m in openai.Model.list()["data"]]
