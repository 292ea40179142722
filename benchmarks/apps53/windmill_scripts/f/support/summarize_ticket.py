# requirements:
# openai>=1.40
# requests
import wmill

from f.common.llm import get_openai_client, DEFAULT_OPENAI_MODEL
from f.common.prompts import TICKET_CHUNK_SYSTEM, TICKET_SUMMARY_SYSTEM
from f.common.resources import zendesk
from f.common.zendesk import Zendesk, thread_as_text


LONG_THREAD_CHARS = 30_000


def summarise_chunks(client, thread: str, model: str, size: int = 15_000) -> str:
    """Map step for very long threads: summarise each slice, then join."""
    partials = []
    for start in range(0, len(thread), size):
        part = client.chat.completions.create(
            model=model,
            temperature=0,
            messages=[
                {"role": "system", "content": TICKET_CHUNK_SYSTEM},
                {"role": "user", "content": thread[start:start + size]},
            ],
        )
        partials.append(part.choices[0].message.content)
    return "\n".join(partials)


def main(ticket_id: int, zd: zendesk, post_note: bool = True, model: str = DEFAULT_OPENAI_MODEL):
    desk = Zendesk.from_resource(zd)
    ticket = desk.ticket(ticket_id)
    comments = desk.comments(ticket_id)
    thread = thread_as_text(ticket, comments, limit=200_000)

    client = get_openai_client()
    if len(thread) > LONG_THREAD_CHARS:
        thread = summarise_chunks(client, thread, model)
    completion = client.chat.completions.create(
        model=model,
        temperature=0.1,
        messages=[
            {"role": "system", "content": TICKET_SUMMARY_SYSTEM},
            {"role": "user", "content": thread},
        ],
    )
    summary = completion.choices[0].message.content.strip()

    if post_note:
        desk.add_internal_note(ticket_id, f"🤖 AI summary\n\n{summary}")

    return {
        "ticket_id": ticket_id,
        "summary": summary,
        "tokens": completion.usage.total_tokens if completion.usage else None,
        "job": wmill.get_root_job_id(),
    }
