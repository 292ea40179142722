"""Reply drafting for the ReplyComposer form."""
import logging

import anvil.server
import anvil.users
import litellm

from . import ticket_store
from .llm import configure_litellm, get_anthropic_client, get_openai_client
from .llm import prompts
from .macros import MacroLibrary
from .utils import require_agent, truncate

log = logging.getLogger(__name__)

VARIANT_TONES = ("friendly", "formal", "apologetic")


class ReplyDrafter:
    def __init__(self, client=None, anthropic_client=None, model="gpt-4o"):
        self.client = client or get_openai_client()
        self.anthropic_client = anthropic_client or get_anthropic_client()
        self.model = model

    def draft(self, ticket, thread, agent_name, macro_text=None):
        instructions = prompts.REPLY_SYSTEM.format(agent_name=agent_name)
        if macro_text:
            instructions += "\nBase the reply on this macro where it fits:\n" + macro_text
        response = self.client.responses.create(
            model=self.model,
            instructions=instructions,
            input=truncate(prompts.render_ticket(ticket, thread), 20000),
            max_output_tokens=700,
            temperature=0.4,
        )
        return response.output_text

    def polish(self, draft_text):
        message = self.anthropic_client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=800,
            system=prompts.POLISH_SYSTEM,
            messages=[{"role": "user", "content": draft_text}],
        )
        return message.content[0].text


_drafter = None


def get_drafter():
    global _drafter
    if _drafter is None:
        _drafter = ReplyDrafter()
    return _drafter


@anvil.server.callable
@require_agent
def draft_reply(ticket_id, macro_name=None):
    ticket = ticket_store.get_ticket(ticket_id)
    thread = ticket_store.thread_for(ticket)
    user = anvil.users.get_user()
    macro_text = None
    if macro_name:
        macro = MacroLibrary().get(macro_name)
        macro_text = macro.render(customer_name=ticket["customer_email"].split("@")[0])
    return get_drafter().draft(ticket, thread, user["name"], macro_text=macro_text)


@anvil.server.callable
@require_agent
def polish_reply(draft_text):
    if not draft_text or len(draft_text) < 20:
        return draft_text
    return get_drafter().polish(draft_text)


@anvil.server.callable
@require_agent
def draft_reply_variants(ticket_id):
    """Three tones side by side. Uses litellm's batch helper so it's one round trip
    from the agent's point of view."""
    configure_litellm()
    ticket = ticket_store.get_ticket(ticket_id)
    body = truncate(ticket_store.latest_customer_message(ticket), 4000)
    batch = [
        [
            {"role": "system", "content": f"Draft a {tone} reply to this customer message."},
            {"role": "user", "content": body},
        ]
        for tone in VARIANT_TONES
    ]
    responses = litellm.batch_completion(
        model="gpt-4o-mini",
        messages=batch,
        max_tokens=400,
    )
    return {
        tone: r.choices[0].message.content
        for tone, r in zip(VARIANT_TONES, responses)
        if not isinstance(r, Exception)
    }
