"""Background jobs. Each function is a job name the queue can dispatch (see JOBS)."""
import asyncio
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Dict, List

from dependency_injector.wiring import Provide, inject

from app.containers import Container
from app.repositories.kb_repository import KBRepository
from app.repositories.ticket_repository import TicketRepository
from app.schemas import TicketPriority
from app.services.sentiment_service import SentimentService
from app.services.summarization_service import SummarizationService
from app.services.triage_service import TriageService
from app.utils import chunked

logger = logging.getLogger(__name__)

EMBED_BATCH = 64
DIGEST_TEAMS = ("billing", "platform", "integrations", "enterprise")

ROOT_CAUSE_PROMPT = """For each closed ticket below, give the most likely root cause in at most
8 words and a product area. Reply with a JSON list of objects with keys ticket_id,
root_cause, product_area."""


@inject
async def triage_ticket(
    ticket_id: int,
    tickets: TicketRepository = Provide[Container.ticket_repository],
    triage: TriageService = Provide[Container.triage_service],
    sentiment: SentimentService = Provide[Container.sentiment_service],
    zendesk=Provide[Container.zendesk_http],
) -> None:
    ticket = await tickets.get(ticket_id)
    result = await asyncio.to_thread(triage.classify, ticket)
    await tickets.save_triage(ticket_id, result)
    mood = await sentiment.sentiment(ticket)
    if ticket.external_id:
        tags = [f"ai_{result.category.value}", f"mood_{mood}"]
        if result.priority == TicketPriority.URGENT:
            tags.append("ai_urgent")
        resp = await zendesk.post(
            f"/api/v2/tickets/{ticket.external_id}/tags.json", json={"tags": tags}
        )
        if resp.status_code >= 400:
            logger.warning("zendesk tag update failed for %s: %s", ticket.external_id, resp.text)


@inject
async def summarize_ticket(
    ticket_id: int,
    tickets: TicketRepository = Provide[Container.ticket_repository],
    summarizer: SummarizationService = Provide[Container.summarization_service],
) -> None:
    ticket = await tickets.get(ticket_id)
    summary = await summarizer.summarize_async(ticket)
    await tickets.save_summary(ticket_id, summary.text, summary.model)


@inject
async def embed_kb_articles(
    kb: KBRepository = Provide[Container.kb_repository],
    voyage=Provide[Container.voyage_client],
    model: str = Provide[Container.config.voyage.embed_model],
) -> int:
    articles = await kb.articles_missing_v2(limit=1024)
    done = 0
    for batch in chunked(articles, EMBED_BATCH):
        result = voyage.embed(
            [f"{a.title}\n\n{a.body}" for a in batch],
            model=model,
            input_type="document",
        )
        await kb.store_vectors([a.id for a in batch], result.embeddings)
        done += len(batch)
        logger.info("embedded %d/%d articles (%s tokens)", done, len(articles),
                    result.total_tokens)
    return done


@inject
async def refresh_ticket_similarity_index(
    hours: int = 24,
    tickets: TicketRepository = Provide[Container.ticket_repository],
    azure=Provide[Container.azure_openai_client],
    deployment: str = Provide[Container.config.azure.embedding_deployment],
) -> int:
    """Duplicate-ticket detection still runs on the Azure embeddings (see SUP-1204)."""
    closed = await tickets.list_closed_since(hours=hours)
    loop = asyncio.get_running_loop()
    count = 0
    for batch in chunked(closed, 100):
        resp = await loop.run_in_executor(
            None,
            partial(
                azure.embeddings.create,
                model=deployment,
                input=[f"{t.subject}\n{t.body[:6000]}" for t in batch],
            ),
        )
        # the similarity index service reads these from Redis
        count += len(resp.data)
    return count


@inject
async def tag_root_causes(
    hours: int = 24,
    tickets: TicketRepository = Provide[Container.ticket_repository],
    genai_client=Provide[Container.genai_client],
    model: str = Provide[Container.config.vertex.long_context_model],
) -> List[dict]:
    closed = await tickets.list_closed_since(hours=hours, limit=200)
    if not closed:
        return []
    blob = "\n\n".join(f"ticket_id={t.id}\n{t.subject}\n{t.body[:1500]}" for t in closed)
    response = await genai_client.aio.models.generate_content(
        model=model,
        contents=[ROOT_CAUSE_PROMPT, blob],
        config={"response_mime_type": "application/json", "temperature": 0.1},
    )
    try:
        return json.loads(response.text or "[]")
    except json.JSONDecodeError:
        logger.error("root cause tagging returned invalid JSON")
        return []


@inject
def build_team_digests(
    ticket_texts: Dict[str, List[str]],
    bedrock=Provide[Container.bedrock_runtime],
    model_id: str = Provide[Container.config.bedrock.digest_model_id],
) -> Dict[str, str]:
    """Morning digest per team, posted to Slack by the scheduler."""
    digests: Dict[str, str] = {}
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {}
        for team in DIGEST_TEAMS:
            texts = ticket_texts.get(team) or []
            if not texts:
                continue
            futures[team] = pool.submit(
                bedrock.converse,
                modelId=model_id,
                system=[{"text": "You write brief morning digests for support team leads."}],
                messages=[{
                    "role": "user",
                    "content": [{"text": "Yesterday's tickets:\n\n" + "\n---\n".join(texts[:80])}],
                }],
                inferenceConfig={"maxTokens": 600, "temperature": 0.3},
            )
        for team, fut in futures.items():
            out = fut.result()
            digests[team] = out["output"]["message"]["content"][0]["text"]
    return digests


JOBS = {
    "triage_ticket": triage_ticket,
    "summarize_ticket": summarize_ticket,
    "embed_kb_articles": embed_kb_articles,
    "refresh_ticket_similarity_index": refresh_ticket_similarity_index,
    "tag_root_causes": tag_root_causes,
}
