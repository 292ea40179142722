from django.urls import path

from content import assistant_views

app_name = "ai_assistant"

urlpatterns = [
    path("", assistant_views.AssistantView.as_view(), name="index"),
    path("answer/", assistant_views.answer, name="answer"),
]
