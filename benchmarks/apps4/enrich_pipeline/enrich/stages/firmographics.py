"""Company records: registry lookup plus model-written industry / size classification.

Runs on the supplier table (one row per manufacturer). OpenCorporates gives the legal data;
the industry label and a one-line description are produced by a chat model.
"""
from __future__ import annotations

import json
import os
from typing import Any, Dict, Optional

import httpx

from enrich.config import OPENCORPORATES_URL, OPENROUTER_BASE_URL
from enrich.errors import ProviderError
from enrich.models import Batch
from enrich.stages.base import BaseStage
from enrich.utils.frames import missing_mask
from enrich.utils.retry import retry

INDUSTRY_MODEL = "meta-llama/llama-3.3-70b-instruct"

SYSTEM = (
    "You classify companies. Given registry data and a website snippet, reply with JSON: "
    '{"industry": <NAICS 2-digit sector name>, "employees_band": "1-10|11-50|51-200|201-1000|1000+", '
    '"description": <one sentence>}'
)


class FirmographicsStage(BaseStage):
    name = "firmographics"

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.only_missing = bool(self.opt("only_missing", True))
        self._or_headers = {
            "Authorization": f"Bearer {ctx.settings.openrouter_api_key}",
            "X-Title": ctx.settings.app_name,
        }

    async def _registry(self, name: str, country: Optional[str]) -> Dict[str, Any]:
        params = {"q": name, "per_page": 1}
        if country:
            params["country_code"] = country.lower()
        if self.ctx.settings.opencorporates_token:
            params["api_token"] = self.ctx.settings.opencorporates_token
        resp = await self.ctx.http.get(f"{OPENCORPORATES_URL}/companies/search", params=params)
        if resp.status_code == 404:
            return {}
        resp.raise_for_status()
        companies = resp.json().get("results", {}).get("companies", [])
        return companies[0]["company"] if companies else {}

    @retry(attempts=4, retry_on=(httpx.TransportError,))
    async def _classify(self, registry: Dict[str, Any], snippet: str) -> Dict[str, Any]:
        payload = {
            "model": INDUSTRY_MODEL,
            "messages": [
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": json.dumps({"registry": registry, "website": snippet[:3000]})},
            ],
            "temperature": 0,
            "response_format": {"type": "json_object"},
        }
        resp = await self.ctx.http.post(
            f"{OPENROUTER_BASE_URL}/chat/completions", json=payload, headers=self._or_headers
        )
        if resp.status_code >= 400:
            raise ProviderError("openrouter", resp.text[:300], status=resp.status_code)
        body = resp.json()
        return json.loads(body["choices"][0]["message"]["content"] or "{}")

    async def _row(self, row: Dict[str, Any]) -> Dict[str, Any]:
        registry = await self._registry(row["company_name"], row.get("country"))
        try:
            labels = await self._classify(registry, row.get("website_text") or "")
        except (ProviderError, json.JSONDecodeError, KeyError) as exc:
            self.log.warning("classification failed for %s: %s", row["company_name"], exc)
            labels = {}
        return {
            "registry_number": registry.get("company_number"),
            "incorporation_date": registry.get("incorporation_date"),
            "company_status": registry.get("current_status"),
            **labels,
        }

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        if "company_name" not in frame.columns:
            return batch
        todo = missing_mask(frame, "industry") if self.only_missing else frame.index == frame.index
        rows = frame.loc[todo].to_dict(orient="records")
        results = await self.gather_bounded(self._row, rows)
        for idx, res in zip(frame.index[todo], results):
            if isinstance(res, Exception):
                continue
            for key, value in res.items():
                frame.loc[idx, key] = value
        return batch.with_frame(frame)


def describe_company_sync(name: str, snippet: str) -> str:
    """Used by the supplier-onboarding webhook, which is synchronous."""
    resp = httpx.post(
        "https://api.fireworks.ai/inference/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['FIREWORKS_API_KEY']}"},
        json={
            "model": "accounts/fireworks/models/llama-v3p1-8b-instruct",
            "messages": [
                {"role": "user", "content": f"One sentence describing the company {name}:\n{snippet[:2000]}"}
            ],
            "max_tokens": 80,
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"].strip()
