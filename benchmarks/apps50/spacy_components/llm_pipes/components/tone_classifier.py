"""``llm_tone_classifier``: tone label via an instruct model on HF Inference."""
from __future__ import annotations

import asyncio
from typing import Iterable, Iterator, List

from spacy.language import Language
from spacy.tokens import Doc

from ..clients.hf_client import get_async_hf_client, get_hf_client
from ..prompts import TONE_PROMPT
from ..utils.batching import chunked

LABELS = ("positive", "negative", "neutral", "mixed")


@Language.factory(
    "llm_tone_classifier",
    default_config={"model": "HuggingFaceH4/zephyr-7b-beta", "max_chars": 4000},
    assigns=["doc._.tone"],
)
def make_tone_classifier(nlp, name, model: str, max_chars: int):
    return ToneClassifier(model=model, max_chars=max_chars)


def _label(text: str) -> str:
    text = (text or "").strip().lower()
    for label in LABELS:
        if label in text:
            return label
    return "neutral"


class ToneClassifier:
    def __init__(self, model: str, max_chars: int = 4000) -> None:
        self.model = model
        self.max_chars = max_chars
        self.client = get_hf_client(model)

    def __call__(self, doc: Doc) -> Doc:
        out = self.client.chat.completions.create(
            model=self.model,
            messages=TONE_PROMPT.messages(text=doc.text[: self.max_chars]),
            max_tokens=4,
        )
        doc._.tone = _label(out.choices[0].message.content)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in chunked(stream, batch_size):
            labels = asyncio.run(self._classify_batch([d.text[: self.max_chars] for d in batch]))
            for doc, label in zip(batch, labels):
                doc._.tone = label
                yield doc

    async def _classify_batch(self, texts: List[str]) -> List[str]:
        client = get_async_hf_client(self.model)
        outs = await asyncio.gather(
            *[client.chat_completion(messages=TONE_PROMPT.messages(text=t), max_tokens=4) for t in texts]
        )
        return [_label(o.choices[0].message.content) for o in outs]
