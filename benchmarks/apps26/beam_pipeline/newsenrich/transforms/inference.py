"""RunInference model handlers for remote LLM endpoints.

RunInference gives us batching, shared model loading and metrics for free, so
new per-element model steps should prefer a ModelHandler over a bare DoFn.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, Iterable, Optional, Sequence

import anthropic
from apache_beam.ml.inference.base import ModelHandler, PredictionResult
from google.genai import types

from newsenrich import config, prompts
from newsenrich.clients.pool import get_genai

_LOG = logging.getLogger(__name__)


class GeminiSummaryHandler(ModelHandler[str, PredictionResult, Any]):
    """Short summaries with Gemini on Vertex AI. Input: article text."""

    def __init__(self, project: Optional[str] = None, model_name: str = config.GEMINI_MODEL, max_batch: int = 16):
        self._project = project
        self._model_name = model_name
        self._max_batch = max_batch

    def load_model(self):
        return get_genai(self._project)

    def run_inference(
        self, batch: Sequence[str], model, inference_args: Optional[Dict[str, Any]] = None
    ) -> Iterable[PredictionResult]:
        inference_args = inference_args or {}
        for text in batch:
            response = model.models.generate_content(
                model=self._model_name,
                contents=text,
                config=types.GenerateContentConfig(
                    system_instruction=prompts.SUMMARY_SYSTEM_V3,
                    max_output_tokens=inference_args.get("max_output_tokens", config.MAX_SUMMARY_TOKENS),
                    temperature=0.2,
                ),
            )
            yield PredictionResult(example=text, inference=response.text, model_id=self._model_name)

    def batch_elements_kwargs(self):
        return {"max_batch_size": self._max_batch}

    def share_model_across_processes(self) -> bool:
        return False


class ClaudeSummaryHandler(ModelHandler[str, PredictionResult, anthropic.Anthropic]):
    def __init__(self, model_name: str = config.ANTHROPIC_LONGFORM_MODEL, max_tokens: int = 400):
        self._model_name = model_name
        self._max_tokens = max_tokens

    def load_model(self) -> anthropic.Anthropic:
        return anthropic.Anthropic(api_key=config.resolve_secret("anthropic-api-key"), max_retries=5)

    def run_inference(self, batch, model: anthropic.Anthropic, inference_args=None):
        for text in batch:
            msg = model.messages.create(
                model=self._model_name,
                max_tokens=self._max_tokens,
                system=prompts.SUMMARY_SYSTEM_V3,
                messages=[{"role": "user", "content": text}],
            )
            yield PredictionResult(example=text, inference=msg.content[0].text, model_id=self._model_name)

    def get_metrics_namespace(self) -> str:
        return "newsenrich_claude_longform"
