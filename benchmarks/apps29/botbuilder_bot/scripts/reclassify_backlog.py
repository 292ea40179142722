"""Re-run category classification over the open backlog and print disagreements."""

import asyncio
import json
import logging

from mistralai import Mistral

from services import get_settings
from services.servicenow_client import ServiceNowClient
from services.ticket_classifier import TicketClassifier

logger = logging.getLogger("reclassify")


async def fetch_backlog(limit: int = 200) -> list:
    snow = ServiceNowClient()
    try:
        return await snow._request("GET", "/api/now/table/incident", params={"sysparm_query": "active=true", "sysparm_limit": str(limit)})
    finally:
        await snow.close()


def near_duplicates(mistral: Mistral, texts: list) -> list:
    resp = mistral.embeddings.create(model="mistral-embed", inputs=texts)
    vecs = [d.embedding for d in resp.data]
    pairs = []
    for i in range(len(vecs)):
        for j in range(i + 1, len(vecs)):
            dot = sum(a * b for a, b in zip(vecs[i], vecs[j]))
            if dot > 0.95:
                pairs.append((i, j))
    return pairs


def main() -> None:
    settings = get_settings()
    mistral = Mistral(api_key=settings.mistral_api_key)
    classifier = TicketClassifier(mistral, settings.mistral_model)
    backlog = asyncio.run(fetch_backlog())
    texts = [t["short_description"] + "\n" + t.get("description", "") for t in backlog]
    labels = classifier.classify_batch(texts)
    for ticket, raw in zip(backlog, labels):
        data = json.loads(raw)
        if data.get("category") != ticket.get("category"):
            print(f"{ticket['number']}: {ticket.get('category')} -> {data.get('category')}")
    for i, j in near_duplicates(mistral, texts):
        print(f"possible duplicate: {backlog[i]['number']} ~ {backlog[j]['number']}")


if __name__ == "__main__":
    main()
