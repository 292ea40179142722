"""Drafting candidate outreach with OpenAI."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator, Optional

from recruit_api.services import prompts

log = logging.getLogger(__name__)


@dataclass
class OutreachRequest:
    candidate_name: str
    current_role: str
    highlights: str
    job_title: str
    company: str
    fit_reason: str
    recruiter_name: str
    tone: str = "friendly, professional"

    def render(self) -> str:
        return prompts.OUTREACH_USER.substitute(
            candidate_name=self.candidate_name,
            current_role=self.current_role,
            highlights=self.highlights,
            job_title=self.job_title,
            company=self.company,
            fit_reason=self.fit_reason,
            tone=self.tone,
            recruiter_name=self.recruiter_name,
        )


@dataclass
class Draft:
    subject: str
    body: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


def _split_subject(text: str) -> tuple[str, str]:
    first, _, rest = text.strip().partition("\n")
    if first.lower().startswith("subject:"):
        return first.split(":", 1)[1].strip(), rest.strip()
    return "Opportunity you might like", text.strip()


class OutreachWriter:
    def __init__(self, client, model: str = "gpt-4o-mini", temperature: float = 0.7) -> None:
        self.client = client
        self.model = model
        self.temperature = temperature

    def draft(self, req: OutreachRequest, n_variants: int = 1) -> list[Draft]:
        completion = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": prompts.OUTREACH_SYSTEM},
                {"role": "user", "content": req.render() + "\nStart with 'Subject: ...'."},
            ],
            temperature=self.temperature,
            n=n_variants,
            max_tokens=400,
        )
        drafts = []
        for choice in completion.choices:
            subject, body = _split_subject(choice.message.content or "")
            drafts.append(
                Draft(
                    subject=subject,
                    body=body,
                    model=completion.model,
                    prompt_tokens=completion.usage.prompt_tokens,
                    completion_tokens=completion.usage.completion_tokens,
                )
            )
        return drafts

    def stream_draft(self, req: OutreachRequest) -> Iterator[str]:
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": prompts.OUTREACH_SYSTEM},
                {"role": "user", "content": req.render()},
            ],
            temperature=self.temperature,
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def followup(self, previous_email: str, days: int = 5) -> str:
        response = self.client.responses.create(
            model=self.model,
            instructions=prompts.OUTREACH_SYSTEM,
            input=prompts.FOLLOWUP_USER.substitute(previous_email=previous_email, days=days),
            max_output_tokens=200,
        )
        return response.output_text


def moderation_flags(client, text: str) -> Optional[list[str]]:
    """Return the flagged categories for ``text`` or None if clean."""
    result = client.moderations.create(model="omni-moderation-latest", input=text)
    first = result.results[0]
    if not first.flagged:
        return None
    return [name for name, hit in first.categories.model_dump().items() if hit]
