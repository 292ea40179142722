"""Vision backends for alt text.  Registered by name in ``VISION_BACKENDS``."""
from __future__ import annotations

import base64
import logging
import mimetypes
from pathlib import Path

from google.genai import types

from llm_common import get_genai, get_hf, get_openai
from llm_common.prompts import ALT_TEXT_PROMPT, render

log = logging.getLogger(__name__)


class VisionBackend:
    name = "base"

    def __init__(self, settings, cfg):
        self.settings = settings
        self.cfg = cfg

    def describe(self, image_path: Path, title: str) -> str:  # pragma: no cover
        raise NotImplementedError


class OpenAIVision(VisionBackend):
    name = "openai"

    def __init__(self, settings, cfg):
        super().__init__(settings, cfg)
        self.client = get_openai(cfg)

    def describe(self, image_path: Path, title: str) -> str:
        mime = mimetypes.guess_type(image_path.name)[0] or "image/png"
        b64 = base64.b64encode(image_path.read_bytes()).decode()
        completion = self.client.chat.completions.create(
            model=self.cfg.openai_vision_model,
            max_tokens=80,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": render(ALT_TEXT_PROMPT, title=title)},
                        {"type": "image_url", "image_url": {"url": f"data:{mime};base64,{b64}"}},
                    ],
                }
            ],
        )
        return completion.choices[0].message.content.strip()


class GeminiVision(VisionBackend):
    name = "gemini"

    def describe(self, image_path: Path, title: str) -> str:
        client = get_genai(self.cfg)
        mime = mimetypes.guess_type(image_path.name)[0] or "image/png"
        data = image_path.read_bytes()
        if len(data) > 18 * 1024 * 1024:
            # inline limit is 20MB; big hero images go through the Files API
            uploaded = client.files.upload(file=str(image_path))
            part = types.Part.from_uri(file_uri=uploaded.uri, mime_type=mime)
        else:
            part = types.Part.from_bytes(data=data, mime_type=mime)
        result = client.models.generate_content(
            model=self.cfg.gemini_model,
            contents=[part, render(ALT_TEXT_PROMPT, title=title)],
            config=types.GenerateContentConfig(max_output_tokens=80, temperature=0.2),
        )
        return (result.text or "").strip()


class HFVision(VisionBackend):
    name = "hf"

    def describe(self, image_path: Path, title: str) -> str:
        hf = get_hf(self.cfg, model=self.cfg.hf_caption_model)
        out = hf.image_to_text(str(image_path))
        return out.generated_text.strip().capitalize()


VISION_BACKENDS = {cls.name: cls for cls in (OpenAIVision, GeminiVision, HFVision)}


def make_backend(name: str, settings, cfg) -> VisionBackend:
    return VISION_BACKENDS[name](settings, cfg)
