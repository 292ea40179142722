"""Flashcards with generated illustrations and example sentences."""
from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from typing import Optional

from google import genai
from google.genai import errors as genai_errors
from google.genai import types

from tutorbot.config import get_settings
from tutorbot.llm import prompts
from tutorbot.llm.clients import get_openai_client
from tutorbot.utils.storage import MediaStore

log = logging.getLogger(__name__)


@dataclass
class Flashcard:
    word: str
    meaning: str
    example: str
    image: Optional[bytes] = None


class FlashcardService:
    def __init__(self) -> None:
        self.settings = get_settings()
        # Imagen needs the paid-tier key; kept separate from the shared client on purpose.
        self._genai = genai.Client(api_key=self.settings.gemini_api_key)
        self._storage = MediaStore()

    async def example_sentence(self, word: str, meaning: str, target: str, level: str) -> str:
        resp = await self._genai.aio.models.generate_content(
            model=self.settings.gemini_model,
            contents=(
                f"Write one natural {prompts.lang_name(target)} sentence at {level} level using "
                f'"{word}" ({meaning}). Output only the sentence.'
            ),
            config=types.GenerateContentConfig(temperature=0.9, max_output_tokens=60),
        )
        return (resp.text or "").strip()

    async def illustrate(self, word: str, meaning: str) -> Optional[bytes]:
        prompt = prompts.FLASHCARD_IMAGE.format(word=word, meaning=meaning)
        try:
            result = await self._genai.aio.models.generate_images(
                model=self.settings.image_model,
                prompt=prompt,
                config=types.GenerateImagesConfig(
                    number_of_images=1,
                    aspect_ratio="1:1",
                    person_generation="DONT_ALLOW",
                ),
            )
            if result.generated_images:
                return result.generated_images[0].image.image_bytes
            log.info("imagen filtered the prompt for %r", word)
        except genai_errors.APIError as exc:
            log.warning("imagen failed for %r: %s", word, exc)

        # fallback: DALL-E is slower and pricier but rarely refuses simple nouns
        image = await get_openai_client().images.generate(
            model="dall-e-3",
            prompt=prompt,
            size="1024x1024",
            quality="standard",
            response_format="b64_json",
            n=1,
        )
        return base64.b64decode(image.data[0].b64_json) if image.data else None

    async def build(self, word: str, meaning: str, target: str, level: str, with_image: bool = True) -> Flashcard:
        card = Flashcard(word=word, meaning=meaning, example=await self.example_sentence(word, meaning, target, level))
        if with_image:
            card.image = await self.illustrate(word, meaning)
        return card

    async def store_image(self, user_id: int, word: str, image: bytes) -> str:
        return await self._storage.put(f"flashcards/{user_id}/{word}.png", image, "image/png")
