"""Websocket endpoints that stream model output token by token."""
import json
import logging

import tornado.websocket
from tornado.ioloop import PeriodicCallback
from tornado.options import options

from supportbot.clients import chat_model_name
from supportbot.utils.prompts import DRAFT_SYSTEM, SUPPORT_SYSTEM
from supportbot.utils.tokens import trim_history

log = logging.getLogger(__name__)


class _JsonSocket(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin):
        allowed = self.settings.get("allowed_origins")
        return True if not allowed else origin in allowed

    def send(self, kind, **payload):
        try:
            self.write_message(json.dumps(dict(type=kind, **payload)))
        except tornado.websocket.WebSocketClosedError:
            log.debug("client went away while sending %s", kind)


class ChatStreamSocket(_JsonSocket):
    """Customer chat widget, streaming variant."""

    def open(self):
        self.history = [{"role": "system",
                         "content": SUPPORT_SYSTEM.format(company=self.settings["company_name"])}]
        self.client = self.application.clients.openai

    async def on_message(self, message):
        data = json.loads(message)
        self.history.append({"role": "user", "content": data["text"]})
        self.history = trim_history(self.history, budget=8000)

        stream = await self.client.chat.completions.create(
            model=chat_model_name(),
            messages=self.history,
            stream=True,
            stream_options={"include_usage": True},
        )
        parts = []
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                delta = chunk.choices[0].delta.content
                parts.append(delta)
                self.send("delta", text=delta)
        answer = "".join(parts)
        self.history.append({"role": "assistant", "content": answer})
        self.send("done")

    def on_close(self):
        log.debug("chat socket closed (%s turns)", len(getattr(self, "history", [])))


class DraftStreamSocket(_JsonSocket):
    """Agent console: live-typing reply draft."""

    def initialize(self, anthropic_client):
        self.anthropic_client = anthropic_client

    async def on_message(self, message):
        data = json.loads(message)
        async with self.anthropic_client.messages.stream(
            model=options.draft_model,
            max_tokens=800,
            system=DRAFT_SYSTEM.format(agent_name=data.get("agent_name", "Support")),
            messages=[{"role": "user", "content": data["transcript"]}],
        ) as stream:
            async for text in stream.text_stream:
                self.send("delta", text=text)
            final = await stream.get_final_message()
        self.send("done", stop_reason=final.stop_reason)


class AgentCopilotSocket(_JsonSocket):
    """Agent console 'copilot' panel. Uses the Responses API with streaming so
    that the previous_response_id chain keeps context server-side."""

    def open(self):
        self.previous_response_id = None
        self.ping_cb = PeriodicCallback(self._keepalive, 15_000)
        self.ping_cb.start()

    def _keepalive(self):
        self.send("keepalive")

    async def on_message(self, message):
        data = json.loads(message)
        openai_client = self.settings["openai_client"]
        events = await openai_client.responses.create(
            model=chat_model_name(),
            input=data["text"],
            instructions="You help support agents resolve tickets faster. Be concise.",
            previous_response_id=self.previous_response_id,
            stream=True,
        )
        async for event in events:
            if event.type == "response.output_text.delta":
                self.send("delta", text=event.delta)
            elif event.type == "response.completed":
                self.previous_response_id = event.response.id
                self.send("done", response_id=event.response.id)
            elif event.type == "error":
                self.send("error", message=getattr(event, "message", "stream error"))

    def on_close(self):
        if getattr(self, "ping_cb", None):
            self.ping_cb.stop()
