#!/usr/bin/env python
"""Compare classifier plugins on a labelled sample.

    python scripts/eval_classifiers.py samples.jsonl [--prompt-variant v2]

Besides the plugin votes, it also runs a raw Mistral prompt variant so we
can iterate on the prompt without redeploying the plugin.
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import defaultdict
from pathlib import Path

from docflow.engine import Engine
from docflow.models import Document
from docflow.pipeline import DEFAULT_LABELS
from docflow.plugins.mistral_plugin import MistralPlugin

PROMPT_VARIANTS = {
    "v1": "Classify the document. Labels: {labels}. Answer with the label only.",
    "v2": "You label business documents. Pick exactly one of: {labels}. Output only that word.\n\n{text}",
}


def load(path: Path) -> list[tuple[Document, str]]:
    rows = []
    for line in path.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append((Document(id=r["id"], text=r["text"], metadata=r.get("metadata", {})), r["label"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("samples", type=Path)
    ap.add_argument("--prompt-variant", default="v2", choices=sorted(PROMPT_VARIANTS))
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args(argv)

    samples = load(args.samples)[: args.limit]
    engine = Engine.from_settings()
    correct: dict[str, int] = defaultdict(int)
    seen: dict[str, int] = defaultdict(int)

    for doc, gold in samples:
        votes = engine.pm.hook.classify(engine=engine, document=doc, labels=DEFAULT_LABELS)
        for v in votes:
            if v is None:
                continue
            seen[v.plugin] += 1
            correct[v.plugin] += int(v.label == gold)

    plugin = MistralPlugin.from_env()
    complete = functools.partial(plugin.client.chat.complete, model="mistral-large-latest", temperature=0)
    template = PROMPT_VARIANTS[args.prompt_variant]
    for doc, gold in samples:
        prompt = template.format(labels=", ".join(DEFAULT_LABELS), text=doc.head(6000))
        resp = complete(messages=[{"role": "user", "content": prompt}])
        label = (resp.choices[0].message.content or "").strip().lower()
        seen[f"raw-mistral-{args.prompt_variant}"] += 1
        correct[f"raw-mistral-{args.prompt_variant}"] += int(label == gold)

    print(f"{'classifier':32} {'n':>5} {'acc':>6}")
    for name in sorted(seen):
        print(f"{name:32} {seen[name]:5d} {correct[name] / seen[name]:6.2%}")
    engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
