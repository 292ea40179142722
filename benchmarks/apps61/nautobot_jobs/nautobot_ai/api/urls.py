from django.urls import path
from nautobot.apps.api import OrderedDefaultRouter

from nautobot_ai.api import views

router = OrderedDefaultRouter()
router.register("runs", views.AssistantRunViewSet)

app_name = "nautobot_ai-api"

urlpatterns = [
    path("explain/", views.ExplainConfigView.as_view(), name="explain"),
    path("explain/stream/", views.ExplainStreamView.as_view(), name="explain-stream"),
    path("syslog/classify/", views.SyslogClassifyView.as_view(), name="syslog-classify"),
    path("models/", views.ProviderModelsView.as_view(), name="models"),
] + router.urls
