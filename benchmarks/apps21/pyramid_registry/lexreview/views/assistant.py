"""Reviewer assistant: chat about the current document set.

Three backends depending on the matter:
  * default        -> DeepSeek (request.deepseek)
  * sealed matters -> on-prem Ollama
  * IBM-hosted     -> Granite on watsonx
"""
import logging

from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config

from lexreview.services import TaskComplexity, llm_tracker, multi_model_service
from lexreview.services.ollama_http import OllamaREST
from lexreview.utils import run_sync

log = logging.getLogger(__name__)

ASSISTANT_SYSTEM = (
    "You are LexReview's assistant for document reviewers. Answer using only the "
    "documents provided. If unsure, say so. Never give legal advice to third parties."
)


def _messages_from_body(request):
    body = request.json_body
    history = body.get("history", [])
    prompt = body.get("prompt")
    if not prompt:
        raise HTTPBadRequest("prompt is required")
    messages = [{"role": "system", "content": ASSISTANT_SYSTEM}]
    messages += [{"role": m["role"], "content": m["content"]} for m in history[-10:]]
    messages.append({"role": "user", "content": prompt})
    return messages


@view_config(route_name="assistant_chat", request_method="POST", renderer="json")
def assistant_chat(request):
    messages = _messages_from_body(request)
    mode = request.json_body.get("mode", "quick")

    if mode == "deep":
        # tracked path for the expensive agentic mode
        answer = run_sync(
            multi_model_service.generate_response(
                prompt=messages[-1]["content"],
                task_type="assistant_deep",
                complexity=TaskComplexity.AGENTIC,
                system=ASSISTANT_SYSTEM,
            )
        )
        return {"answer": answer, "mode": "deep"}

    if mode == "tracked":
        client = request.deepseek
        model = request.registry["deepseek_model"]

        async def _tracked():
            async with llm_tracker.track_llm_call(
                provider="deepseek", model=model, feature_context=request.llm_feature
            ) as usage_log:
                resp = client.chat.completions.create(model=model, messages=messages)
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content

        return {"answer": run_sync(_tracked()), "mode": "tracked"}

    resp = request.deepseek.chat.completions.create(
        model=request.registry["deepseek_model"],
        messages=messages,
        temperature=0.3,
        max_tokens=1200,
    )
    return {"answer": resp.choices[0].message.content, "mode": "quick"}


@view_config(route_name="assistant_local", request_method="POST", renderer="json")
def assistant_local(request):
    messages = _messages_from_body(request)
    settings = request.registry.settings
    model = settings.get("ollama.model", "llama3.1:8b")

    if request.json_body.get("json"):
        # the REST helper supports format=json with options; see ollama_http.py
        rest = OllamaREST(host=settings.get("ollama.host", "http://127.0.0.1:11434"), model=model)
        return {"answer": rest.chat(messages, json_mode=True)}

    response = request.ollama_client.chat(model=model, messages=messages, options={"temperature": 0.2})
    return {
        "answer": response["message"]["content"],
        "eval_count": response.get("eval_count"),
    }


@view_config(route_name="assistant_granite", request_method="POST", renderer="json")
def assistant_granite(request):
    messages = _messages_from_body(request)
    result = request.watsonx.chat(
        messages=messages,
        params={"max_tokens": 1200, "temperature": 0.2},
    )
    choice = result["choices"][0]
    return {"answer": choice["message"]["content"], "usage": result.get("usage", {})}
