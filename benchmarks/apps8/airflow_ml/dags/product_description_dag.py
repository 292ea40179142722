from typing import Dict, List

from airflow.decorators import dag, task

from common.defaults import DEFAULT_ARGS, LLM_POOL, START_DATE, TAGS
from include.catalogue.models import GeneratedDescription, Product
from include.catalogue.repository import CatalogueRepository
from include.config import settings
from include.llm.clients import get_fireworks_client
from include.prompts import QA_REVIEW


@dag(
    dag_id="product_descriptions",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule="30 2 * * *",
    catchup=False,
    tags=TAGS + ["copy"],
    doc_md="""Generate descriptions for products that have none, QA them, store as drafts.""",
)
def product_descriptions():
    @task
    def fetch_products() -> List[Dict]:
        products = CatalogueRepository().products_without_description(limit=300)
        return [p.to_dict() for p in products]

    @task(pool=LLM_POOL, max_active_tis_per_dag=4)
    def generate(products: List[Dict]) -> List[Dict]:
        # imported here so the scheduler does not build provider clients on every parse
        from include.services.description_writer import DescriptionWriter

        writer = DescriptionWriter(length=110)
        drafts = []
        for row in products:
            product = Product(**row)
            draft = writer.write(product)
            drafts.append({"product": row, "text": draft.text, "model": draft.model, "provider": draft.provider})
        return drafts

    @task(pool=LLM_POOL)
    def qa_review(drafts: List[Dict]) -> List[Dict]:
        """Cheap contradiction check with a small base model (plain completion prompt)."""
        client = get_fireworks_client()
        approved = []
        for draft in drafts:
            product = Product(**draft["product"])
            result = client.completions.create(
                model=settings.fireworks.completion_model,
                prompt=QA_REVIEW.substitute(
                    attributes=product.attribute_lines(), description=draft["text"]
                ),
                max_tokens=40,
                temperature=0,
                stop=["\n\n", "###"],
            )
            verdict = result.choices[0].text.strip().upper()
            draft["qa_passed"] = not verdict.startswith("YES")
            draft["qa_reason"] = verdict
            approved.append(draft)
        return approved

    @task
    def store(drafts: List[Dict]) -> int:
        repo = CatalogueRepository()
        stored = 0
        for draft in drafts:
            if not draft.get("qa_passed"):
                continue
            repo.create(
                GeneratedDescription(
                    sku=draft["product"]["sku"],
                    text=draft["text"],
                    model=draft["model"],
                    provider=draft["provider"],
                )
            )
            stored += 1
        return stored

    store(qa_review(generate(fetch_products())))


product_descriptions()
