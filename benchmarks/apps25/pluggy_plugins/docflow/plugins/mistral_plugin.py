"""Mistral plugin: classification, moderation, embeddings and OCR.

Unlike the other built-ins this is a class-based plugin with its *own*
client and config, because the Mistral contract is billed to a different
cost center (separate API key, see DOCFLOW_MISTRAL_API_KEY).
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass

from mistralai import Mistral

from docflow import hookimpl
from docflow.config import Settings
from docflow.models import Classification, Document

log = logging.getLogger(__name__)

PLUGIN_NAME = "mistral_plugin"


@dataclass
class MistralConfig:
    api_key: str
    chat_model: str = "mistral-small-latest"
    embed_model: str = "mistral-embed"
    moderation_model: str = "mistral-moderation-latest"
    ocr_model: str = "mistral-ocr-latest"
    timeout_ms: int = 60_000


class MistralPlugin:
    def __init__(self, config: MistralConfig) -> None:
        self.config = config
        self.client = Mistral(api_key=config.api_key, timeout_ms=config.timeout_ms)

    @classmethod
    def from_settings(cls, settings: Settings) -> "MistralPlugin | None":
        if not settings.mistral_api_key:
            return None
        return cls(MistralConfig(api_key=settings.mistral_api_key, chat_model=settings.mistral_model))

    @classmethod
    def from_env(cls) -> "MistralPlugin":
        return cls(MistralConfig(api_key=os.environ["MISTRAL_API_KEY"]))

    # ----------------------------------------------------------------- hooks
    @hookimpl
    def docflow_describe(self) -> dict:
        return {"name": PLUGIN_NAME, "capabilities": ["classify", "moderate", "embed", "ocr"]}

    @hookimpl
    def classify(self, engine, document: Document, labels: list[str]) -> Classification | None:
        resp = self.client.chat.complete(
            model=self.config.chat_model,
            messages=[
                {
                    "role": "system",
                    "content": "You are a document classifier. Answer in JSON with keys label and confidence.",
                },
                {"role": "user", "content": f"Allowed labels: {', '.join(labels)}\n\n{document.head(8000)}"},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            data = json.loads(resp.choices[0].message.content)
        except (TypeError, json.JSONDecodeError):
            log.warning("mistral returned non-JSON classification for %s", document.id)
            return None
        if data.get("label") not in labels:
            return None
        return Classification(label=data["label"], confidence=float(data.get("confidence", 0.5)), plugin=PLUGIN_NAME)

    @hookimpl
    def moderate(self, engine, text: str) -> dict | None:
        res = self.client.classifiers.moderate(model=self.config.moderation_model, inputs=[text])
        categories = res.results[0].categories
        hits = [name for name, flagged in categories.items() if flagged]
        return {"flagged": bool(hits), "categories": hits, "plugin": PLUGIN_NAME}

    @hookimpl
    def embed(self, engine, texts: list[str], purpose: str) -> list[list[float]] | None:
        if engine.settings.embedding_plugin != "mistral":
            return None
        resp = self.client.embeddings.create(model=self.config.embed_model, inputs=texts)
        return [d.embedding for d in resp.data]

    # --------------------------------------------------------------- non-hook
    def ocr_pdf(self, url: str) -> str:
        """Extract markdown from a PDF by URL; used by the ingest route."""
        result = self.client.ocr.process(
            model=self.config.ocr_model,
            document={"type": "document_url", "document_url": url},
            include_image_base64=False,
        )
        return "\n\n".join(page.markdown for page in result.pages)

    def available_models(self) -> list[str]:
        return [m.id for m in self.client.models.list().data or []]


def make_plugin(settings: Settings) -> MistralPlugin | None:
    """Factory picked up by docflow.manager."""
    return MistralPlugin.from_settings(settings)
