"""Post-deploy smoke test: one tiny request per provider, straight at the
provider (bypasses the gateway on purpose, so we can tell whose fault it is)."""
import asyncio
import json
import os
import sys

import anthropic
import boto3
import replicate
from openai import OpenAI


def check_openai() -> str:
    client = OpenAI()
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}], max_tokens=3)
    return r.choices[0].message.content


def check_xai() -> str:
    client = OpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")
    r = client.chat.completions.create(model="grok-2-latest", messages=[{"role": "user", "content": "ping"}], max_tokens=3)
    return r.choices[0].message.content


async def check_anthropic() -> str:
    client = anthropic.AsyncAnthropic()
    msg = await client.messages.create(
        model="claude-3-5-haiku-20241022", max_tokens=5, messages=[{"role": "user", "content": "ping"}]
    )
    return msg.content[0].text


def check_bedrock() -> str:
    rt = boto3.client("bedrock-runtime", region_name=os.getenv("AWS_REGION", "us-east-1"))
    body = json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 5, "messages": [{"role": "user", "content": "ping"}]})
    resp = rt.invoke_model_with_response_stream(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=body)
    parts = []
    for event in resp["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            parts.append(chunk["delta"].get("text", ""))
    return "".join(parts)


def check_replicate() -> str:
    out = replicate.run("meta/meta-llama-3-8b-instruct", input={"prompt": "ping", "max_new_tokens": 3})
    return "".join(out)


def main() -> int:
    failures = 0
    checks = {
        "openai": check_openai,
        "xai": check_xai,
        "anthropic": lambda: asyncio.run(check_anthropic()),
        "bedrock": check_bedrock,
        "replicate": check_replicate,
    }
    for name, fn in checks.items():
        try:
            print(f"[ok]   {name}: {fn()!r}")
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print(f"[FAIL] {name}: {exc}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
