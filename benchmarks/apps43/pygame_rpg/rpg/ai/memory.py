"""NPC memory: a short transcript window plus long-term 'facts'.

Long-term facts are one-sentence summaries made by a local model so we can
afford to summarize after every conversation. Retrieval uses local embeddings.
"""
from __future__ import annotations

import logging
import math
from collections import deque
from dataclasses import dataclass, field

import ollama

from rpg.ai.prompts import SUMMARY_PROMPT
from settings import AI_SETTINGS

log = logging.getLogger(__name__)


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a)) or 1.0
    nb = math.sqrt(sum(y * y for y in b)) or 1.0
    return dot / (na * nb)


@dataclass
class Fact:
    text: str
    vector: list[float] = field(default_factory=list)
    importance: int = 1


class NPCMemory:
    def __init__(self, owner: str, window: int | None = None, client: ollama.Client | None = None):
        self.owner = owner
        self.transcript: deque[dict[str, str]] = deque(maxlen=window or AI_SETTINGS.memory_window)
        self.facts: list[Fact] = []
        # injected so tests can pass a fake; None means "use the module-level default client"
        self._client = client

    # -- short term -------------------------------------------------------
    def add_turn(self, role: str, content: str) -> None:
        self.transcript.append({"role": role, "content": content})

    def as_messages(self) -> list[dict[str, str]]:
        return list(self.transcript)

    # -- long term --------------------------------------------------------
    def summarize_conversation(self) -> str | None:
        if len(self.transcript) < 2:
            return None
        text = "\n".join(f"{t['role']}: {t['content']}" for t in self.transcript)
        prompt = SUMMARY_PROMPT.substitute(name=self.owner, transcript=text)
        if self._client is not None:
            resp = self._client.generate(
                model=AI_SETTINGS.ollama_model, prompt=prompt, options={"num_predict": 60}
            )
        else:
            resp = ollama.generate(model=AI_SETTINGS.ollama_model, prompt=prompt, options={"num_predict": 60})
        summary = resp["response"].strip()
        self.remember(summary)
        self.transcript.clear()
        return summary

    def _embed(self, text: str) -> list[float]:
        try:
            out = ollama.embed(model=AI_SETTINGS.ollama_embed_model, input=text)
        except Exception as exc:  # noqa: BLE001
            log.debug("embedding failed, storing fact without vector: %s", exc)
            return []
        return list(out["embeddings"][0])

    def remember(self, text: str, importance: int = 1) -> None:
        self.facts.append(Fact(text=text, vector=self._embed(text), importance=importance))

    def recall(self, query: str | None = None, k: int = 4) -> list[str]:
        if not self.facts:
            return []
        if query is None:
            ranked = sorted(self.facts, key=lambda f: f.importance, reverse=True)
        else:
            qv = self._embed(query)
            if not qv:
                ranked = self.facts[-k:]
            else:
                ranked = sorted(self.facts, key=lambda f: _cosine(qv, f.vector) if f.vector else 0.0, reverse=True)
        return [f.text for f in ranked[:k]]

    # -- persistence ------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "owner": self.owner,
            "transcript": list(self.transcript),
            "facts": [{"text": f.text, "importance": f.importance} for f in self.facts],
        }

    @classmethod
    def from_dict(cls, data: dict, client: ollama.Client | None = None) -> "NPCMemory":
        mem = cls(data["owner"], client=client)
        for turn in data.get("transcript", []):
            mem.add_turn(turn["role"], turn["content"])
        # vectors are recomputed lazily; we don't store them in save files
        mem.facts = [Fact(f["text"], importance=f.get("importance", 1)) for f in data.get("facts", [])]
        return mem
