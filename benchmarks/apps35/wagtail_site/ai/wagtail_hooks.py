import logging

from django.conf import settings
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from . import views
from .clients import get_openai_client
from .models import AISettings
from .services.editor import EditorAssistant, get_assistant_for_request

logger = logging.getLogger(__name__)


@hooks.register("register_admin_urls")
def register_ai_admin_urls():
    return [
        path("ai/", include((views.urlpatterns, "ai"), namespace="ai")),
    ]


@hooks.register("register_admin_menu_item")
def register_ai_menu_item():
    return MenuItem("AI usage", reverse("ai:usage"), icon_name="doc-full", order=900)


@hooks.register("insert_editor_js")
def editor_js():
    if not settings.AI_FEATURES_ENABLED:
        return ""
    return format_html(
        '<script src="{}"></script><script>window.AI_ENDPOINT = "{}";</script>',
        static("ai/js/editor-assistant.js"),
        reverse("ai:suggest_titles"),
    )


@hooks.register("insert_editor_css")
def editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("ai/css/editor-assistant.css"))


@hooks.register("after_create_page")
def suggest_seo_after_create(request, page):
    """Pre-fill search_description for new pages if the editor left it empty."""
    conf = AISettings.for_request(request)
    if not conf.enabled or page.search_description:
        return
    assistant = EditorAssistant(site=conf.site)
    try:
        page.search_description = assistant.seo_description(page.title + "\n" + getattr(page, "intro", ""))
        page.save_revision(user=request.user, log_action=False)
    except Exception:
        logger.exception("SEO description generation failed for page %s", page.pk)


@hooks.register("before_publish_page")
def check_tone_before_publish(request, page):
    conf = AISettings.for_request(request)
    if not conf.enabled:
        return
    client = get_openai_client(conf.site)
    verdict = client.chat.completions.create(
        model=conf.chat_model,
        max_tokens=5,
        messages=[
            {"role": "system", "content": "Answer OK or REVIEW. REVIEW if the text contains insults or slurs."},
            {"role": "user", "content": page.title + "\n" + getattr(page, "intro", "")},
        ],
    )
    if "REVIEW" in (verdict.choices[0].message.content or ""):
        from django.contrib import messages

        messages.warning(request, "The AI tone check suggests a second read before publishing.")


@hooks.register("after_edit_page")
def log_edit(request, page):
    logger.info("page %s edited by %s", page.pk, request.user)


@hooks.register("construct_image_chooser_queryset")
def hide_ai_placeholder_images(images, request):
    return images.exclude(title__startswith="[ai-placeholder]")


class FactCheckMenuItem(ActionMenuItem):
    """Adds 'Fact-check with AI' to the page action menu (opens a modal via JS)."""

    name = "action-ai-fact-check"
    label = "Fact-check with AI"
    icon_name = "search"

    def is_shown(self, context):
        return context.get("view") == "edit" and settings.AI_FEATURES_ENABLED

    def get_url(self, context):
        return reverse("ai:fact_check", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_fact_check_menu_item():
    return FactCheckMenuItem(order=100)


class EntitiesPanel(Component):
    """Dashboard panel listing entities found in the user's most recent draft."""

    order = 300
    template_name = "ai/panels/entities.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        from wagtail.models import PageRevision

        context = super().get_context_data(parent_context)
        revision = (
            PageRevision.objects.filter(user=self.request.user).order_by("-created_at").first()
        )
        if revision is None:
            context["entities"] = None
            return context
        page = revision.as_object()
        assistant = get_assistant_for_request(self.request)
        context["page"] = page
        context["entities"] = assistant.extract_entities(page.title + "\n" + getattr(page, "intro", ""))
        return context


@hooks.register("construct_homepage_panels")
def add_entities_panel(request, panels):
    if AISettings.for_request(request).enabled:
        panels.append(EntitiesPanel(request))
