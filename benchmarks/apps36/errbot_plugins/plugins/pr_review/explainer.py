"""Mistral-backed PR explainer.

Large diffs are map-reduced: each file chunk is summarised with the small
model, then the large model writes the final explanation.
"""
from __future__ import annotations

import asyncio
import functools
import logging
from typing import Iterator, List

from lib.clients import get_mistral_client
from lib.prompts import PR_EXPLAIN_SYSTEM, PR_EXPLAIN_USER
from lib.settings import MODELS

log = logging.getLogger(__name__)

CHUNK_CHARS = 12_000


def split_diff(diff: str) -> List[str]:
    files = diff.split("\ndiff --git ")
    chunks, current = [], ""
    for f in files:
        if len(current) + len(f) > CHUNK_CHARS and current:
            chunks.append(current)
            current = ""
        current += ("\ndiff --git " if current else "") + f
    if current:
        chunks.append(current)
    return chunks


class PRExplainer:
    def __init__(self, client=None) -> None:
        self.client = client or get_mistral_client()
        self._summarise_chunk = functools.partial(
            self.client.chat.complete, model=MODELS.mistral_small, temperature=0.0, max_tokens=400
        )

    def _chunk_summary(self, chunk: str) -> str:
        resp = self._summarise_chunk(
            messages=[
                {"role": "system", "content": "Summarise this diff chunk in 3 bullets, operational risk first."},
                {"role": "user", "content": chunk},
            ]
        )
        return resp.choices[0].message.content

    def explain(self, pr) -> str:
        diff = pr.diff
        if len(diff) > CHUNK_CHARS:
            diff = "\n".join(self._chunk_summary(c) for c in split_diff(diff))
        resp = self.client.chat.complete(
            model=MODELS.mistral_chat,
            messages=[
                {"role": "system", "content": PR_EXPLAIN_SYSTEM},
                {
                    "role": "user",
                    "content": PR_EXPLAIN_USER.format(
                        number=pr.number, title=pr.title, author=pr.author, body=pr.body[:4000], diff=diff
                    ),
                },
            ],
        )
        return resp.choices[0].message.content

    async def _chunk_summary_async(self, chunk: str) -> str:
        resp = await self.client.chat.complete_async(
            model=MODELS.mistral_small,
            messages=[{"role": "user", "content": f"Summarise this diff chunk in 3 bullets:\n{chunk}"}],
        )
        return resp.choices[0].message.content

    async def explain_many_chunks(self, diff: str) -> List[str]:
        return await asyncio.gather(*(self._chunk_summary_async(c) for c in split_diff(diff)))

    def stream_explain(self, pr) -> Iterator[str]:
        res = self.client.chat.stream(
            model=MODELS.mistral_chat,
            messages=[
                {"role": "system", "content": PR_EXPLAIN_SYSTEM},
                {"role": "user", "content": f"PR #{pr.number}: {pr.title}\n\n{pr.diff[:CHUNK_CHARS]}"},
            ],
        )
        for event in res:
            delta = event.data.choices[0].delta.content
            if delta:
                yield delta


def risk_flags(diff: str) -> List[str]:
    """Cheap regex checks that don't need a model."""
    flags = []
    lowered = diff.lower()
    if "migration" in lowered or "alter table" in lowered:
        flags.append("touches DB schema")
    if "timeout" in lowered:
        flags.append("changes a timeout")
    if "feature_flag" in lowered or "launchdarkly" in lowered:
        flags.append("feature flag change")
    if ".github/workflows" in lowered:
        flags.append("CI workflow change")
    return flags
