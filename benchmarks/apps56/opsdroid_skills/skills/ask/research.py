"""Web-grounded answers via Perplexity (OpenAI-compatible API)."""
import logging

_LOGGER = logging.getLogger(__name__)

RESEARCH_SYSTEM = (
    "You are helping an SRE team. Prefer vendor documentation and status pages. "
    "Answer in under 200 words."
)


async def research(client, topic, model="sonar"):
    response = await client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": RESEARCH_SYSTEM},
            {"role": "user", "content": topic},
        ],
    )
    return response.choices[0].message.content


async def research_with_sources(client, topic, model="sonar-pro"):
    stream = await client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": RESEARCH_SYSTEM}, {"role": "user", "content": topic}],
        stream=True,
    )
    parts, sources = [], []
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
        citations = getattr(chunk, "citations", None)
        if citations:
            sources = list(citations)
    return "".join(parts), sources
