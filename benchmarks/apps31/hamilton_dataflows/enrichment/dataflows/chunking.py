"""Split documents into overlapping token windows."""
from __future__ import annotations

import functools

import pandas as pd
import tiktoken
from hamilton.function_modifiers import config


@functools.lru_cache(maxsize=4)
def _encoder(name: str = "cl100k_base"):
    return tiktoken.get_encoding(name)


def _windows(tokens: list[int], size: int, overlap: int) -> list[list[int]]:
    step = max(1, size - overlap)
    return [tokens[i : i + size] for i in range(0, max(1, len(tokens) - overlap), step)]


@config.when(chunker="tokens")
def chunks__tokens(documents: pd.DataFrame, chunk_tokens: int = 512, chunk_overlap: int = 64) -> pd.DataFrame:
    enc = _encoder()
    rows = []
    for doc_id, body in zip(documents["doc_id"], documents["body"]):
        toks = enc.encode(body)
        for n, win in enumerate(_windows(toks, chunk_tokens, chunk_overlap)):
            rows.append({"doc_id": doc_id, "chunk_no": n, "text": enc.decode(win), "n_tokens": len(win)})
    return pd.DataFrame(rows)


@config.when(chunker="paragraphs")
def chunks__paragraphs(documents: pd.DataFrame, chunk_tokens: int = 512) -> pd.DataFrame:
    enc = _encoder()
    rows = []
    for doc_id, body in zip(documents["doc_id"], documents["body"]):
        buf: list[str] = []
        n = 0
        for para in body.split("\n\n"):
            buf.append(para)
            if len(enc.encode(" ".join(buf))) >= chunk_tokens:
                text = " ".join(buf)
                rows.append({"doc_id": doc_id, "chunk_no": n, "text": text, "n_tokens": len(enc.encode(text))})
                buf, n = [], n + 1
        if buf:
            text = " ".join(buf)
            rows.append({"doc_id": doc_id, "chunk_no": n, "text": text, "n_tokens": len(enc.encode(text))})
    return pd.DataFrame(rows)


def chunk_texts(chunks: pd.DataFrame) -> list[str]:
    return chunks["text"].tolist()


def total_chunk_tokens(chunks: pd.DataFrame) -> int:
    return int(chunks["n_tokens"].sum())
