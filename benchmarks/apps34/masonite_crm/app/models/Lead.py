"""Lead Model."""
import pendulum
from masoniteorm.models import Model
from masoniteorm.relationships import has_many


class Lead(Model):
    __fillable__ = [
        "name",
        "email",
        "title",
        "company",
        "industry",
        "company_size",
        "account_id",
        "activity_log",
        "owner_id",
        "stage",
        "notes",
        "ai_summary",
        "ai_score",
        "embedding",
    ]
    __casts__ = {"embedding": "json", "ai_score": "int", "activity_log": "json"}

    STAGES = ["new", "contacted", "qualified", "proposal", "won", "lost"]

    @has_many("id", "lead_id")
    def transcripts(self):
        from app.models.CallTranscript import CallTranscript

        return CallTranscript

    @has_many("id", "lead_id")
    def drafts(self):
        from app.models.EmailDraft import EmailDraft

        return EmailDraft

    def log_activity(self, kind, description):
        log = list(self.activity_log or [])
        log.append({"at": pendulum.now().to_iso8601_string(), "kind": kind, "description": description})
        self.activity_log = log[-200:]
        self.save()

    def activity_text(self, limit=10):
        entries = list(self.activity_log or [])[-limit:]
        return "\n".join(f"- {e['at'][:10]} {e['kind']}: {e['description']}" for e in reversed(entries))

    def profile_text(self):
        return (
            f"{self.name}, {self.title or 'unknown title'} at {self.company or 'unknown company'} "
            f"({self.industry or 'n/a'}, {self.company_size or '?'} staff). "
            f"Stage: {self.stage}. Notes: {self.notes or ''}"
        )
