from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _, ngettext
from filer.admin.imageadmin import ImageAdmin
from filer.models import Image

from ai.alt_text import describe_image
from ai.clients import get_openai
from ai.models import AIUsageLog, PageEmbedding, TranslationJob
from ai.tasks import generate_alt_text_task, moderate_comment_task
from content.models import EditorComment, PromptPreset


@admin.register(AIUsageLog)
class AIUsageLogAdmin(admin.ModelAdmin):
    list_display = ("created_at", "provider", "model", "feature_context", "input_tokens", "output_tokens", "cost_usd", "success")
    list_filter = ("provider", "model", "feature_context", "success")
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in AIUsageLog._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(TranslationJob)
class TranslationJobAdmin(admin.ModelAdmin):
    list_display = ("page", "source_language", "target_language", "backend", "status", "created_at")
    list_filter = ("status", "backend", "target_language")
    raw_id_fields = ("page", "requested_by")


@admin.register(PageEmbedding)
class PageEmbeddingAdmin(admin.ModelAdmin):
    list_display = ("page", "language", "model", "updated_at")
    exclude = ("vector",)


@admin.action(description=_("Generate alt text (background)"))
def queue_alt_text(modeladmin, request, queryset):
    for image in queryset:
        generate_alt_text_task.delay(image.pk)
    modeladmin.message_user(
        request,
        ngettext("%d image queued.", "%d images queued.", queryset.count()) % queryset.count(),
        messages.SUCCESS,
    )


@admin.action(description=_("Generate alt text now (max 5)"))
def generate_alt_text_now(modeladmin, request, queryset):
    if queryset.count() > 5:
        modeladmin.message_user(request, _("Select at most 5 images or use the background action."), messages.WARNING)
        return
    client = get_openai()
    for image in queryset:
        image.default_alt_text = describe_image(client, image, request.LANGUAGE_CODE)
        image.save(update_fields=["default_alt_text"])
    modeladmin.message_user(request, _("Alt text updated."), messages.SUCCESS)


@admin.action(description=_("Suggest captions"))
def suggest_captions(modeladmin, request, queryset):
    client = get_openai()
    for image in queryset[:10]:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{
                "role": "user",
                "content": [
                    {"type": "text", "text": "Write a short, friendly caption for this image."},
                    {"type": "image_url", "image_url": {"url": request.build_absolute_uri(image.url)}},
                ],
            }],
            max_tokens=60,
        )
        image.description = resp.choices[0].message.content.strip()
        image.save(update_fields=["description"])
    modeladmin.message_user(request, _("Captions suggested."), messages.SUCCESS)


class AIImageAdmin(ImageAdmin):
    actions = list(getattr(ImageAdmin, "actions", []) or []) + [queue_alt_text, generate_alt_text_now, suggest_captions]


# TODO: move back to content/admin.py once the plugin app owns these models
@admin.register(PromptPreset)
class PromptPresetAdmin(admin.ModelAdmin):
    list_display = ("name", "active")
    list_editable = ("active",)


@admin.register(EditorComment)
class EditorCommentAdmin(admin.ModelAdmin):
    list_display = ("page", "author", "excerpt", "flagged", "created_at")
    list_filter = ("flagged",)
    actions = ["rerun_moderation"]

    @admin.action(description="Re-run moderation")
    def rerun_moderation(self, request, queryset):
        for comment in queryset:
            moderate_comment_task.delay(comment.pk)


admin.site.unregister(Image)
admin.site.register(Image, AIImageAdmin)
