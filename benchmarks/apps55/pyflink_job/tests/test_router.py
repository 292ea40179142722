import random

from enrichment.router import ModelRouter, Route
from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeClientCache, FakeCohere, FakeOpenAI


def make_router(**routes):
    cache = FakeClientCache(
        openai=FakeOpenAI("compare"),
        fireworks=FakeOpenAI("browse"),
        anthropic=FakeAnthropic("a summary"),
        bedrock=FakeBedrockRuntime("bedrock summary"),
        cohere=FakeCohere("YES, legal threat"),
    )
    return ModelRouter(routes=routes, client_getter=cache, rng=random.Random(7)), cache


def test_single_route_each_provider():
    router, cache = make_router(
        a=[Route("openai", "gpt-4o-mini")],
        b=[Route("anthropic", "claude-3-5-haiku-20241022")],
        c=[Route("bedrock", "anthropic.claude-3-haiku-20240307-v1:0")],
        d=[Route("cohere", "command-r-08-2024")],
        e=[Route("fireworks", "llama")],
    )
    assert router.complete("a", "hi") == "compare"
    assert router.complete("b", "hi", system="s") == "a summary"
    assert router.complete("c", "hi", system="s") == "bedrock summary"
    assert router.complete("d", "hi").startswith("YES")
    assert router.complete("e", "hi") == "browse"
    assert cache.clients["bedrock"].requests[0]["system"] == [{"text": "s"}]


def test_weighted_pick_is_deterministic_with_seed():
    router, _ = make_router(x=[Route("openai", "m1", weight=1.0), Route("fireworks", "m2", weight=1.0)])
    picks = {router.pick("x").provider for _ in range(50)}
    assert picks == {"openai", "fireworks"}
