"""Placeholder lifestyle images for marketplace listings that arrive without photos.

Images are generated, uploaded to S3 and queued for human review in the DAM.
"""
import base64
import io
from typing import Dict, List

from airflow.decorators import dag, task

from common.defaults import DEFAULT_ARGS, LLM_POOL, START_DATE, TAGS
from hooks.together_hook import TogetherHook
from include.catalogue.repository import CatalogueRepository
from include.catalogue.s3_io import ArtifactStore
from include.config import settings
from include.prompts import IMAGE_PROMPT


@dag(
    dag_id="placeholder_images",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule="0 6 * * *",
    catchup=False,
    tags=TAGS + ["images"],
)
def placeholder_images():
    @task
    def listings_without_images() -> List[Dict]:
        rows = CatalogueRepository()._hook.get_records(
            "SELECT sku, title, attributes->>'colour' FROM catalogue.products "
            "WHERE image_count = 0 AND channel = 'marketplace' LIMIT 100"
        )
        return [{"sku": r[0], "title": r[1], "colour": r[2] or "neutral"} for r in rows]

    @task(pool=LLM_POOL)
    def generate_flux(listings: List[Dict]) -> List[str]:
        client = TogetherHook().get_conn()
        store = ArtifactStore()
        uploads = []
        for item in listings:
            response = client.images.generate(
                model=settings.together.image_model,
                prompt=IMAGE_PROMPT.substitute(title=item["title"], colour=item["colour"]),
                width=1024,
                height=1024,
                steps=4,
                n=1,
                response_format="base64",
            )
            data = base64.b64decode(response.data[0].b64_json)
            uploads.append((f"placeholders/{item['sku']}/flux.png", data, "image/png"))
        return store.write_many(uploads)

    @task(pool=LLM_POOL)
    def generate_sdxl(listings: List[Dict]) -> List[str]:
        """Second candidate from SDXL so reviewers can pick one."""
        from huggingface_hub import InferenceClient

        from include.llm.credentials import connection_password

        client = InferenceClient(
            provider=settings.hf.provider,
            token=connection_password(settings.hf.conn_id, "HF_TOKEN"),
        )
        store = ArtifactStore()
        uris = []
        for item in listings:
            image = client.text_to_image(
                IMAGE_PROMPT.substitute(title=item["title"], colour=item["colour"]),
                model=settings.hf.image_model,
                negative_prompt="text, watermark, people, hands",
                width=1024,
                height=1024,
            )
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            uris.append(store.write_bytes(f"placeholders/{item['sku']}/sdxl.png", buf.getvalue(), "image/png"))
        return uris

    listings = listings_without_images()
    generate_flux(listings)
    generate_sdxl(listings)


placeholder_images()
