"""Post-deploy smoke test: one real call per provider + a NATS round trip."""
from __future__ import annotations

import asyncio
import json
import os
import sys

import anthropic
import nats
from together import Together

from svc.llm import LLMClients
from svc.llm.clients import ping_providers


def check_anthropic() -> bool:
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=16,
        messages=[{"role": "user", "content": "Say OK"}],
    )
    return "OK" in msg.content[0].text


def check_together_images() -> bool:
    client = Together()
    img = client.images.generate(
        prompt="a small blue square", model="black-forest-labs/FLUX.1-schnell-Free", steps=4, n=1
    )
    return bool(img.data)


async def check_nats() -> bool:
    nc = await nats.connect(servers=[os.environ.get("NATS_URL", "nats://localhost:4222")])
    try:
        reply = await nc.request("ai.summarise", json.dumps({"text": "NATS is a messaging system."}).encode(), timeout=30)
        return json.loads(reply.data).get("ok", False)
    finally:
        await nc.close()


def main() -> int:
    results = {"anthropic": check_anthropic(), "together-images": check_together_images()}
    if "--ping" in sys.argv:
        results.update(asyncio.run(ping_providers(LLMClients.from_settings())))
    results["nats"] = asyncio.run(check_nats())
    for k, v in results.items():
        print(f"{k:20s} {'ok' if v else 'FAIL'}")
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
