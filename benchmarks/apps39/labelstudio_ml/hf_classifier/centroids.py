"""Label centroids built from annotated examples (stored in the model cache)."""
import json
from typing import Dict, List, Optional

import numpy as np


class CentroidIndex:
    def __init__(self, raw: Optional[str] = None):
        self.sums: Dict[str, List[float]] = {}
        self.counts: Dict[str, int] = {}
        if raw:
            data = json.loads(raw)
            self.sums, self.counts = data["sums"], data["counts"]

    def add(self, label: str, vec) -> None:
        vec = np.asarray(vec, dtype=float).ravel()
        if label in self.sums:
            self.sums[label] = (np.asarray(self.sums[label]) + vec).tolist()
            self.counts[label] += 1
        else:
            self.sums[label] = vec.tolist()
            self.counts[label] = 1

    def predict(self, vec, min_examples: int = 3):
        vec = np.asarray(vec, dtype=float).ravel()
        best, best_score = None, -1.0
        for label, total in self.sums.items():
            if self.counts[label] < min_examples:
                continue
            centroid = np.asarray(total) / self.counts[label]
            score = float(vec @ centroid / (np.linalg.norm(vec) * np.linalg.norm(centroid) + 1e-9))
            if score > best_score:
                best, best_score = label, score
        return best, best_score

    def dumps(self) -> str:
        return json.dumps({"sums": self.sums, "counts": self.counts})
