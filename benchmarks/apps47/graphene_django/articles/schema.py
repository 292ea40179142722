"""GraphQL types, queries and mutations for articles."""
from __future__ import annotations

import logging

import graphene
from django.conf import settings
from django.core.exceptions import PermissionDenied
from graphene_django import DjangoObjectType
from graphql import GraphQLError

from ai import prompts
from ai.registry import rewrite
from ai.services import QuestionAnswerer, TaskComplexity, generate_seo_metadata, multi_model_service
from ai.services.llm_usage_tracker import llm_tracker
from ai.services.moderation import is_flagged
from ai.services.seo import generate_og_image, suggest_titles
from ai.tasks import embed_article_task, suggest_tags_task

from .models import Article, ArticleSummary, Author, QuestionLog, SeoMetadata, Tag
from .utils import ReadingProgress, SlugGenerator

logger = logging.getLogger(__name__)


class TagType(DjangoObjectType):
    class Meta:
        model = Tag
        fields = ("id", "name", "slug")


class AuthorType(DjangoObjectType):
    class Meta:
        model = Author
        fields = ("id", "display_name", "bio", "articles")


class SummaryType(DjangoObjectType):
    class Meta:
        model = ArticleSummary
        fields = ("text", "model_name", "generated_at")


class SeoType(DjangoObjectType):
    class Meta:
        model = SeoMetadata
        fields = ("meta_title", "meta_description", "keywords", "og_image_url")


class ArticleType(DjangoObjectType):
    word_count = graphene.Int()
    teaser = graphene.String()
    reading_completion = graphene.Float(words_read=graphene.Int(required=True))

    class Meta:
        model = Article
        fields = (
            "id", "title", "slug", "body", "author", "tags", "status",
            "created_at", "published_at", "summary", "seo",
        )

    def resolve_word_count(root, info):
        return root.word_count

    def resolve_teaser(root, info):
        # Cached on the summary row when available; otherwise ask Claude.
        summary = getattr(root, "summary", None)
        if summary is not None:
            return summary.text.split(". ")[0]
        message = info.context.llm.anthropic.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=80,
            messages=[
                {"role": "user", "content": f"One-sentence teaser for: {root.title}"}
            ],
        )
        return message.content[0].text

    def resolve_reading_completion(root, info, words_read):
        progress = ReadingProgress(root.word_count)
        progress.advance(words_read)
        return progress.completion()


class AnswerType(graphene.ObjectType):
    text = graphene.String()
    sources = graphene.List(graphene.ID)
    provider = graphene.String()


class Query(graphene.ObjectType):
    articles = graphene.List(ArticleType, status=graphene.String(), tag=graphene.String())
    article = graphene.Field(ArticleType, slug=graphene.String(required=True))
    ask = graphene.Field(
        AnswerType,
        question=graphene.String(required=True),
        article_id=graphene.ID(),
    )
    quick_summary = graphene.String(slug=graphene.String(required=True))
    title_ideas = graphene.List(graphene.String, slug=graphene.String(required=True))
    explain_term = graphene.String(term=graphene.String(required=True))

    def resolve_articles(root, info, status=None, tag=None):
        qs = Article.objects.select_related("author", "summary", "seo").prefetch_related("tags")
        if status:
            qs = qs.filter(status=status)
        if tag:
            qs = qs.filter(tags__slug=tag)
        return qs

    def resolve_article(root, info, slug):
        try:
            return Article.objects.get(slug=slug)
        except Article.DoesNotExist:
            return None

    def resolve_ask(root, info, question, article_id=None):
        if is_flagged(question):
            raise GraphQLError("This question can't be answered.")
        bundle = info.context.llm
        answerer = QuestionAnswerer(gemini=bundle.gemini, voyage=bundle.voyage)
        answer = answerer.answer(question, article_id=article_id)
        QuestionLog.objects.create(
            article_id=article_id, question=question, answer=answer.text, provider="google"
        )
        return AnswerType(text=answer.text, sources=answer.sources, provider=answer.provider)

    def resolve_quick_summary(root, info, slug):
        article = Article.objects.get(slug=slug)
        completion = info.context.openai.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": prompts.SUMMARY_SYSTEM},
                {"role": "user", "content": prompts.truncate_words(article.body, 1200)},
            ],
            max_tokens=200,
        )
        return completion.choices[0].message.content

    def resolve_title_ideas(root, info, slug):
        article = Article.objects.get(slug=slug)
        return suggest_titles(article, info.context.llm.openai)

    async def resolve_explain_term(root, info, term):
        return await multi_model_service.generate_response(
            prompt=f"Explain the term '{term}' in two sentences for a general audience.",
            task_type="glossary",
            complexity=TaskComplexity.SIMPLE,
        )


class CreateArticle(graphene.Mutation):
    class Arguments:
        title = graphene.String(required=True)
        body = graphene.String(required=True)
        tag_names = graphene.List(graphene.String)

    article = graphene.Field(ArticleType)

    @classmethod
    def mutate(cls, root, info, title, body, tag_names=None):
        user = info.context.user
        if not user.is_authenticated:
            raise PermissionDenied("login required")
        author, _ = Author.objects.get_or_create(user=user, defaults={"display_name": user.username})
        slug = SlugGenerator(Article.objects.all()).generate(title)
        article = Article.objects.create(title=title, body=body, author=author, slug=slug)
        for name in tag_names or []:
            tag, _ = Tag.objects.get_or_create(name=name)
            article.tags.add(tag)
        embed_article_task.delay(article.pk)
        if not tag_names:
            suggest_tags_task.delay(article.pk)
        return CreateArticle(article=article)


class SummarizeArticle(graphene.Mutation):
    class Arguments:
        article_id = graphene.ID(required=True)
        sentences = graphene.Int(default_value=3)

    summary = graphene.Field(SummaryType)

    @staticmethod
    def mutate(root, info, article_id, sentences):
        article = Article.objects.get(pk=article_id)
        client = info.context.llm.anthropic
        message = client.messages.create(
            model=settings.SUMMARY_MODEL,
            max_tokens=600,
            system=prompts.SUMMARY_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": prompts.render(
                        prompts.SUMMARY_USER,
                        sentences=sentences,
                        title=article.title,
                        body=prompts.truncate_words(article.body, 3000),
                    ),
                }
            ],
        )
        summary, _ = ArticleSummary.objects.update_or_create(
            article=article,
            defaults={"text": message.content[0].text, "model_name": message.model},
        )
        return SummarizeArticle(summary=summary)


class GenerateSeo(graphene.Mutation):
    class Arguments:
        article_id = graphene.ID(required=True)

    seo = graphene.Field(SeoType)

    @staticmethod
    def mutate(root, info, article_id):
        article = Article.objects.get(pk=article_id)
        result = generate_seo_metadata(article, info.context.openai)
        seo, _ = SeoMetadata.objects.update_or_create(
            article=article,
            defaults={
                "meta_title": result.meta_title,
                "meta_description": result.meta_description,
                "keywords": result.keywords,
                "model_name": result.model,
            },
        )
        return GenerateSeo(seo=seo)


class RewriteParagraph(graphene.Mutation):
    class Arguments:
        text = graphene.String(required=True)
        style = graphene.String(default_value="concise")
        provider = graphene.String(default_value="anthropic")

    text = graphene.String()

    @staticmethod
    def mutate(root, info, text, style, provider):
        prompt = f"Rewrite this paragraph in a {style} style:\n\n{text}"
        return RewriteParagraph(text=rewrite(provider, prompt))


class SuggestTags(graphene.Mutation):
    class Arguments:
        article_id = graphene.ID(required=True)

    tags = graphene.List(graphene.String)

    @staticmethod
    def mutate(root, info, article_id):
        article = Article.objects.get(pk=article_id)
        together = info.context.llm.together
        response = together.chat.completions.create(
            model=settings.TAGGING_MODEL,
            messages=[
                {
                    "role": "user",
                    "content": prompts.render(
                        prompts.TAGGING_PROMPT,
                        limit=6,
                        title=article.title,
                        body=prompts.truncate_words(article.body, 600),
                    ),
                }
            ],
            max_tokens=80,
        )
        content = response.choices[0].message.content
        return SuggestTags(tags=[t.strip() for t in content.split(",") if t.strip()])


class GenerateOgImage(graphene.Mutation):
    class Arguments:
        article_id = graphene.ID(required=True)

    url = graphene.String()

    @staticmethod
    def mutate(root, info, article_id):
        article = Article.objects.select_related("seo").get(pk=article_id)
        url = generate_og_image(article, info.context.llm.openai)
        SeoMetadata.objects.filter(article=article).update(og_image_url=url)
        return GenerateOgImage(url=url)


class AskEditor(graphene.Mutation):
    """Editor-facing Q&A about a draft: tracked through llm_tracker."""

    class Arguments:
        article_id = graphene.ID(required=True)
        question = graphene.String(required=True)

    answer = graphene.String()

    @staticmethod
    async def mutate(root, info, article_id, question):
        article = await Article.objects.aget(pk=article_id)
        client = info.context.llm.anthropic
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=settings.SUMMARY_MODEL, feature_context="ask_editor"
        ) as usage_log:
            message = client.messages.create(
                model=settings.SUMMARY_MODEL,
                max_tokens=500,
                system="You are a helpful copy editor.",
                messages=[
                    {"role": "user", "content": f"{article.body[:8000]}\n\nQuestion: {question}"}
                ],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return AskEditor(answer=message.content[0].text)


class EmbedPreview(graphene.Mutation):
    """Debug helper for the search team: shows the Gemini embedding size."""

    class Arguments:
        text = graphene.String(required=True)

    dimensions = graphene.Int()

    @staticmethod
    def mutate(root, info, text):
        if not info.context.user.is_staff:
            raise PermissionDenied("staff only")
        result = info.context.llm.gemini.models.embed_content(
            model="text-embedding-004",
            contents=text,
        )
        return EmbedPreview(dimensions=len(result.embeddings[0].values))


class Mutation(graphene.ObjectType):
    create_article = CreateArticle.Field()
    summarize_article = SummarizeArticle.Field()
    generate_seo = GenerateSeo.Field()
    rewrite_paragraph = RewriteParagraph.Field()
    suggest_tags = SuggestTags.Field()
    generate_og_image = GenerateOgImage.Field()
    ask_editor = AskEditor.Field()
    embed_preview = EmbedPreview.Field()
