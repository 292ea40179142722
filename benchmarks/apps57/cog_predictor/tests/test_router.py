import asyncio

import pytest

from src.llm.multi_model_service import MultiModelService, TaskComplexity
from src.llm.router import Completion, LLMRouter
from src.llm.tracking import llm_tracker


def _ok(name):
    def backend(system, user, model, max_tokens):
        return Completion(f"{name}:{user}", name, model, 3, 2)

    return backend


def _boom(system, user, model, max_tokens):
    raise RuntimeError("provider down")


def test_router_falls_back():
    router = LLMRouter(routes={"judge": ["fireworks", "openai"]}, backends={"fireworks": _boom, "openai": _ok("openai")})
    out = router.complete("judge", "sys", "hello")
    assert out.provider == "openai"


def test_router_all_fail():
    router = LLMRouter(routes={"plan": ["anthropic"]}, backends={"anthropic": _boom})
    with pytest.raises(RuntimeError):
        router.complete("plan", "s", "u")


def test_service_records_usage():
    llm_tracker.drain()
    router = LLMRouter(routes={"rewrite": ["openai"]}, backends={"openai": _ok("openai")})
    svc = MultiModelService(router)
    text = asyncio.run(svc.generate_response("hi", task_type="chat", complexity=TaskComplexity.SIMPLE))
    assert text == "openai:hi"
    logs = llm_tracker.drain()
    assert logs[0].input_tokens == 3 and logs[0].output_tokens == 2
