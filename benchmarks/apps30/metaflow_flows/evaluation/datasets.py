"""Loading and synthesising evaluation sets."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from llmkit.conversation import Conversation
from llmkit.router import ProviderRouter


@dataclass
class EvalItem:
    id: str
    question: str
    reference: str
    tags: tuple[str, ...] = ()


def load_jsonl(path: str | Path) -> list[EvalItem]:
    items = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            items.append(EvalItem(row["id"], row["question"], row["reference"], tuple(row.get("tags", ()))))
    return items


def stratified_sample(items: Iterable[EvalItem], n: int, seed: int = 13) -> list[EvalItem]:
    by_tag: dict[str, list[EvalItem]] = {}
    for it in items:
        by_tag.setdefault(it.tags[0] if it.tags else "untagged", []).append(it)
    rng = random.Random(seed)
    per = max(1, n // max(len(by_tag), 1))
    out: list[EvalItem] = []
    for bucket in by_tag.values():
        rng.shuffle(bucket)
        out.extend(bucket[:per])
    return out[:n]


class SyntheticDialogueGenerator:
    """Generates multi-turn customer dialogues for robustness tests."""

    def __init__(self, router: ProviderRouter, provider: str = "anthropic"):
        self.router = router
        self.provider = provider

    def generate(self, persona: str, opening: str, turns: int = 3) -> list[dict]:
        convo = Conversation(self.router, provider=self.provider, system=f"Role-play as: {persona}")
        transcript = [{"role": "user", "content": opening}]
        reply = convo.chat(opening)
        transcript.append({"role": "assistant", "content": reply})
        for _ in range(turns - 1):
            follow_up = convo.chat("Continue as the customer with a natural follow-up question.")
            transcript.append({"role": "user", "content": follow_up})
        return transcript
