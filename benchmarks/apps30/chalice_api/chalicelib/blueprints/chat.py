import asyncio
import logging

from chalice import BadRequestError, Blueprint, ChaliceViewError, Response

from chalicelib.clients import get_chat_client
from chalicelib.config import settings
from chalicelib.db import ConversationStore
from chalicelib.providers import ProviderError, get_provider
from chalicelib.services.moderation import moderate
from chalicelib.services.multi_model_service import TaskComplexity, multi_model_service
from chalicelib.utils import json_body

logger = logging.getLogger(__name__)

chat_bp = Blueprint(__name__)
_store = ConversationStore()


def _error(exc: ProviderError) -> Response:
    return Response(body={"error": str(exc), "provider": exc.provider}, status_code=exc.status)


@chat_bp.route("/", methods=["POST"], cors=True)
def chat():
    body = json_body(chat_bp.current_request)
    prompt = body.get("prompt")
    if not prompt:
        raise BadRequestError("prompt is required")
    if moderate(prompt).flagged:
        return Response(body={"error": "input rejected by moderation"}, status_code=422)
    complexity = TaskComplexity(body.get("complexity", "simple"))
    result = asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type=body.get("task_type", "chat"),
            complexity=complexity,
            system=body.get("system"),
        )
    )
    return result


@chat_bp.route("/provider/{name}", methods=["POST"], cors=True)
def chat_with_provider(name):
    """Explicit provider choice, used by the playground UI. Not tracked yet."""
    body = json_body(chat_bp.current_request)
    messages = body.get("messages") or [{"role": "user", "content": body.get("prompt", "")}]
    try:
        provider = get_provider(name)
        completion = provider.complete(
            messages,
            model=body.get("model"),
            max_tokens=int(body.get("max_tokens", settings.max_tokens)),
            temperature=float(body.get("temperature", 0.2)),
        )
    except ProviderError as exc:
        return _error(exc)
    return completion.to_dict()


@chat_bp.route("/stream/{name}", methods=["POST"], cors=True)
def chat_stream(name):
    # API Gateway REST can't stream; we still use the streaming API upstream so
    # long generations don't hit the SDK read timeout.
    body = json_body(chat_bp.current_request)
    provider = get_provider(name)
    chunks = list(provider.stream(body["messages"], model=body.get("model")))
    return {"text": "".join(chunks), "chunks": len(chunks)}


@chat_bp.route("/quick", methods=["POST"], cors=True)
def quick_answer():
    body = json_body(chat_bp.current_request)
    client = get_chat_client()
    resp = client.chat.completions.create(
        model=settings.azure_deployment if settings.use_azure_openai else settings.openai_model,
        messages=[
            {"role": "system", "content": "Answer in one short sentence."},
            {"role": "user", "content": body["prompt"]},
        ],
        max_tokens=80,
    )
    return {"answer": resp.choices[0].message.content}


@chat_bp.route("/respond", methods=["POST"], cors=True)
def respond():
    body = json_body(chat_bp.current_request)
    completion = get_provider("openai").respond(body["prompt"], instructions=body.get("system"))
    return completion.to_dict()


@chat_bp.route("/conversations/{conversation_id}", methods=["POST"], cors=True)
def continue_conversation(conversation_id):
    req = chat_bp.current_request
    user_id = req.context.get("authorizer", {}).get("principalId", "anonymous")
    body = json_body(req)
    conv = _store.get(user_id, conversation_id)
    if conv is None:
        conv = _store.create(user_id)
    _store.append(conv, "user", body["prompt"])
    try:
        result = asyncio.run(
            multi_model_service.generate_response(
                prompt=body["prompt"],
                task_type="conversation",
                complexity=TaskComplexity.STANDARD,
                history=conv.messages[:-1],
            )
        )
    except ProviderError as exc:
        raise ChaliceViewError(str(exc)) from exc
    _store.append(conv, "assistant", result["text"])
    return {"conversation_id": conv.conversation_id, **result}
