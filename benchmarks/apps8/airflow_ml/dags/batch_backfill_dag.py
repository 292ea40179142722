"""Monthly backfill of descriptions for the long tail via provider batch APIs (50% cheaper).

Three lanes, one per provider, because each has different quotas:
* Together batch (Llama 3.3 70B) for the general catalogue
* Fireworks batch inference for marketplace sellers
* Bedrock batch inference for Claude-only categories
"""
import json
import os
import tempfile
from typing import Dict, List

from airflow.decorators import dag, task
from airflow.operators.python import get_current_context

from common.defaults import DEFAULT_ARGS, START_DATE, TAGS
from hooks.fireworks_hook import FireworksHook
from include.catalogue.repository import CatalogueRepository
from include.catalogue.s3_io import ArtifactStore
from include.config import settings
from include.llm.clients import get_together_client
from include.prompts import DESCRIPTION_SYSTEM, DESCRIPTION_USER
from operators.bedrock_operators import BedrockBatchInferenceOperator
from sensors.batch_job_sensor import TogetherBatchSensor


def _user_prompt(p) -> str:
    return DESCRIPTION_USER.substitute(
        title=p.title, brand=p.brand or "unbranded", category=p.category,
        attributes=p.attribute_lines() or "- none", length=100,
    )


@dag(
    dag_id="description_batch_backfill",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule="0 3 1 * *",
    catchup=False,
    tags=TAGS + ["copy", "batch"],
)
def description_batch_backfill():
    @task
    def build_together_input() -> str:
        products = CatalogueRepository().products_without_description(limit=20000)
        path = os.path.join(tempfile.mkdtemp(), "together_batch.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for p in products:
                fh.write(json.dumps({
                    "custom_id": p.sku,
                    "body": {
                        "model": settings.together.chat_model,
                        "messages": [
                            {"role": "system", "content": DESCRIPTION_SYSTEM},
                            {"role": "user", "content": _user_prompt(p)},
                        ],
                        "max_tokens": 500,
                    },
                }) + "\n")
        return path

    @task
    def submit_together_batch(path: str) -> str:
        client = get_together_client()
        uploaded = client.files.upload(file=path, purpose="batch-api", check=True)
        batch = client.batches.create(
            input_file_id=uploaded.id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
        )
        return batch.id

    @task
    def submit_fireworks_batch() -> str:
        """Marketplace products: the input dataset is exported by the seller-sync DAG."""
        ctx = get_current_context()
        hook = FireworksHook()
        job = hook.get_conn().batch_inference_jobs.create(
            account_id=hook.account_id,
            display_name=f"marketplace-descriptions-{ctx['ds_nodash']}",
            model=settings.fireworks.chat_model,
            input_dataset_id=f"marketplace-desc-input-{ctx['ds_nodash']}",
            output_dataset_id=f"marketplace-desc-output-{ctx['ds_nodash']}",
            inference_parameters={"max_tokens": 500, "temperature": 0.7},
        )
        return job.name

    @task
    def build_bedrock_input() -> str:
        products = [
            p for p in CatalogueRepository().products_without_description(limit=20000)
            if p.category.lower() in {"beauty", "supplements", "baby"}
        ]
        records: List[Dict] = [
            {
                "recordId": p.sku,
                "modelInput": {
                    "anthropic_version": "bedrock-2023-05-31",
                    "max_tokens": 500,
                    "system": DESCRIPTION_SYSTEM,
                    "messages": [{"role": "user", "content": _user_prompt(p)}],
                },
            }
            for p in products
        ]
        ctx = get_current_context()
        return ArtifactStore().write_jsonl(f"bedrock-batch/{ctx['ds_nodash']}/input.jsonl", records)

    together_batch_id = submit_together_batch(build_together_input())
    TogetherBatchSensor(task_id="wait_together_batch", batch_id=together_batch_id, timeout=60 * 60 * 30)

    submit_fireworks_batch()

    BedrockBatchInferenceOperator(
        task_id="submit_bedrock_batch",
        job_name="desc-backfill-{{ ds_nodash }}",
        model_id=settings.bedrock.claude_model_id,
        input_s3_uri=build_bedrock_input(),
        output_s3_uri=f"s3://{settings.artifacts_bucket}/bedrock-batch/{{{{ ds_nodash }}}}/output/",
        role_arn=settings.bedrock.batch_role_arn,
    )


description_batch_backfill()
