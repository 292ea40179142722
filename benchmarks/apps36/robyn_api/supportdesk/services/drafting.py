"""Reply drafting with Claude, grounded on KB search results."""

from __future__ import annotations

import logging
from typing import Iterator

import anthropic

from supportdesk.config import get_settings
from supportdesk.llm.clients import get_anthropic_client
from supportdesk.llm.prompts import DRAFT_SYSTEM, draft_user_prompt
from supportdesk.repositories.tickets import DraftRepository
from supportdesk.schemas import Draft, SearchHit, Ticket

logger = logging.getLogger(__name__)


class ReplyDrafter:
    def __init__(self, client: anthropic.Anthropic | None = None, drafts: DraftRepository | None = None):
        self._client = client or get_anthropic_client()
        self._drafts = drafts or DraftRepository()
        self.model = get_settings().draft_model

    def _snippets(self, hits: list[SearchHit]) -> list[tuple[str, str]]:
        return [(h.title, h.snippet) for h in hits]

    def draft(self, ticket: Ticket, hits: list[SearchHit], tone: str = "neutral") -> Draft:
        message = self._client.messages.create(
            model=self.model,
            max_tokens=1024,
            system=DRAFT_SYSTEM,
            messages=[{"role": "user", "content": draft_user_prompt(ticket, self._snippets(hits), tone)}],
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        draft = Draft(ticket_id=ticket.id or 0, text=text, model=self.model,
                      sources=[h.article_id for h in hits])
        self._drafts.create(draft)
        return draft

    def stream_draft(self, ticket: Ticket, hits: list[SearchHit], tone: str = "neutral") -> Iterator[str]:
        with self._client.messages.stream(
            model=self.model,
            max_tokens=1024,
            system=DRAFT_SYSTEM,
            messages=[{"role": "user", "content": draft_user_prompt(ticket, self._snippets(hits), tone)}],
        ) as stream:
            for text in stream.text_stream:
                yield text

    def estimate_prompt_tokens(self, ticket: Ticket, hits: list[SearchHit]) -> int:
        counted = self._client.messages.count_tokens(
            model=self.model,
            system=DRAFT_SYSTEM,
            messages=[{"role": "user", "content": draft_user_prompt(ticket, self._snippets(hits))}],
        )
        return counted.input_tokens


async def polish_draft(client: anthropic.AsyncAnthropic, text: str, instruction: str) -> str:
    """Second pass used by the 'make it friendlier' button."""
    msg = await client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=800,
        messages=[
            {"role": "user", "content": f"{instruction}\n\n---\n{text}"},
        ],
    )
    return msg.content[0].text


CITE_TOOL = {
    "name": "submit_reply",
    "description": "Submit the final reply together with the KB article ids it relies on.",
    "input_schema": {
        "type": "object",
        "properties": {
            "reply": {"type": "string"},
            "article_ids": {"type": "array", "items": {"type": "integer"}},
            "needs_specialist": {"type": "boolean"},
        },
        "required": ["reply", "article_ids"],
    },
}


def draft_with_citations(drafter: ReplyDrafter, ticket: Ticket, hits: list[SearchHit]) -> Draft:
    """Tool-use variant: forces the model to list which articles it used."""
    snippets = "\n\n".join(f"[id={h.article_id}] {h.title}\n{h.snippet}" for h in hits)
    message = drafter._client.messages.create(
        model=drafter.model,
        max_tokens=1200,
        system=DRAFT_SYSTEM,
        tools=[CITE_TOOL],
        tool_choice={"type": "tool", "name": "submit_reply"},
        messages=[{"role": "user", "content": f"Articles:\n{snippets}\n\nTicket:\n{ticket.body}"}],
    )
    tool_input = next(b.input for b in message.content if b.type == "tool_use")
    valid_ids = {h.article_id for h in hits}
    sources = [i for i in tool_input.get("article_ids", []) if i in valid_ids]
    return Draft(ticket_id=ticket.id or 0, text=tool_input["reply"], model=drafter.model, sources=sources)
