"""Operator Q&A over MQTT.

Operators type questions on the HMI, which publishes to
``<base>/operator/ask``.  Answers are streamed back in chunks to the
``reply_topic`` so the HMI can render them progressively.
"""
from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

import paho.mqtt.client as mqtt

from gateway.models import OperatorQuestion
from gateway.services.multi_model_service import TaskComplexity, multi_model_service
from gateway.services.prompts import OPERATOR_SYSTEM
from gateway.utils.json_tools import loads_payload

log = logging.getLogger(__name__)

SHORT_QUESTION_CHARS = 80
MAX_CONTEXT_TOKENS = 6000


def _parse(msg: mqtt.MQTTMessage) -> OperatorQuestion:
    payload = loads_payload(msg.payload)
    return OperatorQuestion(
        question_id=payload.get("id") or uuid.uuid4().hex,
        operator=payload.get("operator", "unknown"),
        text=payload["text"],
        context_sensors=list(payload.get("sensors", [])),
        reply_topic=payload.get("reply_topic"),
    )


def _context_block(userdata: dict[str, Any], question: OperatorQuestion) -> str:
    rows = userdata["store"].recent(limit=20)
    lines = [f"- {r['kind']} {r['subject']}: {r['body'][:160]}" for r in rows]
    if question.context_sensors:
        lines.append("Sensors of interest: " + ", ".join(question.context_sensors))
    return "Recent incidents:\n" + "\n".join(lines) if lines else ""


def on_operator_question(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    """Registered with ``message_callback_add`` in ``gateway.app``."""
    question = _parse(msg)
    reply_topic = question.reply_topic or f"{userdata['settings'].mqtt.base_topic}/operator/answer/{question.question_id}"
    if len(question.text) < SHORT_QUESTION_CHARS and not question.context_sensors:
        userdata["pool"].submit_async(_answer_short, client, reply_topic, question)
    else:
        userdata["pool"].submit(_answer_streaming, client, userdata, reply_topic, question)


async def _answer_short(client: mqtt.Client, reply_topic: str, question: OperatorQuestion) -> None:
    text = await multi_model_service.generate_response(
        prompt=question.text,
        task_type="operator_qa",
        complexity=TaskComplexity.SIMPLE,
    )
    client.publish(reply_topic, text, qos=1)


def _answer_streaming(
    client: mqtt.Client, userdata: dict[str, Any], reply_topic: str, question: OperatorQuestion
) -> None:
    claude = userdata["llm"]["anthropic"]
    settings = userdata["settings"]
    system = OPERATOR_SYSTEM.format(site=settings.mqtt.base_topic.split("/")[-1])
    messages = [
        {"role": "user", "content": f"{_context_block(userdata, question)}\n\nQuestion: {question.text}"}
    ]

    budget = claude.messages.count_tokens(
        model=settings.llm.operator_model, system=system, messages=messages
    )
    if budget.input_tokens > MAX_CONTEXT_TOKENS:
        log.info("trimming context for %s (%d tokens)", question.question_id, budget.input_tokens)
        messages = [{"role": "user", "content": f"Question: {question.text}"}]

    seq = 0
    with claude.messages.stream(
        model=settings.llm.operator_model,
        max_tokens=800,
        system=system,
        messages=messages,
    ) as stream:
        for chunk in stream.text_stream:
            client.publish(reply_topic, chunk, qos=0)
            seq += 1
        final = stream.get_final_message()
    client.publish(f"{reply_topic}/done", str(seq), qos=1)
    userdata["store"].create(
        "operator_qa",
        question.operator,
        question.text,
        {"output_tokens": final.usage.output_tokens},
    )


def answer_blocking(userdata: dict[str, Any], text: str) -> str:
    """Synchronous variant for the CLI tool; no streaming."""
    claude = userdata["llm"]["anthropic"]
    resp = claude.messages.create(
        model=userdata["settings"].llm.operator_model,
        max_tokens=600,
        system=OPERATOR_SYSTEM.format(site="cli"),
        messages=[{"role": "user", "content": text}],
    )
    return "".join(block.text for block in resp.content if block.type == "text")


def ask_sync(text: str) -> str:
    """Helper for code paths that are not inside an event loop."""
    return asyncio.run(
        multi_model_service.generate_response(prompt=text, task_type="operator_qa", complexity=TaskComplexity.AGENTIC)
    )


def handle_hmi_chat(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    """Multi-turn chat panel: ``operator/chat/<session_id>``."""
    session_id = msg.topic.rsplit("/", 1)[-1]
    payload = loads_payload(msg.payload)
    assistant = userdata["assistant"]

    def _work() -> None:
        answer = assistant.reply(session_id, payload.get("operator", "unknown"), payload["text"])
        client.publish(f"{msg.topic}/reply", answer, qos=1)

    userdata["pool"].submit(_work)
