"""Image lab: FLUX on Replicate, alt text from GPT-4o."""
from __future__ import annotations

import asyncio
import logging

import reflex as rx
import replicate

from studio.backend import get_openai
from studio.backend.models import GeneratedImage
from studio.backend.services import image_service
from studio.backend.services.alt_text import alt_text_for, caption_variants

from .base import StudioState

logger = logging.getLogger(__name__)

POLL_SECONDS = 2.0
STYLE_PRESETS = {
    "none": "",
    "photo": "editorial photography, natural light, 35mm",
    "flat": "flat vector illustration, brand palette teal and coral",
    "3d": "soft 3d render, clay style, studio lighting",
}


class ImageState(StudioState):
    prompt: str = ""
    aspect: str = "square"
    style: str = "none"
    images: list[str] = []
    alt_texts: dict[str, str] = {}
    captions: list[str] = []
    job_id: str = ""
    job_status: str = ""
    running: bool = False

    @rx.var
    def full_prompt(self) -> str:
        suffix = STYLE_PRESETS.get(self.style, "")
        return f"{self.prompt}, {suffix}" if suffix else self.prompt

    @rx.event
    async def preview(self):
        self.running = True
        yield
        try:
            self.images = await image_service.generate_now(self.full_prompt, self.aspect)
        finally:
            self.running = False

    @rx.event(background=True)
    async def start_batch(self, count: int = 4):
        async with self:
            if self.running:
                return
            self.running = True
            prompt, aspect = self.full_prompt, self.aspect
        job = await asyncio.to_thread(image_service.start_job, prompt, aspect, count)
        async with self:
            self.job_id = job.prediction_id
            self.job_status = job.status
        while True:
            await asyncio.sleep(POLL_SECONDS)
            job = await asyncio.to_thread(image_service.poll, job.prediction_id)
            async with self:
                self.job_status = job.status
                if job.status in ("succeeded", "failed", "canceled"):
                    self.images = job.urls
                    self.running = False
                    break
        if job.urls:
            with rx.session() as session:
                for url in job.urls:
                    session.add(GeneratedImage(prompt=prompt, url=url, prediction_id=job.prediction_id, status=job.status))
                session.commit()

    @rx.event(background=True)
    async def remix(self, image_url: str):
        """img2img remix using SDXL; uses the module-level replicate token from env."""
        async with self:
            prompt = self.full_prompt
            self.running = True
        try:
            output = await replicate.async_run(
                "stability-ai/sdxl:7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc",
                input={"prompt": prompt, "image": image_url, "prompt_strength": 0.6},
            )
        except Exception:  # noqa: BLE001
            logger.exception("remix failed")
            output = []
        async with self:
            self.images = [str(o) for o in output] + self.images
            self.running = False

    @rx.event
    async def describe(self, image_url: str):
        text = await alt_text_for(get_openai(), image_url, context=self.prompt)
        self.alt_texts[image_url] = text

    @rx.event
    async def captions_for(self, image_url: str, channel: str = "instagram"):
        self.captions = await caption_variants(get_openai(), image_url, channel)

    @rx.event
    def cancel(self):
        if self.job_id:
            image_service.cancel(self.job_id)
        self.running = False
        self.job_status = "canceled"
