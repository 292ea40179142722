"""One-off: embed every table description in the catalog and publish to Kafka.

    python -m scripts.backfill_embeddings --namespace catalog --limit 5000
"""
from __future__ import annotations

import argparse
import asyncio
import os

import voyageai
from faststream.kafka import KafkaBroker

from workers.settings import settings
from workers.services.embedding_service import chunk_texts


async def main(namespace: str, limit: int) -> None:
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    broker = KafkaBroker(settings.kafka.bootstrap_servers)
    await broker.connect()
    texts = [line.strip() for line in open("catalog_descriptions.txt") if line.strip()][:limit]
    for i, batch in enumerate(chunk_texts(texts, 128)):
        res = vo.embed(batch, model=settings.llm.embed_model, input_type="document", output_dimension=1024)
        await broker.publish(
            {"doc_id": f"catalog-{i}", "namespace": namespace, "vectors": res.embeddings, "model": settings.llm.embed_model},
            topic="de.embeddings.computed",
        )
        print(f"batch {i}: {res.total_tokens} tokens")
    await broker.close()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--namespace", default="catalog")
    p.add_argument("--limit", type=int, default=1000)
    a = p.parse_args()
    asyncio.run(main(a.namespace, a.limit))
