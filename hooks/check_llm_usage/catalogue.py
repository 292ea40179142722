"""The LLM SDK call surface, as data.

Everything that must know "what is an LLM call" reads this table: the analyzer, the
pre-filter, ``--list-rules``/``--explain`` and the README rules table.  Names are fully
qualified; the analyzer resolves a file's names through its imports before it looks here.
Read from the SDK wheels (see ``shared/research/llm-sdk-surface.toml`` for versions).
"""
from __future__ import annotations

# typing.TYPE_CHECKING without importing typing (the hook's start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator


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
    'interactions.create', 'interactions.connect', 'triggers.run', 'decisions.create', 'live.connect',
    'live.music.connect',
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
    'preview.vision_models.ImageGenerationModel', 'preview.vision_models.MultiModalEmbeddingModel',
    'preview.vision_models.ImageCaptioningModel', 'preview.vision_models.ImageQnAModel',
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
    'beta.observability.judges.judge_conversation', 'beta.observability.datasets.records.judge',
    'beta.context.search_indexes.generate_index_summary', 'workflows.execute_workflow',
    'workflows.execute_workflow_and_wait', 'workflows.execute_workflow_registration',
    # 0.x MistralClient
    'chat', 'chat_stream', 'embeddings', 'completion', 'completion_stream', 'jobs.create',
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
    # returns a provider's chat model (its verbs are LangChain's)
    'langchain.chat_models.init_chat_model', 'langchain.chat_models.base.init_chat_model',
)

# Agent frameworks whose objects call a model when run (LLM031, off by default)
_INSTRUCTOR_FACTORIES = tuple(f'instructor.{f}' for f in (
    'from_provider', 'from_openai', 'from_anthropic', 'from_litellm', 'from_gemini', 'from_genai',
    'from_vertexai', 'from_mistral', 'from_cohere', 'from_groq', 'from_fireworks', 'from_cerebras',
    'from_together', 'from_deepseek', 'from_openrouter', 'from_bedrock', 'from_writer', 'from_xai',
    'from_perplexity', 'from_anyscale', 'from_databricks', 'patch', 'apatch',
))
_AGENT_CLASSES = (
    'pydantic_ai.Agent', 'pydantic_ai.agent.Agent',
    'dspy.LM', 'dspy.Predict', 'dspy.ChainOfThought', 'dspy.ReAct', 'dspy.ProgramOfThought',
    'dspy.BestOfN', 'dspy.Refine',
    'smolagents.CodeAgent', 'smolagents.ToolCallingAgent', 'smolagents.InferenceClientModel',
    'smolagents.LiteLLMModel', 'smolagents.LiteLLMRouterModel', 'smolagents.OpenAIModel',
    'smolagents.OpenAIServerModel', 'smolagents.AzureOpenAIModel', 'smolagents.AzureOpenAIServerModel',
    'smolagents.AmazonBedrockModel',
    'haystack.components.generators.chat.OpenAIChatGenerator',
    'haystack.components.generators.chat.OpenAIResponsesChatGenerator',
    'haystack.components.generators.chat.AzureOpenAIChatGenerator',
    'haystack.components.generators.chat.AzureOpenAIResponsesChatGenerator',
    'haystack.components.generators.OpenAIGenerator', 'haystack.components.generators.AzureOpenAIGenerator',
    'haystack.components.generators.OpenAIImageGenerator',
    'haystack.components.embedders.OpenAITextEmbedder', 'haystack.components.embedders.OpenAIDocumentEmbedder',
    'haystack.components.embedders.AzureOpenAITextEmbedder',
    'haystack.components.embedders.AzureOpenAIDocumentEmbedder',
    'crewai.LLM', 'crewai.Agent', 'crewai.Crew',
)
_AGENT_VERBS = (
    # pydantic-ai Agent
    'run', 'run_sync', 'run_stream', 'run_stream_sync', 'run_stream_events', 'iter',
    # DSPy LM and modules, smolagents models and agents: the object is called
    '__call__', 'acall', 'forward', 'aforward', 'generate', 'generate_stream',
    # Haystack components
    'run_async',
    # instructor clients
    'create', 'create_partial', 'create_iterable', 'create_with_completion',
    'chat.completions.create', 'chat.completions.create_partial', 'chat.completions.create_iterable',
    'chat.completions.create_with_completion', 'messages.create',
    # CrewAI
    'call', 'kickoff', 'kickoff_async', 'kickoff_for_each', 'kickoff_for_each_async',
)

_XAI_CLIENTS = ('xai_sdk.Client', 'xai_sdk.AsyncClient', 'xai_sdk.sync.client.Client', 'xai_sdk.aio.client.Client')
# the local Chat objects that ``client.chat.create(...)`` returns (see RESULT_TYPES)
_XAI_CHATS = ('xai_sdk.sync.chat.Chat', 'xai_sdk.aio.chat.Chat')

_DASHSCOPE_STATIC = (
    ('Generation', ('call',)), ('AioGeneration', ('call',)), ('MultiModalConversation', ('call',)),
    ('AioMultiModalConversation', ('call',)), ('TextEmbedding', ('call',)),
    ('MultiModalEmbedding', ('call',)), ('TextReRank', ('call',)),
    ('ImageSynthesis', ('call', 'async_call', 'sync_call')), ('VideoSynthesis', ('call', 'async_call')),
    ('Application', ('call',)), ('CodeGeneration', ('call',)),
)

_REPLICATE_DEPLOYMENT = 'replicate.deployment.Deployment'
_REPLICATE = (
    'run', 'async_run', 'stream', 'async_stream', 'predictions.create', 'predictions.async_create',
    'models.predictions.create', 'models.predictions.async_create', 'deployments.predictions.create',
    'deployments.predictions.async_create', 'trainings.create', 'trainings.async_create',
)

# the openai SDK's surface (Portkey vendors it) plus Portkey's prompt runs
_PORTKEY = tuple(
    e for e in _OPENAI_ENDPOINTS
    if not e.startswith(('beta.', 'live.', 'decisions.', 'edits.', 'fine_tunes.', 'realtime.translations.', 'post'))
) + (
    'prompts.completions.create', 'generations.create',
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
    'api.novita.ai', 'open.bigmodel.cn', 'api.writer.com', 'api.reka.ai', 'api.llama.com',
    'inference.generativeai.*.oci.oraclecloud.com', '*.ml.cloud.ibm.com', 'api-atlas.nomic.ai',
    'api.mixedbread.com', 'api.mixedbread.ai', 'api.portkey.ai', 'studio.premai.io',
    # Jina AI's embeddings and reranker have no official SDK: their docs call the HTTP API
    'api.jina.ai',
    # OpenAI-compatible APIs that litellm 1.110.2 knows by their endpoint
    # (constants.openai_compatible_endpoints, get_llm_provider and the providers' default bases)
    'codestral.mistral.ai', 'api.endpoints.anyscale.com', 'api.minimax.io', 'api.minimaxi.com',
    'api.hyperbolic.xyz', 'api.lambda.ai', 'api.friendli.ai', 'inference.baseten.co',
    'api.featherless.ai', 'llm.chutes.ai', 'api.inference.wandb.ai', 'api.studio.nebius.ai',
    'api-inference.modelscope.cn', 'ark.*.volces.com', 'api.inceptionlabs.ai', 'ai-gateway.vercel.sh',
    'models.inference.ai.azure.com', 'gateway.ai.cloudflare.com', 'inference.api.nscale.com',
    'api.scaleway.ai', 'gigachat.devices.sberbank.ru', 'api.cometapi.com', 'api.aimlapi.com',
    # the hosts of SDKs catalogued later: Baidu Qianfan's v2 API, Sarvam AI, Tencent Hunyuan
    'qianfan.baidubce.com', 'api.sarvam.ai', 'hunyuan.tencentcloudapi.com',
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
            'beta.messages.tool_runner', 'beta.messages.thread', 'messages.batches.create',
            'beta.sessions.create', 'beta.sessions.events.send', 'beta.sessions.events.tool_runner',
            'beta.deployments.run', 'beta.dreams.create',
            'beta.messages.batches.create', 'completions.create',
            'beta.tools.messages.create', 'beta.prompt_caching.messages.create',
            'beta.prompt_caching.messages.stream',
            'completion', 'acompletion', 'completion_stream', 'acompletion_stream', 'post',
        ),
        functions=(),
        # the Message Batches API: no other SDK has ``messages.batches`` (Twilio's messages do not batch)
        distinctive_tails=('beta.messages.create', 'beta.messages.stream', 'messages.batches.create'),
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
        modules=('boto3', 'aioboto3', 'botocore', 'aiobotocore'),
        # boto3 service names stand for the client classes botocore makes at run time
        constructors=('bedrock-runtime', 'bedrock-agent-runtime', 'bedrock'),
        endpoints=(
            'invoke_model', 'invoke_model_with_response_stream',
            'invoke_model_with_bidirectional_stream', 'converse', 'converse_stream',
            'start_async_invoke',
            # bedrock-agent-runtime: agents and knowledge bases that run a model
            'invoke_agent', 'invoke_inline_agent', 'invoke_flow', 'retrieve_and_generate',
            'retrieve_and_generate_stream', 'rerank', 'agentic_retrieve_stream', 'generate_query',
            'optimize_prompt', 'start_flow_execution',
            # bedrock (the control plane): jobs that run a model over many requests
            'create_model_invocation_job', 'create_evaluation_job', 'create_model_customization_job',
            'create_advanced_prompt_optimization_job',
        ),
        functions=(),
        distinctive_tails=(
            'invoke_model', 'invoke_model_with_response_stream', 'converse_stream',
        ),
        example='response = bedrock.converse(modelId="anthropic.claude-3-haiku", messages=messages)',
        hosts=('bedrock-runtime.*.amazonaws.com',),
        note='Clients made by `boto3.client("bedrock-runtime")` (or `"bedrock-agent-runtime"`: '
             'agents, `retrieve_and_generate`; `"bedrock"`: batch inference, evaluation and '
             'fine-tuning jobs), `Session().client(...)`, or botocore\'s and '
             'aiobotocore\'s `get_session().create_client(...)`.',
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
            'create_embed_job', 'finetuning.create_finetuned_model',
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
        hosts=('api.mistral.ai', 'codestral.mistral.ai'),
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
            'batches.create', 'fine_tuning.create', 'evals.create', 'beta.jig.queue.submit',
            'post_training.operations.sample', 'post_training.operations.forward_backward',
            'post_training.operations.custom_forward_backward', 'post_training.operations.optim_step',
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
        endpoints=('chat', 'generate', 'embed', 'embeddings', 'systemone'),
        functions=tuple(f'ollama.{f}' for f in ('chat', 'generate', 'embed', 'embeddings', 'systemone')),
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
             'aiohttp, treq, urllib, urllib3, Ansible\'s `open_url`/`fetch_url` or Salt\'s `salt.utils.http.query` whose URL starts with a literal naming a known LLM '
             'API host; a name assigned such a literal in the file counts too.  Whatever the '
             'host, so does one whose path, written in the file, is the OpenAI-compatible chat '
             'API\'s (`gateway.post("/chat/completions", ...)`, `f"{base}/v1/chat/completions"`), '
             'an Azure OpenAI deployment\'s (`/openai/deployments/...`) or watsonx.ai\'s model paths '
             '(`/ml/v1/text/generation`, `/ml/v1/text/chat`, ...); so does Ollama\'s own API '
             '(`/api/chat`, `/api/generate`, `/api/embed`) on its port, 11434, or on a URL built from a '
             'name spelling Ollama (`f"{OLLAMA_HOST}/api/chat"`).  A URL read from the '
             'environment is read as its default (`os.getenv("OLLAMA_HOST", "http://...")`).  A POST '
             'that only counts tokens (`/v1/messages/count_tokens`, `:countTokens`, `/tokenize`) is not '
             'reported.',
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
    Provider(
        code='LLM031', key='agent_frameworks', title='Agent frameworks',
        modules=('pydantic_ai', 'agents', 'dspy', 'instructor', 'smolagents', 'haystack', 'crewai'),
        constructors=_AGENT_CLASSES + _INSTRUCTOR_FACTORIES,
        endpoints=_AGENT_VERBS,
        functions=(
            'agents.Runner.run', 'agents.Runner.run_sync', 'agents.Runner.run_streamed',
            'pydantic_ai.direct.model_request', 'pydantic_ai.direct.model_request_sync',
            'pydantic_ai.direct.model_request_stream', 'pydantic_ai.direct.model_request_stream_sync',
        ),
        distinctive_tails=(),
        example='result = Agent("openai:gpt-4o").run_sync("What is the capital of France?")',
        note='Off by default (select LLM031 to enable): pydantic-ai `Agent.run/run_sync/run_stream`, '
             'openai-agents `Runner.run/run_sync/run_streamed`, a DSPy `LM` or module called, '
             'instructor clients (`from_provider(...)`, `from_openai(...)`), smolagents models and '
             'agents, Haystack OpenAI generators and embedders, CrewAI `LLM.call` and `Crew.kickoff`. '
             'Unselected, an instructor client\'s `chat.completions.create` is still reported as '
             'OpenAI\'s, as any such call is.',
        enabled=False,
    ),
    Provider(
        code='LLM040', key='llm_objects', title='Configured LLM objects',
        modules=(), constructors=(), endpoints=(), functions=(), distinctive_tails=(),
        example='answer = container.llm.chat(messages)',
        note='The objects named in `llm-objects = ["app.di.llm"]` (a dependency-injection container, '
             'a client no static reading can see): every method called on them is reported. '
             'Nothing is reported without that setting.',
    ),
    # -- more SDK providers: LLM2xx, numbered in the order they are added, never reused --
    Provider(
        code='LLM201', key='xai', title='xAI (Grok)',
        modules=('xai_sdk',),
        constructors=_XAI_CLIENTS + _XAI_CHATS,
        endpoints=(
            # on the Chat object that ``client.chat.create(...)`` builds locally
            'sample', 'sample_batch', 'stream', 'stream_batch', 'parse', 'defer', 'defer_batch',
            'compact',
            'chat.compact_context', 'image.sample', 'image.sample_batch', 'video.generate',
            'video.start', 'video.extend', 'video.extend_start', 'batch.create', 'batch.add',
            'collections.search', 'collections.generate_description',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = client.chat.create(model="grok-4", messages=messages).sample()',
        hosts=('api.x.ai',),
        note='xai-sdk talks gRPC to api.x.ai:443, so the raw-HTTP rule cannot see it; '
             '`client.chat.create(...)` only builds a local Chat (not reported), its `sample()`, '
             '`stream()` and `parse()` call the API. Also the openai SDK with `base_url` at api.x.ai.',
    ),
    Provider(
        code='LLM202', key='openrouter', title='OpenRouter',
        modules=('openrouter',),
        constructors=('openrouter.OpenRouter', 'openrouter.sdk.OpenRouter'),
        endpoints=_suffix_async((
            'chat.send', 'responses.send', 'beta.responses.send', 'embeddings.generate',
            'rerank.rerank', 'images.generate', 'video_generation.generate', 'tts.create_speech',
            'stt.create_transcription', 'stt.create_transcription_multipart',
            'alpha.decisions.create', 'system_one.create', 'batch.create_batches',
            'presets.create_presets_chat_completions', 'presets.create_presets_messages',
            'presets.create_presets_responses',
        )),
        functions=(),
        distinctive_tails=(),
        example='response = open_router.chat.send(model="openai/gpt-4o", messages=messages)',
        hosts=('openrouter.ai',),
        note='The Speakeasy `OpenRouter` client (`*_async` twins), and the openai SDK with '
             '`base_url` at openrouter.ai.',
    ),
    Provider(
        code='LLM203', key='voyage', title='Voyage AI',
        modules=('voyageai',),
        constructors=('voyageai.Client', 'voyageai.AsyncClient', 'voyageai.client.Client',
                      'voyageai.client_async.AsyncClient'),
        endpoints=('embed', 'contextualized_embed', 'multimodal_embed', 'rerank'),
        functions=(),
        distinctive_tails=(),
        example='result = voyageai.Client().embed(texts, model="voyage-3.5")',
        hosts=('api.voyageai.com',),
    ),
    Provider(
        code='LLM204', key='watsonx', title='IBM watsonx.ai',
        modules=('ibm_watsonx_ai',),
        constructors=tuple(
            f'ibm_watsonx_ai.foundation_models.{c}' for c in (
                'ModelInference', 'Embeddings', 'Rerank', 'Model', 'inference.ModelInference',
                'embeddings.Embeddings', 'rerank.Rerank',
            )
        ),
        endpoints=(
            'chat', 'chat_stream', 'achat', 'achat_stream', 'generate', 'agenerate',
            'agenerate_stream', 'generate_text', 'generate_text_stream', 'embed_documents',
            'embed_query', 'aembed_documents', 'aembed_query',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = ModelInference(model_id="ibm/granite-4-h-small", api_client=client).chat(messages=messages)',
        hosts=('*.ml.cloud.ibm.com',),
    ),
    Provider(
        code='LLM205', key='oci', title='OCI Generative AI',
        modules=('oci.generative_ai_inference',),
        constructors=(
            'oci.generative_ai_inference.GenerativeAiInferenceClient',
            'oci.generative_ai_inference.AsyncGenerativeAiInferenceClient',
            'oci.generative_ai_inference.generative_ai_inference_client.GenerativeAiInferenceClient',
        ),
        endpoints=('chat', 'embed_text', 'generate_text', 'summarize_text', 'rerank_text'),
        functions=(),
        distinctive_tails=(),
        example='response = GenerativeAiInferenceClient(config, service_endpoint=endpoint).chat(chat_details)',
        hosts=('inference.generativeai.*.oci.oraclecloud.com',),
    ),
    Provider(
        code='LLM206', key='fireworks', title='Fireworks AI',
        modules=('fireworks',),
        constructors=tuple(
            f'fireworks.{c}' for c in (
                'Fireworks', 'AsyncFireworks', 'Client', 'AsyncClient', 'client.Fireworks',
                'client.AsyncFireworks',
            )
        ),
        endpoints=(
            'chat.completions.create', 'chat.completions.acreate', 'completions.create',
            'completions.acreate', 'messages.create', 'batch_inference_jobs.create',
            'supervised_fine_tuning_jobs.create', 'dpo_jobs.create',
            'reinforcement_fine_tuning_jobs.create', 'evaluation_jobs.create',
            'reinforcement_fine_tuning_steps.create', 'reinforcement_fine_tuning_steps.execute',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = Fireworks().chat.completions.create(model="accounts/fireworks/models/kimi-k2", messages=messages)',
        hosts=('api.fireworks.ai',),
    ),
    Provider(
        code='LLM207', key='perplexity', title='Perplexity',
        modules=('perplexity',),
        constructors=tuple(f'perplexity.{c}' for c in ('Perplexity', 'AsyncPerplexity', 'Client', 'AsyncClient')),
        endpoints=(
            'chat.completions.create', 'async_.chat.completions.create', 'responses.create',
            'search.create', 'embeddings.create', 'contextualized_embeddings.create',
            'batches.create', 'decisions.create',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = Perplexity().chat.completions.create(model="sonar", messages=messages)',
        hosts=('api.perplexity.ai',),
    ),
    Provider(
        code='LLM208', key='dashscope', title='Alibaba DashScope (Qwen)',
        modules=('dashscope',),
        constructors=('dashscope.Client', 'dashscope.AsyncClient', 'dashscope.v2.Client',
                      'dashscope.v2.AsyncClient'),
        endpoints=(
            'chat.completions.create', 'embeddings.create', 'multimodal.chat.create',
            'multimodal.embeddings.create', 'images.generate', 'images.jobs.create',
            'videos.generate', 'videos.jobs.create', 'rerank.create', 'apps.completions.create',
            'audio.tts.synthesize', 'audio.tts.stream', 'audio.tts.connect', 'audio.tts.http.synthesize',
            'audio.tts.http.stream', 'audio.asr.recognize', 'audio.asr.recognize_file',
            'audio.asr.transcribe', 'audio.asr.jobs.create', 'audio.realtime.connect',
            'embeddings.jobs.create', 'decision.create', 'fine_tunes.create', 'tingwu.call',
            'tingwu.realtime', 'reinforcement_learning.jobs.create', 'rl.jobs.create',
        ),
        functions=('dashscope.chat', 'dashscope.v2.chat') + tuple(
            f'dashscope.{cls}.{verb}' for cls, verbs in _DASHSCOPE_STATIC for verb in verbs
        ),
        distinctive_tails=(),
        example='response = Generation.call(model="qwen-plus", messages=messages)',
        hosts=('dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com'),
        note='The 2.x `Client` and the 1.x classes called directly (`Generation.call`, '
             '`TextEmbedding.call`, `MultiModalConversation.call`, ...).',
    ),
    Provider(
        code='LLM209', key='replicate', title='Replicate',
        modules=('replicate',),
        constructors=('replicate.Client', 'replicate.client.Client', _REPLICATE_DEPLOYMENT),
        endpoints=_REPLICATE,
        functions=tuple(f'replicate.{e}' for e in _REPLICATE),
        distinctive_tails=(),
        example='output = replicate.run("black-forest-labs/flux-schnell", input={"prompt": prompt})',
        hosts=('api.replicate.com',),
        note='The module functions bound to the default client (`replicate.run`, '
             '`replicate.predictions.create`) and a `Client` of one\'s own.',
    ),
    Provider(
        code='LLM210', key='cerebras', title='Cerebras',
        modules=('cerebras.cloud.sdk',),
        constructors=tuple(
            f'cerebras.cloud.sdk.{c}' for c in ('Cerebras', 'AsyncCerebras', 'Client', 'AsyncClient')
        ),
        endpoints=('chat.completions.create', 'completions.create'),
        functions=(),
        distinctive_tails=(),
        example='response = Cerebras().chat.completions.create(model="llama3.1-8b", messages=messages)',
        hosts=('api.cerebras.ai',),
    ),
    Provider(
        code='LLM211', key='portkey', title='Portkey AI gateway',
        modules=('portkey_ai',),
        constructors=('portkey_ai.Portkey', 'portkey_ai.AsyncPortkey',
                      'portkey_ai.api_resources.client.Portkey', 'portkey_ai.api_resources.client.AsyncPortkey'),
        endpoints=_PORTKEY,
        functions=(),
        distinctive_tails=(),
        example='response = Portkey(api_key=key, virtual_key=vk).chat.completions.create(model="gpt-4o", messages=messages)',
        hosts=('api.portkey.ai',),
    ),
    Provider(
        code='LLM212', key='zhipu', title='Zhipu AI / Z.ai (GLM)',
        modules=('zhipuai', 'zai'),
        constructors=('zhipuai.ZhipuAI', 'zhipuai._client.ZhipuAI', 'zai.ZaiClient', 'zai.ZhipuAiClient',
                      'zai._client.ZaiClient', 'zai._client.ZhipuAiClient'),
        endpoints=(
            'chat.completions.create', 'chat.asyncCompletions.create', 'embeddings.create',
            'images.generations', 'images.async_generations', 'videos.generations',
            'assistant.conversation', 'agents.invoke', 'audio.speech', 'audio.customization',
            'audio.transcriptions.create', 'web_search.web_search', 'tools.web_search',
            'web_reader.web_reader', 'batches.create', 'fine_tuning.jobs.create',
            'ocr.handwriting_ocr', 'layout_parsing.create', 'file_parser.create',
            'file_parser.create_sync',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = ZhipuAI().chat.completions.create(model="glm-4", messages=messages)',
        hosts=('open.bigmodel.cn', 'api.z.ai'),
        note='zhipuai and zai-sdk (`ZaiClient`, `ZhipuAiClient`).',
    ),
    Provider(
        code='LLM213', key='sambanova', title='SambaNova Cloud',
        modules=('sambanova',),
        constructors=tuple(f'sambanova.{c}' for c in ('SambaNova', 'AsyncSambaNova', 'Client', 'AsyncClient')),
        endpoints=(
            'chat.completions.create', 'completions.create', 'embeddings.create', 'responses.create',
            'messages.create', 'audio.transcriptions.create', 'audio.translations.create',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = SambaNova().chat.completions.create(model="Meta-Llama-3.3-70B-Instruct", messages=messages)',
        hosts=('api.sambanova.ai',),
    ),
    Provider(
        code='LLM214', key='writer', title='Writer (Palmyra)',
        modules=('writerai',),
        constructors=tuple(f'writerai.{c}' for c in ('Writer', 'AsyncWriter', 'Client', 'AsyncClient')),
        endpoints=(
            'chat.chat', 'chat.stream', 'chat.parse', 'completions.create',
            'applications.generate_content', 'applications.jobs.create', 'applications.jobs.retry',
            'graphs.question', 'vision.analyze', 'translation.translate', 'tools.web_search',
            'tools.parse_pdf',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = Writer().chat.chat(model="palmyra-x5", messages=messages)',
        hosts=('api.writer.com',),
    ),
    Provider(
        code='LLM215', key='ai21', title='AI21 Labs (Jamba)',
        modules=('ai21',),
        constructors=tuple(
            f'ai21.{a}AI21{c}Client' for a in ('', 'Async')
            for c in ('', 'Bedrock', 'Azure', 'Vertex', 'Launchpad', 'SageMaker')
        ),
        endpoints=(
            'chat.completions.create', 'beta.maestro.runs.create', 'beta.maestro.runs.create_and_poll',
            'beta.agents.runs.create', 'beta.agents.runs.create_and_poll',
            'beta.conversational_rag.create', 'beta.batches.create',
            # the Jurassic-2 / task APIs of ai21 2.x
            'chat.create', 'completion.create', 'summarize.create', 'paraphrase.create',
            'gec.create', 'improvements.create', 'segmentation.create', 'embed.create',
            'answer.create', 'contextual_answers.create',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = AI21Client().chat.completions.create(model="jamba-mini", messages=messages)',
        hosts=('api.ai21.com',),
    ),
    Provider(
        code='LLM216', key='meta_llama', title='Meta Llama API',
        modules=('llama_api_client',),
        constructors=tuple(
            f'llama_api_client.{c}' for c in ('LlamaAPIClient', 'AsyncLlamaAPIClient', 'Client', 'AsyncClient')
        ),
        endpoints=('chat.completions.create',),
        functions=(),
        distinctive_tails=(),
        example='response = LlamaAPIClient().chat.completions.create(model="Llama-4-Maverick-17B-128E-Instruct-FP8", messages=messages)',
        hosts=('api.llama.com',),
    ),
    Provider(
        code='LLM217', key='mixedbread', title='Mixedbread',
        modules=('mixedbread',),
        constructors=tuple(f'mixedbread.{c}' for c in ('Mixedbread', 'AsyncMixedbread', 'Client', 'AsyncClient')),
        endpoints=(
            'embed', 'rerank', 'embeddings.create', 'chat.create_completion', 'stores.search',
            'stores.question_answering', 'extractions.content.create', 'extractions.jobs.create',
            'extractions.schema.create', 'extractions.schema.enhance', 'parsing.jobs.create',
            'parsing.jobs.create_and_poll', 'parsing.jobs.upload_and_poll',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = Mixedbread().embed(model="mixedbread-ai/mxbai-embed-large-v1", input=texts)',
        hosts=('api.mixedbread.com', 'api.mixedbread.ai'),
    ),
    Provider(
        code='LLM218', key='nomic', title='Nomic Embed',
        modules=('nomic',),
        constructors=(),
        endpoints=(),
        functions=('nomic.embed.text', 'nomic.embed.image'),
        distinctive_tails=(),
        example='output = embed.text(texts=texts, model="nomic-embed-text-v1.5")',
        hosts=('api-atlas.nomic.ai',),
        note='`inference_mode="local"` runs the model locally, free; the default is the paid API.',
    ),
    Provider(
        code='LLM219', key='aleph_alpha', title='Aleph Alpha',
        modules=('aleph_alpha_client',),
        constructors=('aleph_alpha_client.Client', 'aleph_alpha_client.AsyncClient',
                      'aleph_alpha_client.aleph_alpha_client.Client',
                      'aleph_alpha_client.aleph_alpha_client.AsyncClient'),
        endpoints=(
            'complete', 'complete_with_streaming', 'chat', 'chat_with_streaming', 'embed',
            'embeddings', 'semantic_embed', 'batch_semantic_embed', 'instructable_embed', 'evaluate',
            'explain', 'rerank', 'translate',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = Client(token=token, host=host).complete(request, model="pharia-1-llm-7b-control")',
        note='No public default host: `host=` names the deployment, so the raw-HTTP rule has none.',
    ),
    Provider(
        code='LLM220', key='reka', title='Reka',
        modules=('reka',),
        constructors=('reka.client.Reka', 'reka.client.AsyncReka'),
        endpoints=('chat.create', 'chat.create_stream'),
        functions=(),
        distinctive_tails=(),
        example='response = Reka().chat.create(model="reka-core", messages=messages)',
        hosts=('api.reka.ai',),
    ),
    Provider(
        code='LLM221', key='premai', title='Prem AI',
        modules=('premai',),
        constructors=tuple(f'premai.{c}' for c in ('PremAI', 'AsyncPremAI', 'Client', 'AsyncClient')),
        endpoints=('chat.completions', 'datasets.create_synthetic', 'finetuning.create',
                   'recommendations.generate'),
        functions=(),
        distinctive_tails=(),
        example='response = PremAI().chat.completions(model="llama3.2-3b", messages=messages)',
        hosts=('studio.premai.io',),
        note='`chat.completions(...)` is a method, not a resource; premai 0.18 defaults to a local '
             'host, so only `studio.premai.io` URLs count as Prem\'s API.',
    ),
    Provider(
        code='LLM222', key='deepseek', title='DeepSeek',
        modules=(),
        constructors=(),
        endpoints=(),
        functions=(),
        distinctive_tails=(),
        example='response = OpenAI(base_url="https://api.deepseek.com").chat.completions.create(model="deepseek-chat", messages=messages)',
        hosts=('api.deepseek.com',),
        note='DeepSeek has no SDK of its own: its docs use the openai (or anthropic) SDK with '
             '`base_url` at api.deepseek.com; such clients are reported as DeepSeek.',
    ),
    Provider(
        code='LLM223', key='volcengine_ark', title='Volcengine Ark (Doubao)',
        modules=('volcenginesdkarkruntime',),
        constructors=tuple(
            f'volcenginesdkarkruntime.{m}{c}' for m in ('', '_client.') for c in ('Ark', 'AsyncArk')
        ),
        endpoints=(
            'chat.completions.create', 'beta.chat.completions.parse', 'beta.chat.completions.stream',
            'bot_chat.completions.create', 'context.completions.create', 'context.create',
            'responses.create', 'embeddings.create', 'multimodal_embeddings.create', 'images.generate',
            'content_generation.tasks.create', 'batch.chat.completions.create', 'batch.embeddings.create',
            'batch.multimodal_embeddings.create', 'batch_chat.completions.create',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = Ark().chat.completions.create(model="doubao-seed-1-6", messages=messages)',
        hosts=('ark.*.volces.com',),
        note='volcengine-ark-runtime (`volcenginesdkarkruntime`, pulled in by volcengine-python-sdk): '
             'the openai-shaped `Ark` / `AsyncArk`, with bots (`bot_chat`), context caches and batch '
             'inference (`batch.chat.completions.create`).',
    ),
    Provider(
        code='LLM224', key='qianfan', title='Baidu Qianfan (ERNIE)',
        modules=('qianfan',),
        constructors=tuple(
            f'qianfan.{m}{c}' for m in ('', 'resources.') for c in (
                'ChatCompletion', 'Completion', 'Embedding', 'Reranker', 'Plugin', 'Function',
                'Text2Image', 'Image2Text',
            )
        ) + ('qianfan.Qianfan', 'qianfan.client.Qianfan'),
        endpoints=(
            'do', 'ado', 'batch_do', 'abatch_do', 'create', 'acreate',
            'chat.completions.create', 'chat.completions.acreate', 'chat.completions.do',
            'chat.completions.ado', 'completions.create', 'completions.acreate',
        ),
        functions=tuple(
            f'qianfan.resources.{f}' for f in (
                'FineTune.create_job', 'FineTune.create_task', 'FineTune.V2.create_job',
                'FineTune.V2.create_task', 'Data.create_offline_batch_inference_task',
                'Model.create_evaluation_task',
            )
        ),
        distinctive_tails=(),
        example='response = qianfan.ChatCompletion(model="ERNIE-4.0-8K").do(messages=messages)',
        hosts=('qianfan.baidubce.com',),
        note='Resource objects (`ChatCompletion`, `Embedding`, `Text2Image`, ...) send with '
             '`do` / `ado` / `batch_do`; the v2 `Qianfan()` client with `chat.completions.create`; '
             'fine-tuning, batch inference and evaluation tasks are classmethods of '
             '`qianfan.resources` classes.',
    ),
    Provider(
        code='LLM225', key='sarvam', title='Sarvam AI',
        modules=('sarvamai',),
        constructors=tuple(f'sarvamai.{m}{c}' for m in ('', 'client.') for c in ('SarvamAI', 'AsyncSarvamAI')),
        endpoints=(
            'chat.completions', 'chat.completions_v2', 'responses.create', 'responses.create_stream',
            'text.translate', 'speech_to_text.transcribe', 'speech_to_text.translate',
            'text_to_speech.convert', 'text_to_speech.convert_stream',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = SarvamAI().chat.completions(model="sarvam-m", messages=messages)',
        hosts=('api.sarvam.ai',),
        note='`chat.completions(...)` is a method, not a resource (`chat_completion` only lists '
             'models); translation, speech-to-text and text-to-speech run models too.',
    ),
    Provider(
        code='LLM226', key='friendli', title='FriendliAI',
        modules=('friendli',),
        constructors=(
            'friendli.SyncFriendli', 'friendli.AsyncFriendli', 'friendli.friendli.SyncFriendli',
            'friendli.friendli.AsyncFriendli', 'friendli.Friendli', 'friendli.sdk.client.Friendli',
            'friendli.sdk.client.AsyncFriendli',
        ),
        endpoints=tuple(
            f'{where}.{path}' for where in ('serverless', 'dedicated', 'container') for path in (
                'chat.complete', 'completions.complete', 'responses.responses', 'messages.messages',
                'audio.transcribe',
            )
        ) + tuple(
            f'{where}.{path}' for where in ('dedicated', 'container')
            for path in ('image.generate', 'image.edit', 'text_classification.classify')
        ) + (
            'dedicated.embeddings.embeddings',
            # friendli-client
            'chat.completions.create', 'completions.create', 'images.text_to_image.create',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = SyncFriendli(token=token).serverless.chat.complete(model="m", messages=messages)',
        note='friendli 0.16 (`SyncFriendli` / `AsyncFriendli`: `serverless`, `dedicated` and '
             '`container` endpoints) and the older friendli-client (`Friendli`: '
             '`chat.completions.create`), which share the import name.',
    ),
    Provider(
        code='LLM227', key='aisuite', title='aisuite',
        modules=('aisuite',),
        constructors=('aisuite.Client', 'aisuite.client.Client'),
        endpoints=('chat.completions.create', 'chat.completions.acreate', 'audio.transcriptions.create'),
        functions=tuple(
            f'aisuite.{m}Runner.{f}' for m in ('', 'agents.runner.')
            for f in ('run', 'run_sync', 'continue_run', 'continue_sync')
        ),
        distinctive_tails=(),
        example='response = aisuite.Client().chat.completions.create(model="openai:gpt-4o", messages=messages)',
        note='One client for many providers, named in the model (`"anthropic:claude-sonnet-4-5"`); '
             '`acreate` is the async call; `Runner.run` / `run_sync` run an agent.',
    ),
    Provider(
        code='LLM228', key='hunyuan', title='Tencent Hunyuan',
        modules=('tencentcloud.hunyuan',),
        constructors=tuple(
            f'tencentcloud.hunyuan.v20230901.{m}.HunyuanClient' for m in ('hunyuan_client', 'hunyuan_client_async')
        ),
        endpoints=(
            'ChatCompletions', 'ChatTranslations', 'GroupChatCompletions', 'ImageQuestion', 'RunThread',
            'GetEmbedding', 'SubmitHunyuanImageJob', 'SubmitHunyuanImageChatJob', 'TextToImageLite',
        ),
        functions=(),
        distinctive_tails=(),
        example='response = hunyuan_client.HunyuanClient(cred, "ap-guangzhou").ChatCompletions(request)',
        hosts=('hunyuan.tencentcloudapi.com',),
        note='tencentcloud-sdk-python-hunyuan: the PascalCase actions of `HunyuanClient` (sync and '
             '`hunyuan_client_async`) that run a model.',
    ),
)

BY_CODE = {p.code: p for p in PROVIDERS}

# Reviewed decisions (read by tools/catalogue_diff.py only): SDK methods that make a request
# but run no billable model, as fnmatch patterns of their path from the client (or qualified
# name); '*' applies to every provider.
NOT_BILLABLE: dict[str, tuple[str, ...]] = {
    # reading, deleting and managing objects, client plumbing, token counting; a new
    # ``<resource>.create`` is never matched here: each provider reviews its own
    '*': (
        'close', 'aclose', 'close_*', 'aclose_*', 'copy', 'with_options', 'qs.*', '*sdk_configuration.*',
        '*do_request*', '*.update', '*.update_*', '*.cancel', '*.pause', '*.resume', '*.archive',
        '*.delete*', '*.list', '*.list_*', '*.get', '*.get_*', 'get_*', 'list_*', '*.retrieve',
        '*.retrieve_*', '*.poll', '*.cancel_async',
        '*.poll_*', '*.wait', '*.wait_*', '*.fetch', '*.upload', '*.upload_*', '*.download*',
        '*.validate*', '*.rotate*', '*.revoke', '*.reroll', '*.stop', '*.hangup', '*.refer',
        '*.reject', '*.ack', '*.heartbeat', '*.content', 'count_tokens', '*.count_tokens',
        '*.input_tokens.count', 'tokenize', 'detokenize', 'tokenizer', '*.tokenize*',
        '*files.*', '*.parse_unverified', '*.unwrap', '*.verify_signature', 'webhooks.*',
        'api_keys.*', 'admin.*', 'organization.*', 'beta.organization.*', 'models.*',
        '*.async_get', '*.async_list', '*.async_cancel', '*.async_delete', '*.async_update',
        '*.moderations.create', 'moderations.create',  # moderation bills nothing
    ),
    'openai': (
        'base_url', 'platform_headers', 'audio.voice_consents.create', 'audio.voices.create',
        'beta.agents.create', 'beta.agents.automations.create', 'beta.agents.environments.*',
        'beta.agents.vaults.*', 'beta.agents.sessions.artifacts.*', 'beta.agents.sessions.stream',
        'beta.assistants.create', 'beta.chatkit.sessions.create', 'beta.realtime.sessions.create',
        'beta.realtime.transcription_sessions.create', 'beta.threads.create',
        'beta.threads.messages.create', 'containers.create', 'content_provenance_checks.create',
        'conversations.create', 'conversations.items.create', 'evals.create', 'skills.*',
        'realtime.client_secrets.create', 'realtime.translations.client_secrets.create',
        'uploads.*', 'vector_stores.*',
        # the 0.x module API's class plumbing
        *(f'openai.*.{name}' for name in (
            'await_', 'class_url', 'instance_url', 'api_base', 'request', 'arequest', 'construct_from',
            'refresh_from', 'to_dict*', 'auto_paging_iter', 'acancel', 'adelete', 'alist', 'astream_events',
        )),
    ),
    'anthropic': (
        'with_middleware', 'beta.agents.create', 'beta.compliance.*', 'beta.deployments.create',
        'beta.deployments.unpause', 'beta.environments.*', 'beta.memory_stores.*',
        'beta.sessions.resources.*', 'beta.skills.*', 'skills.*', 'beta.tunnels.*', 'beta.vaults.*',
    ),
    'google': (
        'agents.create', 'auth_tokens.create', 'interactions.auth_tokens.create', 'credentials.create',
        'environments.*', 'file_search_stores.*', 'triggers.create', 'voices.create',
        'chats.create',  # builds a local Chat: its send_message is the call
        'chats.create().record_history', 'count_tokens_async', 'from_cached_content', 'history', 'rewind',
        'start_chat', 'start_chat().history', 'start_chat().rewind', 'google.generativeai.AnswerStyle',
        'google.generativeai.EmbeddingTaskType', 'google.generativeai.to_*', 'google.generativeai.answer.AnswerStyle',
        'google.generativeai.answer.to_*',
    ),
    'bedrock': (
        'apply_guardrail', 'invoke_guardrail_checks', 'retrieve', '*_session', 'create_invocation',
        'put_invocation_step', '*_agent_memory', 'check_ingested_document_acl',
        'stop_flow_execution', 'tag_resource', 'untag_resource',
        # bedrock, the control plane: models, guardrails, policies and settings, no inference
        'archive_project', 'batch_delete_*', 'cancel_*', 'create_automated_reasoning_*',
        'create_custom_model*', 'create_foundation_model_agreement', 'create_guardrail*',
        'create_inference_profile', 'create_marketplace_model_endpoint', 'create_model_copy_job',
        'create_model_import_job', 'create_project', 'create_prompt_router',
        'create_provisioned_model_throughput', 'delete_*', 'deregister_*', 'export_*', 'put_*',
        'register_*', 'start_automated_reasoning_*', 'start_trusted_access_*', 'stop_*', 'update_*',
    ),
    'azure_ai_inference': ('send_request',),
    'mistral': tuple(_suffix_async((
        'audio.agents.create', 'audio.sessions.create', 'audio.voices.create', 'beta.agents.create',
        'beta.connectors.*', 'beta.context.search_indexes.create', 'beta.context.search_indexes.grep',
        'beta.context.search_indexes.ingest_documents', 'beta.context.search_indexes.navigate',
        'beta.context.search_indexes.read', 'beta.context.search_indexes.search',
        'beta.libraries.*', 'beta.observability.datasets.create', 'beta.observability.datasets.create_record',
        'beta.observability.datasets.import_*', 'beta.observability.datasets.records.bulk_delete',
        'beta.observability.evaluations.*', 'beta.observability.judges.create',
        'beta.observability.logs.*', 'beta.observability.spans.*', 'beta.observability.traces.*',
        'beta.prompts.*', 'beta.service_accounts.*', 'beta.skills.*', 'beta.triggers.*',
        'beta.webhooks.*', 'dynamic_import', 'realtime.sessions.create', 'responses.count_input_tokens',
        'workflows.add_workflow_tags', 'workflows.deployments.*', 'workflows.executions.*',
        'workflows.schedules.*',
    ))),
    'cohere': ('check_api_key', 'fetch_tokenizer', 'connectors.*', 'datasets.create'),
    'huggingface': ('health_check',),
    'ollama': tuple(f'{prefix}{verb}' for prefix in ('', 'ollama.') for verb in (
        'create', 'create_blob', 'delete', 'list', 'copy', 'ps', 'pull', 'push', 'show',
        # Ollama's web search and fetch run no model (the labelled corpus: llm-ollama's tools)
        'web_search', 'web_fetch',
    )),
    'together': (
        'beta.jig.deploy', 'beta.jig.queue.clear', 'beta.jig.rollback', 'beta.jig.secrets.*',
        'beta.jig.volumes.*', 'beta.realtime.buffer_pool.*', 'clusters.*', 'endpoints.*',
        'fine_tuning.estimate_price', 'fine_tuning.preview', 'post_training.model_resources.*',
        'post_training.operations.create_*_checkpoint', 'post_training.operations.weights_sync',
        'post_training.prepare_for_fp4_inference.*', 'post_training.sessions.create', 'whoami',
    ),
    'xai': (
        'chat.create',  # builds a local Chat: its sample() is the call
        'chat.create().append', 'collections.add_existing_document', 'collections.batch_get_documents',
        'collections.create', 'collections.reindex_document', 'collections.remove_document',
        'image.prepare', 'video.prepare', 'video.prepare_extension',
    ),
    'openrouter': tuple(_suffix_async((
        'analytics.*', 'byok.*', 'containers.*', 'dynamic_import', 'external_users.*',
        'generations.submit_feedback', 'guardrails.*', 'o_auth.*', 'observability.*',
        'private_endpoints.*', 'scim.*', 'vault.*', 'workspaces.*',
    ))),
    'voyage': ('count_usage',),
    'watsonx': ('deployment_id', 'model_id', 'from_dict', 'to_dict', 'to_langchain', 'set_api_client',
                'get_identifying_params'),
    'oci': ('apply_guardrails', 'base_client.*'),
    'fireworks': ('datasets.create', 'deployment_shape_versions.*', 'deployments.*', 'evaluators.create',
                  'lora.load', 'secrets.create', 'users.create'),
    'perplexity': ('browser.sessions.create', 'skills.create'),
    'dashscope': (
        'audio.phrases.*', 'audio.vocabularies.*', 'audio.voice_design.*', 'audio.voices.*',
        'deployments.*', 'fine_tunes.stream_events', 'protocol.*', 'transport.*', 'ws_connection',
        '*.query_*', '*.register_functions', '*.test_functions', 'tokenization.count',
    ),
    'replicate': (
        'accounts.*', 'deployments.create', 'deployments.async_create', 'replicate.collections',
        'replicate.deployments', 'replicate.files', 'replicate.hardware', 'replicate.models',
        'replicate.predictions', 'replicate.trainings', 'replicate.webhooks',  # namespaces, not calls
    ),
    'portkey': (
        '*openai_client.*', '*.normal_create', '*.stream_create', 'post', 'put', 'get', 'delete',
        'collections.create', 'configs.create', 'containers.create', 'conversations.*', 'evals.create',
        'feedback.*', 'fine_tuning.checkpoints.*', 'guardrails.create', 'integrations.create',
        'labels.create', 'logs.*', 'mcp_integrations.*', 'mcp_servers.*', 'prompts.create',
        'prompts.partials.create', 'prompts.render', 'providers.create', 'realtime.client_secrets.create',
        'skills.*', 'uploads.*', 'vector_stores.*', 'virtual_keys.create',
    ),
    'zhipu': ('agents.async_result', 'assistant.query_*', 'get_api_list', 'is_closed', 'knowledge.*',
              'post', 'request', 'voice.clone'),
    'writer': ('graphs.add_file_to_graph', 'graphs.create'),
    'ai21': ('add_headers', 'beta.agents.create', 'beta.agents.runs.convert_*', 'execute_http_request'),
    'meta_llama': ('uploads.*',),
    'mixedbread': ('data_sources.*', 'info', 'stores.create', 'stores.grep', 'stores.metadata_facets'),
    'nomic': ('nomic.embed.free_embedding_model', 'nomic.embed.*_api_request',
              'nomic.embed.is_backoff_status_code', 'nomic.embed.request_backoff', 'nomic.embed.resize_pil'),
    'aleph_alpha': ('create_steering_concept', 'models', 'validate_version'),
    'premai': ('datasets.add_datapoint', 'datasets.create_from_jsonl', 'projects.create', 'snapshots.create'),
    'volcengine_ark': ('tokenization.create',),
    # dedicated endpoints are provisioned (paid by the hour), not model requests
    'friendli': ('config.*', 'dynamic_import', '*.token.*', 'dataset.*', '*.chat_render.render', 'dedicated.endpoint.*'),
}
RAW_HTTP = BY_CODE['LLM020']


def host_fragments(host: str) -> tuple[str, ...]:
    """The literal pieces of a host pattern: text every source naming such a host contains."""
    return tuple(piece for piece in host.split('*') if piece)


LLM_OBJECTS = BY_CODE['LLM040']


def client_paths() -> Iterator[tuple[str, ...]]:
    """The path of every endpoint and distinctive tail, as its names: what a call on a client
    ends with (``('messages', 'create')``)."""
    for provider in PROVIDERS:
        for path in (*provider.endpoints, *provider.distinctive_tails):
            yield tuple(path.split('.'))


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
# ``stack.enter_async_context(session.create_client(...))`` (contextlib's exit stacks) gives what
# ``async with session.create_client(...) as client`` binds, which values takes for the client
ENTERING_CALLS = frozenset(('enter_context', 'enter_async_context'))

# dependency-injector providers that make their product by calling what they are given
# (``providers.Singleton(OpenAI, api_key=...)``): read as ``functools.partial``
CALLING_PROVIDERS = frozenset(
    f'dependency_injector.providers.{name}' for name in (
        'Callable', 'DelegatedCallable', 'Coroutine', 'DelegatedCoroutine', 'Factory', 'DelegatedFactory',
        'Singleton', 'DelegatedSingleton', 'ThreadSafeSingleton', 'DelegatedThreadSafeSingleton',
        'ThreadLocalSingleton', 'DelegatedThreadLocalSingleton', 'ContextLocalSingleton', 'Resource',
    )
)

# keywords with which a provider's call sends no request, by provider key: litellm answers
# ``mock_response=`` itself
UNSENT_KEYWORDS: dict[str, frozenset[str]] = {'litellm': frozenset(('mock_response',))}

# the keywords naming a model: a call on a receiver of unknown origin must name one to count
MODEL_KEYWORDS = frozenset(('model', 'model_id', 'model_name', 'modelId'))

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
    # xai-sdk: ``chat.create`` builds a local Chat; its ``sample()`` calls the API
    **{f'{c}.chat.create': _XAI_CHATS['Async' in c or '.aio.' in c] for c in _XAI_CLIENTS},
    # replicate 1.0: a deployment fetched by name, whose ``predictions.create`` runs it
    **{
        f'{c}.deployments.{get}': _REPLICATE_DEPLOYMENT
        for c in ('replicate', 'replicate.Client', 'replicate.client.Client') for get in ('get', 'async_get')
    },
}

# boto3-style factories: ``boto3.client("bedrock-runtime")`` returns a Bedrock client.
SERVICE_FACTORIES = frozenset((
    'boto3.client', 'boto3.Session.client', 'boto3.session.Session.client',
    'aioboto3.Session.client',
))
SERVICE_CLIENTS = {name: name for name in ('bedrock-runtime', 'bedrock-agent-runtime', 'bedrock')}
# Apache Airflow's provider hooks: the SDK client their ``conn`` (and ``get_conn()``) gives
# (apache-airflow-providers-openai 2.2, -cohere 1.8, -amazon 9.39); and the base of the
# Amazon provider's hooks, whose ``conn`` is the boto3 client of the hook's ``client_type``
AIRFLOW_HOOKS = {
    'airflow.providers.openai.hooks.openai.OpenAIHook': 'openai.OpenAI',
    'airflow.providers.cohere.hooks.cohere.CohereHook': 'cohere.ClientV2',
    'airflow.providers.amazon.aws.hooks.bedrock.BedrockRuntimeHook': 'bedrock-runtime',
    'airflow.providers.amazon.aws.hooks.bedrock.BedrockAgentRuntimeHook': 'bedrock-agent-runtime',
}
AIRFLOW_AWS_HOOK = 'airflow.providers.amazon.aws.hooks.base_aws.AwsBaseHook'
# ``boto3.Session()`` returns a session whose ``.client(...)`` is a factory, as is the
# ``.create_client(...)`` of botocore's and aiobotocore's ``get_session()``, and the
# ``.get_client(...)`` of prefect-aws's ``AwsCredentials`` block.
SESSION_CONSTRUCTORS = frozenset((
    'boto3.Session', 'boto3.session.Session', 'aioboto3.Session', 'botocore.session.Session',
    'botocore.session.get_session', 'aiobotocore.session.AioSession', 'aiobotocore.session.get_session',
))
SESSION_FACTORIES = frozenset(('client', 'create_client', 'get_client'))

# Raw HTTP: module functions and client methods that send a request, with the position of
# the URL argument (also accepted as ``url=``).  GET is left out: it fetches, it does not bill.
# the OpenAI-compatible chat API's path, which every LLM gateway and model server offers, and
# the prefix of Azure OpenAI's deployment paths: a POST there is a model request whatever the host
LLM_API_PATH = 'chat/completions'
AZURE_DEPLOYMENTS_PATH = '/openai/deployments/'
# IBM watsonx.ai's REST API: under this prefix, a POST to one of these paths is a model request
# whatever the host (ibm-watsonx-ai 1.8.1's href_definitions: ``/ml/v1/text/generation``,
# ``/ml/v1/deployments/{id}/text/chat``), not to ``/ml/v1/text/tokenization``
WATSONX_API_PATH = '/ml/v1/'
WATSONX_TEXT_PATHS = (
    '/text/generation', '/text/generation_stream', '/text/chat', '/text/chat_stream', '/text/embeddings',
    '/text/rerank',
)
# the paths of an LLM API a POST to bills nothing at: token counting (Anthropic's
# ``/v1/messages/count_tokens``, OpenAI's ``/v1/responses/input_tokens``, Gemini's
# ``models/{model}:countTokens``, Cohere's ``/v1/tokenize``) and Cohere's key check
# (``/v1/check-api-key``, the SDK's ``check_api_key``)
UNBILLED_PATHS = ('/count_tokens', '/input_tokens', ':countTokens', '/tokenize', '/detokenize', '/check-api-key')
# Ollama's own API on its default port, whatever the host (``http://127.0.0.1:11434``): the
# model requests of ollama 0.6's client, not ``/api/pull`` or ``/api/tags``
OLLAMA_PORT = ':11434'
OLLAMA_API_PATHS = ('/api/chat', '/api/generate', '/api/embed', '/api/embeddings')

HTTP_FUNCTIONS = {
    'requests.post': 0, 'requests.request': 1, 'requests.api.post': 0, 'requests.api.request': 1,
    'httpx.post': 0, 'httpx.request': 1, 'httpx.stream': 1,
    'treq.post': 0, 'treq.request': 1, 'treq.api.post': 0, 'treq.api.request': 1,  # Twisted's requests
    'urllib.request.urlopen': 0, 'websockets.connect': 0,
    # Ansible's, in modules and plugins: ``open_url(url, method="POST", data=...)``,
    # ``fetch_url(module, url, ...)``
    'ansible.module_utils.urls.open_url': 0, 'ansible.module_utils.urls.fetch_url': 1,
    'salt.utils.http.query': 0,  # Salt's, in execution modules, states, pillars: ``query(url, method="POST", ...)``
    'websockets.client.connect': 0, 'websockets.asyncio.client.connect': 0,
    'websockets.sync.client.connect': 0, 'websocket.create_connection': 0,
}
HTTP_CLIENTS = frozenset((
    'requests.Session', 'requests.session', 'requests.sessions.Session', 'httpx.Client',
    'httpx.AsyncClient', 'aiohttp.ClientSession', 'urllib3.PoolManager',
    'tornado.httpclient.AsyncHTTPClient', 'tornado.httpclient.HTTPClient', 'treq.client.HTTPClient',
))
# Tornado's ``fetch`` is a GET unless its ``method=`` (or its ``HTTPRequest``'s) says POST
HTTP_METHODS = {'post': 0, 'request': 1, 'stream': 1, 'ws_connect': 0, 'fetch': 0}

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
