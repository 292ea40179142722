from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from apps.assistant.views import AssistantViewSet
from apps.documents.views import DocumentViewSet, KnowledgeArticleViewSet
from apps.support.views import TicketViewSet

router = DefaultRouter()
router.register("documents", DocumentViewSet, basename="document")
router.register("articles", KnowledgeArticleViewSet, basename="article")
router.register("tickets", TicketViewSet, basename="ticket")
router.register("assistant", AssistantViewSet, basename="assistant")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include(router.urls)),
]
