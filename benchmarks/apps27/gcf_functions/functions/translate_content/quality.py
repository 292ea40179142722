"""Back-translation quality check.

TODO(jonas): move to common.providers once GeminiProvider supports a response
schema; until then this keeps its own client (created lazily, like common.clients).
"""
from __future__ import annotations

import json
import os

from google import genai
from google.genai import types

_client: genai.Client | None = None

QA_MODEL = os.environ.get("TRANSLATION_QA_MODEL", "gemini-2.0-flash-001")


def _genai() -> genai.Client:
    global _client
    if _client is None:
        _client = genai.Client(
            vertexai=True,
            project=os.environ.get("GOOGLE_CLOUD_PROJECT"),
            location=os.environ.get("VERTEX_LOCATION", "europe-west4"),
        )
    return _client


QA_SCHEMA = types.Schema(
    type=types.Type.OBJECT,
    properties={
        "adequacy": types.Schema(type=types.Type.INTEGER),
        "fluency": types.Schema(type=types.Type.INTEGER),
        "issues": types.Schema(type=types.Type.ARRAY, items=types.Schema(type=types.Type.STRING)),
    },
    required=["adequacy", "fluency", "issues"],
)


def score_translation(source: str, translated: str, target_locale: str) -> dict:
    prompt = (
        f"Source (English):\n{source}\n\nTranslation ({target_locale}):\n{translated}\n\n"
        "Rate adequacy and fluency 1-5 and list concrete issues."
    )
    resp = _genai().models.generate_content(
        model=QA_MODEL,
        contents=prompt,
        config=types.GenerateContentConfig(
            temperature=0.0,
            response_mime_type="application/json",
            response_schema=QA_SCHEMA,
        ),
    )
    try:
        return json.loads(resp.text)
    except (TypeError, json.JSONDecodeError):
        return {"adequacy": 0, "fluency": 0, "issues": ["unparseable QA output"]}
