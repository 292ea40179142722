"""`mltk data ...`: synthetic data, augmentation and filtering."""
from __future__ import annotations

import asyncio
import random

from huggingface_hub import InferenceClient

from toolkit.io_utils import read_any, read_jsonl, write_jsonl
from toolkit.output import console, print_table
from toolkit.synth.generator import HFBulkGenerator, SyntheticGenerator, dedupe, paraphrase_batch
from toolkit.tokens import count_tokens


class DataCommands:
    """Generate, augment and clean datasets."""

    def __init__(self, ctx):
        self._ctx = ctx

    def synth(self, task: str = "intent", n: int = 100, out: str = "data/synth.jsonl", backend: str = "openai",
              model: str = "gpt-4o-mini", seed: int = 0):
        """Generate N synthetic examples for TASK."""
        if backend == "openai":
            gen = SyntheticGenerator(self._ctx.aopenai, model=model, concurrency=self._ctx.config.concurrency, seed=seed)
            rows = asyncio.run(gen.generate(task, n))
        elif backend == "hf":
            gen = HFBulkGenerator(self._ctx.hf, seed=seed)
            rows = gen.generate(task, n)
        else:
            raise ValueError(f"unknown backend {backend}")
        written = write_jsonl(out, rows)
        console.print(f"wrote {written} rows to {out} ({n - written} dropped as duplicates/errors)")

    def augment(self, path: str, out: str, factor: int = 2, batch: int = 10):
        """Paraphrase every row FACTOR times."""
        rows = read_jsonl(path)
        augmented = list(rows)
        for _ in range(factor - 1):
            for start in range(0, len(rows), batch):
                chunk = rows[start:start + batch]
                for row, para in zip(chunk, paraphrase_batch(self._ctx.openai, [r["text"] for r in chunk])):
                    augmented.append({**row, "text": para, "augmented": True})
        write_jsonl(out, augmented)
        return len(augmented)

    def moderate(self, path: str, out: str, field: str = "text"):
        """Drop rows flagged by the moderation endpoint."""
        rows = read_jsonl(path)
        kept, dropped = [], 0
        for start in range(0, len(rows), 32):
            chunk = rows[start:start + 32]
            result = self._ctx.openai.moderations.create(
                model="omni-moderation-latest",
                input=[r[field] for r in chunk],
            )
            for row, res in zip(chunk, result.results):
                if res.flagged:
                    dropped += 1
                else:
                    kept.append(row)
        write_jsonl(out, kept)
        console.print(f"kept {len(kept)}, dropped {dropped}")

    def summarize_hf(self, path: str, out: str, model: str = "facebook/bart-large-cnn", field: str = "text"):
        """Add a `summary` field using a hosted summarisation model."""
        client = InferenceClient(model=model, token=self._ctx.config.hf_token)
        rows = read_jsonl(path)
        for row in rows:
            row["summary"] = client.summarization(row[field]).summary_text
        write_jsonl(out, rows)

    def stats(self, path: str, field: str = "text", label_field: str = "label"):
        """Token and label statistics for a jsonl dataset (offline)."""
        rows = read_jsonl(path)
        lengths = [count_tokens(r.get(field, "")) for r in rows]
        labels: dict[str, int] = {}
        for r in rows:
            labels[r.get(label_field, "?")] = labels.get(r.get(label_field, "?"), 0) + 1
        print_table("labels", ["label", "count"], sorted(labels.items(), key=lambda kv: -kv[1]))
        return {"rows": len(rows), "mean_tokens": sum(lengths) / max(len(lengths), 1), "max_tokens": max(lengths, default=0)}

    def split(self, path: str, train: float = 0.8, seed: int = 13):
        rows = read_jsonl(path)
        random.Random(seed).shuffle(rows)
        cut = int(len(rows) * train)
        base = path.rsplit(".", 1)[0]
        write_jsonl(f"{base}.train.jsonl", rows[:cut])
        write_jsonl(f"{base}.dev.jsonl", rows[cut:])
        return {"train": cut, "dev": len(rows) - cut}

    def upload_batch(self, path: str):
        """Upload a prepared batch-input jsonl to OpenAI Files (no inference here)."""
        with open(path, "rb") as fh:
            f = self._ctx.openai.files.create(file=fh, purpose="batch")
        console.print(f"uploaded {path} as {f.id}")
        return f.id

    def dedupe(self, path: str, out: str = None, field: str = "text"):
        """Drop exact (whitespace/case-insensitive) duplicates."""
        rows = read_jsonl(path)
        kept = dedupe(rows, key=field)
        write_jsonl(out or path, kept)
        console.print(f"{len(rows) - len(kept)} duplicates removed")
        return len(kept)

    def sample(self, path: str, n: int = 50, out: str = None, seed: int = 0, stratify: str = None):
        """Random (optionally stratified) sample, e.g. for a labeling pilot."""
        rows = read_any(path)
        rng = random.Random(seed)
        if stratify:
            buckets: dict[str, list[dict]] = {}
            for r in rows:
                buckets.setdefault(str(r.get(stratify)), []).append(r)
            per = max(1, n // max(len(buckets), 1))
            picked = [r for b in buckets.values() for r in rng.sample(b, min(per, len(b)))]
        else:
            picked = rng.sample(rows, min(n, len(rows)))
        if out:
            write_jsonl(out, picked)
            return None
        return picked

    def convert(self, path: str, out: str):
        """CSV/JSON/JSONL to JSONL."""
        return write_jsonl(out, read_any(path))
