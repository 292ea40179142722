"""Article translation through Bedrock Converse (AWS credits budget).

Converse gives us one request shape for whichever Bedrock model we point at.
"""
from __future__ import annotations

import logging

import modal

from common.config import MODELS
from common.secrets import AWS_SECRET
from common.storage import JobRecord
from lib.prompts import TRANSLATE_SYSTEM
from lib.retry import with_retries
from modal_app import app, results_dict
from providers import get_bedrock_runtime

logger = logging.getLogger(__name__)

LANGUAGES = {"es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "uk": "Ukrainian", "ar": "Arabic"}


def _split_paragraphs(text: str, max_chars: int = 6000) -> list[str]:
    chunks, current = [], ""
    for para in text.split("\n\n"):
        if len(current) + len(para) > max_chars and current:
            chunks.append(current)
            current = ""
        current += para + "\n\n"
    if current.strip():
        chunks.append(current)
    return chunks


@app.cls(secrets=[AWS_SECRET], timeout=900, max_containers=12)
class Translator:
    model_id: str = modal.parameter(default=MODELS.bedrock_translate)

    @modal.enter()
    def client(self) -> None:
        self.brt = get_bedrock_runtime()
        self.tokens_in = 0
        self.tokens_out = 0

    def _translate_chunk(self, chunk: str, language: str) -> str:
        resp = with_retries(
            lambda: self.brt.converse(
                modelId=self.model_id,
                system=[{"text": TRANSLATE_SYSTEM.format(language=language)}],
                messages=[{"role": "user", "content": [{"text": chunk}]}],
                inferenceConfig={"maxTokens": 4096, "temperature": 0.1},
            )
        )
        self.tokens_in += resp["usage"]["inputTokens"]
        self.tokens_out += resp["usage"]["outputTokens"]
        return "".join(block.get("text", "") for block in resp["output"]["message"]["content"])

    @modal.method()
    def translate(self, asset_id: str, text: str, lang: str) -> str:
        language = LANGUAGES[lang]
        out = "".join(self._translate_chunk(c, language) for c in _split_paragraphs(text))
        JobRecord.create(
            asset_id,
            f"translation_{lang}",
            {"text": out, "model": self.model_id, "input_tokens": self.tokens_in, "output_tokens": self.tokens_out},
        )
        return out

    @modal.method()
    def translate_live(self, blog_id: str, text: str, lang: str):
        """Live-blog entries: stream so the first words show up in the CMS quickly."""
        response = self.brt.converse_stream(
            modelId=self.model_id,
            system=[{"text": TRANSLATE_SYSTEM.format(language=LANGUAGES[lang])}],
            messages=[{"role": "user", "content": [{"text": text}]}],
            inferenceConfig={"maxTokens": 2048, "temperature": 0.1},
        )
        buf = []
        for event in response["stream"]:
            if "contentBlockDelta" in event:
                delta = event["contentBlockDelta"]["delta"].get("text", "")
                buf.append(delta)
                yield delta
            elif "metadata" in event:
                usage = event["metadata"]["usage"]
                logger.info("live translation %s: %s in / %s out", blog_id, usage["inputTokens"], usage["outputTokens"])
        results_dict[f"live:{blog_id}:{lang}"] = "".join(buf)
