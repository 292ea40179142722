"""v1 intent bot.  # TODO: delete after mobile SDK 3.2 rollout"""
from __future__ import annotations

import re
from dataclasses import dataclass

import cohere
import ollama

from app.legacy.autoreply import answer_faq

_co = cohere.Client()

GREETING = re.compile(r"^(hi|hello|hey|hola)\b", re.I)


@dataclass
class Reply:
    text: str
    source: str


class Bot:
    """Rule-first bot; not an LLM client despite the method names."""

    def __init__(self, faq: str) -> None:
        self.faq = faq
        self.history: list[str] = []

    def chat(self, text: str) -> Reply:
        self.history.append(text)
        if GREETING.match(text):
            return Reply("Hi! How can I help you today?", "rule")
        if len(text) < 8:
            return Reply("Could you tell me a bit more?", "rule")
        return Reply(answer_faq(text, self.faq), "llm")

    def generate(self, template: str, **kwargs) -> str:
        return template.format(**kwargs)


def classify_intent(text: str) -> str:
    res = _co.chat(
        model="command-r",
        message=f"One word intent (billing/bug/account/other) for: {text}",
        temperature=0,
    )
    return res.text.strip().lower()


def local_echo_check(text: str) -> bool:
    """Health probe used by the v1 status page: is the local model answering?"""
    res = ollama.chat(model="llama3.1:8b", messages=[{"role": "user", "content": text}])
    return bool(res["message"]["content"])
