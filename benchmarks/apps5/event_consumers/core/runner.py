"""Entry point: run Kafka topic consumers and/or SQS queue pollers."""
from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import logging
import signal
from typing import Dict, List, Optional, Type

from aiokafka import AIOKafkaConsumer, TopicPartition

from core.consumer import Consumer, HandlerError, Message
from core.dead_letter import dead_letters
from core.services import Services, bootstrap, shutdown
from core.settings import settings

logger = logging.getLogger("runner")


def _handlers() -> Dict[str, Type[Consumer]]:
    from consumers import all_handlers  # imported late so decorators run after bootstrap

    return all_handlers()


async def dispatch(handler: Consumer, message: Message) -> None:
    for attempt in range(1, handler.max_attempts + 1):
        message.attempts = attempt
        try:
            if inspect.iscoroutinefunction(handler.handle):
                await handler.handle(message)
            else:
                await asyncio.to_thread(handler.process, message)
            return
        except HandlerError as exc:
            if not exc.retryable or attempt == handler.max_attempts:
                dead_letters.publish(message, exc)
                return
            await asyncio.sleep(min(2 ** attempt, 30))
        except Exception as exc:  # noqa: BLE001
            logger.exception("unexpected failure in %s", type(handler).__name__)
            dead_letters.publish(message, exc)
            return


async def consume_kafka(topics: List[str], stop: asyncio.Event) -> None:
    handlers = _handlers()
    instances = {t: handlers[t]() for t in topics}
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=settings.kafka.bootstrap_servers,
        group_id=settings.kafka.group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        while not stop.is_set():
            batches: Dict[TopicPartition, list] = await consumer.getmany(
                timeout_ms=1000, max_records=settings.kafka.max_batch
            )
            if not batches:
                continue
            jobs = []
            for tp, records in batches.items():
                for record in records:
                    msg = Message.from_bytes(
                        tp.topic,
                        record.value,
                        key=record.key.decode() if record.key else None,
                        headers={k: v.decode() for k, v in (record.headers or [])},
                        offset=record.offset,
                        partition=tp.partition,
                    )
                    jobs.append(dispatch(instances[tp.topic], msg))
            await asyncio.gather(*jobs)
            await consumer.commit()
    finally:
        await consumer.stop()


async def poll_sqs(queue_name: str, queue_url: str, stop: asyncio.Event) -> None:
    handler = _handlers()[queue_name]()
    while not stop.is_set():
        resp = await asyncio.to_thread(
            Services.sqs.receive_message,
            QueueUrl=queue_url,
            MaxNumberOfMessages=10,
            WaitTimeSeconds=20,
        )
        for raw in resp.get("Messages", []):
            msg = Message(topic=queue_name, key=raw["MessageId"], value=json.loads(raw["Body"]))
            await dispatch(handler, msg)
            await asyncio.to_thread(
                Services.sqs.delete_message, QueueUrl=queue_url, ReceiptHandle=raw["ReceiptHandle"]
            )


async def main(topics: List[str], sqs_queue: Optional[str]) -> None:
    bootstrap()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    tasks = []
    if topics:
        tasks.append(consume_kafka(topics, stop))
    if sqs_queue:
        tasks.append(poll_sqs(sqs_queue, settings.aws.docs_queue_url or "", stop))
    try:
        await asyncio.gather(*tasks)
    finally:
        shutdown()


def cli() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--topics", default=",".join(settings.kafka.topics))
    parser.add_argument("--sqs", default=None)
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args()
    logging.basicConfig(
        level=args.log_level,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    topics = [t for t in args.topics.split(",") if t]
    asyncio.run(main(topics, args.sqs))


if __name__ == "__main__":
    cli()
