#!/usr/bin/env python
"""Offline answer-quality eval: run the golden questions through the query engine,
grade each answer with Claude as judge, write a markdown report.

    python -m scripts.eval_answers data/golden.jsonl --model default
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from app.bootstrap import configure
from app.clients import get_anthropic_client
from app.services import model_registry
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.services.query_service import build_query_engine

logger = logging.getLogger("eval")

JUDGE_MODEL = "claude-3-5-sonnet-20241022"
JUDGE_RUBRIC = """You grade answers from a documentation assistant.
Score 1-5 for correctness against the reference and 1-5 for groundedness in the
cited sources. Reply as: correctness=<n> groundedness=<n> reason=<one sentence>"""

_SCORE = re.compile(r"correctness=(\d)\s+groundedness=(\d)\s+reason=(.*)", re.S)


@dataclass
class EvalRow:
    question: str
    reference: str
    answer: str = ""
    correctness: int = 0
    groundedness: int = 0
    reason: str = ""


@dataclass
class ReportBuilder:
    title: str
    rows: List[EvalRow] = field(default_factory=list)

    def add(self, row: EvalRow) -> None:
        self.rows.append(row)

    def generate(self) -> str:
        lines = [f"# {self.title}", ""]
        if self.rows:
            lines.append(f"mean correctness: {statistics.mean(r.correctness for r in self.rows):.2f}")
            lines.append(f"mean groundedness: {statistics.mean(r.groundedness for r in self.rows):.2f}")
            lines.append("")
        lines.append("| question | c | g | reason |")
        lines.append("| --- | --- | --- | --- |")
        for r in self.rows:
            lines.append(f"| {r.question[:60]} | {r.correctness} | {r.groundedness} | {r.reason[:80]} |")
        return "\n".join(lines)


def judge(row: EvalRow) -> None:
    client = get_anthropic_client()
    msg = client.messages.create(
        model=JUDGE_MODEL,
        max_tokens=200,
        temperature=0,
        system=JUDGE_RUBRIC,
        messages=[
            {
                "role": "user",
                "content": f"Question: {row.question}\nReference: {row.reference}\nAnswer: {row.answer}",
            }
        ],
    )
    m = _SCORE.search(msg.content[0].text)
    if m:
        row.correctness, row.groundedness, row.reason = int(m.group(1)), int(m.group(2)), m.group(3).strip()
    else:
        row.reason = "unparseable judge output"


async def summarize_failures(rows: List[EvalRow]) -> str:
    bad = [r for r in rows if r.correctness <= 2]
    if not bad:
        return "No failing answers."
    bullet = "\n".join(f"- Q: {r.question}\n  judge: {r.reason}" for r in bad)
    result = await multi_model_service.generate_response(
        prompt=f"Group these failing eval cases into themes and suggest doc fixes:\n{bullet}",
        task_type="eval_analysis",
        complexity=TaskComplexity.AGENTIC,
    )
    return result.text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("golden", type=Path)
    parser.add_argument("--model", default="default")
    parser.add_argument("--out", type=Path, default=Path("eval_report.md"))
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    configure()

    engine = build_query_engine(llm=model_registry.get_llm(args.model))
    report = ReportBuilder(title=f"Eval: {args.model}")
    with args.golden.open() as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    if args.limit:
        cases = cases[: args.limit]

    for case in cases:
        row = EvalRow(question=case["question"], reference=case["answer"])
        row.answer = str(engine.query(row.question))
        judge(row)
        report.add(row)
        logger.info("%s -> c=%d g=%d", row.question[:50], row.correctness, row.groundedness)

    text = report.generate()
    text += "\n\n## Failure themes\n\n" + asyncio.run(summarize_failures(report.rows))
    args.out.write_text(text)
    logger.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
