"""vertexai SDK code from before the google-genai migration.

TODO(mfischer): migrate to gemini_batch.py once the extraction prompts are
re-validated against google-genai; the JSON schema handling differs slightly.
"""

from __future__ import annotations

import json
import logging

from vertexai.generative_models import GenerationConfig, GenerativeModel, Part
from vertexai.language_models import TextEmbeddingInput, TextEmbeddingModel

from llm_batch.clients import init_vertex
from llm_batch.config import DEFAULT_GEMINI_PRO

log = logging.getLogger(__name__)

EXTRACTION_SCHEMA = {
    "type": "object",
    "properties": {
        "order_id": {"type": "string"},
        "product": {"type": "string"},
        "issue": {"type": "string"},
    },
}


def get_model(model_name: str = DEFAULT_GEMINI_PRO, system: str | None = None) -> GenerativeModel:
    init_vertex()
    return GenerativeModel(model_name, system_instruction=system)


def extract_fields(model: GenerativeModel, text: str) -> dict:
    response = model.generate_content(
        [Part.from_text(text)],
        generation_config=GenerationConfig(
            temperature=0.0,
            response_mime_type="application/json",
            response_schema=EXTRACTION_SCHEMA,
        ),
    )
    return json.loads(response.text)


def prompt_size(model: GenerativeModel, text: str) -> int:
    return model.count_tokens(text).total_tokens


def legacy_embeddings(texts: list[str], task_type: str = "RETRIEVAL_DOCUMENT") -> list[list[float]]:
    init_vertex()
    model = TextEmbeddingModel.from_pretrained("text-embedding-004")
    inputs = [TextEmbeddingInput(t, task_type) for t in texts]
    return [e.values for e in model.get_embeddings(inputs)]


class ExtractionChat:
    """Multi-turn clarification for tickets where the first pass missed fields."""

    def __init__(self, model: GenerativeModel | None = None):
        self.model = model or get_model(system="You extract structured order data. Ask nothing; infer.")
        self.session = self.model.start_chat()

    def ask(self, text: str) -> str:
        return self.session.send_message(text).text

    def fill_missing(self, text: str, fields: dict) -> dict:
        missing = [k for k in EXTRACTION_SCHEMA["properties"] if not fields.get(k)]
        if not missing:
            return fields
        reply = self.ask(f"From this text, give JSON with only {missing}:\n{text}")
        try:
            fields.update(json.loads(reply))
        except json.JSONDecodeError:
            log.info("chat fill failed for fields %s", missing)
        return fields
