from typing import AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from app.config import settings
from app.errors import BudgetExceeded
from app.logging_config import get_logger
from app.schemas import SummaryRequest, SummaryResponse

router = APIRouter(prefix="/summaries", tags=["summaries"])
log = get_logger(__name__)

MAX_INPUT_TOKENS = 60_000

STYLE_INSTRUCTIONS = {
    "bullets": "Summarise as 3-6 short bullet points.",
    "paragraph": "Summarise in a single paragraph.",
    "tldr": "Give a one-sentence TL;DR.",
}


def _prompt(body: SummaryRequest) -> str:
    return (
        f"{STYLE_INSTRUCTIONS[body.style]} Keep it under {body.max_words} words.\n\n"
        f"<conversation>\n{body.text}\n</conversation>"
    )


@router.post("", response_model=SummaryResponse)
async def summarise(body: SummaryRequest, request: Request):
    anthropic = request.app.state.clients.anthropic

    count = await anthropic.messages.count_tokens(
        model=settings.summary_model,
        messages=[{"role": "user", "content": _prompt(body)}],
    )
    if count.input_tokens > MAX_INPUT_TOKENS:
        raise BudgetExceeded("conversation too long to summarise", tokens=count.input_tokens)

    message = await anthropic.messages.create(
        model=settings.summary_model,
        max_tokens=1024,
        system="You summarise customer support conversations for busy agents.",
        messages=[{"role": "user", "content": _prompt(body)}],
    )
    text = "".join(block.text for block in message.content if block.type == "text")
    return SummaryResponse(
        summary=text.strip(),
        input_tokens=message.usage.input_tokens,
        output_tokens=message.usage.output_tokens,
    )


@router.post("/stream")
async def summarise_stream(body: SummaryRequest, request: Request):
    anthropic = request.app.state.clients.anthropic

    async def events() -> AsyncIterator[bytes]:
        async with anthropic.messages.stream(
            model=settings.summary_model,
            max_tokens=1024,
            messages=[{"role": "user", "content": _prompt(body)}],
        ) as stream:
            async for text in stream.text_stream:
                yield text.encode()
            final = await stream.get_final_message()
            log.info("summary_stream_done", output_tokens=final.usage.output_tokens)

    return StreamingResponse(events(), media_type="text/plain")


@router.post("/headline")
async def headline(body: SummaryRequest, request: Request):
    """Short headline for the ticket list. We read the rate-limit headers to back off the
    console's auto-refresh when we get close to the org limit."""
    anthropic = request.app.state.clients.anthropic
    raw = await anthropic.messages.with_raw_response.create(
        model="claude-3-5-haiku-latest",
        max_tokens=40,
        messages=[{"role": "user", "content": f"Write a 6-word headline for:\n{body.text[:4000]}"}],
    )
    remaining = raw.headers.get("anthropic-ratelimit-requests-remaining")
    message = raw.parse()
    return {
        "headline": message.content[0].text.strip().strip('"'),
        "requests_remaining": int(remaining) if remaining else None,
    }
