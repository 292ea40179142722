"""Keyed process function that summarises a support chat once it goes quiet."""
from __future__ import annotations

import json
import logging

from anthropic import Anthropic
from pyflink.common import Types
from pyflink.datastream import RuntimeContext
from pyflink.datastream.functions import KeyedProcessFunction
from pyflink.datastream.state import ListStateDescriptor, ValueStateDescriptor

from config.settings import MODELS
from enrichment import anthropic_client, bedrock_client
from enrichment.summarize import ChatSummarizer, word_count_summary

logger = logging.getLogger(__name__)

IDLE_TIMEOUT_MS = 10 * 60 * 1000


class ChatSessionSummarizer(KeyedProcessFunction):
    def open(self, runtime_context: RuntimeContext):
        self.messages = runtime_context.get_list_state(
            ListStateDescriptor("messages", Types.STRING())
        )
        self.timer_ts = runtime_context.get_state(ValueStateDescriptor("timer_ts", Types.LONG()))
        self.summarizer = ChatSummarizer(anthropic_client(), bedrock_client())

    def process_element(self, value, ctx: "KeyedProcessFunction.Context"):
        self.messages.add(value)
        previous = self.timer_ts.value()
        if previous is not None:
            ctx.timer_service().delete_processing_time_timer(previous)
        fire_at = ctx.timer_service().current_processing_time() + IDLE_TIMEOUT_MS
        ctx.timer_service().register_processing_time_timer(fire_at)
        self.timer_ts.update(fire_at)

    def on_timer(self, timestamp: int, ctx: "KeyedProcessFunction.OnTimerContext"):
        msgs = [json.loads(m) for m in self.messages.get()]
        self.messages.clear()
        self.timer_ts.clear()
        if not msgs:
            return
        if len(msgs) < 3:
            result = word_count_summary(msgs)
        else:
            result = self.summarizer.summarize(msgs)
        result["chat_id"] = ctx.get_current_key()
        result["closed_at"] = timestamp
        yield json.dumps(result)


class ChatTitleProcess(KeyedProcessFunction):
    """Generates a short title for the chat from the first customer message.

    Written before the shared cache existed; builds its own client.
    """

    def open(self, runtime_context: RuntimeContext):
        self.seen = runtime_context.get_state(ValueStateDescriptor("seen", Types.BOOLEAN()))
        self.client = Anthropic(max_retries=1)

    def process_element(self, value, ctx):
        if self.seen.value():
            return
        msg = json.loads(value)
        if msg.get("author") != "customer":
            return
        self.seen.update(True)
        reply = self.client.messages.create(
            model=MODELS.summary_model,
            max_tokens=20,
            messages=[
                {
                    "role": "user",
                    "content": "Write a 3-6 word title for a support ticket that starts: "
                    + msg.get("text", "")[:1000],
                }
            ],
        )
        yield json.dumps({"chat_id": ctx.get_current_key(), "title": reply.content[0].text.strip()})
