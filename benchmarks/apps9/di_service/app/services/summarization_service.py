"""Ticket and conversation summaries on Gemini (Vertex AI)."""
import logging
from typing import Iterator, List

from google.genai import types

from app.errors import BudgetExceededError
from app.schemas import Summary, Ticket
from app.utils import render_transcript

logger = logging.getLogger(__name__)

SUMMARY_INSTRUCTIONS = (
    "Summarize this support ticket for the next agent who picks it up. "
    "Use at most 5 bullet points: problem, what was tried, current status, customer mood, "
    "next step. Do not include personal data such as emails or phone numbers."
)


class SummarizationService:
    def __init__(self, genai_client, model: str, long_context_model: str,
                 max_input_tokens: int = 120_000) -> None:
        self._client = genai_client
        self._model = model
        self._long_model = long_context_model
        self._max_input_tokens = max_input_tokens
        self._config = types.GenerateContentConfig(
            system_instruction=SUMMARY_INSTRUCTIONS,
            temperature=0.2,
            max_output_tokens=512,
        )

    def _ticket_text(self, ticket: Ticket) -> str:
        transcript = render_transcript([m.model_dump() for m in ticket.messages], max_chars=400_000)
        return f"Subject: {ticket.subject}\n\n{ticket.body}\n\n{transcript}"

    def _pick_model(self, contents: str) -> str:
        counted = self._client.models.count_tokens(model=self._model, contents=contents)
        if counted.total_tokens > self._max_input_tokens * 8:
            raise BudgetExceededError("ticket too long to summarize",
                                      detail={"tokens": counted.total_tokens})
        return self._long_model if counted.total_tokens > self._max_input_tokens else self._model

    def summarize(self, ticket: Ticket) -> Summary:
        contents = self._ticket_text(ticket)
        model = self._pick_model(contents)
        response = self._client.models.generate_content(
            model=model,
            contents=contents,
            config=self._config,
        )
        return Summary(ticket_id=ticket.id, text=(response.text or "").strip(), model=model)

    async def summarize_async(self, ticket: Ticket) -> Summary:
        contents = self._ticket_text(ticket)
        model = self._pick_model(contents)
        response = await self._client.aio.models.generate_content(
            model=model, contents=contents, config=self._config
        )
        usage = response.usage_metadata
        if usage is not None:
            logger.debug("summary tokens in=%s out=%s", usage.prompt_token_count,
                         usage.candidates_token_count)
        return Summary(ticket_id=ticket.id, text=(response.text or "").strip(), model=model)

    def stream_handover_note(self, tickets: List[Ticket]) -> Iterator[str]:
        """Shift handover: one running note over all tickets an agent still has open."""
        joined = "\n\n=====\n\n".join(self._ticket_text(t) for t in tickets)
        for chunk in self._client.models.generate_content_stream(
            model=self._long_model,
            contents=[
                "Write a shift handover note covering each of these tickets in 2-3 lines.",
                joined,
            ],
            config=types.GenerateContentConfig(temperature=0.3, max_output_tokens=2048),
        ):
            if chunk.text:
                yield chunk.text
