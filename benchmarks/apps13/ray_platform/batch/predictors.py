"""Callable classes for ``Dataset.map_batches``.

Ray constructs each class once per actor, so client setup goes in ``__init__`` and
``__call__`` receives a pandas batch.
"""
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, List, Optional

import numpy as np
import pandas as pd

from inference import clients
from platform_config import get_settings

logger = logging.getLogger(__name__)


def _retrying(fn, attempts: int = 4, base_delay: float = 1.5):
    def wrapper(*args, **kwargs):
        for attempt in range(attempts):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # vendor SDKs have no common base error
                if attempt == attempts - 1:
                    raise
                delay = base_delay * (2 ** attempt)
                logger.warning("retrying %s after %s (%.1fs)", fn.__name__, exc, delay)
                time.sleep(delay)

    return wrapper


class CohereEmbedPredictor:
    """Embeds ``text`` into ``embedding``; cohere accepts up to 96 texts per call."""

    def __init__(self, model: Optional[str] = None, input_type: str = "search_document"):
        self._client = clients.get_cohere()
        self._model = model or get_settings().default_embed_model
        self._input_type = input_type

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        texts = batch["text"].fillna("").astype(str).tolist()
        resp = self._client.embed(
            model=self._model,
            texts=texts,
            input_type=self._input_type,
            embedding_types=["float"],
            truncate="END",
        )
        batch["embedding"] = [np.asarray(v, dtype=np.float32) for v in resp.embeddings.float_]
        batch["embed_model"] = self._model
        return batch


class TogetherChatPredictor:
    """Runs a prompt template over each row with a small thread pool per actor."""

    def __init__(self, template: str, model: Optional[str] = None, max_tokens: int = 256,
                 threads: int = 8):
        self._client = clients.get_together()
        self._template = template
        self._model = model or get_settings().default_chat_model
        self._max_tokens = max_tokens
        self._pool = ThreadPoolExecutor(max_workers=threads)

    @_retrying
    def _one(self, row: Dict[str, Any]) -> Dict[str, Any]:
        prompt = self._template.format(**row)
        resp = self._client.chat.completions.create(
            model=self._model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=self._max_tokens,
            temperature=0.0,
        )
        return {
            "output": resp.choices[0].message.content,
            "input_tokens": resp.usage.prompt_tokens,
            "output_tokens": resp.usage.completion_tokens,
        }

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        rows = batch.to_dict(orient="records")
        results = list(self._pool.map(self._one, rows))
        out = pd.DataFrame(results, index=batch.index)
        return pd.concat([batch, out], axis=1)


class WatsonxSummarizer:
    PROMPT = (
        "Summarize the following document in at most {n} sentences.\n\n"
        "Document:\n{doc}\n\nSummary:"
    )

    def __init__(self, sentences: int = 3, model_id: Optional[str] = None):
        s = get_settings()
        self._model = clients.watsonx_model(model_id or s.watsonx_chat_model)
        self._sentences = sentences

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        prompts = [self.PROMPT.format(n=self._sentences, doc=d[:12000]) for d in batch["body"]]
        # generate_text fans a list out to concurrent requests itself
        summaries = self._model.generate_text(
            prompt=prompts,
            params={"max_new_tokens": 200, "decoding_method": "greedy"},
            concurrency_limit=8,
        )
        batch["summary"] = [s.strip() for s in summaries]
        return batch


class ReplicateCaptioner:
    DEFAULT_MODEL = (
        "yorickvp/llava-13b:80537f9eead1a5bfa72d5ac6ea6414379be41d4d4f6679fd776e9535d1eb58bb"
    )

    def __init__(self, model_ref: Optional[str] = None, prompt: str = "Describe this product photo."):
        self._client = clients.get_replicate()
        self._model_ref = model_ref or self.DEFAULT_MODEL
        self._prompt = prompt

    def _caption(self, image_url: str) -> str:
        output = self._client.run(
            self._model_ref,
            input={"image": image_url, "prompt": self._prompt, "max_tokens": 128},
        )
        # llava streams tokens back as an iterator of strings
        return "".join(output) if not isinstance(output, str) else output

    def __call__(self, batch: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
        captions: List[str] = [self._caption(str(u)) for u in batch["image_url"]]
        batch["caption"] = np.asarray(captions, dtype=object)
        return batch


class FireworksJudgePredictor:
    """Pairwise preference judge used by the nightly eval (OpenAI-style prompts)."""

    SYSTEM = "You compare two answers to the same question and reply with A, B or TIE."

    def __init__(self, model: str = "accounts/fireworks/models/llama-v3p1-405b-instruct"):
        self._client = clients.get_openai_compat("fireworks")
        self._model = model

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        verdicts = []
        for q, a, b in zip(batch["question"], batch["answer_a"], batch["answer_b"]):
            completion = self._client.chat.completions.create(
                model=self._model,
                messages=[
                    {"role": "system", "content": self.SYSTEM},
                    {"role": "user", "content": f"Q: {q}\n\nA: {a}\n\nB: {b}"},
                ],
                max_tokens=4,
                temperature=0,
            )
            verdicts.append((completion.choices[0].message.content or "").strip().upper()[:3])
        batch["verdict"] = verdicts
        return batch
