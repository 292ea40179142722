from django.conf import settings
from django.db import models


class Conversation(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conversations")
    title = models.CharField(max_length=120, blank=True)
    backend = models.CharField(max_length=32, default="claude")
    created_at = models.DateTimeField(auto_now_add=True)

    def history(self, limit=30):
        return [
            {"role": m.role, "content": m.content}
            for m in self.messages.order_by("-created_at")[:limit][::-1]
        ]


class Message(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=16)
    content = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
