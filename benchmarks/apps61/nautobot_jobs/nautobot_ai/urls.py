from django.urls import path
from nautobot.apps.urls import NautobotUIViewSetRouter

from nautobot_ai import views

app_name = "nautobot_ai"
router = NautobotUIViewSetRouter()
router.register("runs", views.AssistantRunUIViewSet)

urlpatterns = [path("usage/", views.UsageView.as_view(), name="usage")] + router.urls
