"""Gemini helpers (google-genai SDK): image-aware summaries for the Playwright crawler."""

from __future__ import annotations

import logging
from pathlib import Path

from google import genai
from google.genai import types

from product_crawler.config import get_settings
from product_crawler.llm.clients import get_genai_client
from product_crawler.llm.prompts import SUMMARY_SYSTEM, build_summary_prompt

logger = logging.getLogger(__name__)


class GeminiSummarizer:
    """Same interface as PageSummarizer so main.py can swap them."""

    def __init__(self, client: genai.Client | None = None, model: str | None = None) -> None:
        self.client = client or get_genai_client()
        self.model = model or get_settings().gemini_model

    async def summarize(self, title: str, body: str) -> str:
        response = await self.client.aio.models.generate_content(
            model=self.model,
            contents=build_summary_prompt(title, body),
            config=types.GenerateContentConfig(
                system_instruction=SUMMARY_SYSTEM,
                max_output_tokens=256,
                temperature=0.2,
            ),
        )
        return (response.text or "").strip()


async def describe_screenshot(png_bytes: bytes, title: str) -> str:
    """Ask Gemini what the product photo shows; helps when the shop has no text description."""
    client = get_genai_client()
    response = await client.aio.models.generate_content(
        model=get_settings().gemini_model,
        contents=[
            types.Part.from_bytes(data=png_bytes, mime_type="image/png"),
            f"This is a screenshot of the product page for '{title}'. Describe the product in 2 sentences.",
        ],
    )
    return response.text or ""


def upload_spec_sheet(path: Path) -> types.File:
    """Upload a PDF spec sheet so later prompts can reference it (not a model call)."""
    client = get_genai_client()
    return client.files.upload(file=path, config={"mime_type": "application/pdf"})


def count_prompt_tokens(text: str) -> int:
    client = get_genai_client()
    result = client.models.count_tokens(model=get_settings().gemini_model, contents=text)
    return result.total_tokens or 0


def summarize_spec_sheet(uploaded: types.File, title: str) -> str:
    client = get_genai_client()
    response = client.models.generate_content(
        model=get_settings().gemini_model,
        contents=[uploaded, f"Summarise the key specifications of '{title}' as bullet points."],
    )
    return response.text or ""
