"""Summarization pre-annotation on AWS Bedrock.

Labeling config: <TextArea name="summary" toName="text"> over <Text name="text">.
"""
import logging
import os
from typing import Dict, List, Optional

from label_studio_ml.model import LabelStudioMLBase
from label_studio_ml.response import ModelResponse

from common import get_bedrock_runtime, settings
from common.cache import PredictionCache
from common.label_config import control_names, task_text
from common.parsers import textarea_result
from common.prompts import PROMPT_VERSION, summary_prompt
from summarize_bedrock import bedrock_utils

logger = logging.getLogger(__name__)

USE_CONVERSE = os.getenv("BEDROCK_USE_CONVERSE", "true").lower() == "true"
MAX_SENTENCES = int(os.getenv("SUMMARY_MAX_SENTENCES", "3"))


class BedrockSummarizer(LabelStudioMLBase):
    def setup(self):
        self.model_id = os.getenv("SUMMARY_MODEL_ID", settings.bedrock_model_id)
        self.set("model_version", f"{self.model_id}-{PROMPT_VERSION}")
        self.runtime = get_bedrock_runtime()
        self.cache = PredictionCache.create("summarize_bedrock", self.get("model_version"))

    def _too_long(self, prompt: str) -> bool:
        try:
            resp = self.runtime.count_tokens(
                modelId=self.model_id,
                input={"converse": {"messages": [{"role": "user", "content": [{"text": prompt}]}]}},
            )
        except Exception:  # older botocore has no count_tokens
            return len(prompt) > 60_000
        return resp["inputTokens"] > 150_000

    def _summarize(self, text: str) -> str:
        prompt = summary_prompt(text, MAX_SENTENCES)
        if self._too_long(prompt):
            prompt = summary_prompt(text[:200_000], MAX_SENTENCES)
        if not USE_CONVERSE:
            return bedrock_utils.summarize(self.model_id, prompt, max_tokens=settings.max_tokens)
        response = self.runtime.converse(
            modelId=self.model_id,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": settings.max_tokens, "temperature": settings.temperature},
        )
        usage = response.get("usage", {})
        logger.debug("bedrock usage in=%s out=%s", usage.get("inputTokens"), usage.get("outputTokens"))
        return response["output"]["message"]["content"][0]["text"]

    def predict(self, tasks: List[Dict], context: Optional[Dict] = None, **kwargs) -> ModelResponse:
        from_name, to_name, _, value = control_names(self.parsed_label_config, "TextArea")
        predictions = []
        for task in tasks:
            text = task_text(task, value)
            if not text.strip():
                continue
            cached = self.cache.lookup(task["data"])
            if cached:
                predictions.append(cached)
                continue
            summary = self._summarize(text)
            prediction = {
                "result": [textarea_result(summary, from_name, to_name)],
                "score": 0.5,
                "model_version": self.get("model_version"),
            }
            self.cache.store(task["data"], prediction)
            predictions.append(prediction)
        return ModelResponse(predictions=predictions)

    def fit(self, event, data, **kwargs):
        logger.info("BedrockSummarizer.fit(%s) is a no-op", event)
