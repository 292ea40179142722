"""`mltk label ...`"""
from __future__ import annotations

import asyncio

from toolkit.io_utils import read_jsonl, write_jsonl
from toolkit.labeling.labeler import AsyncClaudeLabeler, ClaudeLabeler, PlatformLabeler, agreement
from toolkit.output import console, print_table, progress
from toolkit.tokens import count_anthropic_tokens


class LabelCommands:
    """Label datasets with LLMs."""

    def __init__(self, ctx):
        self._ctx = ctx

    def _labels(self, labels) -> list[str]:
        # Fire parses "a,b,c" as a tuple already; a single label arrives as str
        if isinstance(labels, str):
            return [l.strip() for l in labels.split(",") if l.strip()]
        return list(labels)

    def run(self, path: str, labels, out: str = None, field: str = "text", model: str = "claude-3-haiku-20240307",
            guidelines: str = None, parallel: bool = True):
        """Label every row of PATH with one of LABELS."""
        labels = self._labels(labels)
        guide = open(guidelines).read() if guidelines else ""
        rows = read_jsonl(path)
        texts = [r[field] for r in rows]
        if parallel:
            labeler = AsyncClaudeLabeler(self._ctx.aanthropic, labels, model=model, guidelines=guide)
            results = asyncio.run(labeler.alabel_many(texts, concurrency=self._ctx.config.concurrency))
        else:
            labeler = ClaudeLabeler(self._ctx.anthropic, labels, model=model, guidelines=guide)
            results = []
            with progress() as bar:
                task = bar.add_task("labeling", total=len(texts))
                for t in texts:
                    results.append(labeler.label_one(t))
                    bar.advance(task)
        for row, lab in zip(rows, results):
            row["llm_label"], row["llm_confidence"] = lab.label, lab.confidence
        write_jsonl(out or path.replace(".jsonl", ".labeled.jsonl"), rows)
        counts: dict[str, int] = {}
        for lab in results:
            counts[lab.label] = counts.get(lab.label, 0) + 1
        print_table("label distribution", ["label", "count"], sorted(counts.items()))

    def tracked(self, path: str, labels, out: str, field: str = "text"):
        """Label through the platform multi-model service (billed + tracked)."""
        labeler = PlatformLabeler(self._labels(labels))
        rows = read_jsonl(path)

        async def _go():
            return [await labeler.alabel_one(r[field]) for r in rows]

        for row, lab in zip(rows, asyncio.run(_go())):
            row["llm_label"] = lab.label
        write_jsonl(out, rows)

    def estimate(self, path: str, labels, field: str = "text", model: str = "claude-3-haiku-20240307", sample: int = 20):
        """Estimate input tokens for labeling PATH by counting a sample."""
        labeler = ClaudeLabeler(self._ctx.anthropic, self._labels(labels), model=model)
        rows = read_jsonl(path)[:sample]
        total = 0
        for r in rows:
            total += count_anthropic_tokens(
                self._ctx.anthropic, model, [{"role": "user", "content": r[field]}], system=labeler._system()
            )
        per_row = total / max(len(rows), 1)
        console.print(f"~{per_row:.0f} input tokens/row; sample of {len(rows)}")
        return per_row

    def agree(self, path: str, labels, field: str = "text", model_a: str = "claude-3-haiku-20240307",
              model_b: str = "claude-3-5-sonnet-20240620", n: int = 50):
        """Inter-model agreement on a sample (sanity check for label guidelines)."""
        labels = self._labels(labels)
        texts = [r[field] for r in read_jsonl(path)[:n]]
        a = ClaudeLabeler(self._ctx.anthropic, labels, model=model_a).label_many(texts)
        b = ClaudeLabeler(self._ctx.anthropic, labels, model=model_b).label_many(texts)
        return {"agreement": agreement(a, b), "n": len(texts)}

    def explain(self, text: str, label: str, model: str = "claude-3-5-sonnet-20240620"):
        """Ask Claude why TEXT might carry LABEL (for writing guidelines)."""
        msg = self._ctx.anthropic.messages.create(
            model=model,
            max_tokens=400,
            messages=[{"role": "user", "content": f"Why could this text be labeled '{label}'?\n\n{text}"}],
        )
        console.print(msg.content[0].text)
