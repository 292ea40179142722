import asyncio

from f.common.llm import get_async_anthropic
from f.common.llm_usage_tracker import llm_tracker
from f.common.multi_model_service import TaskComplexity, multi_model_service

MODEL = "claude-3-5-haiku-20241022"


async def score(comments: list[str]) -> dict:
    client = get_async_anthropic()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=MODEL, feature_context="ticket_sentiment"
    ) as usage_log:
        msg = await client.messages.create(
            model=MODEL,
            max_tokens=50,
            messages=[{
                "role": "user",
                "content": "Rate the customer's frustration 0-10, answer with the number only:\n\n"
                + "\n---\n".join(comments[-8:]),
            }],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    try:
        frustration = int(msg.content[0].text.strip())
    except (ValueError, IndexError):
        frustration = -1

    rationale = await multi_model_service.generate_response(
        prompt="In one sentence, why might this customer be upset?\n" + comments[-1],
        task_type="ticket_sentiment_rationale",
        complexity=TaskComplexity.SIMPLE,
    )
    return {"frustration": frustration, "rationale": rationale}


def main(comments: list[str]):
    if not comments:
        return {"frustration": 0, "rationale": "no comments"}
    return asyncio.run(score(comments))
