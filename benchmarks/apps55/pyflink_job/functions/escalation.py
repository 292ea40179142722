"""Escalation detection on support chats (Cohere command-r)."""
from __future__ import annotations

import json

from pyflink.common import Types
from pyflink.datastream import RuntimeContext
from pyflink.datastream.functions import KeyedProcessFunction
from pyflink.datastream.state import ListStateDescriptor

from enrichment import cohere_client
from enrichment.prompts import ESCALATION_PROMPT, render_transcript

KNOWN_ESCALATION_REASONS = [
    "customer threatens legal action",
    "customer asks for a manager",
    "repeated failed refund",
    "safety issue with product",
    "account compromised",
]


class EscalationDetector(KeyedProcessFunction):
    def __init__(self, every_n: int = 4):
        self.every_n = every_n

    def open(self, runtime_context: RuntimeContext):
        self.history = runtime_context.get_list_state(ListStateDescriptor("hist", Types.STRING()))
        self.co = cohere_client()

    def process_element(self, value, ctx):
        self.history.add(value)
        msgs = [json.loads(v) for v in self.history.get()]
        if len(msgs) % self.every_n != 0:
            return
        transcript = render_transcript(msgs, max_chars=6000)
        resp = self.co.chat(
            model="command-r-08-2024",
            messages=[{"role": "user", "content": ESCALATION_PROMPT.format(transcript=transcript)}],
            max_tokens=60,
        )
        answer = resp.message.content[0].text.strip()
        if not answer.upper().startswith("YES"):
            return
        ranked = self.co.rerank(
            model="rerank-english-v3.0",
            query=transcript[-2000:],
            documents=KNOWN_ESCALATION_REASONS,
            top_n=1,
        )
        reason = KNOWN_ESCALATION_REASONS[ranked.results[0].index]
        yield json.dumps({"chat_id": ctx.get_current_key(), "escalate": True, "reason": reason, "why": answer})
