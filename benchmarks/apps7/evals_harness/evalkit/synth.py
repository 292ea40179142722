"""Synthetic test-case generation (`evalkit synth`).

Takes a handful of seed cases and asks models for variations, then drops
near-duplicates. Output is a JSONL file a human reviews before it becomes a dataset.
"""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import List, Sequence

import numpy as np
import voyageai
from together import Together

from evalkit.models.clients import litellm_complete
from evalkit.schemas import TestCase

logger = logging.getLogger(__name__)

FEW_SHOT_HEADER = "Below are realistic questions customers sent to our support assistant.\n\n"

PARAPHRASE_SYSTEM = (
    "Rewrite the user's question {n} different ways, as different customers would ask it. "
    "Keep the meaning. One rewrite per line, no numbering."
)


def few_shot_variants(seeds: Sequence[TestCase], n: int = 20,
                      model: str = "meta-llama/Meta-Llama-3.1-70B-Instruct-Reference") -> List[str]:
    """Continuation-style generation with a base-ish model: more diverse than instruct models."""
    client = Together()
    shots = "".join(f"Q: {s.prompt.strip()}\n###\n" for s in seeds[:12])
    out: List[str] = []
    while len(out) < n:
        resp = client.completions.create(
            model=model,
            prompt=FEW_SHOT_HEADER + shots + "Q:",
            max_tokens=200,
            temperature=1.0,
            top_p=0.95,
            stop=["###"],
        )
        text = resp.choices[0].text.strip()
        if text and text not in out:
            out.append(text)
    return out


def paraphrases(case: TestCase, n: int = 5, model: str = "gpt-4o-mini") -> List[str]:
    resp = litellm_complete(
        model=model,
        messages=[
            {"role": "system", "content": PARAPHRASE_SYSTEM.format(n=n)},
            {"role": "user", "content": case.prompt},
        ],
        temperature=0.9,
    )
    lines = (resp.choices[0].message.content or "").splitlines()
    return [re.sub(r"^\s*[-*\d.)]+\s*", "", line).strip() for line in lines if line.strip()][:n]


def dedupe(prompts: List[str], threshold: float = 0.93) -> List[str]:
    if len(prompts) < 2:
        return prompts
    vo = voyageai.Client()
    result = vo.embed(prompts, model="voyage-3.5-lite", input_type="document")
    emb = np.asarray(result.embeddings, dtype=np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    keep: List[int] = []
    for i in range(len(prompts)):
        if all(float(emb[i] @ emb[j]) < threshold for j in keep):
            keep.append(i)
    logger.info("dedupe kept %d/%d prompts", len(keep), len(prompts))
    return [prompts[i] for i in keep]


def write_candidates(prompts: Sequence[str], out_path: Path, source: str) -> None:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as fh:
        for i, prompt in enumerate(prompts):
            fh.write(json.dumps({"id": f"synth-{source}-{i:04d}", "prompt": prompt, "tags": ["synthetic", source]}) + "\n")
