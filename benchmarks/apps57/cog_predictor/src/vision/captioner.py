"""Local BLIP-2 captioner that produces the rough draft caption."""
from __future__ import annotations

import logging
from pathlib import Path

import torch
from PIL import Image
from transformers import Blip2ForConditionalGeneration, Blip2Processor

logger = logging.getLogger(__name__)

DEFAULT_PROMPT = "Question: Describe this image in detail. Answer:"


class LocalCaptioner:
    def __init__(self, weights_dir: str | Path, device: str | None = None, dtype: torch.dtype = torch.float16) -> None:
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.dtype = dtype if self.device == "cuda" else torch.float32
        self.processor = Blip2Processor.from_pretrained(weights_dir)
        self.model = Blip2ForConditionalGeneration.from_pretrained(weights_dir, torch_dtype=self.dtype).to(self.device)
        self.model.eval()

    @torch.inference_mode()
    def caption(self, image: Image.Image, prompt: str = DEFAULT_PROMPT, max_new_tokens: int = 60, num_beams: int = 3) -> str:
        inputs = self.processor(images=image, text=prompt, return_tensors="pt").to(self.device, self.dtype)
        out = self.model.generate(**inputs, max_new_tokens=max_new_tokens, num_beams=num_beams)
        return self.processor.batch_decode(out, skip_special_tokens=True)[0].strip()

    @torch.inference_mode()
    def caption_batch(self, images: list[Image.Image], max_new_tokens: int = 60) -> list[str]:
        inputs = self.processor(images=images, text=[DEFAULT_PROMPT] * len(images), return_tensors="pt", padding=True)
        inputs = inputs.to(self.device, self.dtype)
        out = self.model.generate(**inputs, max_new_tokens=max_new_tokens)
        return [s.strip() for s in self.processor.batch_decode(out, skip_special_tokens=True)]
