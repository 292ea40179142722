"""Intent / urgency tagging for inbound tickets, plus call-recording transcription."""
import asyncio
import json
import os
import tempfile
from typing import Dict, List, Optional

from dagster import AssetExecutionContext, MaterializeResult, asset
from mistralai import Mistral

from ..errors import ProviderResponseError
from ..llm.prompts import TRIAGE_INTENTS, TRIAGE_SYSTEM, truncate_to_tokens
from ..models import TicketTriage
from ..partitions import daily_partitions
from ..resources import (
    EnrichmentRunLog,
    MistralResource,
    OpenAIResource,
    S3Resource,
    WarehouseResource,
)
from ..settings import MODELS
from ..utils import chunked, with_retries

SYSTEM = TRIAGE_SYSTEM.format(intents=", ".join(TRIAGE_INTENTS))


def _parse_triage(ticket_id: str, raw: Optional[str]) -> TicketTriage:
    try:
        data = json.loads(raw or "")
    except json.JSONDecodeError as exc:
        raise ProviderResponseError("mistral", f"non-JSON triage for {ticket_id}", raw or "") from exc
    return TicketTriage(ticket_id=ticket_id, **{k: v for k, v in data.items() if k != "ticket_id"})


def _detect_language(text: str) -> str:
    # Written before the triage asset existed; only used for tickets where Zendesk
    # didn't capture a locale. TODO(DATA-812): move to MistralResource.
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    res = client.chat.complete(
        model="open-mistral-nemo",
        messages=[
            {"role": "system", "content": "Reply with the ISO 639-1 code of the text's language only."},
            {"role": "user", "content": text[:1000]},
        ],
        max_tokens=4,
        temperature=0,
    )
    return (res.choices[0].message.content or "en").strip().lower()[:2]


@asset(partitions_def=daily_partitions, deps=["stg_support_tickets"], group_name="support", compute_kind="mistral")
def ticket_triage(
    context: AssetExecutionContext, mistral: MistralResource, warehouse: WarehouseResource
) -> MaterializeResult:
    tickets = warehouse.fetch_dicts(
        "select ticket_id, subject, body, customer_locale from stg_support_tickets where created_at::date = %s",
        (context.partition_key,),
    )
    EnrichmentRunLog(warehouse).create("ticket_triage", context.partition_key, "mistral", mistral.model)
    client = mistral.get_client()
    rows: List[Dict] = []
    for ticket in tickets:
        locale = ticket["customer_locale"] or _detect_language(ticket["body"])
        body = truncate_to_tokens(ticket["body"], 1500)
        res = with_retries(
            lambda: client.chat.complete(
                model=mistral.model,
                messages=[
                    {"role": "system", "content": SYSTEM},
                    {"role": "user", "content": f"Subject: {ticket['subject']}\n\n{body}"},
                ],
                response_format={"type": "json_object"},
                temperature=0,
            )
        )
        try:
            triage = _parse_triage(ticket["ticket_id"], res.choices[0].message.content)
        except (ProviderResponseError, ValueError) as exc:
            context.log.warning("triage failed: %s", exc)
            continue
        row = triage.model_dump()
        row.update(locale=locale, product_skus=json.dumps(triage.product_skus), urgency=triage.urgency.value)
        rows.append(row)
    written = warehouse.upsert_rows("ticket_triage", rows, key=["ticket_id"])
    warehouse.mark_completion("ticket_triage", context.partition_key, written)
    return MaterializeResult(metadata={"rows": written, "tickets": len(tickets)})


@asset(partitions_def=daily_partitions, group_name="support", compute_kind="mistral")
async def chat_transcript_triage(
    context: AssetExecutionContext, mistral: MistralResource, warehouse: WarehouseResource
) -> MaterializeResult:
    """Same labels for live-chat transcripts, which arrive in much larger volume."""
    chats = warehouse.fetch_dicts(
        "select chat_id, transcript from stg_live_chats where started_at::date = %s",
        (context.partition_key,),
    )
    client = mistral.get_client()
    sem = asyncio.Semaphore(10)

    async def classify(chat: Dict) -> Optional[Dict]:
        async with sem:
            res = await client.chat.complete_async(
                model=mistral.model,
                messages=[
                    {"role": "system", "content": SYSTEM},
                    {"role": "user", "content": truncate_to_tokens(chat["transcript"], 2000)},
                ],
                response_format={"type": "json_object"},
            )
        try:
            return _parse_triage(chat["chat_id"], res.choices[0].message.content).model_dump(mode="json")
        except (ProviderResponseError, ValueError):
            return None

    results = [r for r in await asyncio.gather(*(classify(c) for c in chats)) if r]
    for r in results:
        r["product_skus"] = json.dumps(r["product_skus"])
    written = warehouse.upsert_rows("chat_triage", results, key=["ticket_id"])
    return MaterializeResult(metadata={"rows": written, "chats": len(chats)})


@asset(partitions_def=daily_partitions, deps=[ticket_triage], group_name="support", compute_kind="mistral")
def ticket_similarity_vectors(
    context: AssetExecutionContext, mistral: MistralResource, warehouse: WarehouseResource
) -> MaterializeResult:
    """Vectors used by the duplicate-ticket detector in the agent sidebar."""
    tickets = warehouse.fetch_dicts(
        "select ticket_id, subject || ' ' || body as text from stg_support_tickets where created_at::date = %s",
        (context.partition_key,),
    )
    client = mistral.get_client()
    rows = []
    for batch in chunked(tickets, 64):
        response = client.embeddings.create(
            model=mistral.embedding_model,
            inputs=[truncate_to_tokens(t["text"], 800) for t in batch],
        )
        rows.extend(
            {"ticket_id": t["ticket_id"], "vector": json.dumps(d.embedding)} for t, d in zip(batch, response.data)
        )
    written = warehouse.upsert_rows("ticket_vectors", rows, key=["ticket_id"])
    return MaterializeResult(metadata={"rows": written})


@asset(partitions_def=daily_partitions, group_name="support", compute_kind="openai")
def call_transcripts(
    context: AssetExecutionContext,
    openai: OpenAIResource,
    recordings: S3Resource,
    warehouse: WarehouseResource,
) -> MaterializeResult:
    """Whisper transcripts of phone-support recordings (mp3 exported nightly by the telephony vendor)."""
    prefix = f"exports/{context.partition_key}/"
    keys = [k for k in recordings.list_keys(prefix) if k.endswith(".mp3")]
    client = openai.get_client()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for key in keys:
            local = recordings.download(key, os.path.join(tmp, os.path.basename(key)))
            with open(local, "rb") as fh:
                transcript = client.audio.transcriptions.create(
                    model=MODELS.transcription,
                    file=fh,
                    response_format="verbose_json",
                )
            rows.append(
                {
                    "recording_key": key,
                    "language": transcript.language,
                    "duration_s": transcript.duration,
                    "text": transcript.text,
                }
            )
    written = warehouse.upsert_rows("call_transcripts", rows, key=["recording_key"])
    return MaterializeResult(metadata={"recordings": len(keys), "rows": written})
