from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("tickets", views.TicketViewSet, basename="ticket")

urlpatterns = [
    path("", include(router.urls)),
    path("assist/suggest/", views.SuggestReplyView.as_view(), name="suggest-reply"),
    path("assist/rewrite/", views.rewrite_tone, name="rewrite-tone"),
    path("assist/research/", views.ResearchView.as_view(), name="research"),
    path("admin/models/", views.AvailableModelsView.as_view(), name="available-models"),
    path("admin/kb-upload/", views.KBFileUploadView.as_view(), name="kb-upload"),
]
