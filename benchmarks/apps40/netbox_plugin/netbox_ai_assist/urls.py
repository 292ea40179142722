from django.urls import include, path
from utilities.urls import get_model_urls

from . import views

urlpatterns = (
    path("ask/", views.AskView.as_view(), name="ask"),
    path("search/", views.JournalSearchView.as_view(), name="search"),
    path("usage/", views.UsageView.as_view(), name="usage"),
    path("devices/<int:pk>/summary-stream/", views.DeviceSummaryStreamView.as_view(), name="device_summary_stream"),
    path("devices/<int:pk>/config-review/", views.DeviceConfigReviewView.as_view(), name="device_config_review"),
    path("devices/<int:pk>/suggest-tags/", views.SuggestTagsView.as_view(), name="device_suggest_tags"),
    path("conversations/<int:pk>/reply/", views.ConversationReplyView.as_view(), name="conversation_reply"),
    path("prompt-templates/", include(get_model_urls("netbox_ai_assist", "prompttemplate", detail=False))),
    path("prompt-templates/<int:pk>/", include(get_model_urls("netbox_ai_assist", "prompttemplate"))),
    path("summaries/", include(get_model_urls("netbox_ai_assist", "objectsummary", detail=False))),
    path("summaries/<int:pk>/", include(get_model_urls("netbox_ai_assist", "objectsummary"))),
    path("conversations/", include(get_model_urls("netbox_ai_assist", "conversation", detail=False))),
    path("conversations/<int:pk>/", include(get_model_urls("netbox_ai_assist", "conversation"))),
)
