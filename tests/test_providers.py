"""Issue 3's detection: every provider of the catalogue, the shapes that carry a client to a call,
raw HTTP, the off-by-default framework group, and the look-alikes that must stay quiet."""
from __future__ import annotations

import ast
import textwrap

import pytest

from check_llm_usage import catalogue
from check_llm_usage.matching import find_direct_calls

TRACKERS = (catalogue.DEFAULT_TRACKER,)
Expected = list[tuple[int, int, str]]


def findings(src: str, codes: frozenset[str] | None = None) -> Expected:
    tree = ast.parse(textwrap.dedent(src))
    return [
        (d.node.lineno, d.node.col_offset + 1, d.provider.code)
        for d in find_direct_calls(tree, TRACKERS, codes)
    ]


PROVIDERS = [
    # litellm
    pytest.param('import litellm\nlitellm.aembedding(model="m", input=["x"])\n', [(2, 1, 'LLM001')], id='litellm-embedding'),
    pytest.param('import litellm\nlitellm.responses(model="m", input="x")\n', [(2, 1, 'LLM001')], id='litellm-responses'),
    pytest.param('import litellm\nlitellm.anthropic.messages.acreate(model="m")\n', [(2, 1, 'LLM001')], id='litellm-anthropic-messages'),
    pytest.param('from litellm import Router\nrouter = Router(model_list=[])\nrouter.acompletion(model="m")\n', [(3, 1, 'LLM001')], id='litellm-router'),
    pytest.param('import litellm\nlitellm.LiteLLM().chat.completions.create(model="m")\n', [(2, 1, 'LLM001')], id='litellm-client'),
    pytest.param('import litellm\nlitellm.acount_tokens(model="m")\nlitellm.stream_chunk_builder(chunks)\n', [], id='litellm-helpers'),
    # openai
    pytest.param('from openai import AsyncOpenAI\nc = AsyncOpenAI()\nc.responses.create(model="m")\n', [(3, 1, 'LLM002')], id='openai-responses'),
    pytest.param('from openai import OpenAI\nOpenAI().beta.chat.completions.parse(model="m")\n', [(2, 1, 'LLM002')], id='openai-beta-parse'),
    pytest.param('from openai import OpenAI\nc = OpenAI()\nc.embeddings.create(model="m", input="x")\nc.images.generate(prompt="p")\n', [(3, 1, 'LLM002'), (4, 1, 'LLM002')], id='openai-embeddings-images'),
    pytest.param('from openai import OpenAI\nc = OpenAI()\nc.audio.transcriptions.create(model="whisper-1", file=f)\n', [(3, 1, 'LLM002')], id='openai-audio'),
    pytest.param('from openai import OpenAI\nOpenAI().moderations.create(input="x")\n', [(2, 1, 'LLM002')], id='openai-moderations'),
    pytest.param('from openai import OpenAI\nOpenAI().batches.create(input_file_id="f")\n', [(2, 1, 'LLM002')], id='openai-batches'),
    pytest.param('from openai import AzureOpenAI\nAzureOpenAI(azure_endpoint="e").chat.completions.create(model="m")\n', [(2, 1, 'LLM002')], id='openai-azure'),
    pytest.param('import openai\nopenai.AsyncBedrockOpenAI().responses.create(model="m")\n', [(2, 1, 'LLM002')], id='openai-bedrock'),
    pytest.param('import openai\nopenai.embeddings.create(model="m", input="x")\n', [(2, 1, 'LLM002')], id='openai-module-client'),
    pytest.param('import openai\nopenai.Embedding.create(model="m", input="x")\n', [(2, 1, 'LLM002')], id='openai-v0-embedding'),
    pytest.param('import openai\nc = openai.OpenAI()\nc.post("/decisions", body={}, cast_to=dict)\n', [(3, 1, 'LLM002')], id='openai-raw-post'),
    # anthropic
    pytest.param('import anthropic\nanthropic.Anthropic().messages.create(model="m", max_tokens=1, messages=[])\n', [(2, 1, 'LLM003')], id='anthropic-messages'),
    pytest.param('from anthropic import AsyncAnthropic\nc = AsyncAnthropic()\nasync def f():\n    async with c.messages.stream(model="m") as s:\n        pass\n', [(4, 16, 'LLM003')], id='anthropic-stream'),
    pytest.param('from anthropic import AnthropicBedrock\nAnthropicBedrock().messages.create(model="m")\n', [(2, 1, 'LLM003')], id='anthropic-bedrock'),
    pytest.param('from anthropic import AnthropicVertex\nAnthropicVertex(region="r").beta.messages.create(model="m")\n', [(2, 1, 'LLM003')], id='anthropic-vertex-beta'),
    pytest.param('r = client.beta.messages.create(model="m")\n', [(1, 5, 'LLM003')], id='anthropic-beta-distinctive'),
    pytest.param('import anthropic\nanthropic.Anthropic().messages.batches.create(requests=[])\n', [(2, 1, 'LLM003')], id='anthropic-batches'),
    pytest.param('import anthropic\nc = anthropic.Client()\nc.completion(prompt="p", model="m")\n', [(3, 1, 'LLM003')], id='anthropic-v02'),
    # google
    pytest.param('from google import genai\nc = genai.Client()\nc.models.generate_content(model="m", contents="x")\n', [(3, 1, 'LLM004')], id='genai-generate'),
    pytest.param('from google import genai\nc = genai.Client()\nc.models.embed_content(model="m", contents="x")\n', [(3, 1, 'LLM004')], id='genai-embed'),
    pytest.param('from google import genai\nchat = genai.Client().chats.create(model="m")\nchat.send_message("hi")\n', [(3, 1, 'LLM004')], id='genai-chat-session'),
    # a chat session made on a client of unknown origin, naming a model, where the SDK is imported
    pytest.param(
        'from google.genai import types\ndef run(client, turns):\n    chat = client.chats.create(model="m", config=types.GenerateContentConfig())\n'
        '    for t in turns:\n        chat.send_message(t)\n', [(5, 9, 'LLM004')], id='genai-chat-session-on-a-parameter',
    ),
    pytest.param(
        'from xai_sdk.chat import user\ndef ask(client):\n    chat = client.chat.create(model="grok-4")\n    chat.append(user("x"))\n    return chat.sample()\n',
        [(5, 12, 'LLM201')], id='xai-chat-on-a-parameter',
    ),
    pytest.param('from google.genai import types\ndef run(db):\n    chat = db.chats.create(user="u")\n    chat.send_message("x")\n', [], id='chats-create-naming-no-model'),
    pytest.param('import slack_sdk\ndef run(client):\n    chat = client.chats.create(model="m")\n    chat.send_message("x")\n', [], id='chats-create-without-the-sdk'),
    pytest.param('from google import genai\nasync def f(c: genai.Client):\n    await c.aio.models.generate_content(model="m")\n', [(3, 11, 'LLM004')], id='genai-aio'),
    pytest.param('import google.generativeai as genai\ngenai.GenerativeModel("m").generate_content("x")\n', [(2, 1, 'LLM004')], id='generativeai-model'),
    pytest.param('import google.generativeai as genai\nm = genai.GenerativeModel("m")\ns = m.start_chat()\nawait s.send_message_async("x")\n', [(4, 7, 'LLM004')], id='generativeai-chat'),
    pytest.param('import google.generativeai as genai\ngenai.embed_content(model="m", content="x")\n', [(2, 1, 'LLM004')], id='generativeai-embed'),
    pytest.param('from vertexai.generative_models import GenerativeModel\nGenerativeModel("m").start_chat().send_message("x")\n', [(2, 1, 'LLM004')], id='vertex-chat'),
    pytest.param('from vertexai.language_models import TextGenerationModel\nm = TextGenerationModel.from_pretrained("text-bison")\nm.predict("x")\n', [(3, 1, 'LLM004')], id='vertex-from-pretrained'),
    pytest.param('from vertexai.language_models import TextEmbeddingModel\nTextEmbeddingModel.from_pretrained("e").get_embeddings(["x"])\n', [(2, 1, 'LLM004')], id='vertex-embeddings'),
    # bedrock
    pytest.param('import boto3\nc = boto3.client("bedrock-runtime")\nc.converse(modelId="m", messages=[])\n', [(3, 1, 'LLM005')], id='bedrock-converse'),
    pytest.param('import boto3\nc = boto3.client(service_name="bedrock-runtime")\nc.invoke_model(modelId="m", body=b)\n', [(3, 1, 'LLM005')], id='bedrock-invoke-keyword-service'),
    pytest.param('import boto3\nboto3.Session().client("bedrock-runtime").converse_stream(modelId="m")\n', [(2, 1, 'LLM005')], id='bedrock-session'),
    pytest.param('import aioboto3\nasync def f():\n    async with aioboto3.Session().client("bedrock-runtime") as c:\n        await c.converse(modelId="m")\n', [(4, 15, 'LLM005')], id='bedrock-aioboto3'),
    pytest.param('from aiobotocore.session import get_session\nasync def f():\n    async with get_session().create_client("bedrock-runtime") as c:\n        await c.converse(modelId="m")\n', [(4, 15, 'LLM005')], id='bedrock-aiobotocore'),
    pytest.param('import botocore.session\ns = botocore.session.Session()\ns.create_client("bedrock-runtime").invoke_model(modelId="m", body=b)\ns.create_client("s3").converse(modelId="m")\n', [(3, 1, 'LLM005')], id='bedrock-botocore'),
    pytest.param(
        'import contextlib\nfrom aiobotocore.session import get_session\nstack = contextlib.AsyncExitStack()\n'
        'async def f():\n    c = await stack.enter_async_context(get_session().create_client("bedrock-runtime"))\n    await c.converse(modelId="m")\n',
        [(6, 11, 'LLM005')], id='bedrock-aiobotocore-exit-stack',
    ),
    pytest.param('import boto3\nagent = boto3.client("bedrock-agent-runtime")\nagent.retrieve_and_generate(input={"text": q})\nagent.retrieve(knowledgeBaseId="k")\n', [(3, 1, 'LLM005')], id='bedrock-agent-runtime'),
    pytest.param('r = runtime.invoke_model_with_response_stream(modelId="m", body=b)\n', [(1, 5, 'LLM005')], id='bedrock-distinctive'),
    # the control plane: batch inference, evaluation and fine-tuning jobs run a model; the rest does not
    pytest.param(
        'import boto3\nc = boto3.client("bedrock")\nc.create_model_invocation_job(jobName="j")\n'
        'c.create_evaluation_job(jobName="e")\nc.create_model_customization_job(jobName="f")\n'
        'c.list_foundation_models()\nc.create_guardrail(name="g")\nc.stop_model_invocation_job(jobIdentifier="j")\n',
        [(3, 1, 'LLM005'), (4, 1, 'LLM005'), (5, 1, 'LLM005')], id='bedrock-control-plane-jobs',
    ),
    pytest.param(
        'class Hook(AwsBaseHook):\n    def control(self):\n        return self.get_session().client("bedrock")\n'
        '    def submit(self):\n        self.control().create_model_invocation_job(jobName="j")\n',
        [(5, 9, 'LLM005')], id='bedrock-control-plane-untyped-session',
    ),
    # cohere
    pytest.param('import cohere\nco = cohere.ClientV2()\nco.chat(model="m", messages=[])\n', [(3, 1, 'LLM006')], id='cohere-v2-chat'),
    pytest.param('import cohere\nco = cohere.Client()\nco.embed(texts=["x"], model="m")\nco.rerank(query="q", documents=[])\n', [(3, 1, 'LLM006'), (4, 1, 'LLM006')], id='cohere-embed-rerank'),
    pytest.param('import cohere\ncohere.AsyncClient().v2.chat_stream(model="m")\n', [(2, 1, 'LLM006')], id='cohere-async-v2'),
    pytest.param('import cohere\ncohere.Client().tokenize(text="x", model="m")\n', [], id='cohere-tokenize'),
    # mistral
    pytest.param('from mistralai import Mistral\nMistral(api_key="k").chat.complete(model="m")\n', [(2, 1, 'LLM007')], id='mistral-chat'),
    pytest.param('from mistralai.client import Mistral\nc = Mistral()\nc.embeddings.create_async(model="m", inputs=[])\n', [(3, 1, 'LLM007')], id='mistral-3x-embeddings-async'),
    pytest.param('from mistralai.client import MistralClient\nc = MistralClient()\nc.chat(model="m", messages=[])\n', [(3, 1, 'LLM007')], id='mistral-0x-chat'),
    pytest.param('from mistralai import Mistral\nwith Mistral() as c:\n    c.fim.complete(model="m", prompt="p")\n', [(3, 5, 'LLM007')], id='mistral-with-as'),
    # groq, together, ollama, huggingface, azure
    pytest.param('from groq import AsyncGroq\nc = AsyncGroq()\nc.audio.transcriptions.create(model="m", file=f)\n', [(3, 1, 'LLM008')], id='groq-audio'),
    pytest.param('from together import Together\nTogether().images.generate(model="m", prompt="p")\n', [(2, 1, 'LLM009')], id='together-images'),
    pytest.param('import together\ntogether.Complete.create(prompt="p", model="m")\n', [(2, 1, 'LLM009')], id='together-0x'),
    pytest.param('import ollama\nollama.generate(model="m", prompt="p")\n', [(2, 1, 'LLM010')], id='ollama-module'),
    pytest.param('from ollama import AsyncClient\nawait AsyncClient(host="h").chat(model="m", messages=[])\n', [(2, 7, 'LLM010')], id='ollama-client'),
    pytest.param('import ollama\nollama.pull("m")\nollama.list()\n', [], id='ollama-admin'),
    pytest.param('from huggingface_hub import InferenceClient\nc = InferenceClient()\nc.text_generation("p", model="m")\n', [(3, 1, 'LLM011')], id='hf-text-generation'),
    pytest.param('from huggingface_hub import AsyncInferenceClient\nAsyncInferenceClient().chat.completions.create(model="m")\n', [(2, 1, 'LLM011')], id='hf-chat-completions'),
    pytest.param('from azure.ai.inference import ChatCompletionsClient\nc = ChatCompletionsClient(endpoint=e, credential=k)\nc.complete(messages=[])\n', [(3, 1, 'LLM012')], id='azure-complete'),
    pytest.param('from azure.ai.inference.aio import EmbeddingsClient\nawait EmbeddingsClient(e, k).embed(input=["x"])\n', [(2, 7, 'LLM012')], id='azure-aio-embed'),
    # the LLM2xx providers: one shape each that no generic tail would find
    pytest.param('from xai_sdk import Client\nchat = Client().chat.create(model="grok-4")\nchat.append(m)\nchat.sample()\n', [(4, 1, 'LLM201')], id='xai-two-step'),
    pytest.param('from xai_sdk import AsyncClient\nc = AsyncClient()\nasync def f():\n    return await c.chat.create(model="m").stream()\n', [(4, 18, 'LLM201')], id='xai-async-two-step'),
    pytest.param('from xai_sdk import Client\nClient().video.generate(prompt="p", model="m")\n', [(2, 1, 'LLM201')], id='xai-video'),
    pytest.param('from openrouter import OpenRouter\nwith OpenRouter() as o:\n    o.chat.send_async(model="m", messages=[])\n', [(3, 5, 'LLM202')], id='openrouter-send-async'),
    pytest.param('import voyageai\nvoyageai.Client().rerank("q", ["d"], model="rerank-2.5")\n', [(2, 1, 'LLM203')], id='voyage-client-method'),
    pytest.param('from ibm_watsonx_ai.foundation_models import ModelInference\nModelInference(model_id="m", api_client=c).generate_text(prompt="p")\n', [(2, 1, 'LLM204')], id='watsonx-generate-text'),
    pytest.param('import oci\nc = oci.generative_ai_inference.GenerativeAiInferenceClient(config)\nc.embed_text(details)\n', [(3, 1, 'LLM205')], id='oci-embed-text'),
    pytest.param('from fireworks import Fireworks\nFireworks().completions.create(model="m", prompt="p")\n', [(2, 1, 'LLM206')], id='fireworks-completions'),
    pytest.param('from perplexity import Perplexity\nPerplexity().search.create(query="q")\n', [(2, 1, 'LLM207')], id='perplexity-search'),
    pytest.param('from dashscope import Generation\nGeneration.call(model="qwen-plus", messages=[])\n', [(2, 1, 'LLM208')], id='dashscope-static'),
    pytest.param('import replicate\nreplicate.run("owner/model", input={})\nreplicate.models.get("owner/model")\n', [(2, 1, 'LLM209')], id='replicate-module'),
    pytest.param('from cerebras.cloud.sdk import Cerebras\nCerebras().chat.completions.create(model="m", messages=[])\n', [(2, 1, 'LLM210')], id='cerebras-chat'),
    pytest.param('from portkey_ai import Portkey\nPortkey(api_key="k").embeddings.create(model="m", input="x")\n', [(2, 1, 'LLM211')], id='portkey-embeddings'),
    pytest.param('from zai import ZhipuAiClient\nZhipuAiClient().videos.generations(model="m", prompt="p")\n', [(2, 1, 'LLM212')], id='zai-videos'),
    pytest.param('from sambanova import SambaNova\nSambaNova().responses.create(model="m", input="x")\n', [(2, 1, 'LLM213')], id='sambanova-responses'),
    pytest.param('from writerai import Writer\nWriter().chat.chat(model="palmyra-x5", messages=[])\n', [(2, 1, 'LLM214')], id='writer-chat-chat'),
    pytest.param('from ai21 import AI21Client\nAI21Client().beta.maestro.runs.create_and_poll(input="x")\n', [(2, 1, 'LLM215')], id='ai21-maestro'),
    pytest.param('from llama_api_client import LlamaAPIClient\nc = LlamaAPIClient()\nc.chat.completions.create(model="m", messages=[])\nc.moderations.create(messages=[])\n', [(3, 1, 'LLM216')], id='meta-llama'),
    pytest.param('from mixedbread import Mixedbread\nc = Mixedbread()\nc.embed(model="m", input=["x"])\nc.stores.create()\n', [(3, 1, 'LLM217')], id='mixedbread-embed'),
    pytest.param('from nomic import embed\nembed.text(texts=["x"], model="nomic-embed-text-v1.5")\n', [(2, 1, 'LLM218')], id='nomic-embed-text'),
    pytest.param('from aleph_alpha_client import Client\nClient(token="t", host="h").complete(request, model="m")\n', [(2, 1, 'LLM219')], id='aleph-alpha-complete'),
    pytest.param('from reka.client import Reka\nReka().chat.create_stream(model="m", messages=[])\n', [(2, 1, 'LLM220')], id='reka-stream'),
    pytest.param('from premai import PremAI\nPremAI().chat.completions(model="m", messages=[])\n', [(2, 1, 'LLM221')], id='premai-method'),
    pytest.param(
        'from volcenginesdkarkruntime import Ark\nc = Ark()\nc.bot_chat.completions.create(model="bot-1", messages=[])\n'
        'c.batch.chat.completions.create(model="ep-1", messages=[])\nc.tokenization.create(model="ep-1", text=["a"])\n',
        [(3, 1, 'LLM223'), (4, 1, 'LLM223')], id='volcengine-ark',
    ),
    pytest.param(
        'import qianfan\nfrom qianfan.resources import FineTune\nawait qianfan.Embedding().ado(texts=["a"])\n'
        'FineTune.V2.create_job(name="j")\nqianfan.ChatCompletion().models()\n',
        [(3, 7, 'LLM224'), (4, 1, 'LLM224')], id='qianfan',
    ),
    pytest.param(
        'from sarvamai import AsyncSarvamAI\nc = AsyncSarvamAI()\nawait c.text.translate(input="x", target_language_code="hi-IN")\n'
        'await c.chat_completion.list_models_v2()\n',
        [(3, 7, 'LLM225')], id='sarvam',
    ),
    pytest.param(
        'from friendli import Friendli, AsyncFriendli\nFriendli().chat.completions.create(model="m", messages=[])\n'
        'async def f(c: AsyncFriendli):\n    await c.dedicated.embeddings.embeddings(model="m", input=["a"])\n'
        '    await c.serverless.token.tokenize(model="m", prompt="x")\n',
        [(2, 1, 'LLM226'), (4, 11, 'LLM226')], id='friendli-both-sdks',
    ),
    pytest.param(
        'import aisuite as ai\nfrom aisuite import Agent, Runner\nawait ai.Client().chat.completions.acreate(model="groq:m", messages=[])\n'
        'Runner.run_sync(Agent(model="openai:gpt-4o"), "hi")\n',
        [(3, 7, 'LLM227'), (4, 1, 'LLM227')], id='aisuite',
    ),
    pytest.param(
        'from tencentcloud.hunyuan.v20230901 import hunyuan_client_async, models\n'
        'async def f(cred):\n    async with hunyuan_client_async.HunyuanClient(cred, "ap-guangzhou") as c:\n'
        '        await c.GetEmbedding(models.GetEmbeddingRequest())\n        await c.GetTokenCount(models.GetTokenCountRequest())\n',
        [(4, 15, 'LLM228')], id='hunyuan-async',
    ),
]

# The provider is the one whose API the client reaches: a known client's call is never another
# provider's by its tail, and a literal base_url at a catalogued host names that host's provider.
ATTRIBUTION = [
    # a function called through a dispatch table of its module is given what the call passes
    pytest.param(
        'from openai import OpenAI\nclient = OpenAI(base_url="https://api.groq.com/openai/v1")\n'
        'def summarize(llm, text):\n    return llm.chat.completions.create(model="m", messages=[])\n'
        'def translate(llm, text):\n    return llm.responses.create(model="m", input=text)\n'
        'TASKS = {"summarize": summarize, "translate": translate}\ndef run(task, text):\n    return TASKS[task](client, text)\n',
        [(4, 12, 'LLM008'), (6, 12, 'LLM008')], id='dispatch-table-of-functions',
    ),
    # a parameter declared an SDK client: where its callers make it tells which host
    pytest.param(
        'from openai import OpenAI\ndef ask(client: OpenAI):\n    return client.chat.completions.create(model="m", messages=[])\n'
        'ask(OpenAI(base_url="https://api.groq.com/openai/v1"))\nclass S:\n    def __init__(self, client: OpenAI):\n        self.client = client\n'
        '    def run(self):\n        return self.client.embeddings.create(model="m", input="x")\nS(OpenAI(base_url="https://api.together.xyz/v1")).run()\n',
        [(3, 12, 'LLM008'), (9, 16, 'LLM009')], id='declared-client-parameter-made-with-a-base-url',
    ),
    pytest.param('from perplexity import Perplexity\nPerplexity().chat.completions.create(model="sonar", messages=[])\n', [(2, 1, 'LLM207')], id='shared-tail-perplexity'),
    pytest.param('from groq import Groq\nGroq().chat.completions.parse(model="m")\n', [], id='known-client-no-foreign-tail'),
    pytest.param('from openai import OpenAI\nc = OpenAI(base_url="https://api.groq.com/openai/v1")\nc.chat.completions.create(model="m")\n', [(3, 1, 'LLM008')], id='base-url-groq'),
    pytest.param('from openai import OpenAI\nc = OpenAI(base_url="https://codestral.mistral.ai/v1")\nc.completions.create(model="m")\n', [(3, 1, 'LLM007')], id='base-url-codestral'),
    pytest.param('from openai import OpenAI\nc = OpenAI(base_url="https://api.together.xyz/v1")\nc.chat.completions.create(model="m")\n', [(3, 1, 'LLM009')], id='base-url-together'),
    pytest.param('from openai import OpenAI\nc = OpenAI(base_url="https://api.fireworks.ai/inference/v1")\nc.chat.completions.create(model="m")\n', [(3, 1, 'LLM206')], id='base-url-fireworks'),
    pytest.param('from openai import OpenAI\nc = OpenAI(base_url="https://api.cerebras.ai/v1")\nc.chat.completions.create(model="m")\n', [(3, 1, 'LLM210')], id='base-url-cerebras'),
    pytest.param('from openai import OpenAI\nc = OpenAI(base_url="https://studio.premai.io/api/v1/")\nc.chat.completions.create(model="m")\n', [(3, 1, 'LLM221')], id='base-url-prem'),
    pytest.param('from openai import OpenAI\nc = OpenAI(base_url="https://ark.cn-beijing.volces.com/api/v3")\nc.chat.completions.create(model="m")\n', [(3, 1, 'LLM223')], id='base-url-ark'),
    pytest.param('from openai import AsyncOpenAI\nURL = "https://api.deepseek.com"\nc = AsyncOpenAI(base_url=URL)\nawait c.chat.completions.create(model="m")\n', [(4, 7, 'LLM222')], id='base-url-deepseek-name'),
    pytest.param('from openai import OpenAI\nc = OpenAI(base_url="https://generativelanguage.googleapis.com/v1beta/openai/")\nc.chat.completions.create(model="m")\n', [(3, 1, 'LLM004')], id='base-url-gemini'),
    pytest.param('from anthropic import Anthropic\nc = Anthropic(base_url="https://api.deepseek.com/anthropic")\nc.messages.create(model="m")\n', [(3, 1, 'LLM222')], id='base-url-anthropic-sdk'),
    pytest.param('import os\nfrom openai import OpenAI\nc = OpenAI(base_url=os.environ["BASE"])\nc.chat.completions.create(model="m")\n', [(4, 1, 'LLM002')], id='base-url-unknown'),
    pytest.param('from openai import OpenAI\nc = OpenAI(base_url="https://llm.internal.example/v1")\nc.chat.completions.create(model="m")\n', [(3, 1, 'LLM002')], id='base-url-elsewhere'),
    # the same name made one client per branch: a call in a branch is the client made there
    pytest.param(
        'import openai\nif kind == "openai":\n    c = openai.OpenAI()\n    c.chat.completions.create(model="m")\n'
        'elif kind == "xai":\n    c = openai.OpenAI(base_url="https://api.x.ai/v1")\n    c.chat.completions.create(model="m")\n'
        'c.chat.completions.create(model="m")\n',
        [(4, 5, 'LLM002'), (7, 5, 'LLM201'), (8, 1, 'LLM002')], id='one-client-per-branch',
    ),
    # a settings field declared by ``Field(...)``: its default, or what its default factory makes
    pytest.param(
        'from openai import OpenAI\nfrom pydantic import BaseModel, Field\nclass Fw(BaseModel):\n'
        '    base_url: str = "https://api.fireworks.ai/inference/v1"\nclass Settings(BaseModel):\n'
        '    fireworks: Fw = Field(default_factory=Fw)\n    groq: str = Field("https://api.groq.com/openai/v1")\n'
        's = Settings()\nOpenAI(base_url=s.fireworks.base_url).chat.completions.create(model="m")\n'
        'OpenAI(base_url=s.groq).chat.completions.create(model="m")\n',
        [(9, 1, 'LLM206'), (10, 1, 'LLM008')], id='base-url-of-a-settings-field',
    ),
    # one name, a client of another SDK in each branch: each call is the client whose endpoint it is
    pytest.param(
        'import anthropic\nimport openai\nfrom google import genai\nif kind == "claude":\n    c = anthropic.Anthropic()\n'
        'elif kind == "gemini":\n    c = genai.Client()\nelse:\n    c = openai.OpenAI(base_url="https://api.x.ai/v1")\n'
        'c.messages.create(model="m")\nc.models.generate_content(model="m")\nc.chat.completions.create(model="m")\n'
        'c.models.list()\nc.files.create(file=f)\n',
        [(10, 1, 'LLM003'), (11, 1, 'LLM004'), (12, 1, 'LLM201')], id='clients-of-several-sdks-by-branch',
    ),
]

SHAPES = [
    pytest.param(
        'async def call(session, body):\n'
        '    async with session.client("bedrock-runtime") as client:\n'
        '        return await client.converse(modelId="m", messages=body)\n',
        [(3, 22, 'LLM005')], id='untyped-session-bedrock-service',
    ),
    pytest.param(
        'async def call(session):\n    s3 = session.client("s3")\n    return s3.converse(Key="k")\n',
        [], id='untyped-session-other-service',
    ),
    pytest.param(
        'import cohere\ndef with_retry(client, stream, **kwargs):\n'
        '    return client.chat_stream(**kwargs) if stream else client.chat(**kwargs)\n',
        [(3, 12, 'LLM006'), (3, 56, 'LLM006')], id='sdk-imported-client-param-kwargs',
    ),
    pytest.param(
        'import cohere\ndef run(model, **inputs):\n    return model.generate(**inputs)\n',
        [], id='sdk-imported-non-client-receiver-kwargs',
    ),
    pytest.param('import litellm as ll\nfn = ll.acompletion\nfn(model="m")\n', [(3, 1, 'LLM001')], id='stored-function'),
    pytest.param('import functools\nimport litellm\ncall = functools.partial(litellm.acompletion, model="m")\ncall(messages=[])\n', [(4, 1, 'LLM001')], id='stored-partial'),
    pytest.param(
        'try:\n    import litellm\n    completion = litellm.completion\nexcept ImportError:\n    completion = lambda **kw: None\n'
        'def run():\n    return completion(model="m")\n',
        [(7, 12, 'LLM001')], id='stored-function-branches',
    ),
    pytest.param(
        'from openai import OpenAI\nclass A:\n    def __init__(self):\n        self.llm = OpenAI().chat.completions\n'
        '    def run(self):\n        return self.llm.create(model="m")\n',
        [(6, 16, 'LLM002')], id='stored-endpoint',
    ),
    pytest.param('def _litellm():\n    import litellm\n    return litellm\n_litellm().acompletion(model="m")\n', [(4, 1, 'LLM001')], id='lazy-module-getter'),
    pytest.param(
        '_mod = None\ndef get():\n    global _mod\n    if _mod is None:\n        import litellm\n        _mod = litellm\n    return _mod\n'
        'get().completion(model="m")\n',
        [(8, 1, 'LLM001')], id='global-lazy-getter',
    ),
    pytest.param('import importlib\nllm = importlib.import_module("litellm")\nllm.completion(model="m")\n', [(3, 1, 'LLM001')], id='import-module'),
    pytest.param(
        'import anthropic\nclass A:\n    def setup(self):\n        self._c = anthropic.AsyncAnthropic()\n'
        '    async def run(self):\n        await self._c.messages.create(model="m")\n',
        [(6, 15, 'LLM003')], id='self-attr-other-method',
    ),
    pytest.param(
        'import cohere\nclass A:\n    @classmethod\n    def boot(cls):\n        cls.co = cohere.Client()\n'
        '    def run(self):\n        return self.co.generate(prompt="p")\n',
        [(7, 16, 'LLM006')], id='cls-attr',
    ),
    pytest.param('from groq import Groq\nclass A:\n    client = Groq()\n    def run(self):\n        self.client.chat.completions.create(model="m")\n', [(5, 9, 'LLM008')], id='class-attr'),
    pytest.param('from groq import Groq\nclass A:\n    client: Groq\n    def run(self):\n        self.client.embeddings.create(model="m")\n', [(5, 9, 'LLM008')], id='class-field-annotation'),
    pytest.param('from anthropic import Anthropic\ndef f(c: Anthropic):\n    c.messages.create(model="m")\n', [(3, 5, 'LLM003')], id='param-annotation'),
    pytest.param('from typing import Optional\nfrom anthropic import Anthropic\ndef f(c: Optional[Anthropic] = None):\n    c.messages.create(model="m")\n', [(4, 5, 'LLM003')], id='param-optional'),
    pytest.param('from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from anthropic import Anthropic\ndef f(c: "Anthropic"):\n    c.messages.create(model="m")\n', [(5, 5, 'LLM003')], id='param-string-annotation'),
    pytest.param('import mistralai\ndef f(c: mistralai.Mistral | None):\n    c.chat.stream(model="m")\n', [(3, 5, 'LLM007')], id='param-union'),
    pytest.param('from together import Together\ndef client() -> Together:\n    return make()\nclient().completions.create(model="m")\n', [(4, 1, 'LLM009')], id='return-annotation'),
    pytest.param(
        'from functools import cached_property\nfrom huggingface_hub import InferenceClient\nclass A:\n    @cached_property\n'
        '    def hf(self):\n        return InferenceClient()\n    def run(self):\n        return self.hf.summarization("x")\n',
        [(8, 16, 'LLM011')], id='cached-property',
    ),
    pytest.param(
        'import ollama\nclass A:\n    @property\n    def c(self):\n        return ollama.Client()\n    def run(self):\n        self.c.embed(model="m", input="x")\n',
        [(7, 9, 'LLM010')], id='property',
    ),
    pytest.param(
        'from openai import OpenAI\nclass A:\n    def _client(self):\n        return OpenAI()\n    def run(self):\n        self._client().completions.create(model="m")\n',
        [(6, 9, 'LLM002')], id='method-getter',
    ),
    pytest.param(
        'import litellm\nclass Base:\n    def __init__(self, client=None):\n        self.client = client or self.create_client()\n'
        '    def create_client(self):\n        raise NotImplementedError\n'
        'class Lite(Base):\n    def create_client(self):\n        return litellm\n    def run(self):\n        return self.client.completion(model="m")\n',
        [(11, 16, 'LLM001')], id='subclass-factory',
    ),
    pytest.param(  # a base class picks its client by a class attribute each subclass sets
        'import anthropic\nfrom google import genai\nPROVIDERS = {"gemini": genai.Client, "claude": anthropic.Anthropic}\n'
        'def get_client(provider):\n    return PROVIDERS[provider]()\n'
        'class Enricher:\n    provider = ""\n    def __init__(self):\n        self.client = get_client(self.provider)\n'
        'class Gemini(Enricher):\n    provider = "gemini"\n    def run(self):\n'
        '        chat = self.client.chats.create(model="m")\n        return chat.send_message("x")\n'
        'class Claude(Enricher):\n    provider = "claude"\n    def run(self):\n'
        '        return self.client.messages.create(max_tokens=1, messages=[])\n',
        [(14, 16, 'LLM004'), (18, 16, 'LLM003')], id='subclass-class-attribute-keys-the-client',
    ),
    pytest.param(  # alternative constructors: what a classmethod makes with cls(...) or super()'s own
        'from openai import OpenAI\nclass Spider:\n    @classmethod\n    def from_crawler(cls, crawler):\n'
        '        spider = super().from_crawler(crawler)\n        spider.llm = OpenAI(base_url="https://api.deepseek.com")\n'
        '        return spider\n    @classmethod\n    def build(cls):\n        inst = cls()\n        inst.embedder = OpenAI()\n'
        '        return inst\n    def run(self):\n        self.llm.chat.completions.create(model="m")\n'
        '        self.embedder.embeddings.create(input="x")\n',
        [(14, 9, 'LLM222'), (15, 9, 'LLM002')], id='set-on-what-a-classmethod-constructs',
    ),
    pytest.param(  # a field typed Any: the client the dataclass is made with
        'import asyncio\nfrom dataclasses import dataclass\nfrom typing import Any\nimport boto3\n@dataclass\nclass Clients:\n'
        '    bedrock: Any\ndef build():\n    return Clients(bedrock=boto3.client("bedrock-runtime"))\nclass Activity:\n'
        '    def __init__(self, clients: Clients):\n        self._bedrock = clients.bedrock\n    async def run(self):\n'
        '        return await asyncio.to_thread(self._bedrock.converse, modelId="m", messages=[])\n',
        [(14, 40, 'LLM005')], id='dataclass-field-typed-any-made-with-a-client',
    ),
    pytest.param(
        'from openai import OpenAI\nclass Base:\n    def __init__(self):\n        self.client = OpenAI()\nclass Child(Base):\n    def run(self):\n        self.client.chat.completions.create(model="m")\n',
        [(7, 9, 'LLM002')], id='inherited-attr',
    ),
    pytest.param('from openai import OpenAI\nclass Mine(OpenAI):\n    pass\nMine().embeddings.create(model="m")\n', [(4, 1, 'LLM002')], id='sdk-subclass'),
    pytest.param('from openai import OpenAI\nc = OpenAI()\nc.with_options(timeout=5).chat.completions.create(model="m")\n', [(3, 1, 'LLM002')], id='with-options'),
    pytest.param('from openai import OpenAI\nc = OpenAI()\nc.with_raw_response.embeddings.create(model="m")\n', [(3, 1, 'LLM002')], id='with-raw-response-client'),
    pytest.param('from anthropic import Anthropic\nc = Anthropic()\nc.messages.with_streaming_response.create(model="m")\n', [(3, 1, 'LLM003')], id='with-streaming-response'),
    pytest.param('from anthropic import Anthropic\nAnthropic().copy(max_retries=1).messages.create(model="m")\n', [(2, 1, 'LLM003')], id='copy'),
    pytest.param(
        'from openai import OpenAI\nclass A:\n    def __init__(self, client: OpenAI):\n        self.client = client\n'
        '    def run(self):\n        self.client.embeddings.create(model="m")\n',
        [(6, 9, 'LLM002')], id='self-attr-from-annotated-param',
    ),
    pytest.param(
        'from anthropic import Anthropic\nfrom openai import OpenAI\nCLIENTS = {"a": Anthropic(), "o": OpenAI()}\n'
        'CLIENTS["a"].messages.create(model="m")\n',
        [(4, 1, 'LLM003')], id='dict-of-clients',
    ),
    pytest.param(
        'from anthropic import Anthropic\nfrom openai import OpenAI\ndef ask(clients, model):\n'
        '    if model.startswith("claude"):\n        return clients["anthropic"].messages.create(model=model, max_tokens=9, messages=[])\n'
        '    return clients["openai"].responses.create(model=model, input="x")\n'
        'clients = {"openai": OpenAI(), "anthropic": Anthropic()}\nask(clients, "gpt")\n',
        [(5, 16, 'LLM003'), (6, 12, 'LLM002')], id='dict-of-clients-passed-to-a-function',
    ),
    pytest.param(  # the Message Batches API is Anthropic's on any receiver
        'async def review(ctx, requests):\n    return await ctx["anthropic"].messages.batches.create(requests=requests)\n',
        [(2, 18, 'LLM003')], id='message-batches-on-any-receiver',
    ),
    pytest.param(
        'from dataclasses import dataclass, field\nfrom mistralai import Mistral\n@dataclass\nclass S:\n'
        '    client: Mistral = field(default_factory=Mistral)\n    def run(self):\n        self.client.chat.complete(model="m")\n',
        [(7, 9, 'LLM007')], id='dataclass-field',
    ),
    pytest.param(
        'from typing import List\nfrom groq import Groq\ndef f(cs: List[Groq]):\n    for c in cs:\n        c.chat.completions.create(model="m")\n',
        [(5, 9, 'LLM008')], id='for-loop-element',
    ),
    pytest.param(
        'from functools import lru_cache\nfrom google import genai\n@lru_cache\ndef client():\n    return genai.Client()\n'
        'client().models.generate_images(model="m", prompt="p")\n',
        [(6, 1, 'LLM004')], id='cached-getter',
    ),
    pytest.param('from openai import OpenAI, AzureOpenAI\nc = AzureOpenAI() if azure else OpenAI()\nc.images.generate(prompt="x")\n', [(3, 1, 'LLM002')], id='conditional-client'),
    pytest.param('from typing import cast\nfrom openai import OpenAI\ncast(OpenAI, c).batches.create(input_file_id="f")\n', [(3, 1, 'LLM002')], id='typing-cast'),
    pytest.param(
        'from typing import Callable, cast\nfrom openai import OpenAI\nc = OpenAI()\ncreate = cast(Callable, c.completions.create)\ncreate(model="m")\n',
        [(5, 1, 'LLM002')], id='typing-cast-stored-endpoint',
    ),
    pytest.param('from app.llm import LLMClient\nLLMClient().chat.completions.create(model="m")\n', [(2, 1, 'LLM002')], id='distinctive-on-project-class'),
    pytest.param('import openai as oai\nfrom openai import AsyncOpenAI as AO\nAO().images.edit(image=i)\noai.OpenAI().completions.create(model="m")\n', [(3, 1, 'LLM002'), (4, 1, 'LLM002')], id='aliases'),
    pytest.param('c = None\ndef boot():\n    global c\n    from openai import OpenAI\n    c = OpenAI()\nc.audio.speech.create(model="m")\n', [(6, 1, 'LLM002')], id='global-client'),
    pytest.param('from openai import OpenAI\nif (c := OpenAI()):\n    c.completions.create(model="m")\n', [(3, 5, 'LLM002')], id='walrus'),
    pytest.param(
        'import asyncio\nfrom google import genai\nc = genai.Client()\nasync def f():\n'
        '    return await asyncio.to_thread(c.models.generate_content, model="m", contents="x")\n',
        [(5, 36, 'LLM004')], id='callable-to-thread',
    ),
    pytest.param('import litellm\ndef f(retry):\n    return retry(\n        litellm.completion, model="m")\n', [(4, 9, 'LLM001')], id='callable-to-retry'),
    # a name handed on: imported, or bound to the SDK function, the endpoint, or a getter's result
    pytest.param('import asyncio\nfrom litellm import acompletion as ac\nasyncio.run(ac(model="m"))\npool.submit(ac, model="m")\n', [(3, 13, 'LLM001'), (4, 13, 'LLM001')], id='imported-name-to-submit'),
    pytest.param('import litellm\nfn = litellm.completion\nretry(fn, model="m")\n', [(3, 7, 'LLM001')], id='stored-function-to-retry'),
    pytest.param(
        'from openai import OpenAI\ndef create():\n    return OpenAI().chat.completions.create\n'
        'def f(loop):\n    make = create()\n    return loop.run_in_executor(None, make, "x")\n',
        [(6, 39, 'LLM002')], id='getter-result-to-executor',
    ),
    pytest.param('import inspect\nimport litellm\nps = inspect.signature(litellm.completion).parameters\n', [], id='callable-inspected'),
    pytest.param(
        'import anthropic\nclass W:\n    def __init__(self, client):\n        self.client = client\n'
        '    def run(self):\n        return self.client.messages.create(model="m", max_tokens=1, messages=[])\n',
        [(6, 16, 'LLM003')], id='import-evidence-injected-client',
    ),
    pytest.param('import ollama\nfrom app.llm import get_client\nget_client().chat(model="m", messages=[])\n', [(3, 1, 'LLM010')], id='import-evidence-getter'),
]

LOOK_ALIKES = [
    pytest.param('from twilio.rest import Client\nc = Client(sid, token)\nc.messages.create(to="+1", from_="+2", body="hi")\n', [], id='twilio'),
    pytest.param(
        'import anthropic\nfrom twilio.rest import Client\nsms = Client(sid, token)\nsms.messages.create(to="+1", body="x")\n'
        'def f(client):\n    client.messages.create(to="+1", body="x")\n',
        [], id='twilio-beside-anthropic',
    ),
    pytest.param('Order.objects.create(total=1)\nclient.files.create(file=f, purpose="batch")\n', [], id='orm-and-files'),
    pytest.param('from openai import OpenAI\nc = OpenAI()\nc.files.create(file=f)\nc.models.list()\nc.batches.retrieve("b")\n', [], id='openai-not-billed'),
    pytest.param('from openai import OpenAI\nraw = OpenAI().chat.completions.with_raw_response.create(model="m")\nraw.parse()\n', [(2, 7, 'LLM002')], id='raw-response-parse'),
    pytest.param('from anthropic import Anthropic\nc = Anthropic()\nc.messages.count_tokens(model="m", messages=[])\nc.beta.messages.count_tokens(model="m")\n', [], id='count-tokens'),
    pytest.param('from google import genai\nc = genai.Client()\nc.models.count_tokens(model="m", contents="x")\nc.models.list()\n', [], id='genai-count-tokens'),
    pytest.param('import boto3\ns3 = boto3.client("s3")\ns3.put_object(Bucket="b", Key="k")\ns3.converse(modelId="m")\n', [], id='s3-client'),
    pytest.param(
        'from openai import OpenAI\nfrom anthropic import AsyncAnthropic\nimport boto3\n'
        'a = OpenAI(api_key="k")\nb = AsyncAnthropic()\nc = boto3.client("bedrock-runtime")\n',
        [], id='constructors',
    ),
    pytest.param('model.generate(input_ids, max_new_tokens=20)\nclf.predict(X)\nchain.invoke({"q": 1})\n', [], id='generic-tails'),
    pytest.param('import openai\nmodel = load()\nmodel.generate(input_ids, model="m")\n', [], id='generic-single-link-with-import'),
    pytest.param('import anthropic\nfrom .client import Client\nc = Client()\nc.messages.create(model="m")\n', [], id='foreign-wrapper-class'),
    pytest.param(
        'import ollama\nfrom app.llm import Wrapper\ndef f(w: Wrapper):\n    return w.chat(model="m")\n',
        [], id='foreign-annotated',
    ),
    pytest.param('import anthropic\nclass A(Base):\n    def run(self, **kw):\n        return super().messages.create(model="m", **kw)\n', [], id='super-call'),
    pytest.param('import ollama\nout = model.generate(**inputs)\n', [], id='transformers-generate-beside-ollama'),
    pytest.param('import openai\ndef f(http):\n    return http.post(url, model="m", **kw)\n', [], id='import-evidence-not-on-post'),
    pytest.param('import boto3\nimport httpx\nhttpx.Client().converse(modelId="m")\n', [], id='http-client-is-not-sdk'),
    pytest.param('def completion(**kw):\n    pass\nimport litellm\nretry(completion, model="m")\n', [], id='local-callable-passed'),
]

RAW_HTTP = [
    # Tornado's fetch is a GET unless its method= (or its HTTPRequest's) says POST
    pytest.param(
        'import json\nfrom tornado.httpclient import AsyncHTTPClient, HTTPRequest\nURL = "https://api.anthropic.com/v1/messages"\n'
        'async def a(body):\n    client = AsyncHTTPClient()\n    request = HTTPRequest(URL, method="POST", body=json.dumps(body))\n'
        '    return await client.fetch(request)\n'
        'async def b(body):\n    return await AsyncHTTPClient().fetch("https://api.openai.com/v1/chat/completions", method="POST", body=body)\n'
        'async def c(http=None):\n    http = http or AsyncHTTPClient()\n    return await http.fetch(HTTPRequest("https://api.openai.com/v1/embeddings", "POST", body="{}"))\n',
        [(7, 18, 'LLM020'), (9, 18, 'LLM020'), (12, 18, 'LLM020')], id='tornado-fetch-post',
    ),
    pytest.param(
        'from tornado.httpclient import AsyncHTTPClient, HTTPRequest\nURL = "https://api.anthropic.com/v1/messages"\n'
        'async def models():\n    return await AsyncHTTPClient().fetch("https://api.openai.com/v1/models")\n'
        'async def unsent(body):\n    return await AsyncHTTPClient().fetch(HTTPRequest(URL, body=body))\n',
        [], id='tornado-fetch-get',
    ),
    pytest.param('import requests\nrequests.post("https://api.openai.com/v1/chat/completions", json=b)\n', [(2, 1, 'LLM020')], id='requests-literal'),
    pytest.param('import requests\nAPI = "https://api.anthropic.com/v1"\ndef f():\n    return requests.post(f"{API}/messages", json=b)\n', [(4, 12, 'LLM020')], id='module-constant-fstring'),
    pytest.param('import requests\nBASE = "https://api.groq.com/openai/v1"\nrequests.post(BASE + "/chat/completions")\n', [(3, 1, 'LLM020')], id='concatenation'),
    pytest.param('import requests\nrequests.post(url=f"https://generativelanguage.googleapis.com/v1beta/models/{m}:generateContent")\n', [(2, 1, 'LLM020')], id='url-keyword-fstring'),
    pytest.param('import requests\nrequests.request("POST", "https://api.mistral.ai/v1/chat/completions")\n', [(2, 1, 'LLM020')], id='requests-request'),
    pytest.param('import requests\ns = requests.Session()\ns.post("https://api.deepseek.com/chat/completions")\n', [(3, 1, 'LLM020')], id='requests-session'),
    pytest.param(
        'import httpx\nasync def f():\n    async with httpx.AsyncClient() as c:\n        await c.post("https://api.x.ai/v1/chat/completions")\n',
        [(4, 15, 'LLM020')], id='httpx-async-client',
    ),
    pytest.param('import httpx\nc = httpx.Client(base_url="https://api.together.xyz")\nc.post("/v1/completions")\n', [(3, 1, 'LLM020')], id='httpx-base-url'),
    pytest.param('import httpx\nhttpx.post("https://x.openai.azure.com/openai/deployments/d/chat/completions")\n', [(2, 1, 'LLM020')], id='httpx-azure-wildcard'),
    pytest.param('import httpx\nwith httpx.stream("POST", "https://openrouter.ai/api/v1/chat/completions") as r:\n    pass\n', [(2, 6, 'LLM020')], id='httpx-stream'),
    pytest.param(
        'import aiohttp\nasync def f():\n    async with aiohttp.ClientSession() as s:\n'
        '        async with s.post("https://bedrock-runtime.us-east-1.amazonaws.com/model/m/converse") as r:\n            pass\n',
        [(4, 20, 'LLM020')], id='aiohttp-session',
    ),
    pytest.param(
        'import urllib.request\nreq = urllib.request.Request("https://api.cohere.com/v2/chat", data=b)\nurllib.request.urlopen(req)\n',
        [(3, 1, 'LLM020')], id='urllib-request',
    ),
    pytest.param(
        'import requests\nclass P:\n    URL = "https://api.fireworks.ai/inference/v1/chat/completions"\n'
        '    def run(self):\n        return requests.post(self.URL, json=b)\n',
        [(5, 16, 'LLM020')], id='class-constant',
    ),
    pytest.param(
        'import os\nimport httpx\nclass M:\n    client: httpx.Client\n    def setup(self):\n'
        '        base = self.endpoint or os.environ.get("URL") or "https://api.mistral.ai/v1"\n'
        '        self.client = httpx.Client(base_url=base)\n    def run(self):\n'
        '        return self.client.post(url="/chat/completions", json=b)\n',
        [(9, 16, 'LLM020')], id='base-url-fallback',
    ),
    pytest.param(
        'class Claude:\n    def __init__(self, session, base_url="https://api.anthropic.com/"):\n'
        '        self.session, self.base = session, base_url.rstrip("/")\n    def create(self, body):\n'
        '        return self.session.post(f"{self.base}/v1/messages", json=body)\n',
        [(5, 16, 'LLM020')], id='base-url-parameter-default',
    ),
    pytest.param(
        'import requests\ndef post(body, url="https://api.openai.com/v1/chat/completions"):\n    return requests.post(url, json=body)\n',
        [(3, 12, 'LLM020')], id='url-parameter-default',
    ),
    pytest.param('import requests\nrequests.post("https://api.openai.com/v1/{}".format(path))\n', [(2, 1, 'LLM020')], id='format-call'),
    pytest.param(
        'import httpx\nPATH = "/openai/deployments/{deployment}/chat/completions"\ndef f(endpoint, d):\n'
        '    return httpx.post(endpoint.rstrip("/") + PATH.format(deployment=d), json=b)\n',
        [(4, 12, 'LLM020')], id='path-template-formatted',
    ),
    pytest.param('def f(session):\n    return session.post("https://api.perplexity.ai/chat/completions")\n', [(2, 12, 'LLM020')], id='unknown-session'),
    # OpenAI-compatible APIs litellm knows by their endpoint: a region in a host pattern
    pytest.param('import requests\nrequests.post("https://api.hyperbolic.xyz/v1/chat/completions", json=b)\n', [(2, 1, 'LLM020')], id='litellm-known-host'),
    pytest.param('import httpx\nhttpx.post("https://ark.cn-beijing.volces.com/api/v3/chat/completions")\n', [(2, 1, 'LLM020')], id='host-with-region'),
    # the OpenAI-compatible chat API's path, whatever the host: a gateway, a model server
    pytest.param('def f(gateway):\n    return gateway.post("/chat/completions", json=b)\n', [(2, 12, 'LLM020')], id='llm-api-path-relative'),
    pytest.param('import httpx\nc = httpx.Client(base_url=settings.gateway)\nc.post("v1/chat/completions/")\n', [(3, 1, 'LLM020')], id='llm-api-path-on-a-client'),
    pytest.param(
        'import requests\nrequests.post(f"{base}/openai/deployments/{d}/chat/completions?api-version={v}", json=b)\n',
        [(2, 1, 'LLM020')], id='llm-api-path-with-a-query',
    ),
    pytest.param('import requests\nURL = BASE + "/v1/chat/completions"\nrequests.post(URL, json=b)\n', [(3, 1, 'LLM020')], id='llm-api-path-in-a-name'),
    pytest.param(
        'import requests\nurl = f"{AZURE}/openai/deployments/{d}/completions?api-version=2024-02-01"\nrequests.post(url, json=b)\n',
        [(3, 1, 'LLM020')], id='azure-deployment-path',
    ),
    pytest.param(
        'import requests\ndef chat_url(d):\n    return f"{BASE}/openai/deployments/{d}/chat/completions?api-version={V}"\n'
        'requests.post(chat_url("gpt"), json=b)\n',
        [(4, 1, 'LLM020')], id='llm-api-path-a-function-returns',
    ),
    # watsonx.ai's REST paths for model requests, whatever the host (its URL is a setting)
    pytest.param(
        'import requests\nrequests.post(f"{settings.wx_url}/ml/v1/text/generation?version=2024-05-01", json=b)\n',
        [(2, 1, 'LLM020')], id='watsonx-text-generation-path',
    ),
    pytest.param(
        'import httpx\nhttpx.post(f"{WX}/ml/v1/deployments/{d}/text/chat_stream?version={v}", json=b)\n',
        [(2, 1, 'LLM020')], id='watsonx-deployment-chat-path',
    ),
    # Ollama's API on a URL built from a name spelling it: its server wherever its host setting says
    pytest.param(
        'import requests\nfrom lib.clients import OLLAMA_BASE_URL\nrequests.post(f"{OLLAMA_BASE_URL}/api/generate", json=b)\n',
        [(3, 1, 'LLM020')], id='ollama-path-on-a-name',
    ),
    pytest.param(
        'import httpx\nhttp = httpx.AsyncClient(base_url=settings.ollama_host)\nhttp.post("/api/embed", json=b)\n',
        [(3, 1, 'LLM020')], id='ollama-path-on-a-named-base-url',
    ),
    pytest.param(
        'import requests\nurl = f"{OLLAMA_HOST}/api/chat"\nrequests.post(url, json=b)\n',
        [(3, 1, 'LLM020')], id='ollama-path-in-a-name',
    ),
    pytest.param(
        'import httpx\nasync def ollama_chat(http, host, body):\n    return await http.post(f"{host}/api/chat", json=body)\n',
        [(3, 18, 'LLM020')], id='ollama-path-in-a-function-so-named',
    ),
    pytest.param(
        'import requests\nclass OllamaBackend:\n    def run(self, body):\n        return requests.post(self.url + "/api/generate", json=body)\n',
        [(4, 16, 'LLM020')], id='ollama-path-in-a-class-so-named',
    ),
    # look-alikes
    pytest.param('import requests\nrequests.post(f"{OLLAMA_BASE_URL}/api/pull", json=b)\n', [], id='ollama-named-pull'),
    pytest.param('import requests\nrequests.post(f"{SERVICE_URL}/api/generate", json=b)\n', [], id='api-generate-on-another-name'),
    pytest.param(
        'import requests\ndef chat_service(host, body):\n    return requests.post(f"{host}/api/chat", json=body)\n', [],
        id='api-chat-in-a-function-named-otherwise',
    ),
    pytest.param('import requests\nrequests.post(f"{wx}/ml/v1/text/tokenization?version={v}", json=b)\n', [], id='watsonx-tokenization-path'),
    pytest.param('import requests\nrequests.post(f"{wx}/ml/v1/text/generation/{i}/cancel")\n', [], id='watsonx-path-not-at-the-end'),
    pytest.param('import requests\nrequests.post(f"{base}/chat/completions/{i}/cancel")\n', [], id='llm-api-path-not-at-the-end'),
    pytest.param(
        'import requests\nPATH = "/v1/chat/completions/{job}/cancel"\nrequests.post(base + PATH.format(job=j))\n', [],
        id='llm-api-path-template-not-at-the-end',
    ),
    pytest.param('import requests\nrequests.get(f"{base}/v1/chat/completions")\n', [], id='llm-api-path-get'),
    pytest.param('import requests\nrequests.get(f"{base}/openai/deployments?api-version=2022-12-01")\n', [], id='azure-deployments-listed'),
    pytest.param(
        'import requests\nURL = "/v1/chat/completions"\nURL = "/v1/models"\nrequests.post(URL)\n', [], id='llm-api-path-name-bound-twice',
    ),
    pytest.param(
        'import requests\ndef url(kind):\n    if kind:\n        return f"{BASE}/v1/chat/completions"\n    return f"{BASE}/v1/models"\n'
        'requests.post(url(1))\n', [], id='llm-api-path-one-of-two-returns',
    ),
    pytest.param('from server import app\n@app.post("/v1/chat/completions")\nasync def chat(body):\n    pass\n', [], id='llm-api-path-route'),
    pytest.param('import requests\nrequests.get("https://api.openai.com/v1/models")\n', [], id='get-is-not-billed'),
    pytest.param('import httpx\nhttpx.request("GET", "https://api.openai.com/v1/models")\n', [], id='request-get'),
    pytest.param('import requests\nrequests.post("https://example.com/api.openai.com")\n', [], id='host-in-path'),
    pytest.param('import requests\nrequests.post(f"https://{region}.api.openai.com/v1/x")\n', [], id='host-not-literal'),
    pytest.param('import requests\nrequests.post(os.environ["LLM_URL"])\n', [], id='url-from-env'),
    pytest.param(
        'import requests\ndef post(body, url="https://status.example.com/v1/ping"):\n    return requests.post(url, json=body)\n',
        [], id='url-parameter-default-elsewhere',
    ),
    pytest.param('import requests\nrequests.post("http://localhost:8080/api/chat")\n', [], id='local-server'),
    pytest.param('import requests\nrequests.post("http://localhost:11434/api/pull")\n', [], id='local-ollama-pull'),
    pytest.param('import requests\nrequests.post("https://api.openai.com.evil.example/v1")\n', [], id='host-suffix'),
    pytest.param('url = "https://api.openai.com/v1"\nprint(url)\nlog.post(message)\n', [], id='literal-not-posted'),
]

FRAMEWORKS = [
    pytest.param('from langchain.chat_models import init_chat_model\nm = init_chat_model("openai:gpt-4o")\nm.invoke("hi")\n', [(3, 1, 'LLM030')], id='init-chat-model'),
    pytest.param('from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model="gpt-4o")\nllm.invoke("hi")\n', [(3, 1, 'LLM030')], id='chatopenai-invoke'),
    pytest.param('from langchain_anthropic import ChatAnthropic\nawait ChatAnthropic(model="m").ainvoke("hi")\n', [(2, 7, 'LLM030')], id='chatanthropic-ainvoke'),
    pytest.param('from langchain_google_genai import ChatGoogleGenerativeAI\nChatGoogleGenerativeAI(model="m").stream("hi")\n', [(2, 1, 'LLM030')], id='gemini-stream'),
    pytest.param('from langchain_aws import ChatBedrockConverse\nChatBedrockConverse(model="m").with_structured_output(S).invoke("x")\n', [(2, 1, 'LLM030')], id='bedrock-structured'),
    pytest.param('from langchain_openai import ChatOpenAI\nchain = prompt | ChatOpenAI()\nchain.invoke({"q": 1})\n', [(3, 1, 'LLM030')], id='lcel-chain'),
    pytest.param('from llama_index.llms.openai import OpenAI\nOpenAI(model="m").complete("hi")\n', [(2, 1, 'LLM030')], id='llama-index-openai'),
    pytest.param('from llama_index.llms.anthropic import Anthropic\nAnthropic().chat(messages)\n', [(2, 1, 'LLM030')], id='llama-index-anthropic'),
    pytest.param('from langchain_litellm import ChatLiteLLM\nChatLiteLLM(model="m").invoke("hi")\n', [], id='litellm-backed'),
    pytest.param('from llama_index.llms.litellm import LiteLLM\nLiteLLM("m").complete("hi")\n', [], id='llama-index-litellm'),
    pytest.param('retriever.invoke("q")\ngraph.invoke(state)\n', [], id='other-runnables'),
]


@pytest.mark.parametrize(('src', 'expected'), PROVIDERS + ATTRIBUTION + SHAPES + LOOK_ALIKES + RAW_HTTP)
def test_default_rules(src: str, expected: Expected) -> None:
    assert findings(src) == expected


@pytest.mark.parametrize(('src', 'expected'), FRAMEWORKS)
def test_framework_group_when_selected(src: str, expected: Expected) -> None:
    assert findings(src, catalogue.default_codes() | {'LLM030'}) == expected


@pytest.mark.parametrize('src', [p.values[0] for p in FRAMEWORKS])
def test_framework_group_is_off_by_default(src: str) -> None:
    assert findings(src) == []


AGENT_FRAMEWORKS = [
    pytest.param('from pydantic_ai import Agent\nagent = Agent("openai:gpt-4o")\nagent.run_sync("hi")\n', [(3, 1, 'LLM031')], [], id='pydantic-ai-run-sync'),
    pytest.param('from pydantic_ai import Agent\nasync def f(a: Agent):\n    async with a.run_stream("hi") as r:\n        pass\n', [(3, 16, 'LLM031')], [], id='pydantic-ai-run-stream'),
    pytest.param('from agents import Agent, Runner\nRunner.run_sync(Agent(name="a"), "hi")\n', [(2, 1, 'LLM031')], [], id='openai-agents-runner'),
    pytest.param('import dspy\nlm = dspy.LM("openai/gpt-4o-mini")\nlm("Say hi")\n', [(3, 1, 'LLM031')], [], id='dspy-lm-called'),
    pytest.param('import dspy\ndspy.ChainOfThought("question -> answer")(question="q")\n', [(2, 1, 'LLM031')], [], id='dspy-module-called'),
    pytest.param('import instructor\nc = instructor.from_provider("anthropic/claude-3-5-haiku")\nc.create(response_model=U, messages=[])\n', [(3, 1, 'LLM031')], [], id='instructor-create'),
    pytest.param('import instructor\nfrom openai import OpenAI\nc = instructor.from_openai(OpenAI())\nc.chat.completions.create(model="m", response_model=U)\n', [(4, 1, 'LLM031')], [(4, 1, 'LLM002')], id='instructor-openai-shape'),
    pytest.param('from smolagents import CodeAgent, InferenceClientModel\nCodeAgent(tools=[], model=InferenceClientModel()).run("task")\n', [(2, 1, 'LLM031')], [], id='smolagents-run'),
    pytest.param('from haystack.components.generators.chat import OpenAIChatGenerator\nOpenAIChatGenerator().run(messages=[])\n', [(2, 1, 'LLM031')], [], id='haystack-generator'),
    pytest.param('from crewai import LLM, Crew\nLLM(model="gpt-4o").call("hi")\nCrew(agents=[], tasks=[]).kickoff()\n', [(2, 1, 'LLM031'), (3, 1, 'LLM031')], [], id='crewai'),
    pytest.param('import dspy\ndspy.configure(lm=dspy.LM("m"))\n', [], [], id='dspy-configure-is-not-a-call'),
    pytest.param(  # a client called itself, handed on through a parameter
        'import dspy\ndef ask_all(lm, questions):\n    return [pool.submit(lm, q) for q in questions]\n'
        'ask_all(dspy.LM("openai/gpt-4o-mini"), ["a"])\n', [(3, 25, 'LLM031')], [], id='dspy-lm-parameter-handed-on',
    ),
]


@pytest.mark.parametrize(('src', 'selected', 'default'), AGENT_FRAMEWORKS)
def test_agent_framework_group(src: str, selected: Expected, default: Expected) -> None:
    assert findings(src, catalogue.default_codes() | {'LLM031'}) == selected
    assert findings(src) == default


def test_codes_select_groups() -> None:
    src = 'import requests, litellm\nlitellm.completion(model="m")\nrequests.post("https://api.openai.com/v1/x")\n'
    assert findings(src, frozenset({'LLM020'})) == [(3, 1, 'LLM020')]
    assert findings(src, frozenset({'LLM001'})) == [(2, 1, 'LLM001')]
    assert findings(src, frozenset()) == []


def test_default_codes_are_the_enabled_groups() -> None:
    assert catalogue.default_codes() == {p.code for p in catalogue.PROVIDERS} - {'LLM030', 'LLM031'}
    assert not catalogue.BY_CODE['LLM030'].enabled


def test_every_provider_group_has_its_own_code() -> None:
    codes = [p.code for p in catalogue.PROVIDERS]
    assert len(set(codes)) == len(codes)
    assert {p.key for p in catalogue.PROVIDERS} >= {
        'litellm', 'openai', 'anthropic', 'google', 'bedrock', 'cohere', 'mistral', 'groq',
        'together', 'ollama', 'huggingface', 'azure_ai_inference', 'raw_http', 'frameworks',
    }


@pytest.mark.parametrize(('host', 'fragments'), [
    pytest.param('api.openai.com', ('api.openai.com',), id='plain'),
    pytest.param('*.openai.azure.com', ('.openai.azure.com',), id='leading-wildcard'),
    pytest.param('bedrock-runtime.*.amazonaws.com', ('bedrock-runtime.', '.amazonaws.com'), id='inner-wildcard'),
])
def test_host_fragments(host: str, fragments: tuple[str, ...]) -> None:
    assert catalogue.host_fragments(host) == fragments


def test_base_url_decides_only_among_selected_codes() -> None:
    src = 'from openai import OpenAI\nc = OpenAI(base_url="https://api.groq.com/openai/v1")\nc.chat.completions.create(model="m")\n'
    assert findings(src, frozenset({'LLM002'})) == []
    assert findings(src, frozenset({'LLM008'})) == [(3, 1, 'LLM008')]


def test_code_scheme() -> None:
    """LLM001-LLM012 and the groups of 020/030/031/040 stay; providers added later take LLM201 upward."""
    codes = [p.code for p in catalogue.PROVIDERS]
    assert codes[:16] == [f'LLM{n:03}' for n in range(1, 13)] + ['LLM020', 'LLM030', 'LLM031', 'LLM040']
    later = codes[16:]
    assert later == [f'LLM{n}' for n in range(201, 201 + len(later))]


def test_every_provider_host_is_a_raw_http_host() -> None:
    hosts = [h for p in catalogue.PROVIDERS for h in p.hosts]
    assert [h for h in hosts if h not in catalogue.RAW_HTTP.hosts] == []


def test_every_raw_http_host_has_a_fragment() -> None:
    assert all(catalogue.host_fragments(h) for h in catalogue.RAW_HTTP.hosts)
