"""Translate title + summary into the configured shop languages."""
from __future__ import annotations

import json
import os
from typing import Dict, List, Optional

from google import genai
from huggingface_hub import InferenceClient

from enrich.config import DEFAULT_GEMINI_MODEL
from enrich.models import Batch
from enrich.stages.base import BaseStage

LANGID_MODEL = "papluca/xlm-roberta-base-language-detection"
MAX_INPUT_TOKENS = 6000

_INSTRUCTIONS = (
    "Translate the JSON values into {lang}. Keep brand names, model numbers and units unchanged. "
    "Return JSON with the same keys."
)


class TranslateStage(BaseStage):
    name = "translate"

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.languages: List[str] = list(self.opt("target_languages", ["de"]))
        self.model = self.opt("model", DEFAULT_GEMINI_MODEL)
        self._langid = InferenceClient(model=LANGID_MODEL, token=os.environ.get("HF_TOKEN"))

    def detect_language(self, text: str) -> Optional[str]:
        if not text:
            return None
        scores = self._langid.text_classification(text[:512], top_k=1)
        return scores[0].label if scores else None

    async def _translate(self, payload: Dict[str, str], lang: str) -> Dict[str, str]:
        body = json.dumps(payload, ensure_ascii=False)
        count = self.ctx.genai.models.count_tokens(model=self.model, contents=body)
        if count.total_tokens > MAX_INPUT_TOKENS:
            return {k: v[:2000] for k, v in payload.items()}
        resp = await self.ctx.genai.aio.models.generate_content(
            model=self.model,
            contents=body,
            config={
                "system_instruction": _INSTRUCTIONS.format(lang=lang),
                "response_mime_type": "application/json",
                "temperature": 0.1,
            },
        )
        try:
            return json.loads(resp.text or "{}")
        except json.JSONDecodeError:
            self.log.warning("unparseable translation for %s", lang)
            return {}

    async def _row(self, row: Dict[str, str]) -> Dict[str, Dict[str, str]]:
        payload = {"title": row.get("title") or "", "summary": row.get("summary") or ""}
        source = row.get("source_language") or "en"
        out: Dict[str, Dict[str, str]] = {}
        for lang in self.languages:
            if lang == source:
                continue
            out[lang] = await self._translate(payload, lang)
        return out

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        if "source_language" not in frame.columns:
            frame["source_language"] = [self.detect_language(t) for t in frame["title"].fillna("")]
        rows = frame[["title", "summary", "source_language"]].to_dict(orient="records")
        results = await self.gather_bounded(self._row, rows)
        frame["translations"] = [r if isinstance(r, dict) else {} for r in results]
        return batch.with_frame(frame)


def translate_catalog_file(path: str, lang: str, project: str, location: str = "europe-west4") -> str:
    """Ad-hoc helper for merchandising: translate a whole text export in one go."""
    client = genai.Client(vertexai=True, project=project, location=location)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    out: List[str] = []
    for chunk in client.models.generate_content_stream(
        model=DEFAULT_GEMINI_MODEL,
        contents=[_INSTRUCTIONS.format(lang=lang).replace("JSON values", "text"), text],
    ):
        if chunk.text:
            out.append(chunk.text)
    return "".join(out)
