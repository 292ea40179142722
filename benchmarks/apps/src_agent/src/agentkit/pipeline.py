"""The research pipeline: plan, read, rerank, write."""
from __future__ import annotations

import asyncio

from agentkit.agents.planner import PlannerAgent
from agentkit.llm import service
from agentkit.llm.partials import embed, fast_completion, smart_completion
from agentkit.models import AgentDeps, RerankConfig, Summarizer
from agentkit.providers.factory import ClientFactory, Defaults, make_client
from agentkit.tools.web import post_update


def draft_report(deps: AgentDeps, notes: list[str]) -> str:
    msg = deps.llm.messages.create(
        model=deps.model,
        max_tokens=deps.max_tokens,
        messages=[{"role": "user", "content": "Write a report from these notes:\n" + "\n".join(notes)}],
    )
    return msg.content[0].text


def rerank(config: RerankConfig, query: str, documents: list[str]) -> list[str]:
    result = config.client.rerank(model=config.model, query=query, documents=documents, top_n=config.top_n)
    return [documents[r.index] for r in result.results]


def tl_dr(report: str) -> str:
    summarizer = Summarizer(model_name="gpt-4.1-mini")
    completion = summarizer.client.create(
        model="gpt-4.1-mini", messages=[{"role": "user", "content": f"TL;DR: {report}"}]
    )
    return completion.choices[0].message.content


def title_for(report: str) -> str:
    response = fast_completion(messages=[{"role": "user", "content": f"Title for: {report[:2000]}"}])
    return response.choices[0].message.content


async def polish(report: str) -> str:
    response = await smart_completion(messages=[{"role": "user", "content": f"Polish:\n{report}"}])
    return response.choices[0].message.content


def embed_notes(notes: list[str]) -> list[list[float]]:
    return [d["embedding"] for d in embed(input=notes).data]


def fact_check(claim: str) -> str:
    client = ClientFactory.anthropic()
    msg = client.messages.create(
        model="claude-sonnet-4-5", max_tokens=300, messages=[{"role": "user", "content": f"True? {claim}"}]
    )
    return msg.content[0].text


def critique(report: str) -> str:
    response = ClientFactory.openai().responses.create(model="gpt-4.1", input=f"Critique:\n{report}")
    return response.output_text


def quick_bedrock(prompt: str) -> str:
    runtime = ClientFactory().bedrock()
    resp = runtime.converse(
        modelId="anthropic.claude-3-5-haiku-20241022-v1:0",
        messages=[{"role": "user", "content": [{"text": prompt}]}],
    )
    return resp["output"]["message"]["content"][0]["text"]


def groq_answer(prompt: str) -> str:
    completion = ClientFactory(timeout=10).groq().chat.completions.create(
        model="llama-3.3-70b-versatile", messages=[{"role": "user", "content": prompt}]
    )
    return completion.choices[0].message.content


def classify(text: str) -> str:
    response = Defaults.cohere.chat(
        model="command-r-plus", messages=[{"role": "user", "content": f"Topic of: {text}"}]
    )
    return response.message.content[0].text


def second_opinion(report: str) -> str:
    msg = make_client("anthropic").messages.create(
        model="claude-sonnet-4-5", max_tokens=800, messages=[{"role": "user", "content": report}]
    )
    return msg.content[0].text


def run(goal: str, channel: str | None = None) -> str:
    agent = PlannerAgent(system_prompt="You are a careful researcher.")
    report = agent.run(goal)
    summary = service.generate(f"Summarise for Slack:\n{report}", feature="pipeline_summary")
    if channel:
        post_update(channel, summary)
    return asyncio.run(polish(report))
