"""Token counting helpers used to decide whether a page must be chunked."""

from __future__ import annotations

import functools
import logging

import tiktoken

from mkdocs_ai_docs.providers import clients

log = logging.getLogger("mkdocs.plugins.ai_docs.tokens")


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, provider: str, model: str) -> int:
    """Best-effort token count; exact where the provider offers a free count endpoint."""
    try:
        if provider == "anthropic":
            result = clients.get_anthropic_client().messages.count_tokens(
                model=model, messages=[{"role": "user", "content": text}]
            )
            return result.input_tokens
        if provider == "google":
            result = clients.get_genai_client().models.count_tokens(model=model, contents=text)
            return result.total_tokens or 0
        if provider == "cohere":
            tokens = clients.get_cohere_client().tokenize(text=text[:65000], model=model)
            return len(tokens.tokens)
    except Exception as exc:  # network errors shouldn't break the build
        log.debug("falling back to tiktoken for %s: %s", provider, exc)
    return len(_encoding(model).encode(text))


def chunk_markdown(markdown: str, max_tokens: int, model: str = "gpt-4o-mini") -> list[str]:
    """Split on headings so that each chunk is under ``max_tokens``."""
    enc = _encoding(model)
    chunks: list[str] = []
    current: list[str] = []
    current_len = 0
    for block in markdown.split("\n## "):
        n = len(enc.encode(block))
        if current and current_len + n > max_tokens:
            chunks.append("\n## ".join(current))
            current, current_len = [], 0
        current.append(block)
        current_len += n
    if current:
        chunks.append("\n## ".join(current))
    return chunks
