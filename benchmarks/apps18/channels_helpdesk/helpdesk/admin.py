from django.contrib import admin, messages

from .legacy import Macro
from .models import ArticleChunk, CannedResponse, Customer, KnowledgeArticle, LLMUsageLog, Message, Ticket
from .services.drafting import draft_reply
from .tasks import summarize_ticket_task


class MessageInline(admin.TabularInline):
    model = Message
    extra = 0
    fields = ("author_type", "body", "is_internal", "created_at")
    readonly_fields = ("created_at",)


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ("id", "subject", "customer", "status", "priority", "category", "created_at")
    list_filter = ("status", "priority", "category")
    search_fields = ("subject", "body", "customer__email")
    inlines = [MessageInline]
    actions = ["regenerate_summary", "draft_with_ai", "apply_apology_macro"]

    @admin.action(description="Regenerate AI summary (background)")
    def regenerate_summary(self, request, queryset):
        for ticket in queryset:
            summarize_ticket_task(ticket.pk)
        self.message_user(request, f"Queued {queryset.count()} summaries.", messages.SUCCESS)

    @admin.action(description="Draft reply with AI (first ticket only)")
    def draft_with_ai(self, request, queryset):
        ticket = queryset.first()
        if ticket is None:
            return
        text = draft_reply(ticket, team=getattr(request.user, "team", None))
        Message.objects.create(ticket=ticket, author_type=Message.Author.BOT, body=text, is_internal=True)
        self.message_user(request, "Draft added as internal note.")


    @admin.action(description="Apply 'apology' macro (legacy, NL team)")
    def apply_apology_macro(self, request, queryset):
        canned = CannedResponse.objects.filter(title__iexact="apology").first()
        if canned is None:
            self.message_user(request, "No 'apology' canned response configured.", messages.WARNING)
            return
        macro = Macro(canned)
        for ticket in queryset.select_related("customer"):
            body = macro.completion(ticket)
            Message.objects.create(ticket=ticket, author_type=Message.Author.AGENT, author=request.user, body=body)
        self.message_user(request, f"Macro applied to {queryset.count()} tickets.")


@admin.register(LLMUsageLog)
class LLMUsageLogAdmin(admin.ModelAdmin):
    list_display = ("created_at", "provider", "model", "feature_context", "input_tokens", "output_tokens", "cost_usd")
    list_filter = ("provider", "model", "feature_context", "success")
    date_hierarchy = "created_at"


admin.site.register(Customer)
admin.site.register(KnowledgeArticle)
admin.site.register(ArticleChunk)
admin.site.register(CannedResponse)
