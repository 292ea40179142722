import os
from functools import lru_cache

from google import genai
from google.genai import types

DEFAULT_SAFETY = [
    types.SafetySetting(
        category=types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
        threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
    ),
    types.SafetySetting(
        category=types.HarmCategory.HARM_CATEGORY_HARASSMENT,
        threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
    ),
]


@lru_cache(maxsize=1)
def get_genai() -> genai.Client:
    """Gemini Developer API client. Set GEMINI_USE_VERTEX=1 to go through Vertex."""
    if os.environ.get("GEMINI_USE_VERTEX") == "1":
        return genai.Client(
            vertexai=True,
            project=os.environ["GOOGLE_CLOUD_PROJECT"],
            location=os.environ.get("GOOGLE_CLOUD_LOCATION", "us-central1"),
        )
    return genai.Client(api_key=os.environ["GEMINI_API_KEY"])


def json_config(schema=None, temperature: float = 0.2) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        temperature=temperature,
        response_mime_type="application/json",
        response_schema=schema,
        safety_settings=DEFAULT_SAFETY,
    )
