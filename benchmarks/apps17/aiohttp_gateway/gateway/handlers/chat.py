from __future__ import annotations

import json
import logging

from aiohttp import web

from gateway import appkeys
from gateway.errors import BadRequest, ContentBlocked
from gateway.models import ChatRequest
from gateway.providers.anthropic_http import ClaudeHTTP
from gateway.providers.gemini import generation_config, stream_text, to_contents
from gateway.services.moderation import Moderator
from gateway.services.multi_model_service import TaskComplexity, multi_model_service
from gateway.storage import Conversations
from gateway.tasks.jobs import warm_titles
from gateway.utils import sse

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


async def _screen(request: web.Request, chat: ChatRequest) -> None:
    last_user = next((m.content for m in reversed(chat.messages) if m.role == "user"), "")
    verdict = await Moderator(request.app[appkeys.GROQ]).check(last_user)
    if not verdict.safe:
        raise ContentBlocked("message rejected by content policy", details={"categories": verdict.categories})


@routes.post("/v1/chat")
async def chat(request: web.Request) -> web.StreamResponse:
    chat_req = ChatRequest.parse(await request.json())
    settings = request.app[appkeys.SETTINGS]
    await _screen(request, chat_req)

    if chat_req.stream:
        return await _stream(request, chat_req)

    if chat_req.provider == "groq":
        completion = await request.app[appkeys.GROQ].chat.completions.create(
            model=chat_req.model or settings.chat_model,
            messages=chat_req.as_dicts(),
            temperature=chat_req.temperature,
            max_tokens=chat_req.max_tokens,
        )
        text = completion.choices[0].message.content
        usage = {"input": completion.usage.prompt_tokens, "output": completion.usage.completion_tokens}
    elif chat_req.provider == "gemini":
        system = next((m.content for m in chat_req.messages if m.role == "system"), None)
        turns = [m for m in chat_req.as_dicts() if m["role"] != "system"]
        result = await request.app[appkeys.GEMINI].aio.models.generate_content(
            model=chat_req.model or settings.gemini_model,
            contents=to_contents(turns),
            config=generation_config(system=system, temperature=chat_req.temperature,
                                     max_output_tokens=chat_req.max_tokens),
        )
        text = result.text
        meta = result.usage_metadata
        usage = {"input": meta.prompt_token_count, "output": meta.candidates_token_count}
    elif chat_req.provider == "deepseek":
        ds = request.app[appkeys.DEEPSEEK]
        completion = await ds.chat.completions.create(
            model=chat_req.model or "deepseek-reasoner",
            messages=chat_req.as_dicts(),
            max_tokens=chat_req.max_tokens,
        )
        text = completion.choices[0].message.content
        usage = {"input": completion.usage.prompt_tokens, "output": completion.usage.completion_tokens}
    elif chat_req.provider == "claude":
        claude = ClaudeHTTP(request.app[appkeys.HTTP], settings.anthropic_api_key)
        system = next((m.content for m in chat_req.messages if m.role == "system"), None)
        payload = await claude.create(
            settings.claude_model,
            [m for m in chat_req.as_dicts() if m["role"] != "system"],
            system=system,
            max_tokens=chat_req.max_tokens,
            temperature=chat_req.temperature,
        )
        text = ClaudeHTTP.text_of(payload)
        usage = {"input": payload["usage"]["input_tokens"], "output": payload["usage"]["output_tokens"]}
    else:
        raise BadRequest(f"unknown provider {chat_req.provider!r}")

    if chat_req.conversation_id:
        await Conversations(request.app[appkeys.DB]).append(chat_req.conversation_id, "assistant", text or "")
    return web.json_response({"provider": chat_req.provider, "text": text, "usage": usage})


async def _stream(request: web.Request, chat_req: ChatRequest) -> web.StreamResponse:
    settings = request.app[appkeys.SETTINGS]
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
    await resp.prepare(request)

    if chat_req.provider == "groq":
        stream = await request.app[appkeys.GROQ].chat.completions.create(
            model=chat_req.model or settings.chat_model,
            messages=chat_req.as_dicts(),
            temperature=chat_req.temperature,
            stream=True,
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                await resp.write(sse(json.dumps({"delta": delta})))
    elif chat_req.provider == "gemini":
        async for piece in stream_text(request.app[appkeys.GEMINI], chat_req.model or settings.gemini_model,
                                       chat_req.as_dicts()):
            await resp.write(sse(json.dumps({"delta": piece})))
    elif chat_req.provider == "claude":
        claude = ClaudeHTTP(request.app[appkeys.HTTP], settings.anthropic_api_key)
        async for piece in claude.stream(settings.claude_model, chat_req.as_dicts()):
            await resp.write(sse(json.dumps({"delta": piece})))
    else:
        await resp.write(sse(json.dumps({"error": "streaming not supported for this provider"}), event="error"))

    await resp.write(sse("[DONE]"))
    await resp.write_eof()
    return resp


@routes.post("/v1/conversations")
async def new_conversation(request: web.Request) -> web.Response:
    body = await request.json()
    conv = await Conversations(request.app[appkeys.DB]).create(request["user_id"], body.get("title", "New conversation"))
    request.app[appkeys.RUNNER].submit("warm_titles", warm_titles, request.app, [conv.id])
    return web.json_response({"id": conv.id, "title": conv.title}, status=201)


@routes.post("/v1/conversations/{conversation_id}/messages")
async def continue_conversation(request: web.Request) -> web.Response:
    """Multi-turn chat against Gemini with the stored history."""
    conversation_id = int(request.match_info["conversation_id"])
    body = await request.json()
    convs = Conversations(request.app[appkeys.DB])
    history = await convs.history(conversation_id)

    session = request.app[appkeys.GEMINI].aio.chats.create(
        model=request.app[appkeys.SETTINGS].gemini_model,
        history=to_contents(history),
    )
    reply = await session.send_message(body["content"])

    await convs.append(conversation_id, "user", body["content"])
    await convs.append(conversation_id, "assistant", reply.text or "")
    return web.json_response({"text": reply.text})


@routes.post("/v1/chat/quick")
async def quick_answer(request: web.Request) -> web.Response:
    body = await request.json()
    text = await multi_model_service.generate_response(
        prompt=body["prompt"],
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    return web.json_response({"text": text})
