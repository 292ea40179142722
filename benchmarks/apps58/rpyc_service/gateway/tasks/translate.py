"""Translation via Bedrock (Claude Haiku is cheap enough for bulk)."""
from __future__ import annotations

import functools

from gateway.clients import get_bedrock_runtime

TRANSLATE_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


class Translator:
    def __init__(self, region: str = "us-east-1") -> None:
        runtime = get_bedrock_runtime(region)
        self._converse = functools.partial(
            runtime.converse,
            modelId=TRANSLATE_MODEL,
            inferenceConfig={"maxTokens": 2048, "temperature": 0.0},
        )

    def translate(self, text: str, target_lang: str, source_lang: str | None = None) -> str:
        src = f" from {source_lang}" if source_lang else ""
        resp = self._converse(
            system=[{"text": f"Translate the user's text{src} to {target_lang}. Output only the translation."}],
            messages=[{"role": "user", "content": [{"text": text}]}],
        )
        return resp["output"]["message"]["content"][0]["text"]

    def translate_many(self, texts: list[str], target_lang: str) -> list[str]:
        return [self.translate(t, target_lang) for t in texts]
