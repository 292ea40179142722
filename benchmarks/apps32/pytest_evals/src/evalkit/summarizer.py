"""Document summarization -- the feature the summarization evals target."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, List

import anthropic

SUMMARY_SYSTEM = (
    "You are a precise summarizer. Summarize the document in at most {n} sentences. "
    "Do not add facts that are not in the document."
)
DEFAULT_MODEL = "claude-3-5-haiku-latest"


def summarize_document(
    client: anthropic.Anthropic,
    text: str,
    max_sentences: int = 3,
    model: str = DEFAULT_MODEL,
) -> str:
    message = client.messages.create(
        model=model,
        max_tokens=512,
        system=SUMMARY_SYSTEM.format(n=max_sentences),
        messages=[{"role": "user", "content": text}],
        temperature=0,
    )
    return "".join(block.text for block in message.content if block.type == "text")


def summarize_many(
    client: anthropic.Anthropic, docs: Iterable[str], workers: int = 4
) -> List[str]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda d: summarize_document(client, d), docs))


def bullet_summary(client: anthropic.Anthropic, text: str, model: str = DEFAULT_MODEL) -> List[str]:
    """Streamed variant used by the UI team; evals cover it in test_summarization."""
    chunks: List[str] = []
    with client.messages.stream(
        model=model,
        max_tokens=400,
        messages=[{"role": "user", "content": f"Summarize as bullet points:\n\n{text}"}],
    ) as stream:
        for delta in stream.text_stream:
            chunks.append(delta)
    body = "".join(chunks)
    return [ln.lstrip("-* ").strip() for ln in body.splitlines() if ln.strip()]


def fits_in_context(client: anthropic.Anthropic, text: str, budget: int = 150_000) -> bool:
    counted = client.messages.count_tokens(
        model=DEFAULT_MODEL,
        messages=[{"role": "user", "content": text}],
    )
    return counted.input_tokens < budget
