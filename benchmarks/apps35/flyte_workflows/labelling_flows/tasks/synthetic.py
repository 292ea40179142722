"""Synthetic ticket generation to top up rare classes in the gold set."""
from __future__ import annotations

import asyncio
import itertools
import random
from functools import partial
from typing import List

from flytekit import Resources, task
from openai import AsyncOpenAI

from labelling_flows import config
from labelling_flows.images import llm_image
from labelling_flows.legacy.fireworks_summaries import fw_client
from labelling_flows.llm import get_fireworks_client, get_together_client
from labelling_flows.llm.prompts import SYNTHETIC_TICKET
from labelling_flows.secrets import FIREWORKS_SECRET, TOGETHER_SECRET, read_secret

PERSONAS = ["frustrated small-business owner", "new user", "enterprise admin", "non-native English speaker"]


@task(container_image=llm_image, secret_requests=[TOGETHER_SECRET], retries=2, requests=Resources(cpu="1"))
def generate_tickets_together(topic: str, n: int = 20, seed: int = 0) -> List[dict]:
    rng = random.Random(seed)
    client = get_together_client()
    tickets = []
    for i in range(n):
        persona = rng.choice(PERSONAS)
        resp = client.chat.completions.create(
            model=config.TOGETHER_CHAT_MODEL,
            messages=[{"role": "user", "content": SYNTHETIC_TICKET.substitute(topic=topic, persona=persona)}],
            temperature=0.9,
            max_tokens=300,
        )
        tickets.append({"id": f"synth-{topic}-{seed}-{i}", "text": resp.choices[0].message.content, "gold": topic})
    return tickets


@task(container_image=llm_image, secret_requests=[TOGETHER_SECRET], retries=2)
def paraphrase_tickets(tickets: List[dict], variants: int = 2) -> List[dict]:
    client = get_together_client()
    paraphrase = partial(
        client.chat.completions.create,
        model=config.TOGETHER_CHAT_MODEL,
        temperature=1.0,
        max_tokens=300,
    )
    out = []
    for t, k in itertools.product(tickets, range(variants)):
        resp = paraphrase(messages=[{"role": "user", "content": f"Paraphrase, keep meaning:\n{t['text']}"}])
        out.append({**t, "id": f"{t['id']}-p{k}", "text": resp.choices[0].message.content})
    return out


@task(container_image=llm_image, secret_requests=[FIREWORKS_SECRET], retries=2)
def generate_tickets_fireworks(topic: str, n: int = 20) -> List[dict]:
    client = get_fireworks_client()
    out = []
    for i in range(n):
        persona = PERSONAS[i % len(PERSONAS)]
        completion = client.chat.completions.create(
            model=config.FIREWORKS_MODEL,
            messages=[{"role": "user", "content": SYNTHETIC_TICKET.substitute(topic=topic, persona=persona)}],
            temperature=0.8,
        )
        out.append({"id": f"fw-{topic}-{i}", "text": completion.choices[0].message.content, "gold": topic})
    return out


@task(container_image=llm_image, secret_requests=[FIREWORKS_SECRET], retries=1)
def complete_ticket_stubs(stubs: List[str]) -> List[str]:
    """Raw completion endpoint: continue half-written tickets (base model)."""

    async def _run() -> List[str]:
        client = AsyncOpenAI(api_key=read_secret("fireworks_api_key"), base_url=config.FIREWORKS_BASE_URL)
        results = await asyncio.gather(
            *[
                client.completions.create(
                    model="accounts/fireworks/models/llama-v3p1-70b-instruct",
                    prompt=stub,
                    max_tokens=200,
                )
                for stub in stubs
            ]
        )
        return [stub + r.choices[0].text for stub, r in zip(stubs, results)]

    return asyncio.run(_run())


@task(container_image=llm_image, secret_requests=[FIREWORKS_SECRET])
def title_tickets(tickets: List[dict]) -> List[dict]:
    # TODO(kmiller): move to get_fireworks_client() once the legacy module is gone
    for t in tickets:
        resp = fw_client.chat.completions.create(
            model=config.FIREWORKS_MODEL,
            messages=[{"role": "user", "content": f"Give a 6-word title for:\n{t['text']}"}],
            max_tokens=20,
        )
        t["title"] = resp.choices[0].message.content.strip()
    return tickets
