from django.urls import path

from apps.chat import views as chat_views
from apps.search import views as search_views

urlpatterns = [
    path("chat/", chat_views.chat, name="chat"),
    path("chat/<int:conversation_id>/title/", chat_views.retitle, name="chat-retitle"),
    path("chat/<int:conversation_id>/export/", chat_views.ExportView.as_view(), name="chat-export"),
    path("search/", search_views.search, name="search"),
]
