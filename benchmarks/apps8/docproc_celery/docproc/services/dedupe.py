"""Near-duplicate detection for discovery productions.

Uses Cohere's clustering embeddings, which separated "same email, different
footer" far better than our search embeddings did in testing.  These vectors
are only used in memory, never stored.
"""
import logging
import os
from typing import Dict, List, Sequence

import cohere
import numpy as np

logger = logging.getLogger(__name__)

DEDUPE_MODEL = "embed-english-v3.0"
THRESHOLD = float(os.environ.get("DEDUPE_THRESHOLD", "0.97"))
BATCH = 96  # cohere embed limit per call


def _client() -> cohere.Client:
    return cohere.Client(api_key=os.environ["COHERE_API_KEY"], client_name="docproc-dedupe")


def find_near_duplicates(doc_ids: Sequence[int], texts: Sequence[str]) -> Dict[int, List[int]]:
    """Map each 'canonical' document id to the ids that duplicate it."""
    co = _client()
    vectors = []
    for start in range(0, len(texts), BATCH):
        response = co.embed(
            texts=[t[:8000] for t in texts[start:start + BATCH]],
            model=DEDUPE_MODEL,
            input_type="clustering",
            embedding_types=["float"],
        )
        vectors.extend(response.embeddings.float_)
    if not vectors:
        return {}

    matrix = np.asarray(vectors, dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    sims = matrix @ matrix.T

    groups: Dict[int, List[int]] = {}
    assigned = set()
    for i, doc_id in enumerate(doc_ids):
        if doc_id in assigned:
            continue
        dupes = [doc_ids[j] for j in np.where(sims[i] >= THRESHOLD)[0] if j != i and doc_ids[j] not in assigned]
        if dupes:
            groups[doc_id] = dupes
            assigned.update(dupes)
        assigned.add(doc_id)
    logger.info("dedupe: %d groups among %d documents", len(groups), len(doc_ids))
    return groups
