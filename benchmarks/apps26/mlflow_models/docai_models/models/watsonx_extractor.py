"""EU tenancy extractor on watsonx.ai (data residency: eu-de).

Same contract as DocumentExtractorModel but Granite via watsonx, since Bedrock
is not approved for EU claim data yet.
"""
from __future__ import annotations

import json
import logging

from ibm_watsonx_ai.foundation_models import ModelInference

from docai_models.models.base import DocAIModel
from docai_models.providers import build_api_client, build_embeddings
from docai_models.utils.io import parse_json_loose
from docai_models.utils.prompts import EXTRACTION_SYSTEM

log = logging.getLogger(__name__)

FIELDS_BY_TYPE = {
    "invoice": ["vendor_name", "invoice_number", "invoice_date", "total_amount", "currency"],
    "medical_bill": ["provider_name", "patient_name", "service_date", "total_amount", "icd_codes"],
    "police_report": ["report_number", "incident_date", "location", "parties"],
}


class WatsonxExtractorModel(DocAIModel):
    text_column = "document_text"
    output_columns = ["doc_type", "fields", "input_tokens", "latency_ms"]

    def on_load(self, context):
        settings = self.registry.settings("watsonx")
        self.api_client = build_api_client(settings)
        self.llm = ModelInference(
            model_id=settings.model,
            api_client=self.api_client,
            params={"max_new_tokens": 900, "decoding_method": "greedy"},
        )
        self.embedder = build_embeddings(settings, api_client=self.api_client)
        self.max_input_tokens = int(self.model_config.get("max_input_tokens", 7000))

    def _token_count(self, text: str) -> int:
        resp = self.llm.tokenize(prompt=text)
        return resp["result"]["token_count"]

    def predict_row(self, row, params):
        doc_type = row.get("doc_type", "invoice")
        fields = FIELDS_BY_TYPE.get(doc_type, FIELDS_BY_TYPE["invoice"])
        text = row[self.text_column]
        n_tokens = self._token_count(text)
        if n_tokens > self.max_input_tokens:
            text = text[: int(len(text) * self.max_input_tokens / n_tokens)]
        resp = self.llm.chat(
            messages=[
                {"role": "system", "content": EXTRACTION_SYSTEM.template},
                {"role": "user", "content": f"Fields: {json.dumps(fields)}\n\nDocument:\n{text}"},
            ],
        )
        content = resp["choices"][0]["message"]["content"]
        return {"doc_type": doc_type, "fields": parse_json_loose(content), "input_tokens": n_tokens}

    def legacy_prompt(self, text: str) -> str:
        """Old prompt-style path, kept for A/B against chat() until Q1."""
        return self.llm.generate_text(
            prompt=EXTRACTION_SYSTEM.template + "\n\nDocument:\n" + text + "\n\nJSON:",
            params={"max_new_tokens": 900, "stop_sequences": ["\n\n\n"]},
        )

    def embed_chunks(self, chunks: list[str]) -> list[list[float]]:
        return self.embedder.embed_documents(texts=chunks)
