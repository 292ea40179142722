"""Vendor matching: map the vendor name on an invoice to a vendor master record.

Still module-level functions. Migration to a class is tracked in BO-402; until
then these use the process-wide clients from backoffice.clients.llm.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Dict, List, Optional

import voyageai
from temporalio import activity

from backoffice.clients.llm import get_openai, get_voyage
from backoffice.prompts import VENDOR_MATCH_V2
from backoffice.services.persistence import VendorRepository

logger = logging.getLogger(__name__)

_vendors = VendorRepository()
_query_embedder = voyageai.AsyncClient()

RERANK_MODEL = "rerank-2"
MATCH_MODEL = "gpt-4o-mini"
MAX_RERANK_TOKENS = 8000

SELECT_VENDOR_TOOL = {
    "type": "function",
    "function": {
        "name": "select_vendor",
        "description": "Select the matching vendor record",
        "parameters": {
            "type": "object",
            "properties": {"vendor_id": {"type": ["string", "null"]}},
            "required": ["vendor_id"],
        },
    },
}


def _describe(vendor: Dict[str, Any]) -> str:
    return f"{vendor['legal_name']} | tax id {vendor.get('tax_id') or '-'} | {vendor.get('city') or ''}"


@activity.defn
async def find_vendor_candidates(vendor_name: str) -> List[Dict[str, Any]]:
    candidates = await _vendors.search(vendor_name, limit=25)
    if len(candidates) <= 5:
        return candidates
    docs = [_describe(c) for c in candidates]
    vo = get_voyage()
    # rerank bills per token; trim the list if someone has a huge vendor master
    while len(docs) > 5 and vo.count_tokens(docs + [vendor_name], model=RERANK_MODEL) > MAX_RERANK_TOKENS:
        docs.pop()
    ranking = await asyncio.to_thread(
        lambda: get_voyage().rerank(vendor_name, docs, model=RERANK_MODEL, top_k=5)
    )
    return [candidates[r.index] for r in ranking.results]


@activity.defn
def pick_vendor(invoice_vendor: str, candidates: List[Dict[str, Any]]) -> Optional[str]:
    if not candidates:
        return None
    client = get_openai()
    listing = "\n".join(f"{c['vendor_id']}: {_describe(c)}" for c in candidates)
    resp = client.chat.completions.create(
        model=MATCH_MODEL,
        messages=[
            {"role": "system", "content": VENDOR_MATCH_V2},
            {"role": "user", "content": f"Invoice vendor: {invoice_vendor}\n\nCandidates:\n{listing}"},
        ],
        tools=[SELECT_VENDOR_TOOL],
        tool_choice={"type": "function", "function": {"name": "select_vendor"}},
    )
    calls = resp.choices[0].message.tool_calls or []
    if not calls:
        return None
    args = json.loads(calls[0].function.arguments)
    vendor_id = args.get("vendor_id")
    return vendor_id if vendor_id in {c["vendor_id"] for c in candidates} else None


@activity.defn
async def embed_vendor_query(vendor_name: str) -> List[float]:
    result = await _query_embedder.embed([vendor_name], model="voyage-3-lite", input_type="query")
    return result.embeddings[0]
