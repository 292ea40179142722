"""Draft replies to tickets.

A ``Drafter`` wraps one provider client. Controllers build one per request from
the ``llm`` fixture; the nightly task builds one from the shared clients in
``common``.
"""
import logging

from .. import settings
from ..llm import prompts

log = logging.getLogger("helpdesk.drafting")


class DraftResult(dict):
    @property
    def text(self):
        return self["text"]


class Drafter:
    provider = "anthropic"

    def __init__(self, client, model=None, max_tokens=900):
        self.client = client
        self.model = model or settings.ANTHROPIC_MODEL
        self.max_tokens = max_tokens

    def _messages(self, ticket, kb_snippets):
        return [
            {
                "role": "user",
                "content": prompts.draft_user_prompt(ticket, kb_snippets),
            }
        ]

    def draft(self, ticket, kb_snippets=()):
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=prompts.DRAFT_SYSTEM,
            messages=self._messages(ticket, kb_snippets),
            temperature=0.3,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        log.debug("draft for ticket %s: %s tokens out", ticket["id"], msg.usage.output_tokens)
        return DraftResult(text=text, provider=self.provider, model=self.model)

    def stream_draft(self, ticket, kb_snippets=()):
        """Yields text deltas; used by the SSE endpoint."""
        with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=prompts.DRAFT_SYSTEM,
            messages=self._messages(ticket, kb_snippets),
        ) as stream:
            for text in stream.text_stream:
                yield text


class OpenAIDrafter(Drafter):
    provider = "openai"

    def __init__(self, client, model=None, max_tokens=900):
        super().__init__(client, model or settings.OPENAI_MODEL, max_tokens)

    def draft(self, ticket, kb_snippets=()):
        resp = self.client.responses.create(
            model=self.model,
            instructions=prompts.DRAFT_SYSTEM,
            input=prompts.draft_user_prompt(ticket, kb_snippets),
            max_output_tokens=self.max_tokens,
        )
        return DraftResult(text=resp.output_text, provider=self.provider, model=self.model)

    def stream_draft(self, ticket, kb_snippets=()):
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": prompts.DRAFT_SYSTEM},
                {"role": "user", "content": prompts.draft_user_prompt(ticket, kb_snippets)},
            ],
            max_tokens=self.max_tokens,
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class GeminiDrafter(Drafter):
    provider = "gemini"

    def __init__(self, client, model=None, max_tokens=900):
        super().__init__(client, model or settings.GEMINI_MODEL, max_tokens)

    def draft(self, ticket, kb_snippets=()):
        from google.genai import types

        resp = self.client.models.generate_content(
            model=self.model,
            contents=prompts.draft_user_prompt(ticket, kb_snippets),
            config=types.GenerateContentConfig(
                system_instruction=prompts.DRAFT_SYSTEM,
                max_output_tokens=self.max_tokens,
                temperature=0.3,
            ),
        )
        return DraftResult(text=resp.text, provider=self.provider, model=self.model)

    def stream_draft(self, ticket, kb_snippets=()):
        for chunk in self.client.models.generate_content_stream(
            model=self.model,
            contents=prompts.draft_user_prompt(ticket, kb_snippets),
        ):
            if chunk.text:
                yield chunk.text


DRAFTERS = {
    "anthropic": Drafter,
    "openai": OpenAIDrafter,
    "gemini": GeminiDrafter,
}


def make_drafter(llm, provider=None):
    """Build a drafter from the ``llm`` fixture (or anything with the same properties)."""
    provider = provider or settings.DRAFT_PROVIDER
    cls = DRAFTERS[provider]
    return cls(llm.client(provider))
