"""HTTP endpoints served by the worker's web server (helpdesk UI calls these)."""
from __future__ import annotations

import logging

from faust.web import Request, Response, View

from supportstream.agents.summarize import stream_summary
from supportstream.app import app
from supportstream.config import settings
from supportstream.models import Ticket
from supportstream.services import TaskComplexity, multi_model_service
from supportstream.tables import ticket_state
from supportstream.topics import tickets_inbound
from supportstream.tokens import count_tokens, estimate_cost

log = logging.getLogger(__name__)


@app.page("/health/")
async def health(web, request):
    return web.json({"ok": True, "clients_ready": app.clients.ready(), "missing": app.clients.missing()})


@app.page("/tickets/{ticket_id}/state/")
@app.table_route(table=ticket_state, match_info="ticket_id")
async def get_state(web, request, ticket_id):
    return web.json(ticket_state[ticket_id])


@app.page("/webhooks/zendesk/")
class ZendeskWebhook(View):
    async def post(self, request: Request) -> Response:
        payload = await request.json()
        ticket = Ticket.create(
            id=str(payload["ticket"]["id"]),
            account_id=str(payload["ticket"]["organization_id"]),
            subject=payload["ticket"]["subject"],
            body=payload["ticket"]["description"],
            channel=payload["ticket"].get("via", "email"),
        )
        await tickets_inbound.send(key=ticket.id, value=ticket)
        return self.json({"queued": ticket.id})


@app.page("/suggest/")
class SuggestMacro(View):
    """Suggest which macro to apply. Still on the direct client (ticket SUP-1182)."""

    async def post(self, request: Request) -> Response:
        body = await request.json()
        resp = await app.clients.openai.chat.completions.create(
            model=settings.triage_model,
            messages=[
                {"role": "system", "content": "Pick the best macro id from the list. Reply with the id only."},
                {"role": "user", "content": f"Macros: {body['macros']}\n\nTicket: {body['text']}"},
            ],
            max_tokens=10,
        )
        return self.json({"macro": (resp.choices[0].message.content or "").strip()})


@app.page("/ask/")
class AskAssistant(View):
    async def post(self, request: Request) -> Response:
        body = await request.json()
        answer = await multi_model_service.generate_response(
            prompt=body["question"],
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
        )
        return self.json({"answer": answer})


@app.page("/rewrite/")
class RewriteTone(View):
    async def post(self, request: Request) -> Response:
        body = await request.json()
        mistral = app.providers.mistral
        resp = await mistral.chat.complete_async(
            model=settings.mistral_model,
            messages=[
                {"role": "system", "content": f"Rewrite the reply in a {body.get('tone', 'friendly')} tone."},
                {"role": "user", "content": body["text"]},
            ],
        )
        return self.json({"text": resp.choices[0].message.content})


@app.page("/transcribe/")
class TranscribeVoicemail(View):
    async def post(self, request: Request) -> Response:
        data = await request.post()
        upload = data["file"]
        transcription = await app.clients.groq.audio.transcriptions.create(
            file=(upload.filename, upload.file.read()),
            model="whisper-large-v3",
            response_format="json",
        )
        return self.json({"text": transcription.text})


@app.page("/tickets/{ticket_id}/handoff/")
class LiveHandoff(View):
    async def get(self, request: Request, ticket_id: str) -> Response:
        history = "\n---\n".join(ticket_state[ticket_id].get("messages", []))
        text = await stream_summary(app.providers.anthropic, history)
        return self.json({"summary": text})


@app.page("/estimate/")
class EstimateCost(View):
    async def post(self, request: Request) -> Response:
        body = await request.json()
        n_in = count_tokens(body["text"], body.get("model", "gpt-4o-mini"))
        return self.json({
            "input_tokens": n_in,
            "usd": estimate_cost(body.get("model", "gpt-4o-mini"), n_in, body.get("expected_output", 300)),
        })



@app.page("/kb/search/")
class KbSearch(View):
    async def get(self, request: Request) -> Response:
        from supportstream.retrieval import get_kb

        query = request.query.get("q", "").strip()
        if not query:
            return self.error(400, "missing q")
        top_n = int(request.query.get("n", "4"))
        snippets = await get_kb().search(query, top_n=min(top_n, 10))
        return self.json({"results": [dict(s.as_dict(), score=s.score) for s in snippets]})


@app.page("/tickets/{ticket_id}/triage-preview/")
class TriagePreview(View):
    """Re-run triage for a ticket without publishing (support-ops debugging)."""

    async def get(self, request: Request, ticket_id: str) -> Response:
        from supportstream.agents.triage import classify

        raw = ticket_state[ticket_id].get("ticket")
        if not raw:
            return self.notfound(f"no ticket {ticket_id}")
        result = await classify(Ticket(**raw))
        return self.json(result.asdict())


@app.page("/admin/llm-usage/")
class LlmUsage(View):
    async def get(self, request: Request) -> Response:
        from supportstream.services import llm_tracker

        stats = llm_tracker.summary()
        return self.json({
            "by_provider": stats,
            "estimated_usd": {
                model: round(estimate_cost(model, v["input_tokens"], v["output_tokens"]), 4)
                for model, v in llm_tracker.summary(by="model").items()
            },
        })
