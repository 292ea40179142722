"""Score relation extraction against gold triples; an LLM judge grades misses."""
from __future__ import annotations

import asyncio
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Set, Tuple

import spacy
import srsly
import typer
from huggingface_hub import InferenceClient

import llm_pipes  # noqa: F401

Triple = Tuple[str, str, str]
JUDGE_MODEL = "Qwen/Qwen2.5-72B-Instruct"


@dataclass
class ReportGenerator:
    """Builds the markdown/JSON report; nothing to do with text generation."""

    counts: Counter = field(default_factory=Counter)
    judged: List[Dict] = field(default_factory=list)

    def add(self, gold: Set[Triple], pred: Set[Triple]) -> None:
        self.counts["tp"] += len(gold & pred)
        self.counts["fp"] += len(pred - gold)
        self.counts["fn"] += len(gold - pred)

    def generate(self) -> Dict:
        tp, fp, fn = self.counts["tp"], self.counts["fp"], self.counts["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, **self.counts, "judged": self.judged}


def judge_prompt(text: str, triple: Triple) -> str:
    return (
        f"Text: {text}\n\nIs the relation {triple[1]}({triple[0]}, {triple[2]}) stated or clearly implied? "
        "Answer yes or no."
    )


async def judge_false_positives(judge: InferenceClient, items: List[Tuple[str, Triple]]) -> List[Dict]:
    async def one(text: str, triple: Triple) -> Dict:
        answer = await asyncio.to_thread(
            judge.text_generation,
            judge_prompt(text, triple),
            max_new_tokens=3,
        )
        return {"triple": triple, "judge": answer.strip().lower()}

    return await asyncio.gather(*(one(t, tr) for t, tr in items))


def main(pipeline: Path, gold_path: Path, out_path: Path, judge_limit: int = 50) -> None:
    nlp = spacy.load(pipeline)
    judge = InferenceClient(model=JUDGE_MODEL, token=os.environ.get("HF_TOKEN"))
    report = ReportGenerator()
    fps: List[Tuple[str, Triple]] = []

    rows = list(srsly.read_jsonl(gold_path))
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        gold = {tuple(t) for t in row["relations"]}
        pred = {(r["head"], r["relation"], r["tail"]) for r in doc._.relations}
        report.add(gold, pred)
        fps.extend((doc.text, t) for t in pred - gold)

    if fps:
        report.judged = asyncio.run(judge_false_positives(judge, fps[:judge_limit]))

    sample = fps[0][0] if fps else ""
    if sample:
        sanity = judge.chat_completion(
            messages=[{"role": "user", "content": f"List the organisations in: {sample[:2000]}"}],
            max_tokens=100,
        )
        typer.echo(f"judge sanity: {sanity.choices[0].message.content[:120]}")

    result = report.generate()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(result, indent=2, default=list))
    typer.echo(f"P={result['precision']:.3f} R={result['recall']:.3f} F1={result['f1']:.3f}")


if __name__ == "__main__":
    typer.run(main)
