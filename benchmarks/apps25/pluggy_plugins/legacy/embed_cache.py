"""Disk-cached embeddings + cheap completions from the 2023 prototype.

The prototype used Together for embeddings and DeepSeek for the "title
suggester". Both go through the OpenAI SDK with a different base_url.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shelve
from pathlib import Path

from huggingface_hub import InferenceClient
from openai import OpenAI

log = logging.getLogger(__name__)

CACHE_PATH = Path(os.environ.get("DOCFLOW_EMBED_CACHE", "~/.cache/docflow/embeddings")).expanduser()
TOGETHER_EMBED_MODEL = "togethercomputer/m2-bert-80M-8k-retrieval"

together = OpenAI(api_key=os.environ.get("TOGETHER_API_KEY"), base_url="https://api.together.xyz/v1")
deepseek = OpenAI(api_key=os.environ.get("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")


def _key(model: str, text: str) -> str:
    return hashlib.sha1(f"{model}\x00{text}".encode()).hexdigest()


class EmbeddingCache:
    def __init__(self, path: Path = CACHE_PATH, model: str = TOGETHER_EMBED_MODEL) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = str(path)
        self.model = model
        self.hits = 0
        self.misses = 0

    def get_many(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float] | None] = []
        missing: list[tuple[int, str]] = []
        with shelve.open(self.path) as db:
            for i, t in enumerate(texts):
                vec = db.get(_key(self.model, t))
                out.append(vec)
                if vec is None:
                    missing.append((i, t))
            self.hits += len(texts) - len(missing)
            self.misses += len(missing)
            if missing:
                resp = together.embeddings.create(model=self.model, input=[t for _, t in missing])
                for (i, t), item in zip(missing, resp.data):
                    db[_key(self.model, t)] = item.embedding
                    out[i] = item.embedding
        return out  # type: ignore[return-value]


def suggest_title(text: str) -> str:
    resp = deepseek.chat.completions.create(
        model="deepseek-chat",
        messages=[
            {"role": "system", "content": "Suggest a short, specific title (max 8 words). Output only the title."},
            {"role": "user", "content": text[:8000]},
        ],
        max_tokens=30,
    )
    return resp.choices[0].message.content.strip().strip('"')


def keywords_tgi(text: str, endpoint: str = "HuggingFaceH4/zephyr-7b-beta") -> list[str]:
    """Old keyword extractor; ran against a TGI endpoint."""
    client = InferenceClient(model=endpoint, token=os.environ.get("HF_TOKEN"))
    raw = client.text_generation(
        f"List 5 comma-separated keywords for this text:\n{text[:4000]}\nKeywords:",
        max_new_tokens=40,
        temperature=0.1,
    )
    return [k.strip() for k in raw.split(",") if k.strip()][:5]
