"""Map-reduce summarisation over document chunks.

The summariser is given an Anthropic client by the caller (the summary page
passes the cached one from ``studio.backends``) so that tests can hand in a
fake.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterator

from studio.prompts import render
from studio.summarizer.chunking import chunk_text

log = logging.getLogger(__name__)


class MapReduceSummarizer:
    def __init__(self, client, model: str, max_chars: int = 6000, workers: int = 4):
        self.client = client
        self.model = model
        self.max_chars = max_chars
        self.workers = workers

    def _ask(self, messages: list[dict[str, str]], max_tokens: int = 600) -> str:
        system = messages[0]["content"]
        msg = self.client.messages.create(
            model=self.model,
            system=system,
            max_tokens=max_tokens,
            messages=messages[1:],
        )
        return "".join(b.text for b in msg.content if b.type == "text")

    def summarise_chunk(self, chunk: str, words: int = 150) -> str:
        return self._ask(render("chunk_summary", text=chunk, words=words))

    def summarise(self, title: str, text: str, words: int = 300,
                  on_progress: Callable[[int, int], None] | None = None) -> str:
        chunks = chunk_text(text, self.max_chars)
        if len(chunks) == 1:
            return self.summarise_chunk(chunks[0], words)
        partials: list[str] = [""] * len(chunks)
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            futures = {pool.submit(self.summarise_chunk, c): i for i, c in enumerate(chunks)}
            for done, fut in enumerate(futures, start=1):
                partials[futures[fut]] = fut.result()
                if on_progress:
                    on_progress(done, len(chunks))
        return self._ask(render("reduce", title=title, words=words, text="\n\n---\n\n".join(partials)),
                         max_tokens=1200)

    def stream_reduce(self, title: str, partials: list[str], words: int = 300) -> Iterator[str]:
        """Stream the final reduce step so the page can show text as it arrives."""
        messages = render("reduce", title=title, words=words, text="\n\n---\n\n".join(partials))
        with self.client.messages.stream(
            model=self.model,
            system=messages[0]["content"],
            max_tokens=1200,
            messages=messages[1:],
        ) as stream:
            yield from stream.text_stream


def summarise_chunks_parallel(client, model: str, chunks: list[str]) -> list[str]:
    """Older helper kept for scripts/batch_summarize.py -- uses the OpenAI shape."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [
            pool.submit(
                client.chat.completions.create,
                model=model,
                messages=render("chunk_summary", text=c, words=120),
                max_tokens=400,
            )
            for c in chunks
        ]
        return [f.result().choices[0].message.content for f in futures]
