"""Draft replies for agents.

The draft is generated in two steps: a cheap planning call that returns a structured plan
(which KB articles apply, whether a human has to take over), then the actual reply text.
"""
import logging
from typing import List, Optional

from app.errors import UpstreamModelError
from app.schemas import DraftReply, KBArticle, ReplyPlan, Ticket
from app.services.retrieval_service import RetrievalService
from app.utils import render_transcript, strip_quoted_reply, truncate_to_tokens

logger = logging.getLogger(__name__)

PLAN_SYSTEM_PROMPT = """You are a senior support agent at Acme. Read the ticket and the
candidate knowledge-base articles and decide how to answer. Only reference article ids that
appear in the list. Set needs_human when the customer asks for a refund above $500, threatens
legal action, or reports a security issue."""

REPLY_SYSTEM_PROMPT = """You write replies on behalf of Acme support agents.
Be concise, friendly and specific. Use the customer's language. Never promise refunds or
timelines. If you reference an article, include its URL. Sign off as "The Acme Support Team"."""


class ReplyDraftingService:
    def __init__(self, client, retrieval: RetrievalService, deployment: str,
                 planner_deployment: str, max_context_tokens: int = 6000) -> None:
        self._client = client
        self._retrieval = retrieval
        self._deployment = deployment
        self._planner_deployment = planner_deployment
        self._max_context_tokens = max_context_tokens

    def _format_articles(self, articles: List[KBArticle]) -> str:
        parts = [f"[{a.id}] {a.title} ({a.url})\n{a.body[:1500]}" for a in articles]
        return truncate_to_tokens("\n\n".join(parts), self._max_context_tokens)

    async def plan(self, ticket: Ticket, articles: List[KBArticle]) -> ReplyPlan:
        completion = self._client.chat.completions.parse(
            model=self._planner_deployment,
            messages=[
                {"role": "system", "content": PLAN_SYSTEM_PROMPT},
                {
                    "role": "user",
                    "content": (
                        f"Ticket #{ticket.id}: {ticket.subject}\n\n"
                        f"{strip_quoted_reply(ticket.body)}\n\n"
                        f"Articles:\n{self._format_articles(articles)}"
                    ),
                },
            ],
            response_format=ReplyPlan,
            temperature=0,
        )
        message = completion.choices[0].message
        if message.refusal or message.parsed is None:
            raise UpstreamModelError("planner refused to produce a plan",
                                     detail={"ticket_id": ticket.id})
        return message.parsed

    async def draft(self, ticket: Ticket, tone: Optional[str] = None) -> DraftReply:
        articles = await self._retrieval.search(f"{ticket.subject}\n{ticket.body}", top_k=5,
                                          locale=ticket.language)
        plan = await self.plan(ticket, articles)
        chosen = [a for a in articles if a.id in set(plan.kb_article_ids)]

        transcript = render_transcript([m.model_dump() for m in ticket.messages])
        user_prompt = (
            f"Conversation so far:\n{transcript or ticket.body}\n\n"
            f"Plan:\n- " + "\n- ".join(plan.steps) + "\n\n"
            f"Relevant articles:\n{self._format_articles(chosen) or '(none)'}"
        )
        if tone:
            user_prompt += f"\n\nTone: {tone}"

        resp = self._client.chat.completions.create(
            model=self._deployment,
            messages=[
                {"role": "system", "content": REPLY_SYSTEM_PROMPT},
                {"role": "user", "content": user_prompt},
            ],
            temperature=0.4,
            max_tokens=700,
        )
        body = (resp.choices[0].message.content or "").strip()
        if not body:
            raise UpstreamModelError("empty draft", detail={"ticket_id": ticket.id})
        logger.info("drafted reply for ticket %s (%s tokens)", ticket.id,
                    resp.usage.total_tokens if resp.usage else "?")
        return DraftReply(ticket_id=ticket.id, body=body, model=self._deployment,
                          kb_article_ids=[a.id for a in chosen])
