"""Suggests thermostat schedule tweaks once a week, from indoor/outdoor temperature history.

Gemini with a response schema so we can apply the result as input_number helpers.
"""
from datetime import datetime, timedelta

import appdaemon.plugins.hass.hassapi as hass
from google.genai import types
from pydantic import BaseModel

from lib.clients import get_gemini_client
from lib.history import compress_history


class ScheduleSuggestion(BaseModel):
    weekday_morning: float
    weekday_evening: float
    weekend: float
    night: float
    explanation: str


HELPERS = {
    "weekday_morning": "input_number.heat_weekday_morning",
    "weekday_evening": "input_number.heat_weekday_evening",
    "weekend": "input_number.heat_weekend",
    "night": "input_number.heat_night",
}


class ThermostatCoach(hass.Hass):

    def initialize(self):
        self.client = get_gemini_client()
        self.model = self.args.get("model", "gemini-2.0-flash")
        self.run_daily(self.weekly, "18:00:00", constrain_days="sat")
        self.listen_event(self.explain, "thermostat_explain")

    def _history(self):
        start = datetime.now() - timedelta(days=7)
        out = []
        for entity in ("sensor.living_room_temperature", "sensor.outdoor_temperature", "climate.living_room"):
            out.extend(self.get_history(entity_id=entity, start_time=start) or [])
        return compress_history(out, max_points=48)

    def weekly(self, kwargs):
        current = {k: self.get_state(v) for k, v in HELPERS.items()}
        resp = self.client.models.generate_content(
            model=self.model,
            contents=(
                f"Current heating set points: {current}.\nLast week:\n{self._history()}\n"
                "Suggest set points (Celsius) that keep comfort and save energy."
            ),
            config=types.GenerateContentConfig(
                response_mime_type="application/json",
                response_schema=ScheduleSuggestion,
                temperature=0.1,
            ),
        )
        suggestion = resp.parsed
        if suggestion is None:
            self.log(f"could not parse: {resp.text}", level="WARNING")
            return
        if self.args.get("auto_apply", False):
            for field, helper in HELPERS.items():
                self.call_service("input_number/set_value", entity_id=helper, value=getattr(suggestion, field))
        self.call_service("persistent_notification/create", title="Heating suggestion",
                          message=suggestion.explanation, notification_id="thermostat_coach")

    def explain(self, event_name, data, kwargs):
        parts = []
        for chunk in self.client.models.generate_content_stream(
            model=self.model,
            contents=f"Explain simply why the heating at {data.get('time', 'now')} is set this way: "
                     f"{ {k: self.get_state(v) for k, v in HELPERS.items()} }",
        ):
            if chunk.text:
                parts.append(chunk.text)
        self.fire_event("thermostat_explanation", text="".join(parts))
