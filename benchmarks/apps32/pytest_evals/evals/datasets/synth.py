"""Synthetic dataset generation with Gemini (run from scripts/gen_synthetic.py)."""
from __future__ import annotations

import json
import logging
from typing import Dict, List

from google.genai import types

from evalkit.providers import make_genai_client

logger = logging.getLogger(__name__)

SYNTH_PROMPT = """Write {n} diverse question/answer pairs about: {topic}.
Return a JSON list of objects with keys "question" and "answer"."""


class SyntheticGenerator:
    def __init__(self, client=None, model: str = "gemini-2.0-flash") -> None:
        self.client = client or make_genai_client()
        self.model = model

    def generate(self, topic: str, n: int = 10) -> List[Dict[str, str]]:
        response = self.client.models.generate_content(
            model=self.model,
            contents=SYNTH_PROMPT.format(n=n, topic=topic),
            config=types.GenerateContentConfig(
                temperature=0.9,
                response_mime_type="application/json",
            ),
        )
        try:
            rows = json.loads(response.text or "[]")
        except json.JSONDecodeError:
            logger.warning("gemini returned non-JSON for topic %s", topic)
            return []
        return [r for r in rows if "question" in r and "answer" in r]

    def paraphrase(self, question: str, k: int = 3) -> List[str]:
        chat = self.client.chats.create(model=self.model)
        out = []
        for _ in range(k):
            reply = chat.send_message(f"Paraphrase differently from before: {question}")
            out.append((reply.text or "").strip())
        return out

    def estimate_tokens(self, topic: str, n: int = 10) -> int:
        res = self.client.models.count_tokens(
            model=self.model, contents=SYNTH_PROMPT.format(n=n, topic=topic)
        )
        return res.total_tokens or 0
