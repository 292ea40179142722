from __future__ import annotations

import pytest
from faststream.kafka import TestKafkaBroker

from workers.app import broker
from workers.schemas import RawRecord
from workers.services.enrichment_service import EnrichmentService


@pytest.mark.asyncio
async def test_enrichment_service_parses_json(fake_openai):
    service = EnrichmentService(fake_openai, model="gpt-4o-mini")
    rec = RawRecord(record_id="1", source="pg", table="orders", payload={"id": 1})
    out = await service.enrich(rec)
    assert out.category == "order"
    assert fake_openai.chat.completions.calls[0]["model"] == "gpt-4o-mini"


@pytest.mark.asyncio
async def test_classify_handler(fake_openai):
    from faststream import context

    context.set_global("openai_client", fake_openai)
    async with TestKafkaBroker(broker) as br:
        await br.publish(
            {"record_id": "2", "source": "pg", "table": "orders", "payload": {"total": 3}},
            topic="de.records.raw",
        )
    resp = await fake_openai.chat.completions.create(model="x", messages=[])
    assert resp.choices[0].message.content
