"""tools/catalogue_diff.py reads SDK source trees the way the generators lay them out.

The full diff downloads wheels and is run by hand (see the tool's docstring); these tests run
its readers on small trees written here, so they need no network.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location('catalogue_diff', ROOT / 'tools' / 'catalogue_diff.py')
assert _spec is not None and _spec.loader is not None
catalogue_diff = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogue_diff)

STAINLESS = {
    'acme/__init__.py': 'from ._client import Acme, AsyncAcme\n',
    'acme/_client.py': (
        'from typing import TYPE_CHECKING\n'
        'from ._base_client import SyncAPIClient\n'
        'from ._compat import cached_property\n'
        'if TYPE_CHECKING:\n'
        '    from .resources.chat import ChatResource\n'
        'class Acme(SyncAPIClient):\n'
        '    @cached_property\n'
        '    def chat(self) -> ChatResource:\n'
        '        from .resources.chat import ChatResource\n'
        '        return ChatResource(self)\n'
        '    @cached_property\n'
        '    def with_raw_response(self) -> AcmeWithRawResponse:\n'
        '        return AcmeWithRawResponse(self)\n'
        '    def embed(self, **body):\n'
        '        return self.post("/embed", body=body)\n'
        'class AsyncAcme(Acme):\n'
        '    pass\n'
        'class AcmeWithRawResponse:\n'
        '    def leak(self):\n'
        '        return self._post("/x")\n'
    ),
    'acme/_base_client.py': 'class SyncAPIClient:\n    def post(self, path, **kw):\n        return self._post(path)\n',
    'acme/resources/__init__.py': '',
    'acme/resources/chat.py': (
        'from .._resource import SyncAPIResource\n'
        'from .completions import Completions\n'
        'class ChatResource(SyncAPIResource):\n'
        '    @property\n'
        '    def completions(self) -> Completions:\n'
        '        return Completions(self._client)\n'
    ),
    'acme/resources/completions.py': (
        'from typing import overload\n'
        'class Completions:\n'
        '    @overload\n'
        '    def create(self, *, stream: bool): ...\n'
        '    def create(self, **body):\n'
        '        return self._post("/chat/completions", body=body)\n'
        '    def list(self):\n'
        '        return self._get_api_list("/chat/completions")\n'
        '    def parse(self, **body):\n'
        '        return _parse(self, body)\n'
        '    def _private(self):\n'
        '        return self._post("/p")\n'
    ),
}

SPEAKEASY = {
    'mist/__init__.py': 'from .sdk import *\n',
    'mist/sdk.py': (
        'class BaseSDK:\n    pass\n'
        'class Mist(BaseSDK):\n'
        '    chat: "Chat"\n'
        '    _sub_sdk_map = {"chat": ("mist.chat", "Chat"), "fim": ("mist.fim", "Fim")}\n'
    ),
    'mist/chat.py': (
        'class Chat:\n'
        '    def complete(self, **kw):\n'
        '        return self._build_request(method="POST", path="/v1/chat/completions")\n'
        '    async def complete_async(self, **kw):\n'
        '        return self._build_request_async(method="POST", path="/v1/chat/completions")\n'
        '    def get(self, id):\n'
        '        return self._build_request(method="GET", path="/v1/chat/{id}")\n'
    ),
    'mist/fim.py': 'class Fim:\n    def complete(self):\n        return self.do_request(method="POST")\n',
}

FERN = {
    'co/__init__.py': 'from .client import Co\n',
    'co/client.py': (
        'from .raw_client import RawCo\n'
        'class Co:\n'
        '    def __init__(self):\n'
        '        self._raw_client = RawCo()\n'
        '        self.batches = BatchesClient()\n'
        '    def chat(self, **kw):\n'
        '        return self._raw_client.chat(**kw).data\n'
        '    def tokenize(self, **kw):\n'
        '        return self._raw_client.tokenize(**kw).data\n'
        'class BatchesClient:\n'
        '    def create(self):\n'
        '        return self._client_wrapper.httpx_client.request("v2/batches", method="POST")\n'
    ),
    'co/raw_client.py': (
        'class RawCo:\n'
        '    def chat(self, **kw):\n'
        '        return self._client_wrapper.httpx_client.request("v2/chat", method="POST")\n'
        '    def tokenize(self, **kw):\n'
        '        return self._client_wrapper.httpx_client.request("v1/tokenize", method="POST")\n'
    ),
}

XAI = {  # gRPC stubs and a two-step object (catalogue.RESULT_TYPES names xai_sdk.Client.chat.create)
    'xai_sdk/__init__.py': 'from .sync.client import Client\n',
    'xai_sdk/sync/__init__.py': '',
    'xai_sdk/sync/client.py': (
        'from . import chat\n'
        'class Client:\n'
        '    def __init__(self, channel):\n'
        '        self.chat = chat.Client(channel)\n'
    ),
    'xai_sdk/sync/chat.py': (
        'class Client:\n'
        '    def create(self, model):\n'
        '        return Chat(self._stub, model)\n'
        '    def get_stored_completion(self, id):\n'
        '        return self._stub.GetStoredCompletion(id)\n'
        'class Chat:\n'
        '    def append(self, message):\n'
        '        self._messages.append(message)\n'
        '    def sample(self):\n'
        '        return self._stub.GetCompletion(self._request())\n'
        '    def think_twice(self):\n'
        '        return self._stub.GetCompletion(self._request())\n'
    ),
}

MODULE = {
    'rep/__init__.py': (
        'from rep.client import Client\n'
        'default_client = Client()\n'
        'run = default_client.run\n'
        '_private = default_client.run\n'
        'def stream(ref):\n    return default_client.stream(ref)\n'
    ),
    'rep/client.py': 'class Client:\n    def run(self, ref):\n        return self._request("POST", "/predictions")\n',
}


def write(tmp_path: Path, files: dict[str, str]) -> str:
    """The files under ``tmp_path``; the tree's root."""
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return str(tmp_path)


@pytest.mark.parametrize(('files', 'start', 'expected'), [
    pytest.param(STAINLESS, 'acme.Acme', {
        'chat.completions.create': 'POST', 'chat.completions.list': 'GET',
        'chat.completions.parse': 'helper', 'embed': 'helper',
    }, id='stainless'),
    pytest.param(STAINLESS, 'acme.AsyncAcme', {
        'chat.completions.create': 'POST', 'chat.completions.list': 'GET',
        'chat.completions.parse': 'helper', 'embed': 'helper',
    }, id='stainless-subclass'),
    pytest.param(SPEAKEASY, 'mist.Mist', {
        'chat.complete': 'POST', 'chat.complete_async': 'POST', 'chat.get': 'GET', 'fim.complete': 'POST',
    }, id='speakeasy'),
    pytest.param(FERN, 'co.Co', {'chat': 'POST', 'tokenize': 'POST', 'batches.create': 'POST'}, id='fern'),
    pytest.param(XAI, 'xai_sdk.Client', {'chat.create': 'helper', 'chat.get_stored_completion': 'RPC'}, id='grpc'),
])
def test_walk(tmp_path: Path, files: dict[str, str], start: str, expected: dict[str, str]) -> None:
    tree = catalogue_diff.Tree(write(tmp_path, files))
    assert catalogue_diff.walk(tree, start) == expected


def test_walk_of_a_missing_class(tmp_path: Path) -> None:
    tree = catalogue_diff.Tree(write(tmp_path, STAINLESS))
    with pytest.raises(LookupError, match='^acme.Gone: no such class in the wheel$'):
        catalogue_diff.walk(tree, 'acme.Gone')


def test_module_functions(tmp_path: Path) -> None:
    tree = catalogue_diff.Tree(write(tmp_path, MODULE))
    assert catalogue_diff.module_functions(tree, 'rep') == {'rep.run': 'helper', 'rep.stream': 'helper'}


def test_service_operations(tmp_path: Path) -> None:
    folder = tmp_path / 'botocore' / 'data' / 'bedrock-runtime'
    for date, operations in (('2020-01-01', ['Old']), ('2023-09-30', ['InvokeModelWithResponseStream', 'ListThings'])):
        (folder / date).mkdir(parents=True)
        with gzip.open(folder / date / 'service-2.json.gz', 'wt') as f:
            json.dump({'operations': {name: {} for name in operations}}, f)
    assert catalogue_diff.service_operations(str(tmp_path), 'bedrock-runtime') == {
        'invoke_model_with_response_stream': 'OPERATION', 'list_things': 'OPERATION',
    }


def test_report_names_what_the_catalogue_lacks_and_what_no_version_offers(tmp_path: Path) -> None:
    root = write(tmp_path, XAI)
    pin = catalogue_diff.Pin('xai-sdk', ('9.9.9',), 'xai', ('xai_sdk.Client',), (), (), ())
    text, unreviewed = catalogue_diff.report([pin], lambda package, version: root)
    lines = text.splitlines()
    # chat.create (a local factory) and Chat.append are reviewed; Chat.sample is an endpoint
    assert lines[:2] == [
        'xai-sdk 9.9.9 (LLM201 xai): 1 catalogued, 3 reviewed not billable, 1 unreviewed',
        '    unreviewed: chat.create().think_twice  [RPC]',
    ]
    stale = lines[3].split(': ')[-1].split(', ')
    assert lines[3].startswith('xai: catalogued, in no pinned version: ') and stale[:2] == ['batch.add', 'batch.create']
    assert 'sample' not in stale and 'image.sample' in stale
    assert (lines[-1], unreviewed) == ('1 unreviewed', 1)


def test_pins_name_catalogue_providers_and_constructors() -> None:
    from check_llm_usage import catalogue

    for pin in catalogue_diff.load_pins(catalogue_diff.PINS):
        provider = next(p for p in catalogue.PROVIDERS if p.key == pin.provider)
        assert [c for c in pin.clients if c not in provider.constructors] == [], pin.package
        assert set(pin.services) <= set(catalogue.SERVICE_CLIENTS), pin.package
