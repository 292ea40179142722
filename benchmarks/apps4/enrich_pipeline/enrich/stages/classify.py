"""Assign a top-level category to every product.

A zero-shot NLI model handles the easy cases; anything under the confidence floor goes to a
chat model with the full taxonomy, and the chat model's answer is checked against the list.
"""
from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List, Optional

from enrich.models import Batch
from enrich.stages.base import ChatCompletionStage
from enrich.utils.text import truncate_tokens

ZERO_SHOT_MODEL = "facebook/bart-large-mnli"
HF_CHAT_MODEL = "Qwen/Qwen2.5-7B-Instruct"

SYSTEM_PROMPT = (
    "You are a retail catalog taxonomist. Pick exactly one category for the product from the "
    "list given by the user. Answer as JSON: {\"category\": <string>, \"confidence\": <0..1>}."
)


class ClassifyStage(ChatCompletionStage):
    name = "classify"

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.labels: List[str] = list(self.opt("labels", []))
        self.floor = float(self.opt("confidence_floor", 0.55))
        self.escalate_to = self.opt("escalate_to", "cerebras")

    def _zero_shot(self, text: str) -> Dict[str, Any]:
        result = self.ctx.hf.zero_shot_classification(
            text, candidate_labels=self.labels, model=ZERO_SHOT_MODEL
        )
        best = max(result, key=lambda el: el.score)
        return {"category": best.label, "confidence": float(best.score), "method": "zero-shot"}

    def _messages(self, text: str) -> List[Dict[str, str]]:
        return [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": f"Categories: {json.dumps(self.labels)}\n\nProduct:\n{text}"},
        ]

    def _ask_cerebras(self, text: str) -> Dict[str, Any]:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(text),
            temperature=self.temperature,
            max_completion_tokens=60,
            response_format={"type": "json_object"},
        )
        answer = self.parse_json(resp.choices[0].message.content)
        answer["method"] = "cerebras"
        return answer

    async def _ask_hf(self, text: str) -> Dict[str, Any]:
        resp = await asyncio.to_thread(
            self.ctx.hf.chat_completion,
            self._messages(text),
            model=HF_CHAT_MODEL,
            max_tokens=60,
            temperature=0.0,
        )
        answer = self.parse_json(resp.choices[0].message.content)
        answer["method"] = "hf-chat"
        return answer

    def _validate(self, answer: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        if answer.get("category") not in self.labels:
            return None
        return answer

    async def _classify_one(self, text: str) -> Dict[str, Any]:
        text = truncate_tokens(text, 400)
        first = await asyncio.to_thread(self._zero_shot, text)
        if first["confidence"] >= self.floor:
            return first
        if self.escalate_to == "hf":
            second = await self._ask_hf(text)
        else:
            second = await asyncio.to_thread(self._ask_cerebras, text)
        return self._validate(second) or first

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        texts = (frame["title"].fillna("") + ". " + frame["description"].fillna("")).tolist()
        results = await self.gather_bounded(self._classify_one, texts)
        cats, confs, methods = [], [], []
        for res in results:
            if isinstance(res, Exception):
                self.log.warning("classification failed: %s", res)
                res = {"category": None, "confidence": 0.0, "method": "error"}
            cats.append(res.get("category"))
            confs.append(res.get("confidence"))
            methods.append(res.get("method"))
        frame["category"] = cats
        frame["category_confidence"] = confs
        frame["category_method"] = methods
        return batch.with_frame(frame)
