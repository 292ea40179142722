"""Synthetic data generation.

The async OpenAI path is the default; ``--backend hf`` uses a Hugging Face
model through text_generation for cheap bulk volume.
"""
from __future__ import annotations

import asyncio
import random
from typing import Any

from pydantic import BaseModel

PERSONAS = [
    "a frustrated customer who has contacted support three times",
    "a new user who is unsure what the product does",
    "a power user asking about an obscure API flag",
    "a non-native English speaker writing briefly",
    "an enterprise admin concerned about compliance",
]

TASKS = {
    "intent": {
        "labels": ["billing", "bug_report", "feature_request", "account_access", "other"],
        "instruction": "Write one realistic support message whose intent is '{label}'. Speak as {persona}.",
    },
    "qa": {
        "labels": ["factual", "procedural", "comparison"],
        "instruction": "Write a {label} question about our data platform and a concise correct answer. Speak as {persona}.",
    },
    "summarize": {
        "labels": ["short", "long"],
        "instruction": "Write a {label} internal incident report (plain text) that someone would need summarised.",
    },
}


def sample_instruction(task: str, rng: random.Random) -> tuple[str, str]:
    spec = TASKS[task]
    label = rng.choice(spec["labels"])
    persona = rng.choice(PERSONAS)
    return label, spec["instruction"].format(label=label, persona=persona)


def dedupe(rows: list[dict], key: str = "text") -> list[dict]:
    seen: set[str] = set()
    out = []
    for row in rows:
        k = " ".join(row.get(key, "").lower().split())
        if k and k not in seen:
            seen.add(k)
            out.append(row)
    return out



class QAPair(BaseModel):
    question: str
    answer: str


class SyntheticGenerator:
    def __init__(self, aclient, model: str = "gpt-4o-mini", concurrency: int = 8, seed: int = 0):
        self.aclient = aclient
        self.model = model
        self._sem = asyncio.Semaphore(concurrency)
        self.rng = random.Random(seed)

    async def _one(self, task: str) -> dict[str, Any]:
        label, instruction = sample_instruction(task, self.rng)
        async with self._sem:
            if task == "qa":
                completion = await self.aclient.beta.chat.completions.parse(
                    model=self.model,
                    messages=[{"role": "user", "content": instruction}],
                    response_format=QAPair,
                    temperature=1.0,
                )
                pair = completion.choices[0].message.parsed
                return {"label": label, "question": pair.question, "answer": pair.answer, "text": pair.question}
            resp = await self.aclient.chat.completions.create(
                model=self.model,
                messages=[{"role": "user", "content": instruction}],
                temperature=1.0,
                max_tokens=400,
            )
            return {"label": label, "text": resp.choices[0].message.content.strip()}

    async def generate(self, task: str, n: int) -> list[dict[str, Any]]:
        rows = await asyncio.gather(*(self._one(task) for _ in range(n)), return_exceptions=True)
        good = [r for r in rows if isinstance(r, dict)]
        return dedupe(good)


class HFBulkGenerator:
    """Cheap bulk generation via a hosted open model."""

    def __init__(self, hf_client, seed: int = 0):
        self.hf = hf_client
        self.rng = random.Random(seed)

    def generate(self, task: str, n: int, max_new_tokens: int = 256) -> list[dict[str, Any]]:
        rows = []
        for _ in range(n):
            label, instruction = sample_instruction(task, self.rng)
            text = self.hf.text_generation(
                f"<|user|>\n{instruction}</s>\n<|assistant|>\n",
                max_new_tokens=max_new_tokens,
                temperature=0.9,
                do_sample=True,
            )
            rows.append({"label": label, "text": text.strip()})
        return dedupe(rows)


def paraphrase_batch(client, texts: list[str], model: str = "gpt-4o-mini") -> list[str]:
    """Augment a small seed set with paraphrases (used by `mltk data augment`)."""
    joined = "\n".join(f"{i + 1}. {t}" for i, t in enumerate(texts))
    resp = client.responses.create(
        model=model,
        instructions="Paraphrase each numbered line. Keep numbering. Do not add commentary.",
        input=joined,
    )
    lines = [l.split(". ", 1)[-1] for l in resp.output_text.splitlines() if l.strip()]
    return lines[: len(texts)]
