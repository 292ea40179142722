"""Structured attribute extraction from free-text supplier feeds."""
import json
import logging
from typing import Dict, Iterable, Optional

from ibm_watsonx_ai.foundation_models.schema import TextChatParameters

from include.config import settings
from include.llm.clients import get_fireworks_client, get_watsonx_model
from include.prompts import ATTRIBUTE_EXTRACTION
from include.utils.errors import InvalidModelOutput
from include.utils.text import clean_text, strip_code_fence, truncate

log = logging.getLogger(__name__)

ALLOWED_KEYS = (
    "colour", "material", "size", "weight", "dimensions", "pattern",
    "care_instructions", "country_of_origin", "gender", "age_group",
)


def _parse(raw: str) -> Dict[str, Optional[str]]:
    try:
        data = json.loads(strip_code_fence(raw))
    except json.JSONDecodeError as exc:
        raise InvalidModelOutput(raw) from exc
    if not isinstance(data, dict):
        raise InvalidModelOutput(raw, "expected a JSON object")
    return {k: (str(v) if v is not None else None) for k, v in data.items() if k in ALLOWED_KEYS}


class AttributeExtractor:
    def __init__(self, model_id: Optional[str] = None, use_fallback: bool = True):
        self.model_id = model_id or settings.watsonx.extraction_model
        self._model = get_watsonx_model(
            self.model_id,
            params=TextChatParameters(temperature=0, max_tokens=400),
        )
        self.use_fallback = use_fallback

    def _prompt(self, supplier_text: str) -> str:
        return ATTRIBUTE_EXTRACTION.substitute(
            allowed_keys=", ".join(ALLOWED_KEYS),
            text=truncate(clean_text(supplier_text), 6000),
        )

    def extract(self, supplier_text: str) -> Dict[str, Optional[str]]:
        prompt = self._prompt(supplier_text)
        response = self._model.chat(
            messages=[
                {"role": "system", "content": "You output JSON only."},
                {"role": "user", "content": prompt},
            ]
        )
        raw = response["choices"][0]["message"]["content"]
        try:
            return _parse(raw)
        except InvalidModelOutput:
            if not self.use_fallback:
                raise
            log.warning("watsonx output not parseable, retrying on fireworks")
            return self._extract_fireworks(prompt)

    def _extract_fireworks(self, prompt: str) -> Dict[str, Optional[str]]:
        completion = get_fireworks_client().chat.completions.create(
            model=settings.fireworks.chat_model,
            messages=[{"role": "user", "content": prompt}],
            response_format={"type": "json_object"},
            temperature=0,
            max_tokens=400,
        )
        return _parse(completion.choices[0].message.content)

    def extract_many(self, texts: Iterable[str]) -> Dict[int, Dict[str, Optional[str]]]:
        results = {}
        for i, text in enumerate(texts):
            try:
                results[i] = self.extract(text)
            except InvalidModelOutput as exc:
                log.error("giving up on item %d: %s", i, exc)
        return results
