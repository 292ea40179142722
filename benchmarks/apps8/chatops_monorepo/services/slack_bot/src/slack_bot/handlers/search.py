"""/runbook: semantic search over the runbooks repo, answered by a local model.

Runbooks can contain internal hostnames, so the answer step stays on ollama.
"""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import Optional

from botkit import CommandContext, command
from botkit.llm import models
from botkit.llm.clients import get_mistral_client, ollama_client
from botkit.utils.text import truncate

logger = logging.getLogger(__name__)

INDEX_PATH = Path("data/runbook_index.jsonl")
TOP_K = 4


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class RunbookIndex:
    def __init__(self, path: Path = INDEX_PATH) -> None:
        self.path = path
        self._rows: Optional[list[dict]] = None

    @property
    def rows(self) -> list[dict]:
        if self._rows is None:
            with self.path.open() as f:
                self._rows = [json.loads(line) for line in f if line.strip()]
            logger.info("loaded %d runbook chunks", len(self._rows))
        return self._rows

    def query(self, question: str, k: int = TOP_K) -> list[dict]:
        emb = get_mistral_client().embeddings.create(model=models.MISTRAL_EMBED, inputs=[question])
        qvec = emb.data[0].embedding
        scored = sorted(self.rows, key=lambda r: _cosine(qvec, r["vector"]), reverse=True)
        return scored[:k]


index = RunbookIndex()


@command("runbook", help="Search the runbooks", platforms=("slack",))
async def runbook(ctx: CommandContext) -> None:
    hits = index.query(ctx.text)
    if not hits:
        await ctx.reply("No runbook matches.")
        return
    context = "\n\n---\n\n".join(f"[{h['source']}]\n{h['text']}" for h in hits)
    local = ollama_client()
    result = local.chat(
        model=models.LOCAL_CHAT,
        messages=[
            {"role": "system", "content": "Answer only from the runbook excerpts. Cite the [source]."},
            {"role": "user", "content": f"{context}\n\nQuestion: {ctx.text}"},
        ],
        options={"temperature": 0.1, "num_ctx": 8192},
    )
    sources = ", ".join(sorted({h["source"] for h in hits}))
    await ctx.reply(f"{truncate(result['message']['content'])}\n_sources: {sources}_")
