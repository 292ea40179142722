"""CallTranscript Model."""
from masoniteorm.models import Model


class CallTranscript(Model):
    __fillable__ = [
        "lead_id",
        "user_id",
        "audio_path",
        "text",
        "analysis",
        "status",
        "duration_seconds",
    ]
    __casts__ = {"analysis": "json"}

    def mark(self, status):
        self.status = status
        self.save()
        return self
