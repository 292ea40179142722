"""Nightly enrichment of supplier feeds: attributes, marketing bullets, QA stats.

One of the first DAGs in this repo, hence the classic operator style.
"""
import json

from airflow import DAG
from airflow.operators.python import PythonOperator

from common.callbacks import notify_summary
from common.defaults import DEFAULT_ARGS, LLM_POOL, START_DATE, TAGS
from include.catalogue.quality import completion_report
from include.catalogue.repository import CatalogueRepository
from include.config import settings
from include.legacy.bedrock_claude import CLAUDE_MODEL, bedrock
from include.llm.clients import get_watsonx_model
from include.services.attribute_extractor import AttributeExtractor
from operators.bedrock_operators import BedrockConverseOperator

BULLETS_PROMPT = (
    "Write 4 short benefit-led bullet points for this product. One per line, no numbering.\n"
    "{title}\n{attributes}"
)


def _extract_attributes(**context):
    repo = CatalogueRepository()
    products = repo.products_missing_attributes(limit=settings.batch_size * 10)
    extractor = AttributeExtractor()
    done = 0
    for product in products:
        attributes = extractor.extract(product.supplier_text)
        if not attributes:
            continue
        repo.save_attributes(product.sku, {**product.attributes, **attributes})
        done += 1
    context["ti"].xcom_push(key="skus", value=[p.sku for p in products])
    return done


def _normalise_colours(**context):
    """Suppliers send colours like 'NAVY/WHT MULTI'; ask Claude for the canonical palette name."""
    repo = CatalogueRepository()
    skus = context["ti"].xcom_pull(task_ids="extract_attributes", key="skus") or []
    for product in repo.products_by_sku(skus):
        raw_colour = product.attributes.get("colour")
        if not raw_colour:
            continue
        resp = bedrock.converse(
            modelId=CLAUDE_MODEL,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {
                            "text": "Map this supplier colour to one of: black, white, grey, navy, blue, "
                            "red, green, yellow, pink, purple, brown, beige, multi. "
                            f"Answer with one word.\nColour: {raw_colour}"
                        }
                    ],
                }
            ],
            inferenceConfig={"maxTokens": 5, "temperature": 0},
        )
        canonical = resp["output"]["message"]["content"][0]["text"].strip().lower()
        repo.save_attributes(product.sku, {**product.attributes, "colour_family": canonical})


def _prepare_bullet_prompts(**context):
    repo = CatalogueRepository()
    skus = context["ti"].xcom_pull(task_ids="extract_attributes", key="skus") or []
    products = repo.products_by_sku(skus)
    return [
        {"id": p.sku, "prompt": BULLETS_PROMPT.format(title=p.title, attributes=p.attribute_lines())}
        for p in products
    ]


def _granite_care_labels(**context):
    """Care-label text for fashion items: granite base model, plain completion."""
    repo = CatalogueRepository()
    skus = context["ti"].xcom_pull(task_ids="extract_attributes", key="skus") or []
    model = get_watsonx_model(settings.watsonx.extraction_model)
    for product in repo.products_by_sku(skus):
        if product.category != "fashion" or not product.attributes.get("material"):
            continue
        result = model.generate(
            prompt=f"Care instructions for a garment made of {product.attributes['material']}:\n-",
            params={"max_new_tokens": 80, "decoding_method": "greedy"},
        )
        text = result["results"][0]["generated_text"]
        repo.save_attributes(product.sku, {**product.attributes, "care_instructions": "-" + text})


def _report(**context):
    repo = CatalogueRepository()
    skus = context["ti"].xcom_pull(task_ids="extract_attributes", key="skus") or []
    stats = completion_report(repo.products_by_sku(skus))
    notify_summary("catalogue_enrichment", [f"{k}: {v:.2f}" for k, v in stats.items()])
    return json.dumps(stats)


with DAG(
    dag_id="catalogue_enrichment",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule="0 1 * * *",
    catchup=False,
    max_active_runs=1,
    tags=TAGS + ["enrichment"],
) as dag:
    extract = PythonOperator(
        task_id="extract_attributes", python_callable=_extract_attributes, pool=LLM_POOL
    )
    colours = PythonOperator(
        task_id="normalise_colours", python_callable=_normalise_colours, pool=LLM_POOL
    )
    prompts = PythonOperator(task_id="prepare_bullet_prompts", python_callable=_prepare_bullet_prompts)
    bullets = BedrockConverseOperator(
        task_id="generate_bullets",
        model_id=settings.bedrock.haiku_model_id,
        records=prompts.output,
        system_prompt="You write concise e-commerce bullet points.",
        max_tokens=250,
        pool=LLM_POOL,
    )
    care = PythonOperator(task_id="care_labels", python_callable=_granite_care_labels, pool=LLM_POOL)
    report = PythonOperator(task_id="report", python_callable=_report, trigger_rule="all_done")

    extract >> [colours, prompts, care]
    prompts >> bullets
    [colours, bullets, care] >> report
