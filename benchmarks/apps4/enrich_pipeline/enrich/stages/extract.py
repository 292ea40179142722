"""Attribute extraction: brand, material, colour, dimensions ... from free text."""
from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List

from enrich.clients.registry import get_openrouter
from enrich.config import DEFAULT_TOGETHER_MODEL
from enrich.errors import ProviderError
from enrich.models import Batch
from enrich.services.multi_model_service import TaskComplexity, multi_model_service
from enrich.stages.base import BaseStage, ChatCompletionStage
from enrich.utils.frames import explode_dict_column
from enrich.utils.retry import retry
from enrich.utils.text import strip_code_fence, truncate_tokens

FALLBACK_MODEL = "mistralai/mistral-small-3.1-24b-instruct"

PROMPT = """Extract the following attributes from the product text. Use null when an attribute
is not stated. Do not guess. Reply with a single JSON object with exactly these keys: {fields}.

Product text:
{text}
"""


def _schema(fields: List[str]) -> Dict[str, Any]:
    return {
        "type": "object",
        "properties": {f: {"type": ["string", "null"]} for f in fields},
        "required": fields,
    }


class ExtractStage(BaseStage):
    name = "extract"

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.fields: List[str] = list(self.opt("fields", ["brand", "material", "color"]))
        self.model = self.opt("model", DEFAULT_TOGETHER_MODEL)

    @retry(attempts=3)
    def _extract_together(self, text: str) -> Dict[str, Any]:
        resp = self.ctx.together.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": PROMPT.format(fields=", ".join(self.fields), text=text)}],
            response_format={"type": "json_schema", "schema": _schema(self.fields)},
            temperature=0,
            max_tokens=300,
        )
        content = resp.choices[0].message.content
        if not content:
            raise ProviderError("together", "empty completion")
        return json.loads(content)

    def _extract_openrouter(self, text: str) -> Dict[str, Any]:
        resp = get_openrouter().chat.completions.create(
            model=FALLBACK_MODEL,
            messages=[{"role": "user", "content": PROMPT.format(fields=", ".join(self.fields), text=text)}],
            temperature=0,
            max_tokens=300,
            extra_body={"provider": {"sort": "price"}},
        )
        return ChatCompletionStage.parse_json(resp.choices[0].message.content)

    async def _extract_hard(self, text: str) -> Dict[str, Any]:
        # long spec sheets: let the routed service pick an agentic-tier model
        answer = await multi_model_service.generate_response(
            prompt=PROMPT.format(fields=", ".join(self.fields), text=text),
            task_type="attribute_extraction",
            complexity=TaskComplexity.AGENTIC,
        )
        try:
            return json.loads(strip_code_fence(answer))
        except json.JSONDecodeError:
            return {}

    async def _extract_one(self, text: str) -> Dict[str, Any]:
        if len(text) > 6000:
            return await self._extract_hard(text)
        text = truncate_tokens(text, 1200)
        try:
            return await asyncio.to_thread(self._extract_together, text)
        except (ProviderError, json.JSONDecodeError) as exc:
            self.log.info("together extraction failed (%s), falling back to openrouter", exc)
            return await asyncio.to_thread(self._extract_openrouter, text)

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        texts = (frame["title"].fillna("") + "\n" + frame["description"].fillna("")).tolist()
        results = await self.gather_bounded(self._extract_one, texts)
        frame["_attrs"] = [
            {k: r.get(k) for k in self.fields} if isinstance(r, dict) else {} for r in results
        ]
        frame = explode_dict_column(frame, "_attrs", prefix="attr_")
        return batch.with_frame(frame)
