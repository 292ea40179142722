"""FNOL triage model (v2, registry based).

Model config example::

    {"providers": {"azure_openai": {"model": "gpt-4o-triage",
                                     "endpoint": "https://docai-eastus2.openai.azure.com",
                                     "api_version": "2024-06-01"}},
     "moderate_input": true}
"""
from __future__ import annotations

import json
import logging

import mlflow

from docai_models.models.base import DocAIModel, log_span_attributes
from docai_models.providers import moderate
from docai_models.utils.io import parse_json_loose
from docai_models.utils.prompts import CLAIM_TRIAGE
from docai_models.utils.tokens import truncate_to_tokens

log = logging.getLogger(__name__)

TRIAGE_SCHEMA = {
    "type": "json_schema",
    "json_schema": {
        "name": "triage",
        "strict": True,
        "schema": {
            "type": "object",
            "additionalProperties": False,
            "required": ["line_of_business", "severity", "fraud_indicators", "needs_adjuster"],
            "properties": {
                "line_of_business": {"type": "string", "enum": ["auto", "property", "liability", "workers_comp", "other"]},
                "severity": {"type": "string", "enum": ["low", "medium", "high", "catastrophic"]},
                "fraud_indicators": {"type": "array", "items": {"type": "string"}},
                "needs_adjuster": {"type": "boolean"},
            },
        },
    },
}


class ClaimTriageModel(DocAIModel):
    text_column = "fnol_text"
    output_columns = ["line_of_business", "severity", "fraud_indicators", "needs_adjuster", "flagged", "latency_ms"]

    def on_load(self, context):
        self.client = self.registry.get("azure_openai")
        self.deployment = self.registry.model("azure_openai")
        self.moderate_input = bool(self.model_config.get("moderate_input", True))

    @mlflow.trace(name="claim_triage.predict_row")
    def predict_row(self, row, params):
        text = truncate_to_tokens(row[self.text_column], 6000)
        flagged = moderate(self.client, text) if self.moderate_input else False
        completion = self.client.chat.completions.create(
            model=self.deployment,
            messages=[{"role": "user", "content": CLAIM_TRIAGE.render(fnol_text=text)}],
            response_format=TRIAGE_SCHEMA,
            temperature=params.get("temperature", 0.0),
            max_tokens=400,
        )
        log_span_attributes(
            prompt_tokens=completion.usage.prompt_tokens,
            completion_tokens=completion.usage.completion_tokens,
        )
        parsed = parse_json_loose(completion.choices[0].message.content)
        parsed["flagged"] = flagged
        return parsed


mlflow.models.set_model(ClaimTriageModel())
