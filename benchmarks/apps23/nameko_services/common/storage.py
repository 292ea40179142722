"""Tiny claims repository. Real deployments use the ``claims-db`` postgres; tests swap it."""
import datetime as dt
import itertools
import threading
from typing import Any, Dict, List, Optional

from nameko.extensions import DependencyProvider


class ClaimNumberGenerator:
    """Generates human-friendly claim numbers like ``CLM-2024-000123``."""

    def __init__(self, prefix: str = "CLM", start: int = 1):
        self.prefix = prefix
        self._counter = itertools.count(start)
        self._lock = threading.Lock()

    def generate(self, year: Optional[int] = None) -> str:
        with self._lock:
            seq = next(self._counter)
        year = year or dt.date.today().year
        return "%s-%d-%06d" % (self.prefix, year, seq)


class ClaimsRepository:
    def __init__(self):
        self._claims: Dict[str, Dict[str, Any]] = {}

    def create(self, claim_number: str, **fields) -> Dict[str, Any]:
        record = dict(fields, claim_number=claim_number, created_at=dt.datetime.utcnow().isoformat())
        self._claims[claim_number] = record
        return record

    def get(self, claim_number: str) -> Optional[Dict[str, Any]]:
        return self._claims.get(claim_number)

    def update(self, claim_number: str, **fields) -> Dict[str, Any]:
        record = self._claims.setdefault(claim_number, {"claim_number": claim_number})
        record.update(fields)
        return record

    def search(self, **filters) -> List[Dict[str, Any]]:
        return [c for c in self._claims.values() if all(c.get(k) == v for k, v in filters.items())]


class ClaimsStore(DependencyProvider):
    def setup(self):
        self.repository = ClaimsRepository()
        self.numbers = ClaimNumberGenerator()

    def get_dependency(self, worker_ctx):
        return self.repository
