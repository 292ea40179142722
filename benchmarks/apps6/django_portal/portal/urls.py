from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from assistant.views import ConversationViewSet
from tickets import views as ticket_views

router = DefaultRouter()
router.register(r"conversations", ConversationViewSet, basename="conversation")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include(router.urls)),
    path("tickets/", ticket_views.TicketListView.as_view(), name="ticket-list"),
    path("tickets/<int:pk>/", ticket_views.TicketDetailView.as_view(), name="ticket-detail"),
    path(
        "tickets/<int:pk>/suggest-reply/",
        ticket_views.SuggestReplyView.as_view(),
        name="ticket-suggest-reply",
    ),
    path(
        "tickets/<int:pk>/suggest-reply/stream/",
        ticket_views.SuggestReplyStreamView.as_view(),
        name="ticket-suggest-reply-stream",
    ),
    path(
        "tickets/<int:pk>/voicemail/",
        ticket_views.VoicemailUploadView.as_view(),
        name="ticket-voicemail",
    ),
]
