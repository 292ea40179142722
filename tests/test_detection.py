"""Issue 2's detection shapes: the seed's four patterns in their real forms, and look-alikes."""
from __future__ import annotations

import ast
import textwrap

import pytest

from check_llm_usage.checker import Options
from check_llm_usage.checker import check_source


def findings(src: str, trackers: tuple[str, ...] = Options().trackers) -> list[tuple[int, int, str]]:
    data = textwrap.dedent(src).encode()
    options = Options(trackers=trackers)
    return [(f.line, f.column, f.code) for f in check_source('t.py', data, options)]


LITELLM = [
    pytest.param('import litellm\nlitellm.completion(model="m")\n', [(2, 1, 'LLM001')], id='module'),
    pytest.param('import litellm as ll\nll.acompletion(model="m")\n', [(2, 1, 'LLM001')], id='module-alias'),
    pytest.param('from litellm import completion\ncompletion(model="m")\n', [(2, 1, 'LLM001')], id='from-import'),
    pytest.param('from litellm import completion as llm\nllm(model="m")\n', [(2, 1, 'LLM001')], id='from-import-alias'),
    pytest.param('from litellm import *\nr = text_completion(model="m")\n', [(2, 5, 'LLM001')], id='star-import'),
    pytest.param(
        'def f():\n    import litellm\n    return litellm.embedding(model="m", input=[])\n',
        [(3, 12, 'LLM001')], id='import-in-function',
    ),
    pytest.param(
        'try:\n    import litellm\nexcept ImportError:\n    litellm = None\n'
        'async def f():\n    await litellm.acompletion(model="m")\n',
        [(6, 11, 'LLM001')], id='import-in-try',
    ),
    pytest.param(
        'import litellm\nfor m in models:\n    x = [litellm.image_generation(prompt=p) for p in m]\n',
        [(3, 10, 'LLM001')], id='in-comprehension',
    ),
    pytest.param('import litellm\nlitellm.completion_cost(completion_response=r)\n', [], id='helper-completion-cost'),
    pytest.param('import litellm\nlitellm.token_counter(model="m", text="x")\n', [], id='helper-token-counter'),
    pytest.param('import litellm\nlitellm.get_model_info("gpt-4o")\n', [], id='helper-model-info'),
    pytest.param('from litellm import Router\nr = Router(model_list=[])\n', [], id='router-constructed'),
]

OPENAI = [
    pytest.param('import openai\nopenai.chat.completions.create(model="m")\n', [(2, 1, 'LLM002')], id='module-client'),
    pytest.param('import openai\nopenai.ChatCompletion.create(model="m")\n', [(2, 1, 'LLM002')], id='legacy-chat'),
    pytest.param('import openai\nawait openai.ChatCompletion.acreate(model="m")\n', [(2, 7, 'LLM002')], id='legacy-acreate'),
    pytest.param('import openai\nopenai.Completion.create(prompt="p")\n', [(2, 1, 'LLM002')], id='legacy-completion'),
    pytest.param(
        'from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="m")\n',
        [(3, 1, 'LLM002')], id='client',
    ),
    pytest.param('r = client.chat.completions.create(model="m")\n', [(1, 5, 'LLM002')], id='unknown-client'),
    pytest.param(
        'class S:\n    async def run(self):\n        return await self._client.chat.completions.create(model="m")\n',
        [(3, 22, 'LLM002')], id='self-private-client',
    ),
    pytest.param('get_client().chat.completions.create(model="m")\n', [(1, 1, 'LLM002')], id='getter'),
    pytest.param('from openai import OpenAI\nOpenAI().chat.completions.create(model="m")\n', [(2, 1, 'LLM002')], id='inline-constructor'),
    pytest.param(
        'response = (\n    client\n    .chat\n    .completions\n    .create(model="m")\n)\n',
        [(2, 5, 'LLM002')], id='multi-line-chain',
    ),
    pytest.param('from openai import OpenAI\nclient = OpenAI(api_key="k")\n', [], id='constructor-only'),
    pytest.param('fake.chat.completions.list()\n', [], id='other-method'),
]

# a Celery task base class whose property gives a client
CELERY_TASK_CLASS = (
    'import voyageai\nfrom celery import Task, shared_task\n\n\nclass DocTask(Task):\n'
    '    @property\n    def voyage(self):\n        return voyageai.Client()\n\n\n'
)

BARE = [
    pytest.param('r = completion(model="m", messages=[])\n', [(1, 5, 'LLM001')], id='unbound-global'),
    pytest.param('def completion(**kw):\n    return kw\ncompletion(model="m")\n', [], id='local-def'),
    pytest.param('from app.llm import completion\ncompletion(model="m")\n', [], id='non-llm-import'),
    pytest.param('def f(completion):\n    return completion(model="m")\n', [], id='parameter'),
    pytest.param('completion = make()\ncompletion(model="m")\n', [], id='assigned'),
    # a tuple assigned a display binds each name to the element in its place
    pytest.param(
        'import cohere\nco, label = cohere.ClientV2(), "x"\nembed, n = co.embed, 3\nembed(texts=[], model="m")\n',
        [(4, 1, 'LLM006')], id='unpacked-display',
    ),
    pytest.param(
        'import cohere\nlabel, co = cohere.ClientV2(), "x"\nembed, n = co.embed, 3\nembed(texts=[], model="m")\n',
        [], id='unpacked-display-other-place',
    ),
    # Celery makes a bound task an instance of its ``base=`` class: its properties give the clients
    pytest.param(
        CELERY_TASK_CLASS + '@shared_task(bind=True, base=DocTask)\ndef embed(self, texts):\n'
        '    return self.voyage.embed(texts, "voyage-3")\n',
        [(13, 12, 'LLM203')], id='celery-bound-task-base',
    ),
    pytest.param(
        CELERY_TASK_CLASS + '@shared_task(base=DocTask)\ndef embed(client, texts):\n'
        '    return client.voyage.embed(texts, "voyage-3")\n',
        [], id='celery-unbound-task-base',
    ),
    # a ``for`` target's parts are what each element unpacks to: a dict's values, zip's and
    # enumerate's iterables, the elements in each place of a display of displays
    pytest.param(
        'import cohere\nCLIENTS = {"co": cohere.ClientV2()}\ndef run(texts, pool):\n'
        '    for name, client in CLIENTS.items():\n        pool.submit(client.embed, texts)\n',
        [(5, 21, 'LLM006')], id='for-items-value',
    ),
    pytest.param(
        'import cohere\nco = cohere.ClientV2()\ndef run(texts, pool, models):\n'
        '    for client, model in zip([co], models):\n        pool.submit(client.rerank, texts)\n'
        '    for i, client in enumerate([co]):\n        pool.submit(client.embed, texts)\n'
        '    for name, fn in [("a", co.embed), ("b", co.rerank)]:\n        pool.submit(fn, texts)\n',
        [(5, 21, 'LLM006'), (7, 21, 'LLM006'), (9, 21, 'LLM006')], id='for-zip-enumerate-display',
    ),
    pytest.param(
        'import cohere\nCONFIG = {"model": "m"}\nfor key, value in CONFIG.items():\n    print(key, value)\n'
        'for client, n in zip([cohere.ClientV2()], [1]):\n    print(n)\n',
        [], id='for-items-nothing-called',
    ),
    # a name two loops bind to two SDKs' clients is traced to one: an endpoint the other has
    # counts as on a receiver of unknown origin, in a file importing that SDK
    pytest.param(
        'import voyageai\nfrom openai import OpenAI\ndef run(texts):\n'
        '    for name, client in {"o": OpenAI()}.items():\n        client.embeddings.create(model="m", input=texts)\n'
        '    for name, client in {"v": voyageai.Client()}.items():\n        client.embed(texts, model="voyage-3")\n',
        [(5, 9, 'LLM002'), (7, 9, 'LLM203')], id='one-name-two-clients',
    ),
    # a function whose return is only a path on something from outside gives its declared type
    pytest.param(
        'import voyageai\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass AppContext:\n'
        '    voyage: voyageai.AsyncClient\n\n\ndef get_app(ctx) -> AppContext:\n'
        '    return ctx.request_context.lifespan_context\n\n\nasync def embed(ctx, texts):\n'
        '    return await get_app(ctx).voyage.embed(texts, "voyage-3")\n',
        [(15, 18, 'LLM203')], id='declared-return-type',
    ),
    # a ``for`` target is an element of its iterable, never unpacked from the display itself
    pytest.param(
        'import cohere\nfor embed, n in (cohere.ClientV2().embed, 3):\n    embed(texts=[], model="m")\n',
        [], id='iterated-display-not-unpacked',
    ),
]

NOT_REPORTED = [
    pytest.param('# litellm.completion(model="m")\nx = 1\n', [], id='comment'),
    pytest.param('s = "litellm.completion(model=\'m\')"\n', [], id='string'),
    pytest.param('def f():\n    """Calls openai.chat.completions.create()."""\n', [], id='docstring'),
    pytest.param(
        'from app.services.multi_model_service import multi_model_service\n'
        'r = await multi_model_service.generate_response(prompt="p", task_type="chat")\n',
        [], id='tracked-path',
    ),
]

TRACKER = [
    pytest.param(
        'async def f():\n'
        '    async with llm_tracker.track_llm_call(provider="p", model=m) as usage_log:\n'
        '        r = litellm.completion(model=m)\n'
        '        usage_log.input_tokens = r.usage.prompt_tokens\n'
        '        usage_log.output_tokens = r.usage.completion_tokens\n',
        [], id='seed-legacy-exception',
    ),
    pytest.param(
        'from app.services.llm_usage_tracker import llm_tracker as lt\n'
        'async def f():\n'
        '    async with lt.track_llm_call(provider="p"):\n'
        '        await client.chat.completions.create(model="m")\n',
        [], id='tracker-alias',
    ),
    pytest.param(
        'async def f():\n'
        '    async with sem, llm_tracker.track_llm_call(provider="p") as log:\n'
        '        await litellm.acompletion(model="m")\n'
        '        log.input_tokens, log.output_tokens = 1, 2\n',
        [], id='tracker-second-item',
    ),
    pytest.param(
        'with llm_tracker.track_llm_call(provider="p"):\n'
        '    with other():\n'
        '        litellm.completion(model="m")\n',
        [], id='nested-with',
    ),
    pytest.param(
        'async def f():\n'
        '    async with llm_tracker.track_llm_call(provider="p"):\n'
        '        def later():\n'
        '            return litellm.completion(model="m")\n'
        '        cb = lambda: litellm.completion(model="m")\n',
        [(4, 20, 'LLM001'), (5, 22, 'LLM001')], id='nested-def-and-lambda-not-covered',
    ),
    pytest.param(
        'async def f():\n'
        '    async with other_tracker.track(provider="p"):\n'
        '        litellm.completion(model="m")\n',
        [(3, 9, 'LLM001')], id='other-context-manager',
    ),
    pytest.param(
        'async def f():\n'
        '    async with llm_tracker.track_llm_call(provider="p"):\n'
        '        pass\n'
        '    litellm.completion(model="m")\n',
        [(4, 5, 'LLM001')], id='after-the-block',
    ),
    pytest.param(
        'import functools\nimport litellm\n\n'
        'STRATEGIES: dict = {"fast": functools.partial(litellm.completion, model="m")}\n'
        'CHAIN = [litellm.completion]\n\n\n'
        'def run(name):\n'
        '    if name not in STRATEGIES:\n'
        '        raise ValueError(f"choose from {sorted(STRATEGIES)}, {len(CHAIN)}")\n'
        '    return STRATEGIES[name](messages=[])\n',
        [(11, 12, 'LLM001')], id='a-collection-of-sdk-callables-handed-on',
    ),
    pytest.param(
        'from concurrent.futures import ThreadPoolExecutor\nfrom functools import partial\n\nimport ollama\n\n'
        'client = ollama.Client()\n\n\n'
        'def embed_many(texts):\n'
        '    with ThreadPoolExecutor() as ex:\n'
        '        return list(ex.map(partial(client.embed, "nomic-embed-text"), texts))\n',
        [(11, 36, 'LLM010')], id='a-partial-of-an-sdk-callable-handed-on',
    ),
]


@pytest.mark.parametrize(('src', 'expected'), LITELLM + OPENAI + BARE + NOT_REPORTED + TRACKER)
def test_shapes(src: str, expected: list[tuple[int, int, str]]) -> None:
    assert findings(src) == expected


SEED_VIOLATIONS = '''\
import litellm
import openai
from litellm import completion

async def chat(client, messages):
    a = litellm.completion(model="gpt-4o", messages=messages)
    b = openai.chat.completions.create(model="gpt-4o", messages=messages)
    c = client.chat.completions.create(model="gpt-4o", messages=messages)
    d = completion(model="gpt-4o", messages=messages)
'''


def test_seed_four_patterns() -> None:
    assert findings(SEED_VIOLATIONS) == [
        (6, 9, 'LLM001'), (7, 9, 'LLM002'), (8, 9, 'LLM002'), (9, 9, 'LLM001'),
    ]


def test_custom_tracker() -> None:
    src = 'with usage.track():\n    litellm.completion(model="m")\n'
    assert findings(src, trackers=('usage.track',)) == []
    assert findings(src) == [(2, 5, 'LLM001')]


def test_column_counts_characters_not_bytes() -> None:
    src = 'x = "é"; litellm.completion(model="m")\nimport litellm\n'
    assert findings(src) == [(1, 10, 'LLM001')]


def test_line_is_the_call_line() -> None:
    src = 'import litellm\nr = (\n    litellm\n    .completion(\n        model="m",\n    )\n)\n'
    tree = ast.parse(src)
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call))
    assert findings(src) == [(call.lineno, call.col_offset + 1, 'LLM001')]


# seen first in code never checked before (instructor, pydantic-ai, openai-agents): a wrapper's
# ``__getattr__`` that reaches itself again for the same name once took the file to LLM900
SELF_ASKING_GETATTR = [
    pytest.param('''\
        from openai import OpenAI


        class Instructor:
            def __init__(self, client: OpenAI) -> None:
                self.client = client

            def __getattr__(self, attr):
                if attr not in {"create", "messages"}:
                    return getattr(self.client, attr)
                return getattr(self, attr)


        Instructor(OpenAI()).embeddings.create(model="m", input="x")
        Instructor(OpenAI()).messages.create(model="m", input="x")
        ''', [(14, 1, 'LLM002')], id='getattr-of-self'),
    pytest.param('''\
        import anthropic


        class Model:
            def ask(self, text):
                raise NotImplementedError


        class Wrapper(Model):
            def __init__(self, wrapped: Model) -> None:
                self.wrapped = wrapped

            def __getattr__(self, item):
                return getattr(self.wrapped, item)


        class Logged(Wrapper):
            def ask(self, text):
                return self.client.messages.create(model="m", max_tokens=9, messages=[])


        anthropic.Anthropic().messages.create(model="m", max_tokens=9, messages=[])
        ''', [(19, 16, 'LLM003'), (22, 1, 'LLM003')], id='getattr-of-a-wrapped-base'),
]


@pytest.mark.parametrize(('src', 'expected'), SELF_ASKING_GETATTR)
def test_a_getattr_asked_again_for_the_name_it_resolves(src: str, expected: list[tuple[int, int, str]]) -> None:
    assert findings(src) == expected
