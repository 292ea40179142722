# requirements:
# anthropic
from typing import TypedDict

from f.common import llm
from f.common.media import replicate_client
from f.common.prompts import FOLLOWUP_SYSTEM


class meeting(TypedDict):
    contact_name: str
    company: str
    notes: str
    next_step: str


OPEN_WEIGHTS_MODEL = "meta/meta-llama-3-70b-instruct"


def draft_open_weights(prompt: str) -> str:
    """EU customers on the 'no US model vendors' addendum get the Replicate-hosted model."""
    parts = []
    for event in replicate_client().stream(
        OPEN_WEIGHTS_MODEL,
        input={"prompt": prompt, "system_prompt": FOLLOWUP_SYSTEM, "max_new_tokens": 400},
    ):
        parts.append(str(event))
    return "".join(parts)


def main(m: meeting, sender_name: str, language: str = "English", open_weights_only: bool = False):
    prompt = (
        f"Write a follow-up email in {language} from {sender_name} to {m['contact_name']} "
        f"at {m['company']}.\nMeeting notes:\n{m['notes']}\nNext step: {m['next_step']}"
    )
    if open_weights_only:
        return {"subject": None, "body": draft_open_weights(prompt), "stop_reason": None}

    client = llm.PROVIDERS["anthropic"]()
    message = client.messages.create(
        model=llm.DEFAULT_ANTHROPIC_MODEL,
        max_tokens=400,
        temperature=0.6,
        system=FOLLOWUP_SYSTEM,
        messages=[{"role": "user", "content": prompt}],
    )
    body = llm.first_text(message)
    subject_line = body.splitlines()[0] if body.lower().startswith("subject:") else None
    return {"subject": subject_line, "body": body, "stop_reason": message.stop_reason}
