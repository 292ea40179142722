"""The LLM SDK call surface, as data.

Everything that must know "what is an LLM call" reads this table: the analyzer, the
pre-filter, ``--list-rules``/``--explain`` and the README rules table.  Names are fully
qualified; the analyzer resolves a file's names through its imports before it looks here.
Read from the SDK wheels (see ``shared/research/llm-sdk-surface.toml`` for versions).
"""
from __future__ import annotations


class Provider:
    """One provider group: one rule code, the SDK objects that reach its paid API."""

    # a plain class: typing.NamedTuple doubles the hook's start-up time, and even
    # collections.namedtuple adds a tenth to it
    __slots__ = (
        'code', 'key', 'title', 'modules', 'constructors', 'endpoints', 'functions',
        'distinctive_tails', 'example', 'hosts', 'note', 'enabled',
    )
    code: str
    key: str
    title: str
    modules: tuple[str, ...]
    # qualified names whose call returns a client object
    constructors: tuple[str, ...]
    # attribute paths on a client object that run (and bill) a model
    endpoints: tuple[str, ...]
    # qualified module-level callables that run a model
    functions: tuple[str, ...]
    # chain tails safe to report with no evidence of where the receiver came from
    distinctive_tails: tuple[str, ...]
    example: str
    # URL hosts (``*`` = any run of characters) of the provider's HTTP API
    hosts: tuple[str, ...]
    # what the group covers beyond the obvious, shown by ``--explain``
    note: str
    # off-by-default groups are reported only when a configuration selects their code
    enabled: bool

    def __init__(
        self, *, code: str, key: str, title: str, modules: tuple[str, ...],
        constructors: tuple[str, ...], endpoints: tuple[str, ...], functions: tuple[str, ...],
        distinctive_tails: tuple[str, ...], example: str, hosts: tuple[str, ...] = (),
        note: str = '', enabled: bool = True,
    ) -> None:
        self.code, self.key, self.title, self.modules = code, key, title, modules
        self.constructors, self.endpoints, self.functions = constructors, endpoints, functions
        self.distinctive_tails, self.example, self.hosts = distinctive_tails, example, hosts
        self.note, self.enabled = note, enabled

    def __repr__(self) -> str:
        return f'Provider({self.code} {self.key})'


_OPENAI_ENDPOINTS = (
    'chat.completions.create', 'chat.completions.parse', 'chat.completions.stream',
    'beta.chat.completions.create', 'beta.chat.completions.parse',
    'beta.chat.completions.stream',
    'completions.create',
    'responses.create', 'responses.parse', 'responses.stream', 'responses.compact',
    'responses.connect', 'beta.responses.create', 'beta.responses.compact',
    'beta.responses.connect',
    'embeddings.create',
    'images.generate', 'images.edit', 'images.create_variation',
    'audio.transcriptions.create', 'audio.translations.create', 'audio.speech.create',
    'moderations.create', 'decisions.create',
    'realtime.connect', 'beta.realtime.connect', 'realtime.translations.connect',
    'realtime.calls.create', 'realtime.calls.accept',
    'live.create', 'live.connect', 'live.forks.connect', 'live.sideband.connect',
    'live.sessions.accept', 'live.sessions.fork',
    'videos.create', 'videos.create_and_poll', 'videos.remix', 'videos.edit',
    'videos.extend', 'videos.create_character',
    'beta.threads.runs.create', 'beta.threads.runs.create_and_poll',
    'beta.threads.runs.create_and_stream', 'beta.threads.runs.stream',
    'beta.threads.runs.submit_tool_outputs',
    'beta.threads.runs.submit_tool_outputs_and_poll',
    'beta.threads.runs.submit_tool_outputs_stream',
    'beta.threads.create_and_run', 'beta.threads.create_and_run_poll',
    'beta.threads.create_and_run_stream',
    'beta.agents.sessions.create', 'beta.agents.sessions.events.create',
    'beta.agents.automations.invocations.create', 'fine_tuning.alpha.graders.run',
    'batches.create', 'fine_tuning.jobs.create', 'evals.runs.create',
    'edits.create', 'fine_tunes.create',
    'post',  # the raw request method of the client: ``client.post("/decisions", ...)``
)

_OPENAI_V0 = tuple(
    f'openai.{cls}.{verb}'
    for cls, verbs in (
        ('ChatCompletion', ('create', 'acreate')),
        ('Completion', ('create', 'acreate')),
        ('Embedding', ('create', 'acreate')),
        ('Edit', ('create', 'acreate')),
        ('Image', ('create', 'acreate', 'create_variation', 'acreate_variation',
                   'create_edit', 'acreate_edit')),
        ('Audio', ('transcribe', 'atranscribe', 'translate', 'atranslate', 'transcribe_raw',
                   'atranscribe_raw', 'translate_raw', 'atranslate_raw')),
        ('Moderation', ('create', 'acreate')),
        ('FineTune', ('create', 'acreate')),
        ('FineTuningJob', ('create', 'acreate')),
    )
    for verb in verbs
)

_LITELLM_FUNCTIONS = (
    'completion', 'acompletion', 'text_completion', 'atext_completion',
    'embedding', 'aembedding', 'image_generation', 'aimage_generation',
    'image_edit', 'aimage_edit', 'image_variation', 'aimage_variation',
    'transcription', 'atranscription', 'speech', 'aspeech', 'moderation', 'amoderation',
    'rerank', 'arerank', 'responses', 'aresponses', 'compact_responses',
    'acompact_responses', 'completion_with_retries', 'acompletion_with_retries',
    'responses_with_retries', 'aresponses_with_retries', 'batch_completion',
    'batch_completion_models', 'batch_completion_models_all_responses',
    'adapter_completion', 'aadapter_completion', 'aadapter_generate_content',
    'anthropic_messages', 'anthropic.messages.create', 'anthropic.messages.acreate',
    'google_genai.generate_content', 'google_genai.agenerate_content',
    'google_genai.generate_content_stream', 'google_genai.agenerate_content_stream',
    'agenerate_content', 'config_completion', 'ocr', 'aocr', 'search', 'asearch',
    'decisions', 'adecisions', 'systemone', 'asystemone', 'extraction', 'aextraction',
    'run_tool_loop', 'arun_tool_loop', 'interactions.create', 'interactions.acreate',
    'rag.query', 'rag.aquery', 'rag.ingest', 'rag.aingest',
    'video_generation', 'avideo_generation', 'video_remix', 'avideo_remix',
    'video_edit', 'avideo_edit', 'video_extension', 'avideo_extension',
    'video_create_character', 'avideo_create_character',
    'run_thread', 'arun_thread', 'run_thread_stream', 'arun_thread_stream',
    'create_batch', 'acreate_batch', 'create_fine_tuning_job', 'acreate_fine_tuning_job',
    'llm_passthrough_route', 'allm_passthrough_route', 'acreate_realtime_client_secret',
    'arealtime_calls', 'acreate_realtime_transcription_session', 'ahealth_check',
    'vector_stores.search', 'vector_stores.asearch',
)

_ROUTER_METHODS = (
    'completion', 'acompletion', 'text_completion', 'atext_completion', 'embedding',
    'aembedding', 'image_generation', 'aimage_generation', 'aimage_edit',
    'atranscription', 'aspeech', 'amoderation', 'arerank', 'responses', 'aresponses',
    'anthropic_messages', 'aanthropic_messages', 'aadapter_completion',
    'abatch_completion', 'abatch_completion_one_model_multiple_requests',
    'abatch_completion_fastest_response', 'schedule_acompletion', 'generate_content',
    'generate_content_stream', 'agenerate_content', 'agenerate_content_stream',
    'ocr', 'aocr', 'search', 'asearch', 'decisions', 'adecisions', 'systemone',
    'asystemone', 'extraction', 'aextraction', 'video_generation', 'avideo_generation',
    'video_remix', 'avideo_remix', 'aadapter_generate_content', 'acreate_batch',
    'acreate_fine_tuning_job', 'arun_thread', 'create_interaction', 'acreate_interaction',
    'allm_passthrough_route', 'chat.completions.create',
)

_ANTHROPIC_CLIENTS = (
    'Anthropic', 'Client', 'AsyncAnthropic', 'AsyncClient',
    'AnthropicBedrock', 'AsyncAnthropicBedrock', 'AnthropicVertex', 'AsyncAnthropicVertex',
    'AnthropicFoundry', 'AsyncAnthropicFoundry', 'AnthropicAWS', 'AsyncAnthropicAWS',
    'AnthropicGoogleCloud', 'AsyncAnthropicGoogleCloud',
    'AnthropicBedrockMantle', 'AsyncAnthropicBedrockMantle',
)

# ``chats.create`` only builds a local Chat object; its ``send_message`` is the API call
_GOOGLE_GENAI = (
    'models.generate_content', 'models.generate_content_stream', 'models.embed_content',
    'models.generate_images', 'models.edit_image', 'models.upscale_image',
    'models.generate_videos', 'models.recontext_image', 'models.segment_image',
    'interactions.create', 'decisions.create', 'live.connect', 'live.music.connect',
    'batches.create', 'batches.create_embeddings', 'caches.create', 'tunings.tune',
)
_GOOGLE_MODEL_METHODS = (
    'generate_content', 'generate_content_async', 'send_message', 'send_message_async',
    'send_message_stream', 'predict', 'predict_async', 'predict_streaming',
    'predict_streaming_async', 'send_message_streaming', 'send_message_streaming_async',
    'get_embeddings', 'get_embeddings_async', 'generate_images', 'edit_image',
    'upscale_image', 'get_captions', 'ask_question',
)
_VERTEX_CLASSES = (
    'generative_models.GenerativeModel', 'preview.generative_models.GenerativeModel',
    'generative_models.ChatSession', 'preview.generative_models.ChatSession',
    'language_models.TextGenerationModel', 'language_models.ChatModel',
    'language_models.CodeGenerationModel', 'language_models.CodeChatModel',
    'language_models.TextEmbeddingModel', 'language_models.ChatSession',
    'language_models.CodeChatSession', 'preview.language_models.TextGenerationModel',
    'preview.language_models.ChatModel', 'preview.language_models.ChatSession',
    'vision_models.ImageGenerationModel', 'vision_models.MultiModalEmbeddingModel',
    'vision_models.ImageCaptioningModel', 'vision_models.ImageQnAModel',
)

_MISTRAL_ENDPOINTS = (
    'chat.complete', 'chat.stream', 'chat.parse', 'chat.parse_stream',
    'fim.complete', 'fim.stream', 'embeddings.create', 'agents.complete', 'agents.stream',
    'ocr.process', 'classifiers.moderate', 'classifiers.moderate_chat',
    'classifiers.classify', 'classifiers.classify_chat',
    'audio.transcriptions.complete', 'audio.transcriptions.stream',
    'beta.conversations.start', 'beta.conversations.start_stream',
    'beta.conversations.append', 'beta.conversations.append_stream',
    'beta.conversations.restart', 'beta.conversations.restart_stream',
    'beta.conversations.run_async', 'beta.conversations.run_stream_async',
    'responses.create', 'audio.speech.complete', 'audio.realtime.connect',
    'audio.realtime.transcribe_stream', 'audio.realtime_speech.connect',
    'audio.realtime_speech.speak_stream', 'batch.jobs.create', 'fine_tuning.jobs.create',
    # 0.x MistralClient
    'chat', 'chat_stream', 'embeddings', 'completion', 'completion_stream',
)


def _suffix_async(paths: tuple[str, ...]) -> tuple[str, ...]:
    return paths + tuple(f'{p}_async' for p in paths if not p.endswith('_async'))


_HF_TASKS = (
    'chat_completion', 'chat.completions.create', 'text_generation',
    'feature_extraction', 'text_to_image', 'text_to_video', 'text_to_speech',
    'image_to_image', 'image_to_video', 'image_to_text', 'automatic_speech_recognition',
    'audio_classification', 'audio_to_audio', 'document_question_answering', 'fill_mask',
    'image_classification', 'image_segmentation', 'object_detection',
    'question_answering', 'sentence_similarity', 'summarization',
    'table_question_answering', 'tabular_classification', 'tabular_regression',
    'text_classification', 'token_classification', 'translation',
    'visual_question_answering', 'zero_shot_classification',
    'zero_shot_image_classification', 'post', 'conversational',
)

_LANGCHAIN_VERBS = (
    'invoke', 'ainvoke', 'stream', 'astream', 'batch', 'abatch', 'batch_as_completed',
    'abatch_as_completed', 'stream_events', 'astream_events', 'astream_log', 'transform',
    'atransform', 'generate', 'agenerate', 'generate_prompt', 'agenerate_prompt',
    'predict', 'apredict', 'predict_messages', 'apredict_messages', 'call_as_llm',
    'embed_query', 'embed_documents', 'aembed_query', 'aembed_documents',
)
_LLAMA_INDEX_VERBS = (
    'complete', 'acomplete', 'stream_complete', 'astream_complete', 'chat', 'achat',
    'stream_chat', 'astream_chat', 'structured_predict', 'astructured_predict',
    'stream_structured_predict', 'astream_structured_predict', 'predict_and_call',
    'apredict_and_call', 'get_text_embedding', 'get_query_embedding',
    'get_text_embedding_batch', 'aget_text_embedding', 'aget_query_embedding',
    'aget_text_embedding_batch',
)
# chat-model classes that call a provider's API themselves (not through litellm)
_FRAMEWORK_CLASSES = (
    'langchain_openai.ChatOpenAI', 'langchain_openai.AzureChatOpenAI', 'langchain_openai.OpenAI',
    'langchain_openai.AzureOpenAI', 'langchain_openai.OpenAIEmbeddings',
    'langchain_openai.AzureOpenAIEmbeddings', 'langchain_openai.chat_models.ChatOpenAI',
    'langchain_openai.chat_models.AzureChatOpenAI',
    'langchain_anthropic.ChatAnthropic', 'langchain_anthropic.AnthropicLLM',
    'langchain_anthropic.chat_models.ChatAnthropic',
    'langchain_google_genai.ChatGoogleGenerativeAI', 'langchain_google_genai.GoogleGenerativeAI',
    'langchain_google_genai.GoogleGenerativeAIEmbeddings',
    'langchain_google_vertexai.ChatVertexAI', 'langchain_google_vertexai.VertexAI',
    'langchain_aws.ChatBedrock', 'langchain_aws.ChatBedrockConverse', 'langchain_aws.BedrockLLM',
    'langchain_aws.BedrockEmbeddings', 'langchain_aws.ChatAnthropicBedrock',
    'langchain_aws.ChatAnthropicMantle', 'langchain_aws.ChatOpenAIMantle',
    'langchain_aws.ChatBedrockNovaSonic', 'langchain_aws.SagemakerEndpoint',
    'langchain_mistralai.ChatMistralAI', 'langchain_groq.ChatGroq', 'langchain_cohere.ChatCohere',
    'langchain_ollama.ChatOllama', 'langchain_ollama.OllamaLLM',
    'langchain_community.chat_models.ChatOpenAI', 'langchain_community.chat_models.ChatAnthropic',
    'langchain_community.chat_models.BedrockChat', 'langchain_community.llms.OpenAI',
    'langchain.chat_models.ChatOpenAI', 'langchain.chat_models.ChatAnthropic',
    'langchain.llms.OpenAI',
    'llama_index.llms.openai.OpenAI', 'llama_index.llms.openai.OpenAIResponses',
    'llama_index.llms.azure_openai.AzureOpenAI', 'llama_index.llms.anthropic.Anthropic',
    'llama_index.llms.google_genai.GoogleGenAI', 'llama_index.llms.gemini.Gemini',
    'llama_index.llms.bedrock_converse.BedrockConverse', 'llama_index.llms.mistralai.MistralAI',
    'llama_index.llms.groq.Groq', 'llama_index.llms.ollama.Ollama',
    'llama_index.embeddings.openai.OpenAIEmbedding',
)

# Hosts of LLM HTTP APIs (research/llm-sdk-surface.toml [raw_http]); local Ollama is free.
_LLM_HOSTS = (
    'api.openai.com', '*.api.openai.com', '*.openai.azure.com', 'api.anthropic.com',
    '*.services.ai.azure.com', '*.models.ai.azure.com', 'bedrock-runtime.*.amazonaws.com',
    'bedrock-runtime-fips.*.amazonaws.com', 'bedrock-mantle.*.api.aws',
    'generativelanguage.googleapis.com', '*aiplatform.googleapis.com',
    'aiplatform.*.rep.googleapis.com', 'claude.googleapis.com', 'api.mistral.ai',
    'api.groq.com', 'api.cohere.com', 'api.cohere.ai', 'api.together.ai', 'api.together.xyz',
    'openrouter.ai', 'api.deepinfra.com', 'router.huggingface.co',
    'api-inference.huggingface.co', 'ollama.com', 'api.x.ai', 'api.deepseek.com',
    'api.fireworks.ai', 'api.perplexity.ai', 'api.cerebras.ai', 'api.sambanova.ai',
    'integrate.api.nvidia.com', 'api.voyageai.com', 'api.ai21.com', 'api.replicate.com',
    'api.moonshot.ai', 'dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com', 'api.z.ai',
    'api.novita.ai',
)

PROVIDERS: tuple[Provider, ...] = (
    Provider(
        code='LLM001', key='litellm', title='litellm',
        modules=('litellm',),
        constructors=('litellm.Router', 'litellm.LiteLLM', 'litellm.router.Router'),
        endpoints=_ROUTER_METHODS,
        functions=tuple(f'litellm.{f}' for f in _LITELLM_FUNCTIONS),
        distinctive_tails=(),
        example='response = litellm.completion(model="gpt-4o", messages=messages)',
    ),
    Provider(
        code='LLM002', key='openai', title='OpenAI',
        modules=('openai',),
        constructors=tuple(
            f'openai.{name}' for name in (
                'OpenAI', 'Client', 'AzureOpenAI', 'BedrockOpenAI',
                'AsyncOpenAI', 'AsyncClient', 'AsyncAzureOpenAI', 'AsyncBedrockOpenAI',
                'lib.azure.AzureOpenAI', 'lib.azure.AsyncAzureOpenAI',
                'lib.bedrock.BedrockOpenAI', 'lib.bedrock.AsyncBedrockOpenAI',
            )
        ),
        endpoints=_OPENAI_ENDPOINTS,
        functions=_OPENAI_V0,
        distinctive_tails=(
            'chat.completions.create', 'chat.completions.parse', 'chat.completions.stream',
            'ChatCompletion.create', 'ChatCompletion.acreate',
        ),
        example='response = client.chat.completions.create(model="gpt-4o", messages=messages)',
        note='Also Azure and Bedrock clients, the 0.x module API and any receiver of '
             '`.chat.completions.create` (OpenAI-compatible SDKs share it).',
    ),
    Provider(
        code='LLM003', key='anthropic', title='Anthropic',
        modules=('anthropic', 'anthropic_bedrock'),
        constructors=tuple(f'anthropic.{c}' for c in _ANTHROPIC_CLIENTS) + tuple(
            f'anthropic.lib.{module}.{c}' for module, names in (
                ('bedrock', ('AnthropicBedrock', 'AsyncAnthropicBedrock',
                             'AnthropicBedrockMantle', 'AsyncAnthropicBedrockMantle')),
                ('vertex', ('AnthropicVertex', 'AsyncAnthropicVertex')),
                ('foundry', ('AnthropicFoundry', 'AsyncAnthropicFoundry')),
            ) for c in names
        ) + (
            'anthropic_bedrock.AnthropicBedrock', 'anthropic_bedrock.AsyncAnthropicBedrock',
            'anthropic_bedrock.Client', 'anthropic_bedrock.AsyncClient',
        ),
        endpoints=(
            'messages.create', 'messages.stream', 'messages.parse',
            'beta.messages.create', 'beta.messages.stream', 'beta.messages.parse',
            'beta.messages.tool_runner', 'messages.batches.create',
            'beta.messages.batches.create', 'completions.create',
            'beta.tools.messages.create', 'beta.prompt_caching.messages.create',
            'beta.prompt_caching.messages.stream',
            'completion', 'acompletion', 'completion_stream', 'acompletion_stream', 'post',
        ),
        functions=(),
        distinctive_tails=('beta.messages.create', 'beta.messages.stream'),
        example='message = client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=messages)',
        hosts=('api.anthropic.com',),
        note='Also the Bedrock, Vertex and Foundry clients and the 0.2 `Client.completion` API.',
    ),
    Provider(
        code='LLM004', key='google', title='Google Gemini / Vertex AI',
        modules=('google.genai', 'google.generativeai', 'vertexai'),
        constructors=(
            ('google.genai.Client', 'google.genai.client.Client', 'google.genai.chats.Chat',
             'google.genai.chats.AsyncChat', 'google.generativeai.GenerativeModel',
             'google.generativeai.ChatSession')
            + tuple(f'vertexai.{c}' for c in _VERTEX_CLASSES)
        ),
        endpoints=_GOOGLE_GENAI + _GOOGLE_MODEL_METHODS,
        functions=(
            'google.generativeai.embed_content', 'google.generativeai.embed_content_async',
            'google.generativeai.generate_text', 'google.generativeai.chat',
            'google.generativeai.chat_async', 'google.generativeai.generate_embeddings',
            'google.generativeai.answer.generate_answer',
            'google.generativeai.answer.generate_answer_async',
        ),
        distinctive_tails=(
            'models.generate_content', 'models.generate_content_stream',
            'models.embed_content', 'generate_content', 'generate_content_async',
        ),
        example='response = client.models.generate_content(model="gemini-2.5-flash", contents=prompt)',
        hosts=('generativelanguage.googleapis.com', '*aiplatform.googleapis.com'),
        note='google-genai (incl. `client.aio`), google-generativeai (`GenerativeModel`, '
             '`start_chat()` sessions) and vertexai (`GenerativeModel`, `*.from_pretrained()` models).',
    ),
    Provider(
        code='LLM005', key='bedrock', title='AWS Bedrock (boto3)',
        modules=('boto3', 'aioboto3', 'botocore'),
        # boto3 service names stand for the client classes botocore makes at run time
        constructors=('bedrock-runtime', 'bedrock-agent-runtime'),
        endpoints=(
            'invoke_model', 'invoke_model_with_response_stream',
            'invoke_model_with_bidirectional_stream', 'converse', 'converse_stream',
            'start_async_invoke',
            # bedrock-agent-runtime: agents and knowledge bases that run a model
            'invoke_agent', 'invoke_inline_agent', 'invoke_flow', 'retrieve_and_generate',
            'retrieve_and_generate_stream',
        ),
        functions=(),
        distinctive_tails=(
            'invoke_model', 'invoke_model_with_response_stream', 'converse_stream',
        ),
        example='response = bedrock.converse(modelId="anthropic.claude-3-haiku", messages=messages)',
        hosts=('bedrock-runtime.*.amazonaws.com',),
        note='Clients made by `boto3.client("bedrock-runtime")` (or `"bedrock-agent-runtime"`: '
             'agents, `retrieve_and_generate`) or `Session().client(...)`.',
    ),
    Provider(
        code='LLM006', key='cohere', title='Cohere',
        modules=('cohere',),
        constructors=tuple(
            f'cohere.{c}' for c in (
                'Client', 'ClientV2', 'AsyncClient', 'AsyncClientV2', 'BedrockClient',
                'BedrockClientV2', 'SagemakerClient', 'SagemakerClientV2', 'AwsClient',
                'OciClient', 'OciClientV2',
            )
        ),
        endpoints=(
            'chat', 'chat_stream', 'generate', 'generate_stream', 'embed', 'embed_stream',
            'rerank', 'classify', 'summarize', 'batch_generate', 'parse', 'loglikelihood',
            'v2.chat', 'v2.chat_stream', 'v2.embed', 'v2.rerank', 'v2.parse',
            'audio.transcriptions.create', 'batches.create', 'embed_jobs.create',
            'create_embed_job',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = co.chat(model="command-r-plus", message=prompt)',
        hosts=('api.cohere.com', 'api.cohere.ai'),
    ),
    Provider(
        code='LLM007', key='mistral', title='Mistral AI',
        modules=('mistralai', 'mistralai_azure', 'mistralai_gcp'),
        constructors=(
            'mistralai.Mistral', 'mistralai.client.Mistral', 'mistralai.client.MistralClient',
            'mistralai.async_client.MistralAsyncClient', 'mistralai.azure.client.MistralAzure',
            'mistralai.gcp.client.MistralGCP', 'mistralai_azure.MistralAzure',
            'mistralai_gcp.MistralGoogleCloud',
        ),
        endpoints=_suffix_async(_MISTRAL_ENDPOINTS),
        functions=(),
        distinctive_tails=(
            'chat.complete', 'chat.complete_async', 'fim.complete', 'fim.complete_async',
        ),
        example='response = client.chat.complete(model="mistral-large-latest", messages=messages)',
        hosts=('api.mistral.ai',),
        note='The current `Mistral` client (`*_async` twins) and the 0.x `MistralClient`.',
    ),
    Provider(
        code='LLM008', key='groq', title='Groq',
        modules=('groq',),
        constructors=('groq.Groq', 'groq.Client', 'groq.AsyncGroq', 'groq.AsyncClient'),
        endpoints=(
            'chat.completions.create', 'embeddings.create', 'audio.transcriptions.create',
            'audio.translations.create', 'audio.speech.create', 'batches.create',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = Groq().chat.completions.create(model="llama-3.3-70b-versatile", messages=messages)',
        hosts=('api.groq.com',),
    ),
    Provider(
        code='LLM009', key='together', title='Together AI',
        modules=('together',),
        constructors=(
            'together.Together', 'together.Client', 'together.AsyncTogether',
            'together.AsyncClient',
        ),
        endpoints=(
            'chat.completions.create', 'completions.create', 'embeddings.create',
            'images.generate', 'rerank.create', 'videos.create', 'audio.speech.create',
            'audio.transcriptions.create', 'audio.translations.create',
            'beta.realtime.connect', 'beta.realtime.transcription',
            'complete.create', 'completion.create', 'image.create',
            'batches.create', 'fine_tuning.create',
        ),
        functions=(
            'together.Complete.create', 'together.Complete.create_streaming',
            'together.AsyncComplete.create', 'together.Completion.create',
            'together.Embeddings.create', 'together.Image.create',
        ),
        distinctive_tails=(),
        example='response = Together().chat.completions.create(model="meta-llama/Llama-3-70b", messages=messages)',
        hosts=('api.together.ai', 'api.together.xyz'),
    ),
    Provider(
        code='LLM010', key='ollama', title='Ollama',
        modules=('ollama',),
        constructors=('ollama.Client', 'ollama.AsyncClient'),
        endpoints=('chat', 'generate', 'embed', 'embeddings', 'systemone', 'web_search', 'web_fetch'),
        functions=tuple(
            f'ollama.{f}' for f in ('chat', 'generate', 'embed', 'embeddings', 'systemone',
                                    'web_search', 'web_fetch')
        ),
        distinctive_tails=(),
        example='response = ollama.chat(model="llama3", messages=messages)',
        hosts=('ollama.com',),
    ),
    Provider(
        code='LLM011', key='huggingface', title='Hugging Face Inference',
        modules=('huggingface_hub',),
        constructors=(
            'huggingface_hub.InferenceClient', 'huggingface_hub.AsyncInferenceClient',
            'huggingface_hub.inference_api.InferenceApi',
        ),
        endpoints=_HF_TASKS,
        functions=(),
        distinctive_tails=(),
        example='response = InferenceClient().chat_completion(messages, model="meta-llama/Llama-3.1-8B-Instruct")',
        hosts=('router.huggingface.co', 'api-inference.huggingface.co'),
    ),
    Provider(
        code='LLM012', key='azure_ai_inference', title='Azure AI Inference',
        modules=('azure.ai.inference',),
        constructors=tuple(
            f'azure.ai.inference.{aio}{c}'
            for aio in ('', 'aio.')
            for c in ('ChatCompletionsClient', 'EmbeddingsClient', 'ImageEmbeddingsClient')
        ),
        endpoints=('complete', 'embed'),
        functions=(),
        distinctive_tails=(),
        example='response = ChatCompletionsClient(endpoint, credential).complete(messages=messages)',
        hosts=('*.services.ai.azure.com', '*.models.ai.azure.com'),
    ),
    Provider(
        code='LLM020', key='raw_http', title='Raw HTTP to an LLM API',
        modules=(),
        constructors=(),
        endpoints=(),
        functions=(),
        distinctive_tails=(),
        example='requests.post("https://api.openai.com/v1/chat/completions", json=body, headers=headers)',
        hosts=_LLM_HOSTS,
        note='A POST (or `request`/`stream`/`urlopen`/websocket connect) by requests, httpx, '
             'aiohttp, urllib or urllib3 whose URL starts with a literal naming a known LLM '
             'API host; a name assigned such a literal in the file counts too.',
    ),
    Provider(
        code='LLM030', key='frameworks', title='LangChain / LlamaIndex chat models',
        modules=tuple(sorted({c.rpartition('.')[0] for c in _FRAMEWORK_CLASSES})),
        constructors=_FRAMEWORK_CLASSES,
        endpoints=_LANGCHAIN_VERBS + _LLAMA_INDEX_VERBS,
        functions=(),
        distinctive_tails=(),
        example='answer = ChatOpenAI(model="gpt-4o").invoke(messages)',
        note='Off by default (select LLM030 to enable): calls of framework chat models that '
             'reach a provider themselves (`ChatOpenAI(...).invoke`, llama_index `OpenAI().chat`); '
             'litellm-backed classes (ChatLiteLLM, llama_index LiteLLM) are not included.',
        enabled=False,
    ),
)

BY_CODE = {p.code: p for p in PROVIDERS}
RAW_HTTP = BY_CODE['LLM020']


def host_fragments(host: str) -> tuple[str, ...]:
    """The literal pieces of a host pattern: text every source naming such a host contains."""
    return tuple(piece for piece in host.split('*') if piece)


def default_codes() -> frozenset[str]:
    """The codes reported when the configuration selects none."""
    return frozenset(p.code for p in PROVIDERS if p.enabled)


# ``openai.chat.completions.create(...)``: since 1.0 the openai module is itself a client.
MODULE_CLIENTS = {'openai': 'openai.OpenAI'}

# Calls that return a client of the same provider (framework wrappers keep the model too),
# and links that are not API resources.
TRANSPARENT_CALLS = frozenset((
    'with_options', 'copy', 'with_structured_output', 'bind_tools', 'bind', 'with_retry',
    'with_fallbacks', 'with_config',
))
TRANSPARENT_ATTRIBUTES = frozenset(('with_raw_response', 'with_streaming_response', 'aio'))

# Calls (on a client path or a class) that return another SDK object: ``<qualified>`` -> constructor.
RESULT_TYPES = {
    'google.genai.Client.chats.create': 'google.genai.chats.Chat',
    'google.genai.client.Client.chats.create': 'google.genai.chats.Chat',
    'google.generativeai.GenerativeModel.start_chat': 'google.generativeai.ChatSession',
    **{
        f'vertexai.{prefix}generative_models.GenerativeModel.start_chat':
            f'vertexai.{prefix}generative_models.ChatSession'
        for prefix in ('', 'preview.')
    },
    **{
        f'vertexai.{prefix}language_models.{model}.start_chat':
            f'vertexai.{prefix}language_models.{session}'
        for prefix in ('', 'preview.')
        for model, session in (('ChatModel', 'ChatSession'), ('CodeChatModel', 'CodeChatSession'))
    },
    **{f'vertexai.{c}.from_pretrained': f'vertexai.{c}' for c in _VERTEX_CLASSES},
}

# boto3-style factories: ``boto3.client("bedrock-runtime")`` returns a Bedrock client.
SERVICE_FACTORIES = frozenset((
    'boto3.client', 'boto3.Session.client', 'boto3.session.Session.client',
    'aioboto3.Session.client',
))
SERVICE_CLIENTS = {'bedrock-runtime': 'bedrock-runtime', 'bedrock-agent-runtime': 'bedrock-agent-runtime'}
# ``boto3.Session()`` returns a session whose ``.client(...)`` is a factory.
SESSION_CONSTRUCTORS = frozenset(('boto3.Session', 'boto3.session.Session', 'aioboto3.Session'))

# Raw HTTP: module functions and client methods that send a request, with the position of
# the URL argument (also accepted as ``url=``).  GET is left out: it fetches, it does not bill.
HTTP_FUNCTIONS = {
    'requests.post': 0, 'requests.request': 1, 'requests.api.post': 0, 'requests.api.request': 1,
    'httpx.post': 0, 'httpx.request': 1, 'httpx.stream': 1,
    'urllib.request.urlopen': 0, 'websockets.connect': 0,
    'websockets.client.connect': 0, 'websockets.asyncio.client.connect': 0,
    'websockets.sync.client.connect': 0, 'websocket.create_connection': 0,
}
HTTP_CLIENTS = frozenset((
    'requests.Session', 'requests.session', 'requests.sessions.Session', 'httpx.Client',
    'httpx.AsyncClient', 'aiohttp.ClientSession', 'urllib3.PoolManager',
))
HTTP_METHODS = {'post': 0, 'request': 1, 'stream': 1, 'ws_connect': 0}

# Callables that only look at a function handed to them (so passing an SDK method to them
# is not a call); any other callable receiving one is taken to call it (retry, to_thread, ...).
NOT_CALLING = frozenset((
    'signature', 'getfullargspec', 'getsource', 'getdoc', 'iscoroutinefunction',
    'isasyncgenfunction', 'isfunction', 'ismethod', 'get_type_hints', 'wraps', 'update_wrapper',
    'partial', 'getattr', 'hasattr', 'setattr', 'isinstance', 'callable', 'id', 'repr', 'str',
    'print', 'type', 'object', 'patch', 'cast',
))

# Names the seed spec flags as bare calls when nothing in the file binds them
# (a global injected at run time); litellm is the only SDK exporting them.
UNBOUND_LITELLM_NAMES = frozenset((
    'completion', 'acompletion', 'atext_completion', 'aembedding', 'aimage_generation',
    'completion_with_retries', 'acompletion_with_retries', 'batch_completion',
))

# The policy's way out, used in every message.
TRACKED_PATH = 'multi_model_service.generate_response()'
DEFAULT_TRACKER = 'llm_tracker.track_llm_call'
DEFAULT_EXCLUDE = (
    'app/services/llm_usage_tracker.py',
    'app/services/multi_model_service.py',
    'tests/',
    'alembic/',
    'scripts/check_llm_calls.py',
)
