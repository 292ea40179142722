"""Reply drafting for tickets (Claude)."""
import logging
from dataclasses import dataclass, field

from .clients import ai_client, get_async_anthropic_client
from .prompts import render_draft_system, truncate

log = logging.getLogger(__name__)

DRAFT_MODEL = "claude-3-5-haiku-latest"


@dataclass
class DraftContext:
    ticket_subject: str
    ticket_body: str
    agent_name: str
    articles: list = field(default_factory=list)

    def as_user_message(self):
        kb = "\n\n".join(f"[{a.id}] {a.title}\n{truncate(a.body, 2000)}" for a in self.articles)
        return (
            f"Ticket subject: {self.ticket_subject}\n\n"
            f"{truncate(self.ticket_body, 8000)}\n\n"
            f"Relevant articles:\n{kb or '(none)'}"
        )


def draft_reply(ctx: DraftContext, model=DRAFT_MODEL):
    client = ai_client("anthropic")
    message = client.messages.create(
        model=model,
        max_tokens=900,
        system=render_draft_system(ctx.agent_name),
        messages=[{"role": "user", "content": ctx.as_user_message()}],
        temperature=0.4,
    )
    return message.content[0].text


def stream_draft(ctx: DraftContext, model=DRAFT_MODEL):
    """Generator used by the SSE endpoint in views.DraftStreamView."""
    client = ai_client("anthropic")
    with client.messages.stream(
        model=model,
        max_tokens=900,
        system=render_draft_system(ctx.agent_name),
        messages=[{"role": "user", "content": ctx.as_user_message()}],
    ) as stream:
        for text in stream.text_stream:
            yield text


async def draft_reply_async(ctx: DraftContext, model=DRAFT_MODEL):
    client = get_async_anthropic_client()
    message = await client.messages.create(
        model=model,
        max_tokens=900,
        system=render_draft_system(ctx.agent_name),
        messages=[{"role": "user", "content": ctx.as_user_message()}],
    )
    return message.content[0].text


def estimate_draft_tokens(ctx: DraftContext, model=DRAFT_MODEL):
    """Used by the UI to warn before drafting on huge tickets."""
    client = ai_client("anthropic")
    result = client.messages.count_tokens(
        model=model,
        system=render_draft_system(ctx.agent_name),
        messages=[{"role": "user", "content": ctx.as_user_message()}],
    )
    return result.input_tokens
