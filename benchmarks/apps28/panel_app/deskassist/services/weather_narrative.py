"""Weather -> demand/renewables narrative, Gemini (cheap and fast enough)."""
from __future__ import annotations

import json

from google.genai import types

from deskassist.prompts import WEATHER_TEMPLATE
from deskassist.settings import settings


async def weather_narrative(client, region: str, forecast: list[dict], days: int = 5) -> str:
    contents = WEATHER_TEMPLATE.format(
        region=region, days=days, forecast=json.dumps(forecast[: days * 24])
    )
    response = await client.aio.models.generate_content(
        model=settings.gemini_model,
        contents=contents,
        config=types.GenerateContentConfig(temperature=0.3, max_output_tokens=600),
    )
    return response.text or ""


def forecast_tokens(client, region: str, forecast: list[dict], days: int = 5) -> int:
    contents = WEATHER_TEMPLATE.format(region=region, days=days, forecast=json.dumps(forecast))
    return client.models.count_tokens(model=settings.gemini_model, contents=contents).total_tokens
