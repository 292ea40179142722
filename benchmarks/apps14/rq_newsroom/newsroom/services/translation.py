"""Translation of published articles for the partner editions.

Bedrock (Claude Haiku) does the full article; short UI strings and standfirsts
go to the Marian models on HF, which are much cheaper. DeepL is the fallback
when Bedrock is throttling.
"""
import logging

import requests
from botocore.exceptions import ClientError
from flask import current_app
from huggingface_hub import InferenceClient

from newsroom.ai import clients
from newsroom.ai.prompts import TRANSLATION_SYSTEM
from newsroom.services import AIServiceError

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese"}


class Translator:
    def __init__(self, runtime=None):
        self._runtime = runtime or clients.bedrock_runtime()
        self._cfg = current_app.config
        self._hf = InferenceClient(token=self._cfg["HF_TOKEN"], timeout=30)

    def translate_article(self, text, target):
        try:
            return self._bedrock(text, target)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code")
            if code in ("ThrottlingException", "ServiceUnavailableException") and self._cfg["DEEPL_API_KEY"]:
                log.warning("bedrock %s, falling back to DeepL", code)
                return self._deepl(text, target)
            raise AIServiceError(f"bedrock translation failed: {code}", provider="bedrock") from exc

    def _bedrock(self, text, target):
        response = self._runtime.converse(
            modelId=self._cfg["BEDROCK_TRANSLATE_MODEL"],
            system=[{"text": TRANSLATION_SYSTEM.format(target=LANGUAGE_NAMES.get(target, target))}],
            messages=[{"role": "user", "content": [{"text": text}]}],
            inferenceConfig={"maxTokens": 4096, "temperature": 0.2},
        )
        if response.get("stopReason") == "max_tokens":
            log.warning("translation truncated (%s chars in)", len(text))
        blocks = response["output"]["message"]["content"]
        return "".join(b.get("text", "") for b in blocks)

    def translate_short(self, text, target, source="en"):
        model = self._cfg["HF_TRANSLATION_MODELS"].get((source, target))
        if model is None:
            return self.translate_article(text, target)
        out = self._hf.translation(text, model=model, src_lang=source, tgt_lang=target)
        return out.translation_text

    def _deepl(self, text, target):
        r = requests.post(
            self._cfg["DEEPL_API_URL"],
            headers={"Authorization": f"DeepL-Auth-Key {self._cfg['DEEPL_API_KEY']}"},
            data={"text": text, "target_lang": target.upper(), "preserve_formatting": "1"},
            timeout=60,
        )
        r.raise_for_status()
        return "".join(t["text"] for t in r.json()["translations"])


def translate_article_record(article, target):
    translator = Translator()
    headline = translator.translate_short(article.headline, target)
    standfirst = translator.translate_short(article.standfirst, target) if article.standfirst else None
    body = translator.translate_article(article.body, target)
    return {"headline": headline, "standfirst": standfirst, "body": body}
