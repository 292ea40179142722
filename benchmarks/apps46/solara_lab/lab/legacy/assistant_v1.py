"""v1 assistant from the Voila prototype (2023).

Uses the module-level OpenAI client and a hand-rolled retry. Only the
``describe_columns`` script and the old export still call this.
"""
from __future__ import annotations

import functools
import os

import openai
from groq import Groq

from lab.utils.retry import with_backoff

openai.api_key = os.environ.get("OPENAI_API_KEY")

DEFAULT_MODEL = "gpt-4o-mini"


def ask(question: str, context: str = "", model: str = DEFAULT_MODEL) -> str:
    messages = [{"role": "system", "content": "You are a helpful data assistant."}]
    if context:
        messages.append({"role": "system", "content": context})
    messages.append({"role": "user", "content": question})
    resp = openai.chat.completions.create(model=model, messages=messages)
    return resp.choices[0].message.content


def ask_with_retry(question: str, model: str = DEFAULT_MODEL) -> str:
    resp = with_backoff(
        openai.chat.completions.create,
        model=model,
        messages=[{"role": "user", "content": question}],
        attempts=5,
    )
    return resp.choices[0].message.content


class FastAssistant:
    """Groq-backed variant used for the live demo."""

    def __init__(self, model: str = "llama-3.1-8b-instant") -> None:
        self.groq = Groq()
        self.model = model
        self._complete = functools.partial(self.groq.chat.completions.create, model=self.model, temperature=0)

    def ask(self, question: str) -> str:
        out = self._complete(messages=[{"role": "user", "content": question}])
        return out.choices[0].message.content

    def label_rows(self, rows: list[str]) -> list[str]:
        labels = []
        for r in rows:
            resp = self.groq.chat.completions.create(
                model=self.model,
                messages=[{"role": "user", "content": f"One-word category for: {r}"}],
                max_tokens=5,
            )
            labels.append(resp.choices[0].message.content.strip().lower())
        return labels
