"""Named-entity pre-annotation with OpenAI chat models.

Labeling config: <Labels name="label" toName="text"> over <Text name="text">.
"""
import logging
import os
from typing import Dict, List, Optional

from label_studio_ml.model import LabelStudioMLBase
from label_studio_ml.response import ModelResponse

from common import get_openai_client, settings
from common.label_config import task_text
from common.parsers import entities_to_results, extract_json
from common.prompts import PROMPT_VERSION, ner_system_prompt
from common.retry import with_retries
from ner_openai.examples import ExampleStore
from ner_openai.structured import extract_entities

logger = logging.getLogger(__name__)

MODERATE_INPUTS = os.getenv("NER_MODERATE_INPUTS", "false").lower() == "true"
STRUCTURED = os.getenv("NER_STRUCTURED_OUTPUT", "false").lower() == "true"


class OpenAINERModel(LabelStudioMLBase):
    """Pre-annotates spans; learns few-shot examples from submitted annotations."""

    def setup(self):
        self.set("model_version", f"{settings.openai_model}-{PROMPT_VERSION}")
        self.client = get_openai_client()
        self.examples = ExampleStore(self.client, max_examples=int(os.getenv("NER_MAX_EXAMPLES", "5")))

    def _messages(self, text: str, labels: List[str]) -> List[Dict]:
        messages = [{"role": "system", "content": ner_system_prompt(labels)}]
        for ex in self.examples.nearest(text, k=3):
            messages.append({"role": "user", "content": ex["text"]})
            messages.append({"role": "assistant", "content": ex["answer"]})
        messages.append({"role": "user", "content": text})
        return messages

    def _is_flagged(self, text: str) -> bool:
        if not MODERATE_INPUTS:
            return False
        result = self.client.moderations.create(model="omni-moderation-latest", input=text)
        return bool(result.results and result.results[0].flagged)

    def predict(self, tasks: List[Dict], context: Optional[Dict] = None, **kwargs) -> ModelResponse:
        from_name, to_name, value = self.label_interface.get_first_tag_occurence("Labels", "Text")
        labels = sorted(self.label_interface.get_control(from_name).labels)
        predictions = []
        for task in tasks:
            text = task_text(task, value)
            if not text or self._is_flagged(text):
                predictions.append({"result": [], "score": 0.0, "model_version": self.get("model_version")})
                continue
            if STRUCTURED:
                parsed = extract_entities(self.client, ner_system_prompt(labels), text)
                results = entities_to_results([e.model_dump() for e in parsed.entities], text, from_name, to_name, labels)
                predictions.append({"result": results, "score": 1.0, "model_version": self.get("model_version")})
                continue
            completion = with_retries(
                self.client.chat.completions.create,
                model=settings.openai_model,
                messages=self._messages(text, labels),
                response_format={"type": "json_object"},
                temperature=settings.temperature,
                max_tokens=settings.max_tokens,
            )
            payload = extract_json(completion.choices[0].message.content) or {}
            results = entities_to_results(payload.get("entities", []), text, from_name, to_name, labels)
            predictions.append(
                {"result": results, "score": 1.0 if results else 0.0, "model_version": self.get("model_version")}
            )
        return ModelResponse(predictions=predictions)

    def fit(self, event, data, **kwargs):
        if event not in ("ANNOTATION_CREATED", "ANNOTATION_UPDATED"):
            logger.info("skip fit for event %s", event)
            return
        task = data["task"]
        annotation = data["annotation"]
        from_name, _, value = self.label_interface.get_first_tag_occurence("Labels", "Text")
        text = task_text(task, value)
        spans = [
            {"text": r["value"]["text"], "label": r["value"]["labels"][0], "start": r["value"]["start"], "end": r["value"]["end"]}
            for r in annotation.get("result", [])
            if r.get("from_name") == from_name
        ]
        self.examples.add(text, spans)
        self.set("examples_count", str(len(self.examples)))
