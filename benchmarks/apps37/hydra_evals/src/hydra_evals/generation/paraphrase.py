"""Paraphrase augmentation with a multiprocessing pool.

Each worker process builds its own client in the initializer (httpx clients don't
survive fork).
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
from typing import Optional

from openai import OpenAI

log = logging.getLogger(__name__)

_client: Optional[OpenAI] = None
_model: str = ""

PARAPHRASE_PROMPT = (
    "Paraphrase the following question so that it asks exactly the same thing with different "
    "wording. Output only the paraphrase.\n\nQuestion: {q}"
)


def _init_worker(model_name: str) -> None:
    global _client, _model
    _client = OpenAI(api_key=os.environ["TOGETHER_API_KEY"], base_url="https://api.together.xyz/v1")
    _model = model_name


def _paraphrase_one(question: str) -> str | None:
    assert _client is not None, "worker not initialised"
    try:
        resp = _client.chat.completions.create(
            model=_model,
            messages=[{"role": "user", "content": PARAPHRASE_PROMPT.format(q=question)}],
            temperature=0.9,
            max_tokens=200,
        )
    except Exception as exc:  # noqa: BLE001
        log.warning("paraphrase failed: %s", exc)
        return None
    return (resp.choices[0].message.content or "").strip() or None


def paraphrase_all(questions: list[str], model_name: str, processes: int = 4) -> list[str | None]:
    ctx = mp.get_context("spawn")
    with ctx.Pool(processes=processes, initializer=_init_worker, initargs=(model_name,)) as pool:
        return pool.map(_paraphrase_one, questions, chunksize=8)
