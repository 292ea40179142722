"""Backfill OpenAI embeddings for stored syslog classifications.

Run with:  nautobot-server nbshell < scripts/backfill_embeddings.py
or:        nautobot-server runscript scripts.backfill_embeddings
"""

import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from nautobot_ai.app_settings import get_setting
from nautobot_ai.llm import get_openai_client
from nautobot_ai.models import SyslogClassification

logger = logging.getLogger("backfill_embeddings")

BATCH_SIZE = 256
WORKERS = 4


def _batches(qs, size):
    batch = []
    for row in qs.iterator(chunk_size=size):
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(dry_run=False):
    client = get_openai_client()
    model = get_setting("openai_embedding_model", "text-embedding-3-small")
    qs = SyslogClassification.objects.filter(embedding__isnull=True).exclude(category="noise")
    total = qs.count()
    logger.info("%s rows to embed with %s", total, model)
    if dry_run or not total:
        return 0

    done = 0
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {}
        for batch in _batches(qs, BATCH_SIZE):
            fut = pool.submit(client.embeddings.create, model=model, input=[r.message for r in batch])
            futures[fut] = batch
        for fut in as_completed(futures):
            batch = futures[fut]
            vectors = [d.embedding for d in fut.result().data]
            for row, vector in zip(batch, vectors):
                row.embedding = vector
            SyslogClassification.objects.bulk_update(batch, ["embedding"])
            done += len(batch)
            logger.info("embedded %s/%s", done, total)
    return done


if __name__ in ("__main__", "django.core.management.commands.shell"):
    run()
