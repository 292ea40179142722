"""Weekly reports for team leads."""
from app.core import claude, get_llm, get_openai
from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import multi_model_service


async def weekly_digest(team: str, tickets: list[str]) -> str:
    bullet_list = "\n".join(f"- {t}" for t in tickets)
    return await multi_model_service.generate_response(
        f"Write a weekly digest for team {team}:\n{bullet_list}",
        feature="weekly_digest",
        model="claude-sonnet-4-5",
    )


async def trend_analysis(tickets: list[str]) -> str:
    async with llm_tracker.track_llm_call("trend_analysis", "claude-sonnet-4-5") as usage_log:
        msg = await claude.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=2048,
            messages=[{"role": "user", "content": "Find trends:\n" + "\n".join(tickets)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


async def executive_summary(report: str) -> str:
    response = await get_openai().responses.create(model="gpt-4.1", input=f"Summarise for executives:\n{report}")
    return response.output_text


async def translate_report(report: str, language: str) -> str:
    response = await get_llm().acompletion(
        model="mistral/mistral-large-latest",
        messages=[{"role": "user", "content": f"Translate to {language}:\n{report}"}],
    )
    return response.choices[0].message.content


async def chart_caption(stats: dict) -> str:
    llm = get_llm()
    async with llm_tracker.track_llm_call("chart_caption", "gpt-4o-mini") as usage_log:
        response = await llm.acompletion(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"Caption: {stats}"}]
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content


def report_cost(response) -> float:
    return get_llm().completion_cost(completion_response=response)
