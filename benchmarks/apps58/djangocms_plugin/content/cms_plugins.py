import logging

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from ai import get_voyage
from ai.embeddings import PageEmbedder, rerank_pages
from content.models import (
    AISummaryPluginModel,
    AskPluginModel,
    FAQItemPluginModel,
    RelatedPagesPluginModel,
)

logger = logging.getLogger(__name__)


@plugin_pool.register_plugin
class AISummaryPlugin(CMSPluginBase):
    model = AISummaryPluginModel
    name = _("AI summary")
    module = _("AI")
    render_template = "content/plugins/ai_summary.html"
    cache = True
    fieldsets = (
        (None, {"fields": ("heading", "source", "manual_text", "sentences")}),
        (_("Generated"), {"fields": ("summary", "locked"), "classes": ("collapse",)}),
    )

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        summary = instance.summary
        request = context.get("request")
        editing = bool(request and request.toolbar.edit_mode_active)
        if not summary and editing and settings.AI_INLINE_RENDER:
            # editors want to see something right away in edit mode
            client = apps.get_app_config("ai").anthropic
            try:
                msg = client.messages.create(
                    model=settings.AI_MODELS["summary"],
                    max_tokens=300,
                    messages=[{"role": "user",
                               "content": f"Summarise in {instance.sentences} sentences:\n"
                                          f"{instance.collect_source_html()[:12000]}"}],
                )
                summary = msg.content[0].text
            except Exception:
                logger.exception("inline summary failed")
        context.update({"summary": summary, "pending": not summary, "editing": editing})
        return context


@plugin_pool.register_plugin
class RelatedPagesPlugin(CMSPluginBase):
    model = RelatedPagesPluginModel
    name = _("Related pages (AI)")
    module = _("AI")
    render_template = "content/plugins/related_pages.html"
    cache = False

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        page = placeholder.page
        language = instance.language
        embedder = PageEmbedder()
        if instance.query_hint:
            query_vec = get_voyage().embed([instance.query_hint], model=embedder.model, input_type="query").embeddings[0]
            pages = self._nearest(query_vec, language, page, instance.limit * 3)
        else:
            pages = embedder.related(page, language, limit=instance.limit * 3)
        if instance.use_rerank and pages:
            query = instance.query_hint or page.get_title(language)
            pages = rerank_pages(query, [(p, p.get_meta_description(language) or p.get_title(language)) for p in pages],
                                 top_k=instance.limit)
        context["related"] = pages[: instance.limit]
        return context

    @staticmethod
    def _nearest(vector, language, exclude, limit):
        from ai.embeddings import cosine
        from ai.models import PageEmbedding

        rows = PageEmbedding.objects.filter(language=language).exclude(page=exclude).select_related("page")
        scored = sorted(rows, key=lambda r: cosine(vector, r.vector), reverse=True)
        return [r.page for r in scored[:limit]]


@plugin_pool.register_plugin
class FAQItemPlugin(CMSPluginBase):
    model = FAQItemPluginModel
    name = _("FAQ item")
    module = _("Content")
    render_template = "content/plugins/faq_item.html"
    allow_children = False


@plugin_pool.register_plugin
class AskThisPagePlugin(CMSPluginBase):
    model = AskPluginModel
    name = _("Ask this page")
    module = _("AI")
    render_template = "content/plugins/ask.html"
    cache = False

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["endpoint"] = "/ai-tools/ask/"
        context["page_id"] = placeholder.page.pk if placeholder.page else None
        return context
