"""UI views."""

from django.db.models import Sum
from django.views.generic import TemplateView
from nautobot.apps.views import NautobotUIViewSet

from nautobot_ai.api.serializers import AssistantRunSerializer
from nautobot_ai.llm.tokens import estimate_cost
from nautobot_ai.models import AssistantRun, LLMUsageLog


class AssistantRunUIViewSet(NautobotUIViewSet):
    queryset = AssistantRun.objects.all()
    serializer_class = AssistantRunSerializer
    lookup_field = "pk"


class UsageView(TemplateView):
    template_name = "nautobot_ai/usage.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        rows = (
            LLMUsageLog.objects.values("provider", "model")
            .annotate(inp=Sum("input_tokens"), out=Sum("output_tokens"))
            .order_by("provider", "model")
        )
        ctx["rows"] = [dict(r, cost=estimate_cost(r["model"], r["inp"] or 0, r["out"] or 0)) for r in rows]
        return ctx
