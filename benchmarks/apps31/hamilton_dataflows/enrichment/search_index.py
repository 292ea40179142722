"""Thin client for the internal search service (not an LLM)."""
from __future__ import annotations

import httpx


class Index:
    def __init__(self, http: httpx.Client, name: str) -> None:
        self._http = http
        self.name = name

    def create(self, mappings: dict) -> None:
        self._http.put(f"/indices/{self.name}", json={"mappings": mappings}).raise_for_status()

    def delete(self, missing_ok: bool = False) -> None:
        r = self._http.delete(f"/indices/{self.name}")
        if r.status_code == 404 and missing_ok:
            return
        r.raise_for_status()

    def bulk_upsert(self, rows: list[dict]) -> int:
        r = self._http.post(f"/indices/{self.name}/_bulk", json={"rows": rows})
        r.raise_for_status()
        return int(r.json().get("written", 0))

    def search(self, query: str, k: int = 10) -> list[dict]:
        r = self._http.post(f"/indices/{self.name}/_search", json={"q": query, "k": k})
        r.raise_for_status()
        return r.json()["hits"]


class IndexClient:
    def __init__(self, endpoint: str, timeout: float = 30.0) -> None:
        self._http = httpx.Client(base_url=endpoint, timeout=timeout)

    def index(self, name: str) -> Index:
        return Index(self._http, name)

    def close(self) -> None:
        self._http.close()
