from django.urls import re_path

from . import consumers

websocket_urlpatterns = [
    re_path(r"ws/tickets/(?P<ticket_id>\d+)/assist/$", consumers.AgentAssistConsumer.as_asgi()),
    re_path(r"ws/chat/(?P<session_id>[\w-]+)/$", consumers.CustomerChatConsumer.as_asgi()),
    re_path(r"ws/tickets/(?P<ticket_id>\d+)/draft/$", consumers.ClaudeDraftConsumer.as_asgi()),
    re_path(r"ws/translate/$", consumers.LiveTranslateConsumer.as_asgi()),
]
