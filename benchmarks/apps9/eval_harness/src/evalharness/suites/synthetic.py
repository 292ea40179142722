"""Synthetic question generation for new suites, via the providers' batch APIs (half price,
results within 24h). `evalh synth submit` writes a manifest; `evalh synth collect` picks the
results up later."""
from __future__ import annotations

import json
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

from evalharness.clients import get_anthropic_client, get_openai_client

logger = logging.getLogger(__name__)

GEN_INSTRUCTIONS = (
    "Write {n} challenging but unambiguous factual questions about the passage below, each with "
    "a short reference answer. Return JSON lines with keys 'input' and 'reference'.\n\n{passage}"
)


@dataclass
class SeedPassage:
    id: str
    text: str


@dataclass
class BatchHandle:
    provider: str
    batch_id: str
    n_requests: int

    def to_json(self) -> Dict[str, object]:
        return {"provider": self.provider, "batch_id": self.batch_id, "n_requests": self.n_requests}


class SyntheticQAGenerator:
    def __init__(self, questions_per_passage: int = 5):
        self.n = questions_per_passage
        self.anthropic = get_anthropic_client()
        self.openai = get_openai_client()

    def submit_claude(self, seeds: List[SeedPassage], model: str = "claude-sonnet-4-5") -> BatchHandle:
        requests = [
            {
                "custom_id": seed.id,
                "params": {
                    "model": model,
                    "max_tokens": 2048,
                    "messages": [
                        {"role": "user", "content": GEN_INSTRUCTIONS.format(n=self.n, passage=seed.text)}
                    ],
                },
            }
            for seed in seeds
        ]
        batch = self.anthropic.messages.batches.create(requests=requests)
        logger.info("submitted anthropic batch %s (%d requests)", batch.id, len(requests))
        return BatchHandle("anthropic", batch.id, len(requests))

    def submit_openai(self, seeds: List[SeedPassage], model: str = "gpt-4o-mini") -> BatchHandle:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "synth_batch.jsonl"
            with open(path, "w", encoding="utf-8") as fh:
                for seed in seeds:
                    fh.write(json.dumps({
                        "custom_id": seed.id,
                        "method": "POST",
                        "url": "/v1/chat/completions",
                        "body": {
                            "model": model,
                            "messages": [{"role": "user", "content": GEN_INSTRUCTIONS.format(n=self.n, passage=seed.text)}],
                            "max_tokens": 2048,
                        },
                    }) + "\n")
            with open(path, "rb") as fh:
                input_file = self.openai.files.create(file=fh, purpose="batch")
        batch = self.openai.batches.create(
            input_file_id=input_file.id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"purpose": "evalharness-synth"},
        )
        logger.info("submitted openai batch %s (%d requests)", batch.id, len(seeds))
        return BatchHandle("openai", batch.id, len(seeds))

    def status(self, handle: BatchHandle) -> str:
        if handle.provider == "anthropic":
            return self.anthropic.messages.batches.retrieve(handle.batch_id).processing_status
        return self.openai.batches.retrieve(handle.batch_id).status

    def collect(self, handle: BatchHandle) -> List[Dict[str, str]]:
        rows: List[Dict[str, str]] = []
        if handle.provider == "anthropic":
            for entry in self.anthropic.messages.batches.results(handle.batch_id):
                if entry.result.type != "succeeded":
                    continue
                text = "".join(b.text for b in entry.result.message.content if b.type == "text")
                rows.extend(_parse_lines(text, entry.custom_id))
        else:
            batch = self.openai.batches.retrieve(handle.batch_id)
            if not batch.output_file_id:
                return rows
            content = self.openai.files.content(batch.output_file_id).text
            for line in content.splitlines():
                item = json.loads(line)
                body = item["response"]["body"]
                rows.extend(_parse_lines(body["choices"][0]["message"]["content"], item["custom_id"]))
        return rows


def _parse_lines(text: str, seed_id: str) -> List[Dict[str, str]]:
    out = []
    for i, line in enumerate(text.splitlines()):
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "input" in obj and "reference" in obj:
            out.append({"id": f"{seed_id}-{i}", "input": obj["input"], "reference": obj["reference"]})
    return out
