"""Review themes with Gemini on Vertex AI."""
import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, List

from dagster import AssetExecutionContext, Config, MaterializeResult, asset

from ..llm.prompts import REVIEW_THEMES_PROMPT, truncate_to_tokens
from ..partitions import daily_partitions, weekly_partitions
from ..resources import VertexAIResource, WarehouseResource
from ..utils import get_logger

log = get_logger("review_insights")

MIN_REVIEWS = 5
SENTIMENT_PROMPT = (
    "Rate the sentiment of this product review from -1 (very negative) to 1 (very positive). "
    "Reply with the number only.\n\nReview: {review}"
)


def _reviews_by_sku(warehouse: WarehouseResource, start: str, end: str) -> Dict[str, List[str]]:
    rows = warehouse.fetch_dicts(
        "select sku, review_text from stg_product_reviews where created_at >= %s and created_at < %s",
        (start, end),
    )
    grouped: Dict[str, List[str]] = {}
    for row in rows:
        grouped.setdefault(row["sku"], []).append(row["review_text"])
    return grouped


def _safe_json(text: str) -> Dict:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        log.warning("gemini returned non-JSON themes: %r", text[:200])
        return {}


@asset(partitions_def=weekly_partitions, group_name="reviews", compute_kind="vertexai")
async def review_themes(
    context: AssetExecutionContext, vertex: VertexAIResource, warehouse: WarehouseResource
) -> MaterializeResult:
    window = context.partition_time_window
    grouped = _reviews_by_sku(warehouse, window.start.isoformat(), window.end.isoformat())
    model = vertex.generative_model(response_mime_type="application/json")

    async def themes_for(sku: str, reviews: List[str]) -> Dict:
        prompt = REVIEW_THEMES_PROMPT.format(reviews=truncate_to_tokens("\n- ".join(reviews), 6000))
        response = await model.generate_content_async(prompt)
        data = _safe_json(response.text)
        return {
            "sku": sku,
            "week": context.partition_key,
            "positives": json.dumps(data.get("positives", [])),
            "negatives": json.dumps(data.get("negatives", [])),
            "summary": data.get("summary", ""),
        }

    eligible = {sku: r for sku, r in grouped.items() if len(r) >= MIN_REVIEWS}
    rows = await asyncio.gather(*(themes_for(sku, r) for sku, r in eligible.items()))
    written = warehouse.upsert_rows("review_themes", rows, key=["sku", "week"])
    return MaterializeResult(metadata={"products": len(eligible), "rows": written})


class DrilldownConfig(Config):
    negative_keywords: List[str] = ["broken", "leak", "rust", "smell", "missing parts"]


@asset(partitions_def=weekly_partitions, deps=[review_themes], group_name="reviews", compute_kind="vertexai")
def review_quality_drilldown(
    context: AssetExecutionContext,
    config: DrilldownConfig,
    vertex: VertexAIResource,
    warehouse: WarehouseResource,
) -> MaterializeResult:
    """For products whose themes mention quality problems, ask follow-ups in one chat session."""
    flagged = warehouse.fetch_dicts(
        "select sku, negatives from review_themes where week = %s and negatives <> '[]'",
        (context.partition_key,),
    )
    window = context.partition_time_window
    reviews = _reviews_by_sku(warehouse, window.start.isoformat(), window.end.isoformat())
    model = vertex.generative_model(
        system_instruction="You are a product quality analyst. Be specific and cite review snippets."
    )
    rows = []
    for item in flagged:
        negatives = " ".join(json.loads(item["negatives"])).lower()
        if not any(k in negatives for k in config.negative_keywords):
            continue
        chat = model.start_chat()
        chat.send_message("Reviews:\n- " + "\n- ".join(reviews.get(item["sku"], [])[:200]))
        answer = chat.send_message(
            "Which defects are mentioned, how often, and do they point to a supplier or a shipping problem?"
        )
        rows.append({"sku": item["sku"], "week": context.partition_key, "analysis": answer.text})
    written = warehouse.upsert_rows("review_quality_drilldown", rows, key=["sku", "week"])
    return MaterializeResult(metadata={"rows": written})


@asset(partitions_def=daily_partitions, group_name="reviews", compute_kind="vertexai")
def review_sentiment(
    context: AssetExecutionContext, vertex: VertexAIResource, warehouse: WarehouseResource
) -> MaterializeResult:
    rows = warehouse.fetch_dicts(
        "select review_id, review_text from stg_product_reviews where created_at::date = %s",
        (context.partition_key,),
    )
    model = vertex.generative_model()
    prompts = [SENTIMENT_PROMPT.format(review=r["review_text"][:4000]) for r in rows]
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(model.generate_content, prompts))
    out = []
    for row, response in zip(rows, responses):
        try:
            score = max(-1.0, min(1.0, float(response.text.strip())))
        except ValueError:
            continue
        out.append({"review_id": row["review_id"], "sentiment": score})
    written = warehouse.upsert_rows("review_sentiment", out, key=["review_id"])
    return MaterializeResult(metadata={"rows": written, "unparsed": len(rows) - written})
