from dependency_injector import containers, providers
from openai import AsyncAzureOpenAI, AzureOpenAI
from redis import asyncio as aioredis
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from app import clients
from app.repositories.attachments import AttachmentRepository
from app.repositories.kb_repository import KBRepository
from app.repositories.ticket_repository import TicketRepository
from app.services.chat_service import AssistChatService
from app.services.reply_service import ReplyDraftingService
from app.services.retrieval_service import RetrievalService
from app.services.sentiment_service import SentimentService
from app.services.summarization_service import SummarizationService
from app.services.translation_service import TranslationService
from app.services.triage_service import TriageService
from app.services.voice_service import VoiceService
from app.worker.queue import JobQueue


class Container(containers.DeclarativeContainer):
    wiring_config = containers.WiringConfiguration(
        modules=[
            "app.api.tickets",
            "app.api.chat",
            "app.api.kb",
            "app.api.admin",
            "app.worker.tasks",
            "app.worker.batch_jobs",
        ],
    )

    config = providers.Configuration(strict=False)

    # --- infrastructure -------------------------------------------------------------------
    db_engine = providers.Singleton(
        create_async_engine,
        config.database_url,
        pool_pre_ping=True,
        pool_size=10,
    )
    session_factory = providers.Singleton(async_sessionmaker, db_engine, expire_on_commit=False)
    redis_client = providers.Singleton(aioredis.from_url, config.redis_url, decode_responses=True)
    job_queue = providers.Singleton(JobQueue, redis=redis_client, name="support-jobs")

    boto_session = providers.Singleton(
        clients.build_boto_session,
        region=config.bedrock.region,
        profile=config.bedrock.profile,
    )
    s3_client = providers.Singleton(clients.build_s3, boto_session)
    bedrock_runtime = providers.Singleton(clients.build_bedrock_runtime, boto_session)
    bedrock_control = providers.Singleton(clients.build_bedrock_control, boto_session)

    # --- model providers ------------------------------------------------------------------
    azure_openai_client = providers.Singleton(
        AzureOpenAI,
        azure_endpoint=config.azure.endpoint,
        api_key=config.azure.api_key,
        api_version=config.azure.api_version,
        timeout=config.azure.timeout_seconds,
        max_retries=config.azure.max_retries,
    )
    async_azure_openai_client = providers.Singleton(
        AsyncAzureOpenAI,
        azure_endpoint=config.azure.endpoint,
        api_key=config.azure.api_key,
        api_version=config.azure.api_version,
        timeout=config.azure.timeout_seconds,
        max_retries=config.azure.max_retries,
    )
    genai_client = providers.Singleton(
        clients.build_genai_client,
        project=config.vertex.project,
        location=config.vertex.location,
    )
    voyage_client = providers.Singleton(
        clients.build_voyage_client,
        api_key=config.voyage.api_key,
        max_retries=config.voyage.max_retries,
    )
    async_voyage_client = providers.Singleton(
        clients.build_async_voyage_client,
        api_key=config.voyage.api_key,
        max_retries=config.voyage.max_retries,
    )
    gateway_http = providers.Singleton(
        clients.build_gateway_http,
        base_url=config.gateway.base_url,
        api_key=config.gateway.api_key,
        timeout=config.gateway.timeout_seconds,
    )
    async_gateway_http = providers.Singleton(
        clients.build_async_gateway_http,
        base_url=config.gateway.base_url,
        api_key=config.gateway.api_key,
        timeout=config.gateway.timeout_seconds,
    )
    zendesk_http = providers.Singleton(
        clients.build_zendesk_http,
        base_url=config.zendesk_base_url,
        token=config.zendesk_token,
    )

    # --- repositories -----------------------------------------------------------------------
    ticket_repository = providers.Factory(TicketRepository, session_factory=session_factory)
    kb_repository = providers.Factory(
        KBRepository,
        session_factory=session_factory,
        legacy_embedder=azure_openai_client,
        legacy_embedding_deployment=config.azure.embedding_deployment,
    )
    attachment_repository = providers.Factory(
        AttachmentRepository,
        s3_client=s3_client,
        bucket=config.attachments_bucket,
    )

    # --- services ---------------------------------------------------------------------------
    retrieval_service = providers.Factory(
        RetrievalService,
        voyage_client=voyage_client,
        kb_repository=kb_repository,
        embed_model=config.voyage.embed_model,
        rerank_model=config.voyage.rerank_model,
    )
    reply_service = providers.Factory(
        ReplyDraftingService,
        client=azure_openai_client,
        retrieval=retrieval_service,
        deployment=config.azure.chat_deployment,
        planner_deployment=config.azure.mini_deployment,
    )
    chat_service = providers.Factory(
        AssistChatService,
        client=async_azure_openai_client,
        deployment=config.azure.chat_deployment,
        suggestions_deployment=config.azure.mini_deployment,
        bedrock_client=bedrock_runtime,
        fallback_model_id=config.bedrock.chat_fallback_model_id,
    )
    triage_service = providers.Factory(
        TriageService,
        bedrock_client=bedrock_runtime,
        model_id=config.bedrock.triage_model_id,
        priority_model_id=config.bedrock.priority_model_id,
    )
    summarization_service = providers.Factory(
        SummarizationService,
        genai_client=genai_client,
        model=config.vertex.summary_model,
        long_context_model=config.vertex.long_context_model,
        max_input_tokens=config.vertex.max_summary_input_tokens,
    )
    translation_service = providers.Factory(
        TranslationService,
        http_client=gateway_http,
        async_http_client=async_gateway_http,
        model=config.gateway.translation_model,
    )
    sentiment_service = providers.Factory(
        SentimentService,
        bedrock_client=bedrock_runtime,
        escalation_model_id=config.bedrock.triage_model_id,
        genai_client=genai_client,
        tag_model=config.vertex.summary_model,
    )
    # TODO(SUP-1182): pass azure_openai_client once VoiceService stops using the shared getter
    voice_service = providers.Factory(VoiceService, attachments=attachment_repository)
