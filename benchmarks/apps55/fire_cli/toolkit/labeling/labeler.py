"""Dataset labeling with Claude tool use (primary) or the platform service."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, Iterable

from mlplatform.services.multi_model_service import TaskComplexity, multi_model_service

LABEL_TOOL = {
    "name": "assign_label",
    "description": "Assign exactly one label to the text.",
    "input_schema": {
        "type": "object",
        "properties": {
            "label": {"type": "string"},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        },
        "required": ["label", "confidence"],
    },
}


@dataclass
class Label:
    label: str
    confidence: float
    raw: Any = None


class ClaudeLabeler:
    def __init__(self, client, labels: list[str], model: str = "claude-3-haiku-20240307", guidelines: str = ""):
        self.client = client
        self.labels = labels
        self.model = model
        self.guidelines = guidelines

    def _system(self) -> str:
        return (
            "You label text for an ML dataset. Allowed labels: "
            + ", ".join(self.labels)
            + (f"\nGuidelines:\n{self.guidelines}" if self.guidelines else "")
        )

    def label_one(self, text: str) -> Label:
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=256,
            system=self._system(),
            tools=[LABEL_TOOL],
            tool_choice={"type": "tool", "name": "assign_label"},
            messages=[{"role": "user", "content": text}],
        )
        for block in msg.content:
            if block.type == "tool_use":
                data = block.input
                label = data.get("label", "")
                if label not in self.labels:
                    label = "UNKNOWN"
                return Label(label, float(data.get("confidence", 0.0)), raw=data)
        return Label("UNKNOWN", 0.0)

    def label_many(self, texts: Iterable[str]) -> list[Label]:
        return [self.label_one(t) for t in texts]


class AsyncClaudeLabeler(ClaudeLabeler):
    async def alabel_one(self, text: str) -> Label:
        msg = await self.client.messages.create(
            model=self.model,
            max_tokens=256,
            system=self._system(),
            tools=[LABEL_TOOL],
            tool_choice={"type": "tool", "name": "assign_label"},
            messages=[{"role": "user", "content": text}],
        )
        block = next((b for b in msg.content if b.type == "tool_use"), None)
        if block is None:
            return Label("UNKNOWN", 0.0)
        return Label(block.input.get("label", "UNKNOWN"), float(block.input.get("confidence", 0.0)), raw=block.input)

    async def alabel_many(self, texts: list[str], concurrency: int = 8) -> list[Label]:
        sem = asyncio.Semaphore(concurrency)

        async def _guarded(t: str) -> Label:
            async with sem:
                return await self.alabel_one(t)

        return await asyncio.gather(*(_guarded(t) for t in texts))


class PlatformLabeler:
    """Tracked labeling through the shared multi-model service (preferred for prod datasets)."""

    def __init__(self, labels: list[str]):
        self.labels = labels

    async def alabel_one(self, text: str) -> Label:
        prompt = (
            f"Choose one label from [{', '.join(self.labels)}] for the text below. "
            f"Answer with the label only.\n\n{text}"
        )
        answer = await multi_model_service.generate_response(
            prompt=prompt,
            task_type="classification",
            complexity=TaskComplexity.SIMPLE,
        )
        answer = answer.strip()
        return Label(answer if answer in self.labels else "UNKNOWN", 1.0)


def agreement(a: list[Label], b: list[Label]) -> float:
    if not a:
        return 0.0
    return sum(x.label == y.label for x, y in zip(a, b)) / len(a)
