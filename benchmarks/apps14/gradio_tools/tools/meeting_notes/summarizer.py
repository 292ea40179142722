"""Map-reduce summary of long transcripts on Fireworks (Llama 3.3 70B).

Fireworks is ~5x cheaper than the frontier models for this and quality is fine for
notes. Chunks are summarised in parallel, then merged.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import List

from common.clients import get_fireworks
from common.prompts import MEETING_CHUNK_SUMMARY, MEETING_FINAL_SUMMARY
from common.settings import get_settings
from common.text_utils import chunk_by_tokens

log = logging.getLogger(__name__)

MAX_PARALLEL = 6


def _chunk_messages(chunk: str, index: int, total: int):
    return [{
        "role": "user",
        "content": MEETING_CHUNK_SUMMARY.format(chunk=chunk, index=index, total=total),
    }]


def summarize_chunks(chunks: List[str]) -> List[str]:
    client = get_fireworks()
    model = get_settings().meeting_summary_model
    with ThreadPoolExecutor(max_workers=MAX_PARALLEL) as pool:
        futures = [
            pool.submit(
                client.chat.completions.create,
                model=model,
                messages=_chunk_messages(chunk, i + 1, len(chunks)),
                max_tokens=800,
                temperature=0.2,
            )
            for i, chunk in enumerate(chunks)
        ]
        return [f.result().choices[0].message.content for f in futures]


def summarize_transcript(transcript: str, title: str = "Untitled meeting") -> str:
    chunks = chunk_by_tokens(transcript, max_tokens=6000, overlap=300)
    partials = summarize_chunks(chunks)
    log.info("merging %d partial summaries for %r", len(partials), title)

    client = get_fireworks()
    final = client.chat.completions.create(
        model=get_settings().meeting_summary_model,
        messages=[{
            "role": "user",
            "content": MEETING_FINAL_SUMMARY.format(
                title=title,
                partials="\n\n---\n\n".join(partials),
            ),
        }],
        max_tokens=2000,
        temperature=0.2,
    )
    return final.choices[0].message.content
