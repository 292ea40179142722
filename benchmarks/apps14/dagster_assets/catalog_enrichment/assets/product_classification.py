"""Taxonomy classification and attribute extraction for new / changed SKUs."""
import json
from typing import Any, Dict, List

from dagster import (
    AssetCheckResult,
    AssetExecutionContext,
    Config,
    MaterializeResult,
    MetadataValue,
    asset,
    asset_check,
)

from ..errors import BudgetExceededError, ProviderResponseError
from ..llm.batch import openai_chat_request, submit_openai_batch
from ..llm.prompts import ATTRIBUTES_SYSTEM, CLASSIFICATION_SYSTEM, taxonomy_block, truncate_to_tokens
from ..models import Product, ProductAttributes, ProductCategory
from ..partitions import daily_partitions
from ..resources import OpenAIResource, WarehouseResource
from ..settings import MAX_ROWS_PER_PARTITION, MODELS
from ..utils import completion_ratio, with_retries

LOW_CONFIDENCE = 0.55


class ClassificationConfig(Config):
    model: str = MODELS.classification
    relabel_model: str = MODELS.attributes
    max_description_tokens: int = 600


def _load_products(warehouse: WarehouseResource, day: str) -> List[Product]:
    rows = warehouse.fetch_dicts(
        "select sku, title, description, brand, category_path from stg_products "
        "where updated_at::date = %s order by sku",
        (day,),
    )
    return [Product(**row) for row in rows]


def _load_taxonomy(warehouse: WarehouseResource) -> List[str]:
    return [r["path"] for r in warehouse.fetch_dicts("select path from dim_taxonomy where is_leaf")]


def _parse_category(raw: str, sku: str) -> ProductCategory:
    try:
        data = json.loads(raw)
        data.setdefault("sku", sku)
        return ProductCategory(**data)
    except (json.JSONDecodeError, ValueError) as exc:
        raise ProviderResponseError("openai", f"bad classification for {sku}", raw) from exc


@asset(
    partitions_def=daily_partitions,
    deps=["stg_products"],
    group_name="catalog",
    compute_kind="openai",
    description="Leaf taxonomy category for every product changed on the partition day.",
)
def product_categories(
    context: AssetExecutionContext,
    config: ClassificationConfig,
    openai: OpenAIResource,
    warehouse: WarehouseResource,
) -> MaterializeResult:
    day = context.partition_key
    products = _load_products(warehouse, day)
    if len(products) > MAX_ROWS_PER_PARTITION:
        raise BudgetExceededError(f"{len(products)} products on {day}; refusing to classify")

    system = CLASSIFICATION_SYSTEM.format(taxonomy=taxonomy_block(_load_taxonomy(warehouse)))
    client = openai.get_client()
    results: List[Dict[str, Any]] = []
    failures = 0
    prompt_tokens = completion_tokens = 0

    for product in products:
        product.description = truncate_to_tokens(product.description, config.max_description_tokens)
        response = client.chat.completions.create(
            model=config.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": product.as_prompt_block()},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        prompt_tokens += response.usage.prompt_tokens
        completion_tokens += response.usage.completion_tokens
        try:
            category = _parse_category(response.choices[0].message.content or "", product.sku)
        except ProviderResponseError as exc:
            context.log.warning(str(exc))
            failures += 1
            continue
        if category.confidence < LOW_CONFIDENCE:
            category = _relabel(client, config.relabel_model, system, product) or category
        results.append(
            {
                "sku": category.sku,
                "taxonomy_path": " > ".join(category.taxonomy_path),
                "confidence": category.confidence,
                "model": config.model,
                "partition_date": day,
            }
        )

    written = warehouse.upsert_rows("product_categories", results, key=["sku", "partition_date"])
    warehouse.mark_completion("product_categories", day, written)
    return MaterializeResult(
        metadata={
            "rows": written,
            "failures": failures,
            "coverage": completion_ratio(written, len(products)),
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
        }
    )


def _relabel(client, model: str, system: str, product: Product):
    """Second opinion from the larger model for low-confidence labels."""
    response = with_retries(
        client.chat.completions.create,
        model=model,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": product.as_prompt_block()},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    try:
        return _parse_category(response.choices[0].message.content or "", product.sku)
    except ProviderResponseError:
        return None


@asset(
    partitions_def=daily_partitions,
    deps=[product_categories],
    group_name="catalog",
    compute_kind="openai",
)
def product_attributes(
    context: AssetExecutionContext,
    openai: OpenAIResource,
    warehouse: WarehouseResource,
) -> MaterializeResult:
    products = _load_products(warehouse, context.partition_key)
    client = openai.get_client()
    rows = []
    for product in products:
        completion = client.beta.chat.completions.parse(
            model=MODELS.attributes,
            messages=[
                {"role": "system", "content": ATTRIBUTES_SYSTEM},
                {"role": "user", "content": product.as_prompt_block()},
            ],
            response_format=ProductAttributes,
        )
        parsed = completion.choices[0].message.parsed
        if parsed is None:
            context.log.warning("refusal/empty attributes for %s", product.sku)
            continue
        rows.append({"sku": product.sku, "attributes": json.dumps(parsed.model_dump()), "partition_date": context.partition_key})
    written = warehouse.upsert_rows("product_attributes", rows, key=["sku", "partition_date"])
    return MaterializeResult(metadata={"rows": written, "skipped": len(products) - written})


class BackfillConfig(Config):
    since: str = "2024-03-01"
    limit: int = 50_000


@asset(group_name="catalog", compute_kind="openai", description="Submits a full-catalog reclassification as an OpenAI batch.")
def catalog_reclassification_batch(
    context: AssetExecutionContext,
    config: BackfillConfig,
    openai: OpenAIResource,
    warehouse: WarehouseResource,
) -> MaterializeResult:
    rows = warehouse.fetch_dicts(
        "select sku, title, description, brand, category_path from stg_products where updated_at >= %s limit %s",
        (config.since, config.limit),
    )
    system = CLASSIFICATION_SYSTEM.format(taxonomy=taxonomy_block(_load_taxonomy(warehouse)))
    requests = [
        openai_chat_request(
            custom_id=row["sku"],
            model=MODELS.classification,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": Product(**row).as_prompt_block()},
            ],
            response_format={"type": "json_object"},
        )
        for row in rows
    ]
    batch_id = submit_openai_batch(openai.get_client(), requests, description=f"reclassify since {config.since}")
    context.log.info("batch %s submitted; openai_batch_sensor will pick up the results", batch_id)
    return MaterializeResult(metadata={"batch_id": batch_id, "requests": len(requests)})


@asset_check(asset=product_categories, blocking=False)
def product_categories_confidence(warehouse: WarehouseResource) -> AssetCheckResult:
    rows = warehouse.fetch_dicts(
        "select avg(confidence) as avg_conf, count(*) as n from product_categories "
        "where partition_date = (select max(partition_date) from product_categories)"
    )
    avg_conf = float(rows[0]["avg_conf"] or 0.0) if rows else 0.0
    return AssetCheckResult(
        passed=avg_conf >= 0.7,
        metadata={"avg_confidence": MetadataValue.float(avg_conf), "rows": rows[0]["n"] if rows else 0},
    )
