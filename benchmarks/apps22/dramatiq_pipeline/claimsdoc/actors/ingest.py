"""OCR + page splitting. First stage of every pipeline."""
from __future__ import annotations

import dramatiq

from claimsdoc import storage
from claimsdoc.actors._shared import Timer, llm, log_step
from claimsdoc.providers import get_provider
from claimsdoc.settings import settings

# Mistral OCR handles up to ~1000 pages per call but we cap to keep retries cheap
MAX_PAGES_PER_CALL = 60
TEXT_MIME = {"text/plain", "text/csv", "application/json"}


@dramatiq.actor(queue_name="ocr", max_retries=3, min_backoff=5_000, time_limit=10 * 60_000, store_results=True)
def ocr_document(claim_id: str, document_id: str, s3_key: str, mime_type: str = "application/pdf") -> dict:
    """Returns {"document_id", "text", "pages"} for the next pipeline stage."""
    storage.repo.set_status(document_id, "ocr")
    if mime_type in TEXT_MIME:
        text = storage.read_bytes(s3_key).decode("utf-8", errors="replace")
        return {"claim_id": claim_id, "document_id": document_id, "text": text, "pages": 1}

    url = storage.presigned_url(s3_key, expires=1800)
    with Timer() as t:
        if mime_type.startswith("image/"):
            resp = llm.mistral().ocr.process(
                model=settings.mistral_ocr_model,
                document={"type": "image_url", "image_url": url},
            )
            pages = [p.markdown for p in resp.pages]
        else:
            pages = [p.markdown for p in get_provider("mistral").ocr(url)]
    log_step("ocr", document_id=document_id, pages=len(pages), ms=t.ms)

    text = "\n\n".join(f"<!-- page {i + 1} -->\n{md}" for i, md in enumerate(pages))
    storage.write_json(f"ocr/{claim_id}/{document_id}.json", {"pages": pages})
    return {"claim_id": claim_id, "document_id": document_id, "text": text, "pages": len(pages)}


@dramatiq.actor(queue_name="ocr", max_retries=2, store_results=True)
def ocr_large_document(claim_id: str, document_id: str, s3_key: str, page_count: int) -> dict:
    """Packets from the body shop can be 300+ pages; OCR in page windows."""
    client = llm.mistral()
    url = storage.presigned_url(s3_key, expires=3600)
    pages: list[str] = []
    for start in range(0, page_count, MAX_PAGES_PER_CALL):
        window = list(range(start, min(start + MAX_PAGES_PER_CALL, page_count)))
        resp = client.ocr.process(
            model=settings.mistral_ocr_model,
            document={"type": "document_url", "document_url": url},
            pages=window,
        )
        pages.extend(p.markdown for p in resp.pages)
        log_step("ocr_window", document_id=document_id, start=start, got=len(resp.pages))
    text = "\n\n".join(pages)
    storage.write_json(f"ocr/{claim_id}/{document_id}.json", {"pages": pages})
    return {"claim_id": claim_id, "document_id": document_id, "text": text, "pages": len(pages)}


@dramatiq.actor(queue_name="ocr", max_retries=0)
def upload_and_ocr(claim_id: str, document_id: str, filename: str, s3_key: str) -> None:
    """Fallback when a presigned URL is not reachable from Mistral (private buckets in EU)."""
    mistral = get_provider("mistral")
    signed_url = mistral.upload_for_ocr(filename, storage.read_bytes(s3_key))
    pages = mistral.ocr(signed_url)
    storage.write_json(f"ocr/{claim_id}/{document_id}.json", {"pages": [p.markdown for p in pages]})
