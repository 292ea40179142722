"""Text classification through the Hugging Face Inference API.

Starts with prompt-based classification (text_generation on an instruct
model); once enough annotations arrive, switches to embedding centroids.
Set HF_LOCAL_FALLBACK=1 to use a local transformers model when the API is
unreachable (air-gapped demo installs).
"""
import logging
import os
from typing import Dict, List, Optional

from label_studio_ml.model import LabelStudioMLBase
from label_studio_ml.response import ModelResponse

from common import get_hf_client, settings
from common.label_config import task_text
from common.parsers import choice_result, match_label
from common.prompts import PROMPT_VERSION, classify_prompt
from hf_classifier.centroids import CentroidIndex

logger = logging.getLogger(__name__)

EMBED_MODEL = os.getenv("HF_EMBED_MODEL", "BAAI/bge-small-en-v1.5")
LOCAL_FALLBACK = os.getenv("HF_LOCAL_FALLBACK", "0") == "1"
MIN_EXAMPLES = int(os.getenv("HF_MIN_EXAMPLES", "3"))


class HFTextClassifier(LabelStudioMLBase):
    def setup(self):
        self.set("model_version", f"hf-{PROMPT_VERSION}")
        self.hf = get_hf_client()
        self.embedder = get_hf_client(EMBED_MODEL)
        self._local = None

    def _local_generate(self, prompt: str) -> str:
        if self._local is None:
            from transformers import AutoModelForCausalLM, AutoTokenizer

            name = os.getenv("HF_LOCAL_MODEL", "Qwen/Qwen2.5-0.5B-Instruct")
            self._local = (AutoTokenizer.from_pretrained(name), AutoModelForCausalLM.from_pretrained(name))
        tok, model = self._local
        inputs = tok(prompt, return_tensors="pt")
        out = model.generate(**inputs, max_new_tokens=8)
        return tok.decode(out[0][inputs["input_ids"].shape[1]:], skip_special_tokens=True)

    def _prompt_label(self, text: str, labels: List[str]) -> Optional[str]:
        prompt = classify_prompt(text, labels)
        try:
            raw = self.hf.text_generation(prompt, max_new_tokens=8, temperature=0.01, stop=["\n"])
        except Exception:
            if not LOCAL_FALLBACK:
                raise
            logger.exception("HF API failed, using local model")
            raw = self._local_generate(prompt)
        return match_label(raw, labels)

    def _centroids(self) -> CentroidIndex:
        return CentroidIndex(self.get("centroids"))

    def predict(self, tasks: List[Dict], context: Optional[Dict] = None, **kwargs) -> ModelResponse:
        from_name, to_name, value = self.label_interface.get_first_tag_occurence("Choices", "Text")
        labels = list(self.label_interface.get_control(from_name).labels)
        index = self._centroids()
        predictions = []
        for task in tasks:
            text = task_text(task, value)
            label, score = None, None
            if sum(index.counts.values()) >= MIN_EXAMPLES * len(labels):
                vec = self.embedder.feature_extraction(text)
                label, score = index.predict(vec, MIN_EXAMPLES)
            if label is None:
                label, score = self._prompt_label(text, labels), 0.5
            if label:
                predictions.append(
                    {"result": [choice_result(label, from_name, to_name, score)], "score": score,
                     "model_version": self.get("model_version")}
                )
        return ModelResponse(predictions=predictions)

    def fit(self, event, data, **kwargs):
        if event not in ("ANNOTATION_CREATED", "ANNOTATION_UPDATED"):
            return
        from_name, _, value = self.label_interface.get_first_tag_occurence("Choices", "Text")
        text = task_text(data["task"], value)
        index = self._centroids()
        choices = [c for r in data["annotation"].get("result", []) if r.get("from_name") == from_name
                   for c in r["value"].get("choices", [])]
        if not choices:
            return
        vec = self.embedder.feature_extraction(text)
        for label in choices:
            index.add(label, vec)
        self.set("centroids", index.dumps())
