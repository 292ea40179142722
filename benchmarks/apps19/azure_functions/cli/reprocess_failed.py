"""Re-run enrichment for documents stuck in ``enrichment_partial`` and
regenerate missing thumbnails.

    python -m cli.reprocess_failed --limit 50
    python -m cli.reprocess_failed --thumbnails-only --poll PREDICTION_ID
"""

from __future__ import annotations

import argparse
import logging
import sys
import time

from shared_code.clients import get_cohere, get_replicate
from shared_code.repository import DocumentRepository
from shared_code.services.enrichment import EnrichmentService
from shared_code.services.image_service import THUMBNAIL_PROMPT
from shared_code.settings import get_settings

logger = logging.getLogger("cli.reprocess_failed")


def reprocess_enrichment(repo: DocumentRepository, limit: int) -> int:
    service = EnrichmentService(cohere_client=get_cohere())
    fixed = 0
    for record in repo.list_by_status("enrichment_partial", limit=limit):
        result = service.enrich(record, with_embedding=False)
        if result.ok:
            record.category, record.tags, record.status = result.category, result.tags, "enriched"
            repo.upsert(record)
            fixed += 1
        else:
            logger.warning("Still failing: %s -> %s", record.document_id, result.errors)
    return fixed


def regenerate_thumbnails(repo: DocumentRepository, limit: int) -> int:
    rep = get_replicate()
    model = get_settings().vendors.replicate_image_model
    done = 0
    for record in repo.list_by_status("enriched", limit=limit):
        if record.thumbnail_url:
            continue
        output = rep.run(model, input={"prompt": THUMBNAIL_PROMPT.format(topic=record.title), "num_outputs": 1})
        url = str(output[0]) if isinstance(output, list) else str(output)
        repo.mark_status(record.tenant_id, record.document_id, record.status, ThumbnailUrl=url)
        done += 1
    return done


def poll_prediction(prediction_id: str, interval: float = 3.0) -> None:
    rep = get_replicate()
    while True:
        prediction = rep.predictions.get(prediction_id)
        logger.info("prediction %s: %s", prediction_id, prediction.status)
        if prediction.status in {"succeeded", "failed", "canceled"}:
            print(prediction.output)
            return
        time.sleep(interval)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="reprocess_failed")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--thumbnails-only", action="store_true")
    parser.add_argument("--poll", metavar="PREDICTION_ID")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    if args.poll:
        poll_prediction(args.poll)
        return 0
    repo = DocumentRepository.from_settings()
    if not args.thumbnails_only:
        logger.info("Re-enriched %d documents", reprocess_enrichment(repo, args.limit))
    logger.info("Generated %d thumbnails", regenerate_thumbnails(repo, args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
