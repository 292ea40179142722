from django.contrib import admin, messages

from ai.tasks import regenerate_seo_task, summarize_article_task

from .models import Article, ArticleSummary, Author, SeoMetadata, Tag


@admin.action(description="Queue AI summary")
def queue_summary(modeladmin, request, queryset):
    for article in queryset:
        summarize_article_task.delay(article.pk)
    messages.info(request, f"Queued {queryset.count()} summaries")


@admin.action(description="Queue SEO regeneration")
def queue_seo(modeladmin, request, queryset):
    for article in queryset:
        regenerate_seo_task.delay(article.pk)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "author", "status", "created_at")
    list_filter = ("status", "tags")
    search_fields = ("title", "body")
    prepopulated_fields = {"slug": ("title",)}
    actions = [queue_summary, queue_seo]


admin.site.register(Author)
admin.site.register(Tag)
admin.site.register(ArticleSummary)
admin.site.register(SeoMetadata)
