"""What counts as tracked: tracker blocks, tracker decorators, allowed URLs; and LLM100."""
from __future__ import annotations

import ast
import textwrap

import pytest

from check_llm_usage.scopes import ModuleScopes
from check_llm_usage.tracking import Policy
from check_llm_usage.tracking import call_sites

POLICY = Policy(('llm_tracker.track_llm_call',), ('usage.track',), ('http://proxy',), ('input_tokens', 'output_tokens'))


def sites(src: str) -> list[tuple[int, str, str]]:
    found, _ = call_sites(ModuleScopes(ast.parse(textwrap.dedent(src))), POLICY)
    return [(s.node.lineno, s.tracked_by, s.function) for s in found]


def gaps(src: str, policy: Policy = POLICY) -> list[tuple[int, str, tuple[str, ...], str]]:
    _, found = call_sites(ModuleScopes(ast.parse(textwrap.dedent(src))), policy)
    return [(g.node.lineno, g.variable, g.missing, g.function) for g in found]


@pytest.mark.parametrize(
    ('src', 'expected'),
    [
        pytest.param(
            '''\
            import litellm
            from app.tracking import llm_tracker as lt
            class Chat:
                async def ask(self):
                    async with sem, lt.track_llm_call() as log:
                        await litellm.acompletion(model="m")
                        fn = lambda: litellm.completion(model="m")
                        def later():
                            return litellm.completion(model="m")
                        return [litellm.completion(model=m) for m in ms]
            ''',
            [(6, 'context-manager', 'Chat.ask'), (7, '', 'Chat.ask.<lambda>'),
             (9, '', 'Chat.ask.later'), (10, 'context-manager', 'Chat.ask')],
            id='alias-second-item-nested-def-lambda-comprehension',
        ),
        pytest.param(
            '''\
            import litellm
            with llm_tracker.track_llm_call():
                litellm.completion(model="m")
            with other():
                litellm.completion(model="m")
            ''',
            [(3, 'context-manager', ''), (5, '', '')],
            id='sync-with-module-level',
        ),
        pytest.param(
            '''\
            import asyncio
            import litellm
            import usage
            async def ask(loop):
                async with llm_tracker.track_llm_call() as log:
                    await asyncio.to_thread(lambda: litellm.completion(model="m"))
                    await loop.run_in_executor(None, func=lambda: litellm.completion(model="m"))
                    fn = lambda: litellm.completion(model="m")
                    asyncio.create_task(asyncio.to_thread(lambda: litellm.completion(model="m")))
            @usage.track
            async def run():
                return await asyncio.to_thread(lambda: litellm.completion(model="m"))
            ''',
            [(6, 'context-manager', 'ask.<lambda>'), (7, 'context-manager', 'ask.<lambda>'),
             (8, '', 'ask.<lambda>'), (9, '', 'ask.<lambda>'), (12, 'decorator', 'run.<lambda>')],
            id='a-lambda-an-awaited-call-is-given-runs-in-place',
        ),
        pytest.param(
            '''\
            import litellm
            import usage
            @usage.track
            def one():
                return litellm.completion(model="m")
            @usage.track(feature="x")
            def two():
                return [litellm.completion(model=m) for m in ms]
            @usage.other
            def three():
                return litellm.completion(model="m")
            ''',
            [(5, 'decorator', 'one'), (8, 'decorator', 'two'), (11, '', 'three')],
            id='decorators',
        ),
        pytest.param(
            '''\
            import litellm
            litellm.completion(model="m", api_base="http://proxy/v1")
            litellm.completion(model="m", api_base="http://proxy2/v1")
            ''',
            [(2, 'base-url', ''), (3, '', '')],
            id='base-url',
        ),
    ],
)
def test_tracked_by(src: str, expected: list[tuple[int, str, str]]) -> None:
    assert sites(src) == expected


@pytest.mark.parametrize(
    ('src', 'expected'),
    [
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call(provider="p") as usage_log:
                    r = await call()
                    usage_log.input_tokens = r.usage.prompt_tokens
                    usage_log.output_tokens = r.usage.completion_tokens
            ''',
            [], id='seed-legacy-exception',
        ),
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call() as usage_log:
                    r = await call()
                    usage_log.input_tokens = r.usage.prompt_tokens
            ''',
            [(2, 'usage_log', ('output_tokens',), 'f')], id='output-missing',
        ),
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call() as log:
                    r = await call()
            ''',
            [(2, 'log', ('input_tokens', 'output_tokens'), 'f')], id='both-missing',
        ),
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call() as log:
                    if r := await call():
                        log.input_tokens, log.output_tokens = r.usage.prompt_tokens, r.usage.completion_tokens
            ''',
            [], id='tuple-assignment-in-if',
        ),
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call() as log:
                    setattr(log, "input_tokens", 1)
                    log.output_tokens += 2
            ''',
            [], id='setattr-and-augmented',
        ),
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call() as log:
                    def record(r):
                        log.input_tokens = 1
                        log.output_tokens = 2
            ''',
            [(2, 'log', ('input_tokens', 'output_tokens'), 'f')], id='nested-def-does-not-count',
        ),
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call() as log:
                    response = await self._call_model(prompt, usage_log=log)
            async def g():
                async with llm_tracker.track_llm_call() as log:
                    return log
            ''',
            [], id='handed-on',
        ),
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call() as log:
                    log.model = "m"
                    print(log.input_tokens, log.output_tokens)
            ''',
            [(2, 'log', ('input_tokens', 'output_tokens'), 'f')], id='reading-is-not-recording',
        ),
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call() as log:
                    other.input_tokens = 1
                    other.output_tokens = 2
            ''',
            [(2, 'log', ('input_tokens', 'output_tokens'), 'f')], id='other-object',
        ),
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call():
                    pass
                async with llm_tracker.track_llm_call() as (a, b):
                    pass
                async with other() as log:
                    pass
            ''',
            [], id='not-bound-to-a-name',
        ),
        pytest.param(
            '''\
            from tracking import llm_tracker as t
            with lock, t.track_llm_call() as log:
                pass
            ''',
            [(2, 'log', ('input_tokens', 'output_tokens'), '')], id='alias-second-item',
        ),
        pytest.param(
            '''\
            async def f():
                async with llm_tracker.track_llm_call(provider="openai", model="text-embedding-3-small") as log:
                    log.input_tokens = 1
                async with llm_tracker.track_llm_call(model=settings.RERANK_MODEL) as log:
                    pass
                async with llm_tracker.track_llm_call("voyage", "voyage-3", "embeddings") as log:
                    log.input_tokens = 1
                async with llm_tracker.track_llm_call(model="gpt-4o-mini", feature_context="chat") as log:
                    log.input_tokens = 1
            ''',
            [(4, 'log', ('input_tokens',), 'f'), (8, 'log', ('output_tokens',), 'f')], id='embedding-needs-input-only',
        ),
        pytest.param(
            '''\
            async def f(model, texts):
                async with llm_tracker.track_llm_call(provider="openai", model=model) as log:
                    resp = await get_openai().embeddings.create(model=model, input=texts)
                    log.input_tokens = resp.usage.prompt_tokens
                async with llm_tracker.track_llm_call(provider="cohere", model=model) as log:
                    ranked = co.rerank(model=model, query="q", documents=texts)
                    log.input_tokens = 1
                async with llm_tracker.track_llm_call(model=model) as log:
                    vectors = client.embeddings.create(model=model, input=texts)
                    reply = client.chat.completions.create(model=model, messages=[])
                    log.input_tokens = 1
            ''',
            [(8, 'log', ('output_tokens',), 'f')], id='a-block-that-only-embeds-needs-input-only',
        ),
    ],
)
def test_token_gaps(src: str, expected: list[tuple[int, str, tuple[str, ...], str]]) -> None:
    assert gaps(src) == expected


def test_token_attribute_names_are_configurable() -> None:
    src = 'with llm_tracker.track_llm_call() as log:\n    log.tokens_in = 1\n'
    assert gaps(src, POLICY._replace(token_attributes=('tokens_in', 'tokens_out'))) == [(1, 'log', ('tokens_out',), '')]
