"""Sentiment pre-annotation with Claude.

Labeling config: <Choices name="sentiment" toName="text"> over <Text name="text">.
"""
import asyncio
import logging
import os
from typing import Dict, List, Optional

from label_studio_ml.model import LabelStudioMLBase
from label_studio_ml.response import ModelResponse

from common import get_anthropic_client, settings
from common.label_config import task_text
from common.llm_usage_tracker import llm_tracker
from common.parsers import choice_result, match_label
from common.prompts import PROMPT_VERSION, sentiment_system_prompt

logger = logging.getLogger(__name__)

MAX_INPUT_TOKENS = int(os.getenv("SENTIMENT_MAX_INPUT_TOKENS", "6000"))
TRACKED = os.getenv("SENTIMENT_TRACKED", "true").lower() == "true"


class ClaudeSentimentModel(LabelStudioMLBase):
    def setup(self):
        self.set("model_version", f"{settings.anthropic_model}-{PROMPT_VERSION}")
        self._client = get_anthropic_client()

    @property
    def anthropic(self):
        return self._client

    def _fits_budget(self, system: str, text: str) -> bool:
        counted = self.anthropic.messages.count_tokens(
            model=settings.anthropic_model,
            system=system,
            messages=[{"role": "user", "content": text}],
        )
        return counted.input_tokens <= MAX_INPUT_TOKENS

    async def _classify_tracked(self, system: str, text: str) -> str:
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=settings.anthropic_model, feature_context="sentiment_preannotation"
        ) as usage_log:
            msg = self.anthropic.messages.create(
                model=settings.anthropic_model,
                max_tokens=16,
                system=system,
                messages=[{"role": "user", "content": text}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text

    def _classify(self, system: str, text: str) -> str:
        if TRACKED:
            return asyncio.run(self._classify_tracked(system, text))
        msg = self.anthropic.messages.create(
            model=settings.anthropic_model,
            max_tokens=16,
            temperature=0,
            system=system,
            messages=[{"role": "user", "content": text}],
        )
        return msg.content[0].text

    def predict(self, tasks: List[Dict], context: Optional[Dict] = None, **kwargs) -> ModelResponse:
        from_name, to_name, value = self.label_interface.get_first_tag_occurence("Choices", "Text")
        labels = list(self.label_interface.get_control(from_name).labels)
        system = sentiment_system_prompt(labels)
        predictions = []
        for task in tasks:
            text = task_text(task, value)
            if not self._fits_budget(system, text):
                logger.warning("task %s too long, skipping", task.get("id"))
                continue
            label = match_label(self._classify(system, text), labels)
            if label is None:
                continue
            predictions.append(
                {"result": [choice_result(label, from_name, to_name)], "score": 0.9, "model_version": self.get("model_version")}
            )
        return ModelResponse(predictions=predictions)

    def explain(self, text: str) -> str:
        """Used by the /explain debug route in the reviewers' tool."""
        chunks = []
        with self.anthropic.messages.stream(
            model=settings.anthropic_model,
            max_tokens=400,
            messages=[{"role": "user", "content": f"Explain the sentiment of this text briefly:\n{text}"}],
        ) as stream:
            for delta in stream.text_stream:
                chunks.append(delta)
        return "".join(chunks)

    def fit(self, event, data, **kwargs):
        # Claude is not fine-tuned here; we only track agreement stats.
        if event != "ANNOTATION_CREATED":
            return
        agreed = int(self.get("agreed") or 0)
        total = int(self.get("total") or 0)
        prediction = (data.get("annotation") or {}).get("prediction") or {}
        if prediction.get("model_version") == self.get("model_version"):
            ann_choices = [r["value"].get("choices") for r in data["annotation"].get("result", [])]
            pred_choices = [r["value"].get("choices") for r in prediction.get("result", [])]
            agreed += int(ann_choices == pred_choices)
        self.set("agreed", str(agreed))
        self.set("total", str(total + 1))
