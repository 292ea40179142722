"""Gemini (google-genai) setup shared by the notebooks."""
import os
from functools import lru_cache

from google import genai
from google.genai import types

DEFAULT_CONFIG = types.GenerateContentConfig(
    temperature=0.2,
    max_output_tokens=1024,
    safety_settings=[
        types.SafetySetting(
            category=types.HarmCategory.HARM_CATEGORY_HARASSMENT,
            threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
        )
    ],
)


@lru_cache(maxsize=1)
def gemini_client():
    if os.environ.get("GOOGLE_GENAI_USE_VERTEXAI") == "true":
        return genai.Client(
            vertexai=True,
            project=os.environ["GOOGLE_CLOUD_PROJECT"],
            location=os.environ.get("GOOGLE_CLOUD_LOCATION", "us-central1"),
        )
    return genai.Client(api_key=os.environ["GEMINI_API_KEY"])


def text_of(response):
    """response.text raises on blocked candidates; return '' instead."""
    try:
        return response.text or ""
    except ValueError:
        return ""
