"""Support tickets: CRUD plus AI triage (summaries, category, priority)."""
import json
import logging
from datetime import datetime

from portal import models
from portal.llm import get_fireworks_client, registry
from portal.services.llm_usage_tracker import llm_tracker
from portal.utils import prompts

log = logging.getLogger("portal.tickets")

CATEGORIES = ("billing", "outage", "account", "feature_request", "other")


class TicketService:
    def __init__(self, db_session, summarizer_model="llama-3.1-8b-instant"):
        self.db = db_session
        self.summarizer_model = summarizer_model

    # -- plain CRUD ---------------------------------------------------------
    def list_for_customer(self, customer_id, status=None):
        query = self.db.query(models.Ticket).filter_by(customer_id=customer_id)
        if status:
            query = query.filter_by(status=status)
        return query.order_by(models.Ticket.created_at.desc()).all()

    def get(self, ticket_id):
        return self.db.get(models.Ticket, ticket_id)

    def create(self, customer_id, subject, body):
        ticket = models.Ticket.create(
            self.db, customer_id=customer_id, subject=subject, body=body,
            created_at=datetime.utcnow(),
        )
        self.db.commit()
        return ticket

    def close(self, ticket_id):
        ticket = self.get(ticket_id)
        ticket.status = "closed"
        self.db.commit()
        return ticket

    # -- AI triage ----------------------------------------------------------
    def summarize(self, ticket):
        client = registry.get("groq")
        resp = client.chat.completions.create(
            model=self.summarizer_model,
            messages=[
                {"role": "system", "content": prompts.TICKET_SUMMARY_SYSTEM},
                {"role": "user", "content": "%s\n\n%s" % (ticket.subject, ticket.body)},
            ],
            max_tokens=200,
        )
        ticket.summary = resp.choices[0].message.content.strip()
        self.db.commit()
        return ticket.summary

    def classify(self, ticket):
        fw = get_fireworks_client()
        resp = fw.chat.completions.create(
            model="accounts/fireworks/models/llama-v3p1-70b-instruct",
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": prompts.classification_prompt(CATEGORIES)},
                {"role": "user", "content": ticket.body},
            ],
        )
        try:
            data = json.loads(resp.choices[0].message.content)
        except ValueError:
            log.warning("bad classification payload for ticket %s", ticket.id)
            data = {}
        ticket.category = data.get("category", "other")
        ticket.priority = int(data.get("priority", 3))
        self.db.commit()
        return ticket.category, ticket.priority

    def find_similar(self, ticket, limit=5):
        """Nearest open tickets by embedding; used to spot incidents early."""
        openai_client = registry.get("openai")
        others = (
            self.db.query(models.Ticket)
            .filter(models.Ticket.status == "open", models.Ticket.id != ticket.id)
            .limit(200)
            .all()
        )
        if not others:
            return []
        texts = [ticket.subject + "\n" + (ticket.body or "")]
        texts += [t.subject + "\n" + (t.body or "") for t in others]
        emb = openai_client.embeddings.create(model="text-embedding-3-small", input=texts)
        vectors = [d.embedding for d in emb.data]
        target = vectors[0]
        scored = []
        for other, vec in zip(others, vectors[1:]):
            dot = sum(a * b for a, b in zip(target, vec))
            scored.append((dot, other))
        scored.sort(key=lambda p: p[0], reverse=True)
        return [t for _, t in scored[:limit]]

    async def draft_reply(self, ticket, agent_name):
        client = registry.get("anthropic")
        async with llm_tracker.track_llm_call(
            provider="anthropic", model="claude-3-5-haiku-latest", feature_context="ticket_draft"
        ) as usage_log:
            msg = client.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=600,
                messages=[{"role": "user", "content": prompts.draft_reply_prompt(ticket, agent_name)}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text
