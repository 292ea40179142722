# Prospect research: pulls a few recent facts about the company from the web
# so the email can open with something specific. Written for the Q3 SDR pilot.
import os

from openai import OpenAI

_client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))

RESEARCH_PROMPT = """Find 2-3 recent, verifiable facts about {company} that a salesperson
selling {product} could reference (funding, launches, hiring, exec changes). One line each,
with the source URL. If nothing recent, say so."""


def research_prospect(company, product="ACME Analytics"):
    resp = _client.responses.create(
        model="gpt-4.1-mini",
        tools=[{"type": "web_search_preview", "search_context_size": "low"}],
        input=RESEARCH_PROMPT.format(company=company, product=product),
    )
    return resp.output_text
