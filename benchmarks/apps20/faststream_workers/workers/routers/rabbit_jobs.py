from __future__ import annotations

import asyncio
import json

import structlog
from faststream import Context, Depends
from faststream.rabbit import ExchangeType, RabbitExchange, RabbitQueue, RabbitRouter

from workers.deps import AnthropicClient
from workers.schemas import DeadLetter, SummaryRequest
from workers.services.grok_service import GrokService
from workers.services.model_registry import get_backend
from workers.settings import settings
from workers.utils.retry import with_retries

log = structlog.get_logger(__name__)

router = RabbitRouter()

jobs_exchange = RabbitExchange("de.jobs", type=ExchangeType.TOPIC, durable=True)
backfill_q = RabbitQueue("de.backfill", durable=True, routing_key="backfill.*")
dlq_q = RabbitQueue("de.dlq", durable=True, routing_key="dlq.#")
grok_q = RabbitQueue("de.grok", durable=True, routing_key="grok.*")

results_pub = router.publisher(exchange=jobs_exchange, routing_key="results.backfill")


@router.subscriber(backfill_q, jobs_exchange)
async def backfill_descriptions(body: dict, bedrock=Context("bedrock")) -> None:
    """Stream table descriptions from Bedrock for a backfill batch."""
    for table in body["tables"]:
        resp = bedrock.invoke_model_with_response_stream(
            modelId=settings.llm.bedrock_model_id,
            body=json.dumps(
                {
                    "anthropic_version": "bedrock-2023-05-31",
                    "max_tokens": 400,
                    "messages": [{"role": "user", "content": f"Describe table {table['name']}: {table['columns']}"}],
                }
            ),
        )
        text = []
        for event in resp["body"]:
            chunk = json.loads(event["chunk"]["bytes"])
            if chunk.get("type") == "content_block_delta":
                text.append(chunk["delta"].get("text", ""))
        await results_pub.publish({"table": table["name"], "description": "".join(text)})


@router.subscriber(RabbitQueue("de.backfill.registry", durable=True), jobs_exchange)
async def backfill_with_backend(body: dict) -> None:
    backend = get_backend(body.get("backend", "router-fast"))
    for prompt in body["prompts"]:
        text = await asyncio.to_thread(backend, prompt)
        await results_pub.publish({"prompt_id": prompt[:32], "text": text})


@router.subscriber(dlq_q, jobs_exchange)
async def replay_dead_letter(letter: DeadLetter, claude: AnthropicClient) -> None:
    if letter.attempts >= 3:
        log.warning("dlq.giveup", topic=letter.original_topic)
        return
    fix = await with_retries(
        claude.messages.create,
        model="claude-3-5-haiku-20241022",
        max_tokens=500,
        messages=[
            {
                "role": "user",
                "content": f"This message failed with {letter.error}. Fix the JSON so it validates:\n{json.dumps(letter.body)}",
            }
        ],
    )
    await router.broker.publish(
        json.loads(fix.content[0].text), queue=letter.original_topic
    )


def grok_service() -> GrokService:
    return GrokService()


@router.subscriber(grok_q, jobs_exchange)
async def grok_question(body: dict, grok: GrokService = Depends(grok_service)) -> dict:
    answer = await asyncio.to_thread(grok.ask, body["question"], body.get("context", ""))
    return {"answer": answer}


@router.subscriber(RabbitQueue("de.summaries.rabbit", durable=True), jobs_exchange)
async def summarize_via_rabbit(req: SummaryRequest, grok=Context("grok")) -> dict:
    joined = "\n".join(json.dumps(r, default=str) for r in req.rows[:30])
    return {"batch_id": req.batch_id, "summary": await asyncio.to_thread(grok.ask, f"Summarize:\n{joined}")}
