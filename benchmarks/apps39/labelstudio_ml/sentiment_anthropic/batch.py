"""Parallel classification for large predict() batches (Label Studio sends
up to 100 tasks when "Retrieve predictions" is run on a selection)."""
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Dict, List

from common.clients import get_anthropic_client
from common.settings import settings

logger = logging.getLogger(__name__)


def classify_parallel(texts: List[str], system: str, workers: int = 8) -> Dict[int, str]:
    client = get_anthropic_client()
    answers: Dict[int, str] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(
                client.messages.create,
                model=settings.anthropic_model,
                max_tokens=16,
                system=system,
                messages=[{"role": "user", "content": text}],
            ): idx
            for idx, text in enumerate(texts)
        }
        for fut in as_completed(futures):
            idx = futures[fut]
            try:
                answers[idx] = fut.result().content[0].text
            except Exception:  # noqa: BLE001
                logger.exception("classification failed for item %d", idx)
    return answers
