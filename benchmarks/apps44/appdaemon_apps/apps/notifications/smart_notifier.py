"""Door left open → friendly notification written by a fast model (Groq).

Quiet hours are respected. Since 2024-11 the text generation runs through llm_tracker.
"""
import asyncio

import appdaemon.plugins.hass.hassapi as hass

from lib import llm_tracker, prompts


class SmartNotifier(hass.Hass):

    async def initialize(self):
        self.hub = await self.get_app("llm_hub")
        self.handles = []
        for door in self.args["doors"]:
            handle = await self.listen_state(self.door_open, door, new="on", duration=600)
            self.handles.append(handle)
        await self.listen_state(self.door_closed, self.args["doors"], new="off")
        self._open_since = {}

    async def door_open(self, entity, attribute, old, new, kwargs):
        if await self._quiet():
            self.log(f"{entity} open during quiet hours, not notifying")
            return
        people = await self.get_state("person")
        away = [p for p, state in (people or {}).items() if state.get("state") != "home"]
        friendly = await self.friendly_name(entity)
        prompt = prompts.DOOR_NOTIFICATION.substitute(
            door=friendly, state="open", minutes=10, people="the family", away=", ".join(away) or "none",
        )
        text = await self._write(prompt)
        await self.call_service(
            f"notify/{self.args['notify_target']}",
            title=f"{friendly} still open",
            message=text,
            data={"tag": entity, "actions": [{"action": "IGNORE_DOOR", "title": "Ignore"}]},
        )

    async def door_closed(self, entity, attribute, old, new, kwargs):
        await self.call_service(
            f"notify/{self.args['notify_target']}", message="clear_notification", data={"tag": entity}
        )

    async def _write(self, prompt):
        model = self.hub.model_for("groq")
        async with llm_tracker.track_llm_call(provider="groq", model=model,
                                              feature_context="door_notification") as usage_log:
            resp = await asyncio.to_thread(
                self.hub.groq.chat.completions.create,
                model=model,
                messages=prompts.chat_messages(prompt),
                max_tokens=60,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content.strip()

    async def _quiet(self):
        start, end = self.args.get("quiet_hours", ["23:00:00", "07:00:00"])
        return await self.now_is_between(start, end)
