"""Image captioning + tagging with Gemini on Vertex AI (google-genai SDK).

Labeling config:
  <Image name="image" value="$image"/>
  <TextArea name="caption" toName="image"/>
  <Choices name="tags" toName="image" choice="multiple">...</Choices>
"""
import asyncio
import logging
import mimetypes
import os
from typing import Dict, List, Optional, Tuple

from google.genai import types
from label_studio_ml.model import LabelStudioMLBase
from label_studio_ml.response import ModelResponse

from common import get_genai_client, settings
from common.parsers import match_label, textarea_result
from common.prompts import CAPTION_PROMPT, PROMPT_VERSION, format_labels

logger = logging.getLogger(__name__)

CONCURRENCY = int(os.getenv("GEMINI_CONCURRENCY", "4"))


def _parse_caption(text: str, labels: List[str]) -> Tuple[str, List[str]]:
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    if not lines:
        return "", []
    caption = lines[0]
    tags = []
    for chunk in " ".join(lines[1:]).split(","):
        label = match_label(chunk, labels)
        if label and label not in tags:
            tags.append(label)
    return caption, tags


class GeminiCaptioner(LabelStudioMLBase):
    def setup(self):
        self.set("model_version", f"{settings.gemini_model}-{PROMPT_VERSION}")

    @property
    def genai(self):
        return get_genai_client()

    def _image_part(self, task: Dict, value: str) -> types.Part:
        url = task["data"][value]
        path = self.get_local_path(url, task_id=task.get("id"))
        mime = mimetypes.guess_type(path)[0] or "image/jpeg"
        with open(path, "rb") as fh:
            return types.Part.from_bytes(data=fh.read(), mime_type=mime)

    def _config(self) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(
            temperature=settings.temperature,
            max_output_tokens=256,
            safety_settings=[
                types.SafetySetting(
                    category=types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
                    threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
                )
            ],
        )

    async def _caption_many(self, parts: List[types.Part], prompt: str) -> List[str]:
        sem = asyncio.Semaphore(CONCURRENCY)
        client = self.genai

        async def one(part: types.Part) -> str:
            async with sem:
                resp = await client.aio.models.generate_content(
                    model=settings.gemini_model, contents=[part, prompt], config=self._config()
                )
                return resp.text or ""

        return await asyncio.gather(*(one(p) for p in parts))

    def predict(self, tasks: List[Dict], context: Optional[Dict] = None, **kwargs) -> ModelResponse:
        caption_from, image_name, value = self.label_interface.get_first_tag_occurence("TextArea", "Image")
        tags_from, _, _ = self.label_interface.get_first_tag_occurence("Choices", "Image")
        labels = list(self.label_interface.get_control(tags_from).labels)
        prompt = CAPTION_PROMPT.format(labels=format_labels(labels))

        parts = [self._image_part(t, value) for t in tasks]
        if len(parts) == 1:
            resp = self.genai.models.generate_content(
                model=settings.gemini_model, contents=[parts[0], prompt], config=self._config()
            )
            texts = [resp.text or ""]
        else:
            texts = asyncio.run(self._caption_many(parts, prompt))

        predictions = []
        for text in texts:
            caption, tags = _parse_caption(text, labels)
            result = [textarea_result(caption, caption_from, image_name)] if caption else []
            if tags:
                result.append({"from_name": tags_from, "to_name": image_name, "type": "choices", "value": {"choices": tags}})
            predictions.append({"result": result, "score": 0.7, "model_version": self.get("model_version")})
        return ModelResponse(predictions=predictions)

    def prompt_cost_hint(self, prompt: str) -> int:
        """Rough token count shown in the backend's /health details."""
        return self.genai.models.count_tokens(model=settings.gemini_model, contents=prompt).total_tokens

    def fit(self, event, data, **kwargs):
        pass
