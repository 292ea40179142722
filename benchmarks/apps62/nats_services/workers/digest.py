"""Nightly digest: reads the day's tickets from JetStream and writes a digest.

Old code from the first hackathon; uses the completions endpoint.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import date

import nats
from nats.errors import TimeoutError as NatsTimeout

from svc.codec import decode, encode
from svc.config import get_settings
from svc.llm import backend_for, get_openai

log = logging.getLogger("workers.digest")


def build_prompt(tickets: list[dict]) -> str:
    lines = [f"- [{t.get('label', '?')}] {t['title']}" for t in tickets]
    return f"Write a digest for {date.today():%d %b %Y} of these tickets:\n" + "\n".join(lines) + "\n\nDigest:"


async def collect(js, max_msgs: int = 500) -> list[dict]:
    psub = await js.pull_subscribe("batch.tickets", durable="digest")
    out: list[dict] = []
    while len(out) < max_msgs:
        try:
            msgs = await psub.fetch(100, timeout=3)
        except NatsTimeout:
            break
        for m in msgs:
            out.append(decode(m.data))
            await m.ack()
    return out


async def main() -> None:
    s = get_settings()
    nc = await nats.connect(servers=s.nats_servers)
    js = nc.jetstream()
    tickets = await collect(js)
    if not tickets:
        log.info("no tickets today")
        return
    client = get_openai()
    completion = await client.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=build_prompt(tickets),
        max_tokens=600,
        temperature=0.3,
    )
    digest = completion.choices[0].text.strip()

    # second opinion from a cheaper model; kept for the A/B in #518
    together = backend_for("together")
    alt = await together.complete(
        [{"role": "user", "content": build_prompt(tickets)}], model="Qwen/Qwen2.5-7B-Instruct-Turbo"
    )
    await js.publish("batch.digests", encode({"digest": digest, "alt": alt.text, "n": len(tickets)}))
    await nc.drain()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
