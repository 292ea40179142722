# requirements:
# anthropic>=0.40
import wmill

from f.common import llm
from f.common.prompts import REPLY_SYSTEM
from f.common.zendesk import Zendesk, thread_as_text


def stream_reply(client, thread: str, model: str, tone: str) -> str:
    chunks = []
    with client.messages.stream(
        model=model,
        max_tokens=700,
        system=REPLY_SYSTEM + f"\nTone: {tone}.",
        messages=[{"role": "user", "content": thread}],
    ) as stream:
        for text in stream.text_stream:
            chunks.append(text)
            if len(chunks) % 20 == 0:
                wmill.set_progress(min(95, len(chunks) // 4))
    return "".join(chunks)


def main(ticket_id: int, tone: str = "friendly", model: str = llm.DEFAULT_ANTHROPIC_MODEL):
    desk = Zendesk.from_resource(wmill.get_resource("f/support/zendesk"))
    ticket = desk.ticket(ticket_id)
    thread = thread_as_text(ticket, desk.comments(ticket_id))

    draft = stream_reply(llm.get_anthropic_client(), thread, model, tone)
    return {"ticket_id": ticket_id, "draft": draft, "requester": ticket.get("requester_id")}
