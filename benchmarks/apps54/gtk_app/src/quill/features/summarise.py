"""Summaries of long documents (map-reduce over paragraphs)."""

from __future__ import annotations

import logging
import textwrap

import ollama

from quill.ai.clients import get_deepseek_client
from quill.usage import count_tokens
from quill.workers import get_executor

log = logging.getLogger(__name__)

CHUNK_TOKENS = 6000
MAP_PROMPT = "Summarise this part of a longer document in 3-5 bullet points:\n\n{chunk}"
REDUCE_PROMPT = "Combine these partial summaries into one summary of at most {words} words:\n\n{parts}"


def split_into_chunks(text: str, max_tokens: int = CHUNK_TOKENS) -> list[str]:
    chunks, current, size = [], [], 0
    for para in text.split("\n\n"):
        n = count_tokens(para)
        if current and size + n > max_tokens:
            chunks.append("\n\n".join(current))
            current, size = [], 0
        current.append(para)
        size += n
    if current:
        chunks.append("\n\n".join(current))
    return chunks


class Summariser:
    def __init__(self, model: str = "deepseek-chat", words: int = 150) -> None:
        self.model = model
        self.words = words
        self.client = get_deepseek_client()

    def summarise(self, text: str) -> str:
        chunks = split_into_chunks(text)
        if len(chunks) == 1:
            return self._reduce([chunks[0]])
        futures = [
            get_executor().submit(
                self.client.chat.completions.create,
                model=self.model,
                messages=[{"role": "user", "content": MAP_PROMPT.format(chunk=chunk)}],
            )
            for chunk in chunks
        ]
        parts = [f.result().choices[0].message.content for f in futures]
        return self._reduce(parts)

    def _reduce(self, parts: list[str]) -> str:
        joined = "\n\n---\n\n".join(parts)
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": REDUCE_PROMPT.format(words=self.words, parts=joined)}],
            temperature=0.2,
        )
        return resp.choices[0].message.content.strip()


def summarise_offline(text: str, model: str = "llama3.2") -> str:
    """Used when the user has no network (or chose Ollama in prefs)."""
    prompt = textwrap.dedent(f"""\
        Summarise the following text in one short paragraph.

        {text}
    """)
    result = ollama.generate(model=model, prompt=prompt, options={"num_ctx": 8192})
    return result["response"].strip()
