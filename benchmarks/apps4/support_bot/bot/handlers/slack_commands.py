"""Slash commands: /ask, /translate, /draft, /summarize, /support-bot-status."""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

import litellm

from bot.app import app
from bot.llm import get_openai
from bot.llm.prompts import SUPPORT_SYSTEM_PROMPT, SUMMARY_PROMPT, TRANSLATE_PROMPT
from bot.llm.router import get_router
from bot.services.agent import SupportAgent, build_registry
from bot.services.faq_index import get_faq_index
from bot.services.health import deep_check, provider_status
from bot.services.ticketing import AccountDirectory, ZendeskClient
from bot.services.web_answers import answer_with_citations
from bot.services.multi_model_service import TaskComplexity, multi_model_service
from bot.utils import completion, truncate

log = logging.getLogger(__name__)

_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="slash")
_agent = None


def get_agent() -> SupportAgent:
    global _agent
    if _agent is None:
        _agent = SupportAgent(build_registry(get_faq_index(), AccountDirectory(), ZendeskClient()))
    return _agent

PRODUCT_AREAS = [
    "Billing", "Billing > Invoices", "Billing > Refunds", "SSO", "SSO > Okta", "SSO > Azure AD",
    "Workspaces", "API", "API > Rate limits", "Integrations > Jira", "Integrations > Salesforce",
]
LANGUAGES = {"de": "German", "fr": "French", "es": "Spanish", "ja": "Japanese", "pt": "Portuguese"}


@app.command("/ask")
def ask_command(ack, respond, command):
    ack()
    question = (command.get("text") or "").strip()
    if not question:
        respond("Usage: `/ask how do I rotate my API key?`")
        return
    response = get_router().completion(
        model="support-default",
        messages=[
            {"role": "system", "content": SUPPORT_SYSTEM_PROMPT},
            {"role": "user", "content": question},
        ],
        max_tokens=800,
    )
    respond(response.choices[0].message.content, response_type="ephemeral")


@app.command("/support")
def support_command(ack, respond, command):
    """Account-aware help: the agent can look up the workspace and open tickets."""
    ack()
    text = (command.get("text") or "").strip()
    if not text:
        respond("Usage: `/support my workspace ws_123 can't add seats`")
        return
    respond(get_agent().run([], text), response_type="ephemeral")


@app.command("/thirdparty")
def thirdparty_command(ack, respond, command):
    ack()
    question = (command.get("text") or "").strip()
    if question:
        respond(answer_with_citations(question).as_slack(), response_type="ephemeral")


@app.command("/translate")
def translate_command(ack, respond, command):
    """/translate de <text> -- agents use this before pasting a reply to a customer."""
    ack()
    lang, _, text = (command.get("text") or "").partition(" ")
    language = LANGUAGES.get(lang.lower())
    if not language or not text:
        respond(f"Usage: `/translate <{'|'.join(LANGUAGES)}> text`")
        return
    result = litellm.completion(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": TRANSLATE_PROMPT.format(language=language)},
            {"role": "user", "content": text},
        ],
        temperature=0.1,
    )
    respond(result.choices[0].message.content)


def _draft_reply(channel_id: str, thread_ts: str, user_id: str, history: str, respond) -> None:
    try:
        response = get_openai().responses.create(
            model="gpt-4.1-mini",
            instructions=SUPPORT_SYSTEM_PROMPT + "\nDraft a reply for a human agent to review.",
            input=history,
            metadata={"channel": channel_id, "requested_by": user_id},
        )
        respond(f"*Suggested reply:*\n{response.output_text}", response_type="ephemeral", thread_ts=thread_ts)
    except Exception:
        log.exception("draft failed")
        respond("Couldn't draft a reply, sorry.", response_type="ephemeral")


@app.command("/draft")
def draft_command(ack, respond, command, client):
    ack("Drafting…")
    channel_id = command["channel_id"]
    history = client.conversations_history(channel=channel_id, limit=15)
    transcript = "\n".join(
        f"{m.get('user', 'bot')}: {m.get('text', '')}" for m in reversed(history.get("messages", []))
    )
    _executor.submit(_draft_reply, channel_id, command.get("thread_ts", ""), command["user_id"], transcript, respond)


@app.command("/summarize")
def summarize_command(ack, respond, command, client):
    ack()
    channel_id = command["channel_id"]
    history = client.conversations_history(channel=channel_id, limit=50)
    transcript = "\n".join(m.get("text", "") for m in reversed(history.get("messages", [])))
    summary = asyncio.run(
        multi_model_service.generate_response(
            prompt=truncate(transcript, 20000),
            task_type="slack_summarize",
            complexity=TaskComplexity.SIMPLE,
            system=SUMMARY_PROMPT,
        )
    )
    respond(summary, response_type="ephemeral")


@app.command("/support-bot-status")
def status_command(ack, respond):
    ack()
    status = provider_status()
    check = deep_check()
    respond(
        f"Anthropic status: `{status['anthropic']}`\n"
        f"Round trip: {'ok' if check['ok'] else 'FAILED'} ({check['latency_ms']} ms, HTTP {check['status']})",
        response_type="ephemeral",
    )


@app.options("product_area")
def product_area_options(ack, payload):
    matches = completion(prefix=payload.get("value", ""), candidates=PRODUCT_AREAS)
    ack(options=[{"text": {"type": "plain_text", "text": m}, "value": m} for m in matches])
