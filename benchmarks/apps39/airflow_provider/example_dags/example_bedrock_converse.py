"""Contract clause extraction with Claude on Bedrock (data residency: eu-central-1)."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import boto3
import pendulum
from airflow.decorators import dag, task
from airflow.models import Variable

from acme_airflow_llm.hooks.bedrock import BedrockRuntimeHook
from acme_airflow_llm.operators.bedrock import CLAUDE_ON_BEDROCK, BedrockConverseOperator

TITAN_EMBED = "amazon.titan-embed-text-v2:0"


@dag(
    schedule=None,
    start_date=pendulum.datetime(2024, 9, 1, tz="UTC"),
    catchup=False,
    tags=["example", "llm", "bedrock"],
    params={"contract_ids": ["C-1001", "C-1002"]},
)
def example_bedrock_contracts():
    @task
    def load_contracts(params=None) -> list[dict]:
        return [{"id": cid, "text": Variable.get(f"contract_{cid}", default_var="")} for cid in params["contract_ids"]]

    @task
    def extract_clauses(contract: dict) -> dict:
        runtime = BedrockRuntimeHook(aws_conn_id="aws_eu", region_name="eu-central-1").conn
        response = runtime.converse(
            modelId=CLAUDE_ON_BEDROCK,
            system=[{"text": "Return JSON with keys: termination, liability_cap, governing_law."}],
            messages=[{"role": "user", "content": [{"text": contract["text"]}]}],
            inferenceConfig={"maxTokens": 800, "temperature": 0},
        )
        text = response["output"]["message"]["content"][0]["text"]
        return {"id": contract["id"], "clauses": json.loads(text)}

    @task
    def embed_clauses(results: list[dict]) -> list[dict]:
        hook = BedrockRuntimeHook(aws_conn_id="aws_eu", region_name="eu-central-1")
        client = hook.get_conn()

        def _body(text: str) -> str:
            return json.dumps({"inputText": text, "dimensions": 512})

        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = [
                pool.submit(client.invoke_model, modelId=TITAN_EMBED, body=_body(json.dumps(r["clauses"])))
                for r in results
            ]
            for r, fut in zip(results, futures):
                r["embedding"] = json.loads(fut.result()["body"].read())["embedding"]
        return results

    @task
    def sanity_check(results: list[dict]) -> None:
        # Quick local check with a plain boto3 client; eu region is pinned by the env.
        client = boto3.client("bedrock-runtime", region_name="eu-central-1")
        resp = client.invoke_model(
            modelId="anthropic.claude-3-haiku-20240307-v1:0",
            body=json.dumps(
                {
                    "anthropic_version": "bedrock-2023-05-31",
                    "max_tokens": 50,
                    "messages": [{"role": "user", "content": f"Reply OK if this is valid JSON: {json.dumps(results)[:2000]}"}],
                }
            ),
        )
        payload = json.loads(resp["body"].read())
        assert "OK" in payload["content"][0]["text"]

    contracts = load_contracts()
    extracted = extract_clauses.expand(contract=contracts)
    embedded = embed_clauses(extracted)
    sanity_check(embedded)

    BedrockConverseOperator(
        task_id="executive_note",
        prompt="Write a two-sentence note on contract risk for {{ params.contract_ids | join(', ') }}",
        aws_conn_id="aws_eu",
        region_name="eu-central-1",
    )


example_bedrock_contracts()
