"""Scanned document -> markdown -> cleaned text, with Mistral OCR.

Input rows carry either ``document_url`` (S3 presigned) or ``pdf_b64``.
"""
from __future__ import annotations

import base64
import logging

from docai_models.models.base import DocAIModel
from docai_models.providers import run_ocr
from docai_models.providers.mistral_provider import to_data_url
from docai_models.utils.io import call_with_backoff
from docai_models.utils.tokens import estimate_ocr_cost

log = logging.getLogger(__name__)

CLEANUP_PROMPT = (
    "The following markdown came from OCR of an insurance document. Fix obvious OCR errors "
    "(broken words, misread digits in amounts and dates) without adding content. "
    "Return markdown only."
)


class OCRPipelineModel(DocAIModel):
    text_column = "document_url"
    output_columns = ["pages", "markdown", "cleaned", "est_cost_usd", "latency_ms"]

    def on_load(self, context):
        self.mistral = self.registry.get("mistral")
        self.cleanup_model = self.registry.model("mistral")
        self.cleanup_enabled = self.model_config.get("cleanup", True)

    def _document_url(self, row: dict) -> str:
        if row.get("document_url"):
            return row["document_url"]
        return to_data_url(base64.b64decode(row["pdf_b64"]))

    def _cleanup(self, markdown: str) -> str:
        resp = call_with_backoff(
            self.mistral.chat.complete,
            model=self.cleanup_model,
            messages=[
                {"role": "system", "content": CLEANUP_PROMPT},
                {"role": "user", "content": markdown},
            ],
            temperature=0.0,
        )
        return resp.choices[0].message.content

    def predict_row(self, row, params):
        ocr = run_ocr(self.mistral, self._document_url(row), include_images=False)
        markdown = "\n\n".join(page.markdown for page in ocr.pages)
        cleaned = markdown
        if self.cleanup_enabled and params.get("cleanup", True):
            cleaned = "\n\n".join(self._cleanup(page.markdown) for page in ocr.pages)
        return {
            "pages": len(ocr.pages),
            "markdown": markdown,
            "cleaned": cleaned,
            "est_cost_usd": estimate_ocr_cost(len(ocr.pages)),
        }

    def classify_pages(self, ocr_pages: list[str]) -> list[str]:
        """Quick page-type tagging. Experimental; not wired into predict yet."""
        labels = []
        for page in ocr_pages:
            resp = self.mistral.chat.complete(
                model="mistral-small-latest",
                messages=[{
                    "role": "user",
                    "content": "One word page type (invoice, report, letter, form, photo, other):\n" + page[:4000],
                }],
                max_tokens=5,
            )
            labels.append(resp.choices[0].message.content.strip().lower())
        return labels
