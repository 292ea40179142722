"""Fix OCR output of scanned exhibits by showing Gemini the page image.

Written for the Hadley production (40k scanned pages) and kept around since.
"""
import asyncio
import logging
import os
from typing import List, Sequence, Tuple

from google import genai
from google.genai import types

logger = logging.getLogger(__name__)

OCR_MODEL = os.environ.get("OCR_CLEANUP_MODEL", "gemini-2.0-flash")
MAX_CONCURRENCY = int(os.environ.get("OCR_CLEANUP_CONCURRENCY", "8"))

_PROMPT = (
    "The text below was produced by OCR from the attached page image and contains errors. "
    "Return the corrected text of the page only, preserving line breaks, headings and numbering. "
    "Do not summarise or add commentary.\n\nOCR TEXT:\n{ocr}"
)

client = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))

_CONFIG = types.GenerateContentConfig(temperature=0, max_output_tokens=4096)


def clean_page(image_png: bytes, ocr_text: str) -> str:
    response = client.models.generate_content(
        model=OCR_MODEL,
        contents=[
            types.Part.from_bytes(data=image_png, mime_type="image/png"),
            _PROMPT.format(ocr=ocr_text),
        ],
        config=_CONFIG,
    )
    return response.text or ocr_text


async def clean_pages(pages: Sequence[Tuple[bytes, str]]) -> List[str]:
    """Concurrent variant for large productions. Falls back to raw OCR per page on error."""
    semaphore = asyncio.Semaphore(MAX_CONCURRENCY)

    async def _one(image_png: bytes, ocr_text: str) -> str:
        async with semaphore:
            try:
                response = await client.aio.models.generate_content(
                    model=OCR_MODEL,
                    contents=[
                        types.Part.from_bytes(data=image_png, mime_type="image/png"),
                        _PROMPT.format(ocr=ocr_text),
                    ],
                    config=_CONFIG,
                )
                return response.text or ocr_text
            except Exception:
                logger.exception("OCR cleanup failed for a page; keeping raw OCR")
                return ocr_text

    return await asyncio.gather(*(_one(img, txt) for img, txt in pages))
