"""The pre-filter is sound: every rule's examples pass it, and each of its words is needed."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from check_llm_usage import catalogue
from check_llm_usage import prefilter
from check_llm_usage.matching import find_direct_calls
from check_llm_usage.checker import Options
from check_llm_usage.checker import check_source

TRACKERS = (catalogue.DEFAULT_TRACKER,)
# the filter must let through what any selection of codes reports, off-by-default groups too
EVERY_CODE = frozenset(p.code for p in catalogue.PROVIDERS)


def codes(source: str) -> list[str]:
    """What the analyzer reports for every code, with no pre-filter in front of it."""
    return [call.provider.code for call in find_direct_calls(ast.parse(source), TRACKERS, EVERY_CODE)]


def renamed(source: str, rule: prefilter.Rule, word: bytes) -> str:
    """``source`` with every occurrence of one of ``rule``'s words changed."""
    text = word.decode()
    if rule.host:
        return source.replace(text, f'{text[:1]}Q{text[1:]}')
    return re.sub(rf'\b{re.escape(text)}\b', f'{text}_renamed', source)


def qualified_names(module: str) -> list[str]:
    """The catalogue's callables under ``module``: functions, constructors, boto3 factories."""
    names = [n for p in catalogue.PROVIDERS for n in (*p.functions, *p.constructors)]
    names += sorted(catalogue.SERVICE_FACTORIES | catalogue.SESSION_CONSTRUCTORS)
    return [n for n in names if n.startswith(f'{module}.')]


def module_candidates(rule: prefilter.Rule) -> list[str]:
    """Sources from the catalogue that can only match through ``rule``'s module."""
    module = next(
        m for p in catalogue.PROVIDERS for m in p.modules
        if frozenset(m.encode().split(b'.')) == rule.words and m.encode().startswith(rule.imported)
    )
    provider = next(p for p in catalogue.PROVIDERS if module in p.modules)
    # an endpoint called on an unknown receiver in a file that imports the SDK, naming a model
    sources = [
        f'import {module}\ndef ask(client):\n    return client.{endpoint}(model="m")\n'
        for endpoint in provider.endpoints
    ]
    for name in qualified_names(module):
        if name in provider.functions:
            sources.append(f'import {module}\n{name}(prompt)\n')
        elif name in catalogue.SERVICE_FACTORIES:
            for endpoint in catalogue.BY_CODE['LLM005'].endpoints:
                sources.append(f'import {module}\n{name}("bedrock-runtime").{endpoint}(x)\n')
        elif name in catalogue.SESSION_CONSTRUCTORS:
            for endpoint in catalogue.BY_CODE['LLM005'].endpoints:
                sources.append(f'import {module}\n{name}().client("bedrock-runtime").{endpoint}(x)\n')
        else:
            sources += [f'import {module}\n{name}().{endpoint}(x)\n' for endpoint in provider.endpoints]
    return sources


def candidates(rule: prefilter.Rule) -> list[str]:
    """Example sources for ``rule``, built from the catalogue."""
    if rule.imported:
        return module_candidates(rule)
    if rule.host:
        return [
            f'import requests\nrequests.post("https://{host.replace("*", "x")}/v1", json=body)\n'
            for p in catalogue.PROVIDERS for host in p.hosts
            if frozenset(f.encode() for f in catalogue.host_fragments(host)) == rule.words
        ]
    tails = [t for p in catalogue.PROVIDERS for t in p.distinctive_tails]
    sources = [
        f'def ask(client):\n    return client.{tail}(prompt)\n'
        for tail in tails if frozenset(w.encode() for w in tail.split('.')) == rule.words
    ]
    sources += [
        f'response = {name}(model="m", messages=messages)\n'
        for name in sorted(catalogue.UNBOUND_LITELLM_NAMES) if frozenset((name.encode(),)) == rule.words
    ]
    return sources


def example(rule: prefilter.Rule) -> str | None:
    """The first candidate that is reported, and loses a code once any word is renamed.

    (Renaming may leave another code: ``LlamaAPIClient().chat.completions.create`` is still
    OpenAI's generic tail once ``llama_api_client`` is gone.)
    """
    for source in candidates(rule):
        found = set(codes(source))
        if found and not any(found <= set(codes(renamed(source, rule, w))) for w in rule.words):
            return source
    return None


RULE_PARAMS = [
    pytest.param(rule, id='+'.join(sorted(w.decode() for w in rule.words))) for rule in prefilter.RULES
]


@pytest.mark.parametrize('rule', RULE_PARAMS)
def test_every_rule_has_an_example_that_passes_the_filter_and_is_reported(rule):
    source = example(rule)
    assert source is not None
    assert prefilter.could_match(source.encode())


@pytest.mark.parametrize('rule', RULE_PARAMS)
def test_renaming_a_word_of_a_rule_loses_a_code(rule):
    source = example(rule)
    assert source is not None
    for word in rule.words:
        changed = renamed(source, rule, word)
        assert not set(codes(source)) <= set(codes(changed)), (word, changed)


def test_every_catalogue_call_through_a_module_passes_the_filter():
    # every source module_candidates builds (all of them, not one per rule) that the analyzer
    # reports names one of its SDK's call words (prefilter.call_words)
    sources = [source for rule in prefilter.RULES if rule.imported for source in module_candidates(rule)]
    assert len(sources) > 10_000
    assert [s for s in sources if codes(s) and not prefilter.could_match(s.encode())] == []


def test_rule_words_are_the_rules_words():
    assert prefilter.RULE_WORDS == [rule.words for rule in prefilter.RULES]


def test_every_catalogue_entry_is_covered_by_a_rule():
    def covered(name: str) -> bool:
        parts = frozenset(w.encode() for w in name.split('.'))
        return any(
            rule.words <= parts and rule.imported in (b'', name.encode().split(b'.')[0])
            for rule in prefilter.RULES
        )

    services = set(catalogue.SERVICE_CLIENTS.values())  # reached only through a boto3 factory
    names = [n for p in catalogue.PROVIDERS for n in (*p.functions, *p.constructors) if n not in services]
    names += [*catalogue.SERVICE_FACTORIES, *catalogue.SESSION_CONSTRUCTORS, *catalogue.MODULE_CLIENTS]
    names += [t for p in catalogue.PROVIDERS for t in p.distinctive_tails]
    names += catalogue.UNBOUND_LITELLM_NAMES
    names += [m for p in catalogue.PROVIDERS for m in p.modules]
    assert [n for n in names if not covered(n)] == []
    hosts = {frozenset(f.encode() for f in catalogue.host_fragments(h)) for p in catalogue.PROVIDERS for h in p.hosts}
    assert hosts == {r.words for r in prefilter.RULES if r.host}


def test_every_anchor_is_a_substring_of_a_word_of_each_word_rule():
    for rule in prefilter.RULES:
        if not rule.imported and not rule.host:
            assert any(a in w for a in prefilter.ANCHORS for w in rule.words), rule


COULD_MATCH = [
    pytest.param('c.chat.completions.create(model="m")\n', True, id='tail'),
    pytest.param('# we call client.chat.completions.create here\n', False, id='tail-in-a-comment'),
    pytest.param('x = 1  # till completion\n', False, id='word-in-a-trailing-comment'),
    pytest.param('x = "#"; completion()\n', True, id='hash-in-a-string-before-the-word'),
    pytest.param('s = f"""\n# {completion()}"""\n', True, id='hash-before-an-f-string-field'),
    pytest.param('"""Run it till completion."""\n', False, id='word-between-plain-words'),
    pytest.param('"""Wait for completion of the task."""\n', False, id='word-before-a-plain-word'),
    pytest.param('return completion\n', True, id='word-after-a-keyword'),
    pytest.param('x = 1if completion else 2\n', True, id='word-after-a-keyword-glued-to-a-number'),
    pytest.param('x = completion if y else z\n', True, id='word-before-a-keyword'),
    pytest.param('"""Tab for command completion"""\n', False, id='word-after-a-word-ending-like-a-keyword'),
    pytest.param('x = 0xfor completion in y\n', True, id='word-after-a-keyword-glued-to-a-hex-number'),
    pytest.param('x = [completion for completion in y]\n', True, id='word-before-for'),
    pytest.param(
        'import importlib\nm = importlib.import_module("""\n# x.chat.completions""").create\n', True,
        id='import-module-reads-comments-too',
    ),
    pytest.param('"""Clients get along together."""\n', False, id='module-word-not-imported'),
    pytest.param('import os\n# together\n', False, id='module-word-in-a-comment'),
    pytest.param('import os, \\\n    together\nc.create(model="m")\n', True, id='import-list-continued'),
    pytest.param('import os as o, together as t\nc.create(model="m")\n', True, id='import-list-aliases'),
    pytest.param('from\ttogether.client import Together\nc.create(model="m")\n', True, id='from-import'),
    pytest.param('from google import genai\nc.send_message("x")\n', True, id='from-import-submodule'),
    pytest.param('from google import protobuf\nc.send_message("x")\n', False, id='google-without-genai'),
    pytest.param('import importlib\nm = importlib.import_module("together")\nm.create(model="m")\n', True, id='import-module-string'),
    pytest.param('from importlib import import_module\nm = import_module("together")\nm.create(model="m")\n', True, id='imported-import-module'),
    pytest.param('m = support.import_module("together")\nm.create(model="m")\n', False, id='import-module-not-from-importlib'),
    pytest.param(
        'import litellm\nm = importlib.import_module("json")\nlitellm.embedding(model="m")\n', True,
        id='import-statement-beside-import-module',
    ),
    pytest.param('import importlib\nm = importlib.import_module(name)\nx = "openai"\nm.create(model="m")\n', True, id='import-module-any-string'),
    pytest.param('import importlib\nm = importlib.import_module(name)\n# openai\nm.create(model="m")\n', False, id='import-module-root-in-a-comment'),
    pytest.param('x.completions_total = 1\n', False, id='word-inside-identifier'),
    pytest.param('r = completion(model="m")\n', True, id='unbound-name'),
    pytest.param('c.chat.complete(model="m")\n', True, id='two-word-tail'),
    pytest.param('c.fim.create(model="m")\n', False, id='tail-with-a-missing-word'),
    pytest.param('import ｏｐｅｎａｉ\nc.create(model="m")\n', True, id='nfkc-identifier'),
    pytest.param('# -*- coding: latin-1 -*-\nimport oll\xaama\nc.chat(model="m")\n', True, id='nfkc-latin-1'),
    pytest.param('x = "caf\xe9"\n', False, id='non-ascii-without-words'),
    # an imported SDK counts where one of its calls is named (prefilter.call_words)
    pytest.param('import litellm\n', False, id='sdk-imported-no-call-named'),
    pytest.param('import litellm\n# then completion\n', False, id='sdk-call-named-in-a-comment'),
    pytest.param('import litellm\nlitellm.completion(model="m")\n', True, id='sdk-function-called'),
    pytest.param('from litellm import completion as ask\nask(model="m")\n', True, id='sdk-function-imported-as'),
    pytest.param('import litellm\nask = getattr(litellm, "completion")\n', True, id='sdk-call-named-in-a-string'),
    pytest.param('import dspy\nlm = dspy.LM("m")\nlm("hi")\n', True, id='client-called-itself'),
    pytest.param('import boto3\nboto3.client("bedrock-runtime").converse(modelId="m")\n', True, id='service-client'),
    pytest.param('from google import genai\nchat = genai.Client().chats.create(model="m")\nchat.send_message("x")\n', True, id='returned-object'),
    pytest.param('import openai\nclient = openai.OpenAI()\nclient.files.list()\n', False, id='sdk-non-billable-call'),
    # ... as an attribute or an imported name: a variable, a parameter or a method of that name
    # is none of the SDK's (prefilter._attribute_name)
    pytest.param('import litellm\nresponses = []\nresponses.append(1)\n', False, id='sdk-call-word-a-variable'),
    pytest.param('import litellm\ndef f(responses):\n    return len(responses)\n', False, id='sdk-call-word-a-parameter'),
    pytest.param('import litellm\nclass A:\n    def aresponses(self):\n        pass\n', False, id='sdk-call-word-a-method'),
    pytest.param('import litellm\nf(\n    aresponses)\n', False, id='sdk-call-word-a-name-read'),
    pytest.param('import litellm\nlitellm . aresponses(model="m")\n', True, id='sdk-call-word-after-a-dot-and-blanks'),
    pytest.param('import litellm\nr = (litellm\n    .aresponses(model="m"))\n', True, id='sdk-call-word-after-a-dot-starting-a-line'),
    pytest.param('import litellm\nr = (litellm.\n    aresponses(model="m"))\n', True, id='sdk-call-word-after-a-dot-ending-a-line'),
    pytest.param('import litellm\r\nr = (litellm.\r\n    aresponses(model="m"))\r\n', True, id='sdk-call-word-after-a-dot-ending-a-crlf-line'),
    pytest.param('import litellm\nr = (litellm.  # why\n    aresponses(model="m"))\n', True, id='sdk-call-word-after-a-comment'),
    pytest.param('import litellm\nr = (litellm.\n\n    aresponses(model="m"))\n', True, id='sdk-call-word-after-a-blank-line'),
    pytest.param('import litellm\nr = litellm.\\\n    aresponses(model="m")\n', True, id='sdk-call-word-after-a-continuation'),
    pytest.param('from litellm import (\n    aresponses,\n)\naresponses(model="m")\n', True, id='sdk-call-word-imported-in-parentheses'),
    pytest.param('from litellm import *\naresponses(model="m")\n', True, id='sdk-call-word-through-a-star-import'),
    pytest.param('m = __import__("litellm")\nm.aresponses(model="m")\n', True, id='sdk-call-word-through-dunder-import'),
    pytest.param('doc = "see __import__()"\nnote = "litellm is used"\nx.aresponses()\n', False, id='sdk-call-word-dunder-import-named'),
    pytest.param('import sys\nm = sys.modules["litellm"]\nm.aresponses(model="m")\n', True, id='sdk-call-word-through-sys-modules'),
    pytest.param('import sys\nsys.modules.get("cohere").ClientV2().embed(texts=[])\n', True, id='sdk-call-word-through-sys-modules-get'),
    pytest.param('import sys\nnote = "litellm is used"\nsys.modules.clear()\nx.aresponses()\n', False, id='sdk-call-word-sys-modules-named'),
    # a string annotation is parsed as code: its dot may be in another literal, or an escape
    pytest.param(
        'import openai\ndef embed(fn: "openai.OpenAI().embeddings." "create"):\n    return fn(model="m", input=[])\n',
        True, id='sdk-call-word-in-a-concatenated-annotation',
    ),
    pytest.param(
        'import anthropic\nmake: "anthropic.Anthropic().messages." \'create\'\nmake(model="m", messages=[])\n',
        True, id='sdk-call-word-in-a-module-annotation',
    ),
    pytest.param(
        'import openai\nfn: "openai.OpenAI().embeddings\\N{FULL STOP}create"\nfn(model="m", input=[])\n',
        True, id='sdk-call-word-after-an-escaped-dot',
    ),
    pytest.param(
        'import openai\nfn: """(openai.OpenAI().embeddings\\N{FULL STOP}\ncreate)"""\nfn(model="m", input=[])\n',
        True, id='sdk-call-word-after-an-escaped-dot-ending-a-line',
    ),
    pytest.param(
        'from typing import Optional\nimport cohere\ndef run(chat: Optional["cohere.ClientV2()." "chat"] = None):\n'
        '    return chat(model="m", messages=[])\n',
        True, id='sdk-call-word-in-an-optional-annotation',
    ),
    # documented in the README: text split across literals is not looked for
    pytest.param('import requests\nrequests.post("https://api." "openai.com/v1")\n', False, id='host-split-across-literals'),
    pytest.param('def f(gateway):\n    return gateway.post("/v1/chat/completions", json=b)\n', True, id='llm-api-path'),
    pytest.param('def f(gateway):\n    return gateway.post("/v1/chat/" "completions")\n', False, id='llm-api-path-split-across-literals'),
    pytest.param('import requests\nrequests.post(f"{base}/openai/deployments/{d}/embeddings")\n', True, id='azure-deployment-path'),
    pytest.param('import requests\nrequests.post("http://127.0.0.1:11434/api/chat", json=b)\n', True, id='ollama-port'),
    pytest.param('import requests\nrequests.post(f"{url}/ml/v1/text/chat", json=b)\n', True, id='watsonx-path'),
    pytest.param('import requests\nrequests.post(f"{OLLAMA_URL}/api/chat", json=b)\n', True, id='ollama-path-on-a-name'),
    pytest.param('import requests\nrequests.post(f"{SERVICE_URL}/api/chat", json=b)\n', False, id='api-path-on-another-name'),
    pytest.param('import requests\nrequests.post("http://127.0.0.1:8080/api/chat", json=b)\n', False, id='another-port'),
]


@pytest.mark.parametrize(('source', 'expected'), COULD_MATCH)
def test_could_match(source, expected):
    encoding = 'latin-1' if 'latin-1' in source else 'utf-8'
    assert prefilter.could_match(source.encode(encoding)) is expected


@pytest.mark.parametrize(('source', 'expected'), [p for p in COULD_MATCH if 'sdk-call-word' in p.id])
def test_an_sdk_call_word_counts_where_the_analyzer_can_report_it(source, expected):
    assert bool(codes(source)) is expected


@pytest.mark.parametrize(
    ('source', 'folded'),
    [
        pytest.param('import ｏｐｅｎａｉ\n', 'import openai\n', id='fullwidth-identifier'),
        pytest.param('x = "ｏｐｅｎａｉ"  # ﬁne\n', 'x = "openai"  # fine\n', id='identifier-characters-anywhere'),
        pytest.param('s = "a\xa0b，c"\n', None, id='no-break-space-and-fullwidth-comma-stay'),
        pytest.param('s = "café"\n', None, id='already-normal'),
        pytest.param('µs = 1\n', None, id='micro-sign-folds-into-no-ascii'),
    ],
)
def test_only_what_could_be_an_identifier_is_folded(source, folded):
    result = prefilter._nfkc(source)
    assert (result if result is None else result.decode()) == folded


def test_a_fullwidth_import_is_parsed_and_reported():
    source = 'import ｏｐｅｎａｉ\nｏｐｅｎａｉ.embeddings.create(input="x")\n'.encode()
    assert [f.code for f in check_source('wide.py', source, Options())] == ['LLM002']


@pytest.mark.parametrize(('source', 'expected'), [
    pytest.param(b'from m import a\n', {b'a'}, id='newline'),
    pytest.param(b'from m import a \\\n    , b\n', {b'a', b'b'}, id='continued-lf'),
    pytest.param(b'from m import a \\\r\n    , b\r\n', {b'a', b'b'}, id='continued-crlf'),
    pytest.param(b'from m import a \\\r    , b\r', {b'a', b'b'}, id='continued-cr'),
    pytest.param(b'from m \\\n import a\n', {b'a'}, id='continued-before-import'),
    pytest.param(b'from m import a; x = 1', {b'a'}, id='semicolon'),
    pytest.param(b'from m import a  # c', {b'a'}, id='comment'),
    pytest.param(b'from m import (a,\n b)\n', {b'a', b'b'}, id='parenthesised'),
    # the file ends inside the statement: the next line might have bound more
    pytest.param(b'from m import a', None, id='no-end'),
    pytest.param(b'from m import a \\\n', None, id='continued-to-the-end-lf'),
    pytest.param(b'import a \\\r\n', None, id='continued-to-the-end-crlf'),
    pytest.param(b'from m import a \\\r', None, id='continued-to-the-end-cr'),
])
def test_import_words_reads_each_statement_to_its_logical_end(source: bytes, expected: set[bytes] | None) -> None:
    assert prefilter.import_words(source) == expected


@pytest.mark.parametrize('words', [
    pytest.param(set(), id='none'),
    pytest.param({b'a', b'ab', b'ba', b'c'}, id='one-byte'),
    pytest.param({b'openai', b'api.openai.com', b'penai', b'xai', b'xai_sdk', b'zai'}, id='nested'),
    pytest.param({max(sorted(r.words), key=len) for r in prefilter.RULES}, id='the-rules-anchors'),
])
def test_minimal_keeps_exactly_the_words_containing_no_other(words: set[bytes]) -> None:
    assert prefilter._minimal(words) == sorted(w for w in words if not any(o != w and o in w for o in words))


@pytest.mark.parametrize(('source', 'expected'), [
    pytest.param(b'x = 1  # llm-usage: ignore[LLM001] billed elsewhere\n', True, id='ours'),
    pytest.param(b'litellm.completion()  # noqa: LLM001\n', True, id='noqa-with-our-code'),
    pytest.param(b'x = 1  # NOQA: E501,llm003\r\n', True, id='noqa-upper-crlf'),
    pytest.param(b'import os  # noqa: F401\nlitellm.completion()\n', False, id='noqa-and-llm-on-other-lines'),
    pytest.param(b'import litellm\n', False, id='no-noqa'),
    pytest.param(b'import os  # noqa: F401\nx()  # noqa: E501\ny()  # noqa: LLM001\n', True, id='the-third-noqa-line'),
    pytest.param(b'import os  # noqa: F401\nlitellm.completion()  # NOQA: LLM001', True, id='upper-on-the-last-line'),
    pytest.param(b'# LLM001 is ours\nx = 1  # noqa\n', False, id='llm-on-the-line-before'),
    pytest.param(b'x = 1  # noqa: E501\n# llm001\n', False, id='llm-on-the-line-after'),
    pytest.param(b'x = 1  # noqa\r# LLM001\r', True, id='cr-is-no-line-end-here'),
    pytest.param(b'from litellm import completion  # noqa: F401\n', False, id='litellm-is-no-code'),
    pytest.param(b'import litellm  # noqa: F401,LLM001\n', True, id='a-code-after-a-comma'),
    pytest.param(b'from litellm import x  # noqa:llm001\n', True, id='a-code-after-the-colon'),
    pytest.param(b'import litellm  # noqa: F401 x_llm001\n', False, id='llm-inside-a-word'),
])
def test_has_suppressions_looks_for_a_noqa_and_an_llm_code_on_one_line(source: bytes, expected: bool) -> None:
    assert prefilter.has_suppressions(source) is expected
    # never less than the comments suppressions.find reads
    from check_llm_usage import suppressions

    assert bool(suppressions.find(source)) <= expected


PROJECT = Path(__file__).resolve().parent.parent
# real code: the examples, the app corpus, the SDK snippets, the package and its tests (LLM calls in strings)
REAL_FILES = sorted(
    path for top in ('examples', 'benchmarks', 'hooks', 'tests') for path in (PROJECT / top).rglob('*.py')
    if '.cache' not in path.parts
)


def test_the_scans_without_and_with_the_staged_tables_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [path.read_bytes() for path in REAL_FILES]
    sources += [p.values[0].encode('latin-1' if 'latin-1' in p.values[0] else 'utf-8') for p in COULD_MATCH]
    for rule in prefilter.RULES:
        for source in candidates(rule):
            sources += [text.encode() for text in (source, *(renamed(source, rule, w) for w in rule.words))]
    answers = {}
    for direct_bytes in (2 ** 62, -1):  # every file rule by rule; every file staged
        monkeypatch.setattr(prefilter, '_DIRECT_BYTES', direct_bytes)
        monkeypatch.setattr(prefilter, '_BUILT', [])
        answers[direct_bytes] = [(prefilter.could_match(d), prefilter.names_sdk_in_a_string(d)) for d in sources]
        assert prefilter._tables().staged is (direct_bytes < 0)
    assert answers[2 ** 62] == answers[-1]
    assert {(True, True), (True, False), (False, False)} <= set(answers[-1])


@pytest.mark.parametrize('text', [
    pytest.param(b'openai litellm', id='plain'),
    pytest.param(b'openai.x openai_x xopenai openai2 2openai', id='inside-longer-words'),
    pytest.param(b'(openai,litellm)\\\ngroq', id='punctuation'),
    pytest.param(b'\xe9openai openai\xe9 \xef\xbd\x8fpenai', id='non-ascii-neighbours'),
    pytest.param(b'', id='empty'),
    pytest.param(b'\n'.join(path.read_bytes() for path in REAL_FILES), id='real-files'),
])
def test_words_finds_the_roots_the_word_boundary_regex_finds(text: bytes) -> None:
    roots = prefilter.sdk_roots()
    pattern = re.compile(rb'\b(?:' + b'|'.join(sorted(roots)) + rb')\b')
    assert prefilter.ascii_words(text) & roots == set(pattern.findall(text))


WORD_AFTER = re.compile(rb'[ \t\f]+([A-Za-z_]\w*)(?![\w\x80-\xff\'"])')


@pytest.mark.parametrize('text', [
    pytest.param(b'x completion of', id='word'),
    pytest.param(b'x \t\f _a1 ', id='blanks'),
    pytest.param(b'x 1abc', id='digit-first'),
    pytest.param(b'x abc"', id='quote-after'),
    pytest.param(b"x abc'", id='apostrophe-after'),
    pytest.param(b'x abc\xe9', id='non-ascii-after'),
    pytest.param(b'x abc\n', id='newline-after'),
    pytest.param(b'x\nabc', id='newline-is-no-blank'),
    pytest.param(b'x abc', id='end-of-data'),
    pytest.param(b'x ', id='blanks-to-the-end'),
    pytest.param(b'x(abc)', id='no-blank'),
    pytest.param(b'\n'.join(path.read_bytes() for path in REAL_FILES[:40]), id='real-files'),
])
def test_word_after_is_what_the_regex_matches(text: bytes) -> None:
    for end in range(len(text) + 1):
        found = WORD_AFTER.match(text, end)
        assert prefilter._word_after(text, end) == (found and found.group(1)), end


# --- what a module's bytes tell of one name's bindings (the project layer's name gate) ---------

TOP, NESTED, OTHER, DEF, STORE = (
    prefilter.TOP_DEFINITION, prefilter.DEFINITION, prefilter.OTHER, prefilter.FUNCTION, prefilter.STORE,
)
NAME_BINDINGS = [
    # definitions
    pytest.param('def name(x):\n    pass\n', TOP | DEF, id='def'),
    pytest.param('async  def name():\n    pass\n', TOP | DEF, id='async-def'),
    pytest.param('class name(Base):\n    pass\n', TOP, id='class'),
    pytest.param('class name:\n    pass\n', TOP | STORE, id='class-without-bases'),
    pytest.param('if TYPE_CHECKING:\n    def name():\n        pass\n', NESTED | DEF, id='indented-def'),
    pytest.param('x = 1; class name: pass\n', OTHER | STORE, id='def-not-starting-a-line'),
    pytest.param('def \\\n  name():\n    pass\n', TOP | DEF, id='def-over-a-continued-line'),
    # bindings to a value, as the scope model makes them
    pytest.param('name = openai.OpenAI()\n', OTHER | STORE, id='assignment'),
    pytest.param('a = name = make()\n', OTHER | STORE, id='chained-assignment'),
    pytest.param('(name) = make()\n', OTHER | STORE, id='parenthesized-target'),
    pytest.param('name: Client = make()\n', OTHER | STORE, id='annotated'),
    pytest.param('name: Client\n', OTHER | STORE, id='annotation-only'),
    pytest.param('if x:\n    pass\nelse: name: int = 1\n', OTHER | STORE, id='annotated-after-a-colon'),
    pytest.param('for name in clients:\n    pass\n', OTHER | STORE, id='for-target'),
    pytest.param('for (name) in clients:\n    pass\n', OTHER | STORE, id='for-target-in-parentheses'),
    pytest.param('with make() as name:\n    pass\n', OTHER | STORE, id='with-as'),
    pytest.param('with make() as (name):\n    pass\n', OTHER | STORE, id='with-as-in-parentheses'),
    pytest.param('if (name := make()):\n    pass\n', OTHER | STORE, id='walrus'),
    pytest.param('while name := make():\n    pass\n', OTHER | STORE, id='walrus-in-a-condition'),
    pytest.param('f(a, name := make())\n', OTHER | STORE, id='walrus-in-arguments'),
    pytest.param('[name := make()]\n', OTHER | STORE, id='walrus-in-a-list'),
    pytest.param('name \\\n    = make()\n', OTHER | STORE, id='continued-line'),
    pytest.param('a = name \\\n    = make()\n', OTHER | STORE, id='chained-over-a-continued-line'),
    pytest.param('ok = [c for name in z]\n', OTHER | STORE, id='comprehension-target'),
    pytest.param('f(name=1)\n', OTHER | STORE, id='keyword-argument'),
    pytest.param('x = "name = 1"\n', OTHER | STORE, id='in-a-string'),
    # bindings to no value (STORE only)
    pytest.param('a, name = pair\n', OTHER | STORE, id='tuple-target'),
    pytest.param('name += 1\n', STORE, id='augmented'),
    pytest.param('del name\n', STORE, id='del'),
    pytest.param('import name\n', STORE, id='import-left-to-import-words'),
    # reads
    pytest.param('name(1)\nname.x = 2\nname[0] = 3\nobj.name = 4\n', 0, id='call-attribute-subscript'),
    pytest.param('from .name import x\n', 0, id='relative-module'),
    pytest.param('# name = 1\n', 0, id='comment'),
    pytest.param('x = name\nf(a, name)\nf(name, a)\nisinstance(x, (A, name))\n', STORE, id='values-and-arguments'),
    pytest.param('def f(a: name) -> name:\n    return name if a else name\n', STORE, id='annotations-and-returns'),
    pytest.param('x = {name: 1, 2: name}\nlambda: name\n@name\ndef g(): pass\n', STORE, id='keys-lambda-decorator'),
]


@pytest.mark.parametrize(('source', 'expected'), NAME_BINDINGS)
def test_name_bindings(source: str, expected: int) -> None:
    assert prefilter.name_bindings(source.encode(), b'name') == expected


def test_name_bindings_agree_with_the_scope_model_on_the_standard_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """A differential proof on real code: where the bytes say a module binds a name only by
    def or class, or not at all, the scope model agrees (every 25th stdlib module)."""
    import sysconfig

    from check_llm_usage import project as project_layer
    from check_llm_usage.project import Project
    from check_llm_usage.scopes import ModuleScopes

    monkeypatch.setattr(project_layer, 'NAME_SCANS', 10 ** 9)  # every name of a module is read

    stdlib = Path(sysconfig.get_paths()['stdlib'])
    paths = sorted(p for p in stdlib.rglob('*.py') if 'site-packages' not in p.parts)[::25]
    project = Project(str(stdlib), (), 10 ** 7)
    told = definitions = 0
    for path in paths:
        try:
            tree = ast.parse(path.read_bytes())
        except (SyntaxError, ValueError):
            continue
        module = ModuleScopes(tree, str(path))
        defined = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
        for name in {*module.root.bindings, *defined}:
            kinds = {b.kind for b in module.root.bindings.get(name, ())}
            definitions += kinds in ({'function'}, {'class'})
            shown = project.definition(str(path), name)
            if shown:
                told += 1
                # no value but a def's or class's (``del name`` binds none); a class only if no def
                # anywhere (a method's name counts); none at all when the def is in a string
                valued = kinds - {'opaque'}
                assert valued <= ({'function', 'class'} if shown & prefilter.FUNCTION else {'class'}), (path, name)
            assert project.binds(str(path), name) or not kinds, (path, name)
    print(f'{told} of {definitions} definitions told')
    assert told > definitions / 3  # most, where no star import or __getattr__ is in the way
