"""Weather-aware segues ("grey out there, so here's something warm").

Async because it also fetches the forecast; runs on the Tornado IOLoop.
"""

import logging

import httpx

from ..llm import make_async_anthropic_client
from ..services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

FORECAST_URL = "https://api.open-meteo.com/v1/forecast"


async def fetch_weather(lat, lon):
    async with httpx.AsyncClient(timeout=10) as http:
        r = await http.get(
            FORECAST_URL,
            params={"latitude": lat, "longitude": lon, "current": "weather_code,temperature_2m"},
        )
        r.raise_for_status()
        return r.json()["current"]


class WeatherSegue:
    def __init__(self, ext_config, lat, lon):
        self.client = make_async_anthropic_client(ext_config)
        self.model = ext_config["commentary_model"]
        self.lat, self.lon = lat, lon

    async def line(self, track_label):
        weather = await fetch_weather(self.lat, self.lon)
        prompt = (
            f"It is {weather['temperature_2m']}°C, weather code {weather['weather_code']}. "
            f"Introduce '{track_label}' in one sentence that nods at the weather."
        )
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.model, feature_context="aidj.weather_segue"
        ) as usage_log:
            msg = await self.client.messages.create(
                model=self.model,
                max_tokens=80,
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text

    async def quick_line(self, track_label):
        # Shorter variant for the mobile widget. FIXME: not tracked yet.
        msg = await self.client.messages.create(
            model=self.model,
            max_tokens=40,
            messages=[{"role": "user", "content": f"Three-word intro for {track_label}."}],
        )
        return msg.content[0].text

    async def count_prompt_tokens(self, track_label):
        result = await self.client.messages.count_tokens(
            model=self.model,
            messages=[{"role": "user", "content": f"Introduce {track_label}."}],
        )
        return result.input_tokens
