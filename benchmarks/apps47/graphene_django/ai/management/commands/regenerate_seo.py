import asyncio

from django.core.management.base import BaseCommand, CommandError

from ai.services import TaskComplexity, multi_model_service
from ai.services.seo import _parse
from ai import prompts
from articles.models import Article, SeoMetadata


class Command(BaseCommand):
    help = "Regenerate SEO metadata for published articles via multi_model_service."

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*")
        parser.add_argument("--all", action="store_true")

    def handle(self, *args, **options):
        if not options["slugs"] and not options["all"]:
            raise CommandError("pass slugs or --all")
        qs = Article.objects.filter(status=Article.Status.PUBLISHED)
        if options["slugs"]:
            qs = qs.filter(slug__in=options["slugs"])
        for article in qs:
            raw = asyncio.run(
                multi_model_service.generate_response(
                    prompt=prompts.render(
                        prompts.SEO_USER,
                        title=article.title,
                        body=prompts.truncate_words(article.body, 800),
                    ),
                    task_type="seo_metadata",
                    complexity=TaskComplexity.STANDARD,
                    system=prompts.SEO_SYSTEM,
                )
            )
            result = _parse(raw, "multi_model_service")
            SeoMetadata.objects.update_or_create(
                article=article,
                defaults={
                    "meta_title": result.meta_title,
                    "meta_description": result.meta_description,
                    "keywords": result.keywords,
                    "model_name": result.model,
                },
            )
            self.stdout.write(f"updated {article.slug}")
