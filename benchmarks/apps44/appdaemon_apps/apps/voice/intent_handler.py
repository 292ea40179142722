"""Voice assistant intents.

HA automation fires `voice_intent` with {"text": ..., "device_id": ..., "conversation_id": ...}
after the wake-word pipeline has done STT. We:
  1. classify the request with a small Groq model (control | question | smalltalk),
  2. control → Claude with tools (acts on HA), question → Claude streamed to the speaker,
     smalltalk → the finops gateway.
"""
import json

import appdaemon.plugins.hass.hassapi as hass

from lib import TaskComplexity, multi_model_service, prompts
from lib.clients import make_async_groq_client

from tools import TOOLS, entity_catalogue, run_tool

CLASSIFY_PROMPT = (
    "Classify the user request as one of: control, question, smalltalk. "
    'Reply with JSON like {"intent": "control"}.'
)


class VoiceIntentHandler(hass.Hass):

    def initialize(self):
        self.hub = self.get_app("llm_hub")
        self.router = make_async_groq_client(self.args.get("groq_api_key"))
        self.max_turns = int(self.args.get("max_turns", 6))
        self.conversations = {}
        self.listen_event(self.on_intent, "voice_intent")

    async def on_intent(self, event_name, data, kwargs):
        text = data.get("text", "").strip()
        if not text:
            return
        conv_id = data.get("conversation_id") or data.get("device_id", "default")
        intent = await self.classify(text)
        self.log(f"[{conv_id}] {intent}: {text}")
        if intent == "control":
            answer = await self.handle_control(conv_id, text)
        elif intent == "question":
            answer = await self.handle_question(conv_id, text)
        else:
            answer = await multi_model_service.generate_response(
                prompt=text,
                task_type="chat",
                complexity=TaskComplexity.SIMPLE,
                system=prompts.SYSTEM_HOUSE,
                feature_context="voice_smalltalk",
            )
        self._remember(conv_id, text, answer)
        self.fire_event("voice_intent_response", conversation_id=conv_id, text=answer,
                        device_id=data.get("device_id"))

    async def classify(self, text):
        resp = await self.router.chat.completions.create(
            model="llama-3.1-8b-instant",
            messages=[{"role": "system", "content": CLASSIFY_PROMPT}, {"role": "user", "content": text}],
            response_format={"type": "json_object"},
            max_tokens=20,
            temperature=0,
        )
        try:
            return json.loads(resp.choices[0].message.content).get("intent", "smalltalk")
        except (json.JSONDecodeError, AttributeError):
            return "smalltalk"

    async def handle_control(self, conv_id, text):
        client = self.hub.aanthropic
        system = prompts.SYSTEM_HOUSE + "\n\nDevices:\n" + entity_catalogue(self)
        messages = prompts.anthropic_messages(text, history=self.conversations.get(conv_id))
        for _ in range(self.max_turns):
            response = await client.messages.create(
                model=self.hub.model_for("anthropic"),
                max_tokens=512,
                system=system,
                tools=TOOLS,
                messages=messages,
            )
            if response.stop_reason != "tool_use":
                return "".join(b.text for b in response.content if b.type == "text")
            messages.append({"role": "assistant", "content": response.content})
            results = []
            for block in response.content:
                if block.type == "tool_use":
                    results.append({
                        "type": "tool_result",
                        "tool_use_id": block.id,
                        "content": run_tool(self, block.name, block.input),
                    })
            messages.append({"role": "user", "content": results})
        return "Sorry, that took too many steps."

    async def handle_question(self, conv_id, text):
        chunks = []
        async with self.hub.aanthropic.messages.stream(
            model=self.hub.model_for("anthropic"),
            max_tokens=400,
            system=prompts.SYSTEM_HOUSE,
            messages=prompts.anthropic_messages(text, history=self.conversations.get(conv_id)),
        ) as stream:
            async for piece in stream.text_stream:
                chunks.append(piece)
                if piece.endswith((".", "!", "?")):
                    self.fire_event("voice_intent_partial", conversation_id=conv_id, text="".join(chunks))
        return "".join(chunks)

    def _remember(self, conv_id, text, answer):
        turns = self.conversations.setdefault(conv_id, [])
        turns.append({"role": "user", "content": text})
        turns.append({"role": "assistant", "content": answer})
        del turns[: -2 * self.max_turns]
