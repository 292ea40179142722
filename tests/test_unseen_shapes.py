"""Shapes written without reading the analyzer or its tests: an independent check of issue 3.

Each case is a short realistic file and the exact findings (line, column, code) it must give.
"""
from __future__ import annotations

import textwrap

import pytest

from check_llm_usage.checker import Options
from check_llm_usage.checker import check_source


def findings(src: str) -> list[tuple[int, int, str]]:
    """(line, column, code) of the default configuration's findings on ``src``."""
    return [(f.line, f.column, f.code)
            for f in check_source('svc.py', textwrap.dedent(src).encode(), Options())]


PROVIDERS = [
    pytest.param('''\
        from anthropic import AsyncAnthropic

        class Summariser:
            def __init__(self) -> None:
                self._llm = AsyncAnthropic()

            async def run(self, text: str) -> str:
                msg = await self._llm.messages.create(model='claude', max_tokens=10, messages=[])
                return msg.content[0].text
        ''', [(8, 21, 'LLM003')], id='anthropic-async-self-attr'),
    pytest.param('''\
        import anthropic

        client = anthropic.AnthropicBedrock(aws_region='us-east-1')
        with client.messages.stream(model='m', max_tokens=5, messages=[]) as s:
            pass
        ''', [(4, 6, 'LLM003')], id='anthropic-bedrock-stream'),
    pytest.param('''\
        from anthropic import Anthropic

        def ask(q):
            c = Anthropic()
            return c.beta.messages.create(model='m', max_tokens=1, messages=[{'role': 'user', 'content': q}])
        ''', [(5, 12, 'LLM003')], id='anthropic-beta-messages'),
    pytest.param('''\
        from google import genai

        client = genai.Client(vertexai=True, project='p')
        resp = client.models.generate_content(model='gemini-2.0-flash', contents='hi')
        ''', [(4, 8, 'LLM004')], id='google-genai-models'),
    pytest.param('''\
        from google import genai

        async def go(client: genai.Client):
            return await client.aio.models.generate_content(model='m', contents='x')
        ''', [(4, 18, 'LLM004')], id='google-genai-aio-annotated-param'),
    pytest.param('''\
        import google.generativeai as palm

        model = palm.GenerativeModel('gemini-pro')
        out = model.generate_content('Write a haiku')
        ''', [(4, 7, 'LLM004')], id='google-generativeai-model'),
    pytest.param('''\
        from vertexai.generative_models import GenerativeModel

        def answer(prompt):
            return GenerativeModel('gemini-1.5-pro').generate_content(prompt).text
        ''', [(4, 12, 'LLM004')], id='vertexai-inline'),
    pytest.param('''\
        import boto3

        brt = boto3.client('bedrock-runtime', region_name='us-west-2')
        r = brt.converse(modelId='anthropic.claude', messages=[])
        ''', [(4, 5, 'LLM005')], id='bedrock-client-converse'),
    pytest.param('''\
        import boto3
        import json

        class Emb:
            def __init__(self, profile):
                self.rt = boto3.Session(profile_name=profile).client(service_name='bedrock-runtime')

            def embed(self, text):
                body = json.dumps({'inputText': text})
                return self.rt.invoke_model(modelId='amazon.titan-embed', body=body)
        ''', [(10, 16, 'LLM005')], id='bedrock-session-client-invoke-model'),
    pytest.param('''\
        import cohere

        co = cohere.ClientV2(api_key='k')
        res = co.chat(model='command-r', messages=[{'role': 'user', 'content': 'hi'}])
        ''', [(4, 7, 'LLM006')], id='cohere-v2-chat'),
    pytest.param('''\
        import cohere

        async def rerank(docs):
            co = cohere.AsyncClient()
            return await co.rerank(query='q', documents=docs, model='rerank-english-v3.0')
        ''', [(5, 18, 'LLM006')], id='cohere-async-rerank'),
    pytest.param('''\
        from mistralai import Mistral

        with Mistral(api_key='k') as m:
            res = m.chat.complete(model='mistral-small', messages=[])
        ''', [(4, 11, 'LLM007')], id='mistral-1x-with'),
    pytest.param('''\
        from mistralai.client import MistralClient

        client = MistralClient(api_key='k')
        resp = client.chat(model='mistral-tiny', messages=[])
        ''', [(4, 8, 'LLM007')], id='mistral-0x-client'),
    pytest.param('''\
        from groq import AsyncGroq

        async def main():
            client = AsyncGroq()
            stream = await client.chat.completions.create(model='llama3', messages=[], stream=True)
        ''', [(5, 20, 'LLM008')], id='groq-async'),
    pytest.param('''\
        from together import Together

        client = Together()
        out = client.completions.create(model='m', prompt='x')
        ''', [(4, 7, 'LLM009')], id='together-completions'),
    pytest.param('''\
        import ollama

        reply = ollama.chat(model='llama3', messages=[{'role': 'user', 'content': 'x'}])
        ''', [(3, 9, 'LLM010')], id='ollama-module'),
    pytest.param('''\
        from ollama import AsyncClient

        async def f():
            r = await AsyncClient(host='http://gpu:11434').generate(model='m', prompt='p')
        ''', [(4, 15, 'LLM010')], id='ollama-async-client-inline'),
    pytest.param('''\
        from huggingface_hub import InferenceClient

        hf = InferenceClient(model='meta-llama/Llama-3-8B')
        text = hf.text_generation('Once upon', max_new_tokens=20)
        ''', [(4, 8, 'LLM011')], id='hf-inference-client'),
    pytest.param('''\
        from azure.ai.inference import ChatCompletionsClient
        from azure.core.credentials import AzureKeyCredential

        client = ChatCompletionsClient(endpoint='https://x', credential=AzureKeyCredential('k'))
        response = client.complete(messages=[])
        ''', [(5, 12, 'LLM012')], id='azure-ai-inference'),
    pytest.param('''\
        from openai import AzureOpenAI

        client = AzureOpenAI(api_version='2024-02-01', azure_endpoint='https://x')
        e = client.embeddings.create(model='ada', input=['a'])
        ''', [(4, 5, 'LLM002')], id='openai-azure-embeddings'),
    pytest.param('''\
        import openai

        openai.ChatCompletion.create(model='gpt-3.5-turbo', messages=[])
        ''', [(3, 1, 'LLM002')], id='openai-v0-module'),
    pytest.param('''\
        import litellm

        router = litellm.Router(model_list=[])
        async def f():
            return await router.acompletion(model='gpt', messages=[])
        ''', [(5, 18, 'LLM001')], id='litellm-router'),
    pytest.param('''\
        import boto3

        def stream(prompt):
            client = boto3.client('bedrock-runtime')
            return client.invoke_model_with_response_stream(modelId='m', body=prompt)
        ''', [(5, 12, 'LLM005')], id='bedrock-invoke-model-stream'),
    pytest.param('''\
        from mistralai.async_client import MistralAsyncClient

        async def f():
            c = MistralAsyncClient(api_key='k')
            async for chunk in c.chat_stream(model='m', messages=[]):
                pass
        ''', [(5, 24, 'LLM007')], id='mistral-0x-async-stream'),
    pytest.param('''\
        from huggingface_hub import AsyncInferenceClient

        async def f(client: AsyncInferenceClient):
            return await client.chat_completion(messages=[], max_tokens=10)
        ''', [(4, 18, 'LLM011')], id='hf-async-chat-completion-annotated'),
    pytest.param('''\
        from anthropic import AnthropicVertex

        client = AnthropicVertex(region='us-east5', project_id='p')
        client.messages.create(model='claude', max_tokens=1, messages=[])
        ''', [(4, 1, 'LLM003')], id='anthropic-vertex'),
    pytest.param('''\
        import openai

        r = openai.chat.completions.create(model='gpt-4o', messages=[])
        ''', [(3, 5, 'LLM002')], id='openai-1x-module-client'),
    pytest.param('''\
        from openai import OpenAI

        client = OpenAI()
        t = client.audio.transcriptions.create(model='whisper-1', file=open('a.mp3', 'rb'))
        b = client.batches.create(input_file_id='f', endpoint='/v1/chat/completions', completion_window='24h')
        ''', [(4, 5, 'LLM002'), (5, 5, 'LLM002')], id='openai-audio-and-batches'),
    pytest.param('''\
        from litellm import acompletion as ac

        async def f():
            return await ac(model='m', messages=[])
        ''', [(4, 18, 'LLM001')], id='litellm-from-import-alias'),
    pytest.param('''\
        import replicate

        client = replicate.Client(api_token='t')

        async def backfill(payload):
            deployment = await client.deployments.async_get('acme/llava')
            return await deployment.predictions.async_create(input=payload)

        def enqueue(payload):
            deployment = replicate.deployments.get('acme/llava')
            deployment.predictions.list()
            return deployment.predictions.create(input=payload)
        ''', [(7, 18, 'LLM209'), (12, 12, 'LLM209')], id='replicate-deployment-fetched-by-name'),
    pytest.param('''\
        import streamlit as st
        from groq import Groq

        if 'llm' not in st.session_state:
            st.session_state['llm'] = Groq()
        reply = st.session_state['llm'].chat.completions.create(model='m', messages=[])
        ''', [(6, 9, 'LLM008')], id='streamlit-session-state'),
]

FOLLOWING = [
    pytest.param('''\
        from openai import OpenAI

        def get_client() -> OpenAI:
            return OpenAI()

        def run():
            return get_client().chat.completions.create(model='m', messages=[])
        ''', [(7, 12, 'LLM002')], id='module-getter-function'),
    pytest.param('''\
        import openai

        _client = None

        def get_client():
            global _client
            if _client is None:
                _client = openai.OpenAI()
            return _client

        def run():
            client = get_client()
            return client.responses.create(model='m', input='x')
        ''', [(13, 12, 'LLM002')], id='module-getter-cached-global'),
    pytest.param('''\
        from anthropic import Anthropic

        class Svc:
            def _client(self):
                return Anthropic()

            def run(self):
                return self._client().messages.create(model='m', max_tokens=1, messages=[])
        ''', [(8, 16, 'LLM003')], id='method-getter'),
    pytest.param('''\
        from openai import OpenAI

        class Svc:
            @property
            def client(self) -> OpenAI:
                return OpenAI()

            def run(self):
                return self.client.chat.completions.create(model='m', messages=[])
        ''', [(9, 16, 'LLM002')], id='property-getter'),
    pytest.param('''\
        from functools import cached_property
        from groq import Groq

        class Svc:
            @cached_property
            def groq(self):
                return Groq()

            def run(self):
                return self.groq.chat.completions.create(model='m', messages=[])
        ''', [(10, 16, 'LLM008')], id='cached-property-getter'),
    pytest.param('''\
        from openai import OpenAI

        class Svc:
            def __init__(self):
                self.completions = OpenAI().chat.completions

            def run(self):
                return self.completions.create(model='m', messages=[])
        ''', [(8, 16, 'LLM002')], id='stored-endpoint-self'),
    pytest.param('''\
        from openai import OpenAI

        client = OpenAI()
        chat = client.chat.completions
        chat.create(model='m', messages=[])
        ''', [(5, 1, 'LLM002')], id='stored-endpoint-module'),
    pytest.param('''\
        import litellm

        class Agent:
            def __init__(self, stream: bool):
                self.fn = litellm.acompletion

            async def step(self):
                return await self.fn(model='m', messages=[])
        ''', [(8, 22, 'LLM001')], id='stored-function-self'),
    pytest.param('''\
        import litellm

        fn = litellm.acompletion
        async def f():
            await fn(model='m', messages=[])
        ''', [(5, 11, 'LLM001')], id='stored-function-module'),
    pytest.param('''\
        def _litellm():
            import litellm
            return litellm

        def run():
            return _litellm().completion(model='m', messages=[])
        ''', [(6, 12, 'LLM001')], id='lazy-module-getter'),
    pytest.param('''\
        from openai import OpenAI

        client = OpenAI()
        raw = client.chat.completions.with_raw_response.create(model='m', messages=[])
        data = raw.parse()
        ''', [(4, 7, 'LLM002')], id='with-raw-response-and-parse'),
    pytest.param('''\
        from openai import OpenAI

        client = OpenAI()
        client.with_options(timeout=5, max_retries=0).embeddings.create(model='m', input='x')
        ''', [(4, 1, 'LLM002')], id='with-options'),
    pytest.param('''\
        from anthropic import Anthropic

        client = Anthropic()
        with client.messages.with_streaming_response.create(model='m', max_tokens=1, messages=[]) as r:
            pass
        ''', [(4, 6, 'LLM003')], id='with-streaming-response'),
    pytest.param('''\
        from openai import AsyncOpenAI

        async def summarise(client: AsyncOpenAI, text: str) -> str:
            r = await client.chat.completions.create(model='m', messages=[])
            return r.choices[0].message.content
        ''', [(4, 15, 'LLM002')], id='annotated-param-async'),
    pytest.param('''\
        from typing import Optional
        import mistralai

        def run(m: Optional[mistralai.Mistral] = None):
            return m.embeddings.create(model='mistral-embed', inputs=['x'])
        ''', [(5, 12, 'LLM007')], id='annotated-param-optional'),
    pytest.param('''\
        import openai as oa

        class Base:
            client: oa.OpenAI

        def f(b: Base):
            pass

        class Impl:
            def __init__(self, client: oa.OpenAI) -> None:
                self.client = client

            def run(self):
                return self.client.images.generate(prompt='cat')
        ''', [(14, 16, 'LLM002')], id='self-attr-from-annotated-param'),
    pytest.param('''\
        from openai import OpenAI

        client = OpenAI()
        tasks = [client.moderations.create(input=t) for t in ['a', 'b']]
        ''', [(4, 10, 'LLM002')], id='in-comprehension'),
    pytest.param('''\
        from openai import OpenAI

        client = OpenAI()
        stream = client.chat.completions.stream
        with stream(model='m', messages=[]) as s:
            pass
        ''', [(5, 6, 'LLM002')], id='stored-bound-method'),
]

RAW_HTTP = [
    pytest.param('''\
        import requests

        r = requests.post('https://api.openai.com/v1/chat/completions', json={}, headers={})
        ''', [(3, 5, 'LLM020')], id='requests-openai'),
    pytest.param('''\
        import httpx

        async def f(key):
            async with httpx.AsyncClient() as http:
                return await http.post('https://api.anthropic.com/v1/messages', json={})
        ''', [(5, 22, 'LLM020')], id='httpx-async-client-anthropic'),
    pytest.param('''\
        import aiohttp

        async def f(model, key):
            async with aiohttp.ClientSession() as session:
                async with session.post(
                    f'https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent?key={key}',
                    json={},
                ) as resp:
                    return await resp.json()
        ''', [(5, 20, 'LLM020')], id='aiohttp-fstring-gemini'),
    pytest.param('''\
        import requests

        BASE = 'https://api.groq.com/openai/v1'

        def f():
            return requests.post(BASE + '/chat/completions', json={})
        ''', [(6, 12, 'LLM020')], id='requests-module-constant-concat'),
    pytest.param('''\
        import httpx

        def f(path):
            url = f'https://api.mistral.ai/v1/{path}'
            return httpx.post(url, json={})
        ''', [(5, 12, 'LLM020')], id='httpx-local-fstring'),
    pytest.param('''\
        import requests

        requests.post('https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent', json={})
        ''', [(3, 1, 'LLM020')], id='requests-gemini-literal'),
    pytest.param('''\
        import httpx

        httpx.post('http://billing.internal:8080/v1/chat', json={})
        ''', [], id='httpx-internal-url'),
    pytest.param('''\
        import os

        import httpx
        import requests

        OLLAMA = os.getenv('OLLAMA_HOST', 'http://localhost:11434').rstrip('/')
        local = httpx.Client(base_url='http://ollama:11434', timeout=60)

        def generate(prompt):
            return requests.post(f'{OLLAMA}/api/generate', json={'model': 'llama3', 'prompt': prompt})

        def chat(messages):
            return local.post('/api/chat', json={'model': 'llama3', 'messages': messages})

        def pull(model):
            return requests.post(f'{OLLAMA}/api/pull', json={'name': model})

        def elsewhere(body):
            return requests.post('http://localhost:114340/api/generate', json=body)
        ''', [(10, 12, 'LLM020'), (13, 12, 'LLM020')], id='ollama-own-api-on-its-port'),
    pytest.param('''\
        import httpx

        COUNT_URL = 'https://api.anthropic.com/v1/messages/count_tokens'

        def count(body, model):
            httpx.post(COUNT_URL, json=body)
            httpx.post(f'https://generativelanguage.googleapis.com/v1beta/models/{model}:countTokens?key=k', json=body)
            httpx.post('https://api.cohere.com/v1/tokenize', json=body)
            httpx.post('https://api.openai.com/v1/responses/input_tokens', json=body)
            httpx.post('https://api.cohere.com/v1/check-api-key', headers=body)
            return httpx.post('https://api.anthropic.com/v1/messages', json=body)
        ''', [(11, 12, 'LLM020')], id='token-counting-bills-nothing'),
    pytest.param('''\
        import os

        import requests

        BASE = os.environ.get('ANTHROPIC_BASE_URL', default='https://api.anthropic.com/').strip()

        def ask(body):
            return requests.post(BASE + 'v1/messages', json=body)

        def health():
            return requests.post(os.getenv('STATUS_URL', 'https://status.example.com/ping'))
        ''', [(8, 12, 'LLM020')], id='url-read-from-the-environment-with-a-default'),
    pytest.param('''\
        import aiohttp

        async def f():
            async with aiohttp.ClientSession() as session:
                async with session.post('https://api.openai.com/v1/embeddings', json={}) as resp:
                    return await resp.json()
        ''', [(5, 20, 'LLM020')], id='aiohttp-literal-openai'),
    pytest.param('''\
        import requests

        s = requests.Session()
        s.post('https://api.anthropic.com/v1/messages', json={})
        ''', [(4, 1, 'LLM020')], id='requests-session-post'),
    pytest.param('''\
        import urllib.request

        req = urllib.request.Request('https://api.openai.com/v1/chat/completions', data=b'{}', method='POST')
        urllib.request.urlopen(req)
        ''', [(4, 1, 'LLM020')], id='urllib-request-object'),
    pytest.param('''\
        import requests

        requests.get('https://api.openai.com/v1/models')
        ''', [], id='requests-get-models-list'),
]

LOOKALIKES = [
    pytest.param('''\
        from twilio.rest import Client

        client = Client('sid', 'token')
        client.messages.create(to='+1555', from_='+1666', body='hi')
        ''', [], id='twilio-messages-create'),
    pytest.param('''\
        from app.models import Order

        def place(user):
            return Order.objects.create(user=user, total=3)
        ''', [], id='django-objects-create'),
    pytest.param('''\
        import boto3

        s3 = boto3.client('s3')
        s3.put_object(Bucket='b', Key='k', Body=b'x')
        ''', [], id='boto3-s3'),
    pytest.param('''\
        import boto3

        rt = boto3.client('sagemaker-runtime')
        rt.invoke_endpoint(EndpointName='e', Body=b'{}')
        ''', [], id='boto3-sagemaker-invoke-endpoint'),
    pytest.param('''\
        from openai import OpenAI

        client = OpenAI()
        client.files.create(file=open('x.jsonl', 'rb'), purpose='batch')
        client.models.list()
        ''', [], id='openai-files-and-models'),
    pytest.param('''\
        from anthropic import Anthropic

        c = Anthropic()
        n = c.messages.count_tokens(model='m', messages=[])
        ''', [], id='anthropic-count-tokens'),
    pytest.param('''\
        from openai import OpenAI
        from anthropic import AsyncAnthropic

        a = OpenAI(api_key='k')
        b = AsyncAnthropic()
        ''', [], id='constructors'),
    pytest.param('''\
        from transformers import AutoModelForCausalLM

        model = AutoModelForCausalLM.from_pretrained('gpt2')
        out = model.generate(input_ids, max_new_tokens=5)
        ''', [], id='transformers-generate'),
    pytest.param('''\
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression().fit(X, y)
        model.predict(X)
        ''', [], id='sklearn-predict'),
    pytest.param('''\
        from langchain_core.prompts import ChatPromptTemplate

        chain = ChatPromptTemplate.from_template('{x}') | llm
        chain.invoke({'x': 1})
        ''', [], id='langchain-chain-invoke'),
    pytest.param('''\
        from slack_sdk import WebClient

        slack = WebClient(token='t')
        slack.chat_postMessage(channel='#c', text='hi')
        ''', [], id='slack-chat-post-message'),
    pytest.param('''\
        class _Completions:
            def create(self, **kw):
                return kw

        class _Chat:
            completions = _Completions()

        class FakeLLM:
            chat = _Chat()

        FakeLLM().chat.completions.create(model='m')
        ''', [], id='local-class-with-chat-completions-path'),
    pytest.param('''\
        from myapp.llm import client

        client.chat.completions.create(model='m', messages=[])
        ''', [(3, 1, 'LLM002')], id='imported-client-distinctive-tail'),
    pytest.param('''\
        from openai import OpenAI

        client = OpenAI()

        async def f(llm_tracker):
            async with llm_tracker.track_llm_call(model='m') as usage_log:
                r = client.chat.completions.create(model='m', messages=[])
                usage_log.input_tokens = r.usage.prompt_tokens
                usage_log.output_tokens = r.usage.completion_tokens
        ''', [], id='inside-tracker'),
    pytest.param('''\
        from openai import OpenAI

        client = OpenAI()

        async def f(llm_tracker):
            async with llm_tracker.track_llm_call(model='m') as usage_log:
                r = client.chat.completions.create(model='m', messages=[])
        ''', [(6, 16, 'LLM100')], id='inside-tracker-tokens-not-recorded'),
    pytest.param('''\
        import ollama

        ollama.list()
        ollama.pull('llama3')
        ''', [], id='ollama-admin-calls'),
    pytest.param('''\
        from google import genai

        client = genai.Client()
        for m in client.models.list():
            print(m.name)
        ''', [], id='genai-models-list'),
    pytest.param('''\
        import openai

        try:
            pass
        except openai.RateLimitError as exc:
            raise RuntimeError(str(exc))
        ''', [], id='openai-exception-reference'),
    pytest.param('''\
        import aisuite as ai

        client = ai.Client()
        client.chat.completions.create(model='openai:gpt-4o', messages=[])
        ''', [(4, 1, 'LLM227')], id='aisuite-client-still-bills'),  # a multiplexer calling the SDKs for you (LLM227)
    pytest.param('''\
        from twilio.rest import Client

        class Notifier:
            def __init__(self):
                self.client = Client('sid', 'tok')

            def send(self, to, body):
                return self.client.messages.create(to=to, from_='+1', body=body)
        ''', [], id='twilio-self-attr'),
    pytest.param('''\
        from openai import OpenAI

        def build(client: OpenAI) -> None:
            print(type(client).__name__, OpenAI.__doc__)
        ''', [], id='openai-type-only'),
]


@pytest.mark.parametrize(('src', 'expected'), PROVIDERS + FOLLOWING + RAW_HTTP + LOOKALIKES)
def test_unseen_shape(src: str, expected: list[tuple[int, int, str]]) -> None:
    assert findings(src) == expected
