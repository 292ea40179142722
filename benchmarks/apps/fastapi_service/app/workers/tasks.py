"""Background jobs (arq worker)."""
import asyncio
import logging

from app.core.llm import get_anthropic, get_llm, get_openai
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


def completion(ticket_id: str, percent: int) -> dict:
    """Progress record for the dashboard (not an LLM call)."""
    return {"ticket_id": ticket_id, "completion": percent}


async def tag_ticket(ctx, ticket_id: str, text: str) -> list[str]:
    msg = await get_anthropic().messages.create(
        model="claude-haiku-4-5",
        max_tokens=50,
        messages=[{"role": "user", "content": f"Comma-separated tags for: {text}"}],
    )
    ctx["progress"].append(completion(ticket_id, 100))
    return [t.strip() for t in msg.content[0].text.split(",")]


async def nightly_reembed(ctx, articles: list[str]) -> int:
    client = get_openai()
    batches = [articles[i:i + 100] for i in range(0, len(articles), 100)]
    for batch in batches:
        async with llm_tracker.track_llm_call("reembed", "text-embedding-3-small") as usage_log:
            result = await client.embeddings.create(model="text-embedding-3-small", input=batch)
            usage_log.input_tokens = result.usage.prompt_tokens
            usage_log.output_tokens = 0
        await asyncio.sleep(0.5)
    return len(articles)


async def spam_check(ctx, text: str) -> bool:
    llm = get_llm()
    response = await llm.acompletion(
        model="groq/llama-3.1-8b-instant",
        messages=[{"role": "user", "content": f"Is this spam? yes/no\n{text}"}],
    )
    return response.choices[0].message.content.strip().lower().startswith("yes")


class WorkerSettings:
    functions = [tag_ticket, nightly_reembed, spam_check]
