"""When the alarm is armed_away and something trips, ask a model whether it looks like a real
intrusion or the cat, given recent sensor events. Async app.

Uses OpenAI function calling so the answer is structured. The human still decides.
"""
import json
from collections import deque
from datetime import datetime

import appdaemon.plugins.hass.hassapi as hass

from lib import prompts

ASSESS_TOOL = {
    "type": "function",
    "function": {
        "name": "assessment",
        "description": "Report how likely the events are an intrusion.",
        "parameters": {
            "type": "object",
            "properties": {
                "likelihood": {"type": "string", "enum": ["low", "medium", "high"]},
                "reason": {"type": "string"},
            },
            "required": ["likelihood", "reason"],
        },
    },
}

SENSORS = (
    "binary_sensor.hall_motion",
    "binary_sensor.living_room_motion",
    "binary_sensor.front_door",
    "binary_sensor.back_door",
    "binary_sensor.window_kitchen",
)


class AlarmAdvisor(hass.Hass):

    async def initialize(self):
        self.hub = await self.get_app("llm_hub")
        self.recent = deque(maxlen=30)
        for sensor in SENSORS:
            await self.listen_state(self.record, sensor)
        await self.listen_state(self.triggered, "alarm_control_panel.home", new="triggered")
        self._pending = None

    async def record(self, entity, attribute, old, new, kwargs):
        self.recent.append(f"{datetime.now():%H:%M:%S} {entity} {old}->{new}")

    async def triggered(self, entity, attribute, old, new, kwargs):
        events = "\n".join(self.recent) or "(no events recorded)"
        if self._pending and not self._pending.done():
            self.log("assessment already running")
            return
        self._pending = self.create_task(self.hub.aopenai.chat.completions.create(
            model=self.hub.model_for("openai"),
            messages=prompts.chat_messages(
                f"The alarm was triggered. Recent events:\n{events}\n"
                "We have a cat that can trigger motion sensors but not doors or windows."
            ),
            tools=[ASSESS_TOOL],
            tool_choice={"type": "function", "function": {"name": "assessment"}},
        ), callback=self._assessed)

    def _assessed(self, task):
        try:
            resp = task.result()
            call = resp.choices[0].message.tool_calls[0]
            data = json.loads(call.function.arguments)
        except Exception as exc:  # noqa: BLE001
            self.log(f"assessment failed: {exc}", level="ERROR")
            return
        self.call_service(
            "notify/mobile_app_pixel_8",
            title=f"Alarm: {data['likelihood']} risk",
            message=prompts.truncate(data["reason"], 200),
            data={"priority": "high", "ttl": 0, "channel": "alarm"},
        )
        # second opinion from the hub, cheap and plain-text (our wrapper, not the SDK)
        summary = self.hub.generate(f"Summarise for the log in 10 words: {data['reason']}", provider="ollama")
        self.set_state("sensor.alarm_assessment", state=data["likelihood"],
                       attributes={"reason": data["reason"], "log": summary})
