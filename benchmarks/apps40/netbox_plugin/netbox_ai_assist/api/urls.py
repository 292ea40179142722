from netbox.api.routers import NetBoxRouter

from . import views

app_name = "netbox_ai_assist"

router = NetBoxRouter()
router.register("prompt-templates", views.PromptTemplateViewSet)
router.register("summaries", views.ObjectSummaryViewSet)
router.register("conversations", views.ConversationViewSet)
router.register("ask", views.AskViewSet, basename="ask")

urlpatterns = router.urls
