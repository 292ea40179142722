"""Ping every vendor once with a tiny request. Run after rotating keys.

    python scripts/smoke_test_llms.py [openai anthropic bedrock voyage watsonx]
"""
from __future__ import annotations

import sys
import time

import anthropic
import boto3
import dlt
import openai
import voyageai
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference


def check_openai() -> str:
    client = openai.OpenAI(api_key=dlt.secrets["enrichment.openai.api_key"])
    resp = client.responses.create(model="gpt-4o-mini", input="Say OK.", max_output_tokens=16)
    return resp.output_text


def check_anthropic() -> str:
    client = anthropic.Anthropic(api_key=dlt.secrets["enrichment.anthropic.api_key"])
    msg = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=5, messages=[{"role": "user", "content": "Say OK."}]
    )
    return msg.content[0].text


def check_bedrock() -> str:
    rt = boto3.client("bedrock-runtime", region_name=dlt.config.get("enrichment.bedrock_region") or "us-east-1")
    out = rt.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": "Say OK."}]}],
        inferenceConfig={"maxTokens": 5},
    )
    return out["output"]["message"]["content"][0]["text"]


def check_voyage() -> str:
    vo = voyageai.Client(api_key=dlt.secrets["enrichment.voyage.api_key"])
    res = vo.embed(["ok"], model="voyage-3-lite")
    return f"dim={len(res.embeddings[0])}"


def check_watsonx() -> str:
    model = ModelInference(
        model_id="ibm/granite-3-8b-instruct",
        credentials=Credentials(url=dlt.config.get("enrichment.watsonx_url"), api_key=dlt.secrets["enrichment.watsonx.api_key"]),
        project_id=dlt.secrets["enrichment.watsonx.project_id"],
    )
    return model.chat(messages=[{"role": "user", "content": "Say OK."}])["choices"][0]["message"]["content"]


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "bedrock": check_bedrock,
    "voyage": check_voyage,
    "watsonx": check_watsonx,
}


def main(names: list[str]) -> int:
    failures = 0
    for name in names or list(CHECKS):
        t0 = time.perf_counter()
        try:
            result = CHECKS[name]()
            print(f"[ok]   {name:<10} {time.perf_counter() - t0:5.2f}s  {result!r}")
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print(f"[FAIL] {name:<10} {exc}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
