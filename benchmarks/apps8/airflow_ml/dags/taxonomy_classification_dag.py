import asyncio
import json
from typing import Dict, List

from airflow.decorators import dag, task
from airflow.models import Variable

from common.defaults import DEFAULT_ARGS, LLM_POOL, START_DATE, TAGS
from include.catalogue.models import Product, TaxonomyNode
from include.catalogue.repository import CatalogueRepository
from include.config import settings


def _load_taxonomy() -> Dict[str, TaxonomyNode]:
    raw = json.loads(Variable.get("catalogue_taxonomy_json"))

    def build(node: dict) -> TaxonomyNode:
        return TaxonomyNode(node["id"], node["path"], [build(c) for c in node.get("children", [])])

    return {dept: build(tree) for dept, tree in raw.items()}


@dag(
    dag_id="taxonomy_classification",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule="0 */6 * * *",
    catchup=False,
    tags=TAGS + ["taxonomy"],
)
def taxonomy_classification():
    @task
    def unclassified() -> List[Dict]:
        rows = CatalogueRepository()._hook.get_records(
            "SELECT sku, title, brand, category, attributes, description FROM catalogue.products "
            "WHERE category_id IS NULL LIMIT 1000"
        )
        cols = ["sku", "title", "brand", "category", "attributes", "description"]
        return [dict(zip(cols, r)) for r in rows]

    @task(pool=LLM_POOL)
    def classify(rows: List[Dict]) -> List[Dict]:
        from include.services.classifier import TaxonomyClassifier

        classifier = TaxonomyClassifier(_load_taxonomy())
        products = [Product.from_row(r) for r in rows]
        departments = [(p, *classifier.department(p)) for p in products]
        confident = [(p, d) for p, d, score in departments if score >= 0.35]
        leaves = asyncio.run(classifier.classify_leaves_async(confident))
        scores = {p.sku: score for p, _, score in departments}
        return [
            {"sku": p.sku, "category_id": leaf, "confidence": scores[p.sku]}
            for (p, _), leaf in zip(confident, leaves)
        ]

    @task(pool=LLM_POOL)
    def second_opinion(results: List[Dict]) -> List[Dict]:
        """Low-confidence results get re-checked by the 70B model before they are saved."""
        from together import Together

        from include.llm.credentials import connection_password

        client = Together(api_key=connection_password(settings.together.conn_id, "TOGETHER_API_KEY"))
        repo = CatalogueRepository()
        products = {p.sku: p for p in repo.products_by_sku([r["sku"] for r in results])}
        for result in results:
            if result["confidence"] >= 0.6 or result["sku"] not in products:
                continue
            product = products[result["sku"]]
            check = client.chat.completions.create(
                model=settings.together.chat_model,
                messages=[
                    {
                        "role": "user",
                        "content": f"Is '{product.title}' correctly filed under category "
                        f"{result['category_id']}? Answer yes or no.",
                    }
                ],
                max_tokens=3,
                temperature=0,
            )
            if check.choices[0].message.content.strip().lower().startswith("no"):
                result["category_id"] = ""
        return results

    @task
    def save(results: List[Dict]) -> int:
        repo = CatalogueRepository()
        saved = 0
        for r in results:
            if r["category_id"]:
                repo.save_category(r["sku"], r["category_id"], r["confidence"])
                saved += 1
        return saved

    save(second_opinion(classify(unclassified())))


taxonomy_classification()
