"""Explains anomalies flagged by the HA statistics/threshold sensors.

Listens for `anomaly_detected` events (fired by an automation) and writes an explanation.
Experimenting with Claude via plain HTTP here because the anthropic SDK version pinned in the
AppDaemon add-on was too old for the model we wanted (2024-10). Can go back to hub.anthropic now.
"""
import os

import appdaemon.plugins.hass.hassapi as hass
import requests

from lib import prompts
from lib.history import compress_history

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


class AnomalyExplainer(hass.Hass):

    def initialize(self):
        self.hub = self.get_app("llm_hub")
        self.use_http = bool(self.args.get("use_http", True))
        self.listen_event(self.on_anomaly, "anomaly_detected")

    def on_anomaly(self, event_name, data, kwargs):
        entity_id = data["entity_id"]
        history = self.get_history(entity_id=entity_id, days=2)
        context = compress_history(history, max_points=36)
        prompt = (
            f"The sensor {entity_id} looks anomalous: {data.get('reason', 'value out of range')}.\n"
            f"History:\n{context}\n\nGive the two most likely causes, one line each."
        )
        if self.use_http:
            text = self._explain_http(prompt)
        else:
            text = self._explain_openai(prompt)
        self.call_service("persistent_notification/create", title=f"Anomaly: {entity_id}",
                          message=text, notification_id=f"anomaly_{entity_id}")

    def _explain_http(self, prompt):
        resp = requests.post(
            ANTHROPIC_URL,
            headers={
                "x-api-key": self.args.get("anthropic_api_key") or os.environ["ANTHROPIC_API_KEY"],
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={
                "model": "claude-3-5-sonnet-20241022",
                "max_tokens": 300,
                "system": prompts.SYSTEM_HOUSE,
                "messages": [{"role": "user", "content": prompt}],
            },
            timeout=30,
        )
        resp.raise_for_status()
        return "".join(b["text"] for b in resp.json()["content"] if b["type"] == "text")

    def _explain_openai(self, prompt):
        client = self.hub.client_for("openai")
        resp = client.chat.completions.create(
            model=self.hub.model_for("openai"),
            messages=prompts.chat_messages(prompt),
            max_tokens=300,
        )
        return resp.choices[0].message.content
