"""Input/output guardrails: Mistral moderation on the way in, PII scrub on the way out."""
from __future__ import annotations

import re
from dataclasses import dataclass

from apis.llm.registry import client_for

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")


@dataclass
class Verdict:
    allowed: bool
    categories: dict


class PolicyTemplate:
    """Builds refusal messages. ``generate`` is pure string formatting."""

    def __init__(self, product: str = "DocsBot") -> None:
        self.product = product

    def generate(self, categories: dict) -> str:
        flagged = ", ".join(k for k, v in categories.items() if v) or "policy"
        return f"{self.product} can't help with that request ({flagged})."


def check_input(messages: list[dict], model: str = "mistral-moderation-latest") -> Verdict:
    client = client_for("mistral")
    resp = client.classifiers.moderate_chat(model=model, inputs=messages)
    cats = resp.results[0].categories
    return Verdict(allowed=not any(cats.values()), categories=cats)


def scrub_output(text: str) -> str:
    text = _EMAIL.sub("[email]", text)
    return _PHONE.sub("[phone]", text)


def refusal(verdict: Verdict) -> str:
    return PolicyTemplate().generate(verdict.categories)
