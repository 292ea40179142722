"""Handlers for /chat*. Operation ids are fully qualified in api.yaml."""
import json
import logging

from flask import Response, current_app, stream_with_context

from app.services import TaskComplexity, get_container, multi_model_service
from app.services.prompts import CHAT_SYSTEM

log = logging.getLogger(__name__)


def post_chat(body, token_info=None):
    container = get_container()
    result = container.chat.complete(
        body["messages"],
        provider=body.get("provider", "openai"),
        model=body.get("model"),
        temperature=body.get("temperature", 0.2),
    )
    log.info("chat tenant=%s provider=%s", (token_info or {}).get("tenant"), result["provider"])
    return result, 200


async def post_assistant(body, token_info=None):
    """The product's 'assistant' box. Goes through the tracked service."""
    last_user = next(m["content"] for m in reversed(body["messages"]) if m["role"] == "user")
    complexity = TaskComplexity.STANDARD if len(last_user) > 2000 else TaskComplexity.SIMPLE
    text = await multi_model_service.generate_response(
        prompt=last_user,
        task_type="chat",
        complexity=complexity,
        system=CHAT_SYSTEM,
        tenant=(token_info or {}).get("tenant"),
    )
    return {"content": text}, 200


def post_chat_stream(body, token_info=None):
    svc = get_container().chat
    provider = body.get("provider", "openai")
    messages = body["messages"]

    if provider == "anthropic":
        gen = svc.stream_anthropic(messages, body.get("model"))
    else:
        gen = svc.stream_openai(messages, body.get("model"))

    def sse():
        for delta in gen:
            yield f"data: {json.dumps({'delta': delta})}\n\n"
        yield "data: [DONE]\n\n"

    return Response(stream_with_context(sse()), mimetype="text/event-stream")


def quick_reply(prompt):
    """Used by the Slack integration blueprint; bypasses the container on purpose (latency)."""
    client = current_app.extensions["llm"].openai
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=200,
    )
    return resp.choices[0].message.content


def generate_conversation_title(messages):
    """Titles for the sidebar. Azure deployment has spare quota, so it goes there.

    We read the raw response to log the remaining-requests header.
    """
    llm = current_app.extensions["llm"]
    azure = llm.azure
    if azure is None:
        return "New conversation"
    transcript = "\n".join(f"{m['role']}: {m['content'][:300]}" for m in messages[:6])
    raw = azure.chat.completions.with_raw_response.create(
        model=current_app.config["AZURE_CHAT_DEPLOYMENT"],
        messages=[
            {"role": "system", "content": "Write a 3-6 word title. No quotes."},
            {"role": "user", "content": transcript},
        ],
        max_tokens=16,
    )
    log.debug("azure remaining requests: %s", raw.headers.get("x-ratelimit-remaining-requests"))
    completion = raw.parse()
    return completion.choices[0].message.content.strip()
