"""Weekly digest job (cron).  EU customers go through the legacy Azure path."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List

import srsly

from llm_pipes.clients import get_cohere_client
from llm_pipes.legacy.cohere_v1 import grounded_background
from llm_pipes.legacy.gpt_helpers import eu_digest


def global_digest(texts: List[str], model: str = "command-r-08-2024") -> str:
    prompt = "Write a weekly digest (max 200 words) of these articles:\n\n" + "\n---\n".join(texts)
    out: List[str] = []
    for event in get_cohere_client().chat_stream(
        model=model, messages=[{"role": "user", "content": prompt}]
    ):
        if event.type == "content-delta":
            out.append(event.delta.message.content.text)
    return "".join(out)


def main(corpus: Path, region: str = "global") -> None:
    rows = list(srsly.read_jsonl(corpus))
    texts = [r["text"][:3000] for r in rows[:20]]
    digest = eu_digest(texts) if region == "eu" else global_digest(texts)
    focus = rows[0].get("focus_entity") if rows else None
    if focus:
        digest += "\n\nBackground: " + grounded_background(focus)
    print(digest)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "global")
